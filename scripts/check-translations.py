#!/usr/bin/env python3
"""Checks that SpecDesk is ready for translation.

Usage: scripts/check-translations.py TS_FILE [LUPDATE]

1. TS_FILE, the catalogue the build generates (translations/specdesk_en.ts in the build tree),
   exists, is well-formed XML, holds hundreds of messages and the known texts of each layer.
2. LUPDATE, given, reads app/ (but app/sandbox/, the stand-in server), ui/ and models/ without a
   warning: a tr() lupdate cannot place in a context never reaches translators.
3. No user-visible setter is fed a bare literal: setText(QStringLiteral("Two words")),
   *error = QStringLiteral("..."), showMessage(QStringLiteral(...)) and the like. Such text must
   go through tr() or QCoreApplication::translate(). A literal that is rightly not translated
   (markup, a product name) is marked on its line with a comment holding "notr".
Each finding is printed as file:line: what; the exit status is 1 when there is any.
"""

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.realpath(os.path.join(os.path.dirname(__file__), '..'))
LAYERS = ('app', 'ui', 'models')
EXCLUDED = ('app/sandbox/',)

MIN_MESSAGES = 500
# (context, source): one text of each layer, in the context the code looks it up in.
KNOWN = [
    ('MainWindow', '&File'),
    ('DistributionMath', 'This value is locked; unlock it to change it.'),
    ('CliApplication', "Try 'specdesk-cli --help'."),
    ('RemoteErrors', 'The server reported a conflict (409).'),
]

# Calls whose text arguments the user reads.
SETTERS = '|'.join([
    'setText', 'setWindowTitle', 'setToolTip', 'setStatusTip', 'setWhatsThis', 'setPlaceholderText',
    'setAccessibleName', 'setAccessibleDescription', 'setTitle', 'setLabelText', 'setInformativeText',
    'setDetailedText', 'setTabText', 'setTabToolTip', 'setItemText', 'setHeaderLabels',
    'setHorizontalHeaderLabels', 'setButtonText', 'setSuffix', 'setPrefix', 'setSpecialValueText',
    'setNameFilter', 'setNameFilters', 'setApplicationDescription', 'addPositionalArgument',
    'addAction', 'addMenu', 'addTab', 'insertTab', 'addItem', 'insertItem', 'addRow', 'showMessage',
    'information', 'warning', 'critical', 'question', 'about',
    'getOpenFileName', 'getSaveFileName', 'getExistingDirectory', 'getText', 'getInt', 'getItem',
])
WIDGETS = 'QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMenu|QDockWidget|QCommandLineOption'
CALL = re.compile(r'\b(?:(%s)\s*\(|(%s)\b(?:\s+\w+)?\s*[({])' % (SETTERS, WIDGETS))
# Out-parameters that carry a message to the user: *error = ..., *whyNot = ...
MESSAGE_OUT = re.compile(r'\*\s*(\w*(?:[eE]rror|whyNot|[wW]hy|[rR]eason|[mM]essage|[pP]roblem)\w*)\s*=(?!=)')
WRAPPER = re.compile(r'\b(?:QStringLiteral|QString|QLatin1String|QLatin1StringView|QString::fromUtf8'
                     r'|QString::fromLatin1|QStringView)\s*\(|"')
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def strip_comments(text):
    """Returns the text with comments blanked (newlines kept), and the same with the insides of
    string and character literals masked too, so brackets and quotes in them do not count."""
    out, masked, i, n = [], [], 0, len(text)
    while i < n:
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            masked.append(' ' * (j - i))
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            blank = re.sub(r'[^\n]', ' ', text[i:j])
            out.append(blank)
            masked.append(blank)
            i = j
        elif text[i] == '"' or (text[i] == "'" and not (i > 0 and text[i - 1].isdigit())):  # not 1'000
            quote, j = text[i], i + 1
            while j < n and text[j] != quote and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            j = min(j, n - 1)
            if text[j] != quote:  # unterminated: leave the line's end alone
                j -= 1
            out.append(text[i:j + 1])
            masked.append(quote + 'x' * (j - i - 1) + (quote if j > i else ''))
            i = j + 1
        else:
            out.append(text[i])
            masked.append(text[i])
            i += 1
    return ''.join(out), ''.join(masked)


def visible(literal):
    """What a reader sees of a literal: no markup, entities or %1 placeholders."""
    text = re.sub(r'<[^>]*>', '', literal)
    text = re.sub(r'&#?\w+;', '', text)
    return re.sub(r'%\d+', '', text).replace('\\n', ' ')


def wants_translation(literal):
    text = visible(literal)
    return ' ' in text and re.search(r'[A-Za-z]{2,}', text) is not None


def sources():
    for layer in LAYERS:
        for directory, dirs, files in os.walk(os.path.join(ROOT, layer)):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(directory, name)
                relative = os.path.relpath(path, ROOT)
                if name.endswith(('.cpp', '.h')) and not relative.startswith(EXCLUDED):
                    yield relative


def bare_literals(text, masked, start, end):
    """Literals in masked[start:end] at the outermost level: bare or in a QStringLiteral()-like
    wrapper, not inside tr(), translate(), .arg() or any other call."""
    found, depth, i = [], 0, start
    while i < end:
        ch = masked[i]
        if depth == 0:
            match = WRAPPER.match(masked, i)
            if match and (match.group(0) == '"' or i == 0 or not (masked[i - 1].isalnum() or masked[i - 1] == '_')):
                if match.group(0) == '"':
                    close = i
                else:
                    close = matching_paren(masked, match.end() - 1)
                parts = LITERAL.findall(text[i:close + 1])
                found.append((i, ''.join(parts)))
                i = close + 1
                continue
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == '"':
            i = masked.index('"', i + 1)
        i += 1
    return found


def matching_paren(masked, open_index):
    depth = 0
    for i in range(open_index, len(masked)):
        if masked[i] in '([{':
            depth += 1
        elif masked[i] in ')]}':
            depth -= 1
            if depth == 0:
                return i
    return len(masked) - 1


def statement_end(masked, start):
    depth = 0
    for i in range(start, len(masked)):
        if masked[i] in '([{':
            depth += 1
        elif masked[i] in ')]}':
            depth -= 1
            if depth < 0:
                return i
        elif masked[i] in ';,' and depth == 0:
            return i
    return len(masked)


def scan_source(relative):
    with open(os.path.join(ROOT, relative), encoding='utf-8') as file:
        raw = file.read()
    raw_lines = raw.split('\n')
    text, masked = strip_comments(raw)
    # Preprocessor lines (#include "x.h") are no calls.
    masked = re.sub(r'^[ \t]*#.*$', lambda m: ' ' * len(m.group(0)), masked, flags=re.M)
    findings = []

    def report(call_at, literal_at, what, literal):
        line = text.count('\n', 0, literal_at) + 1
        call_line = text.count('\n', 0, call_at) + 1
        if any('notr' in raw_lines[n - 1] for n in {line, call_line}):
            return
        findings.append((line, '%s:%d: %s is given a bare literal, not tr(): "%s"' % (relative, line, what, literal)))

    for match in CALL.finditer(masked):
        what = match.group(1) or match.group(2)
        open_index = match.end() - 1
        close = matching_paren(masked, open_index)
        for at, literal in bare_literals(text, masked, open_index + 1, close):
            if wants_translation(literal):
                report(match.start(), at, what, literal)
    for match in MESSAGE_OUT.finditer(masked):
        end = statement_end(masked, match.end())
        for at, literal in bare_literals(text, masked, match.end(), end):
            if wants_translation(literal):
                report(match.start(), at, '*' + match.group(1), literal)
    return [finding for _, finding in sorted(findings)]


def check_catalogue(ts_path):
    if not os.path.isfile(ts_path):
        return ['%s: missing; the build (target specdesk_translations) makes it' % ts_path]
    try:
        root = ET.parse(ts_path).getroot()
    except ET.ParseError as error:
        return ['%s: not well-formed XML: %s' % (ts_path, error)]
    problems = []
    if root.tag != 'TS':
        problems.append('%s: the root element is <%s>, not <TS>' % (ts_path, root.tag))
    messages = set()
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            messages.add((name, message.findtext('source')))
    if len(messages) < MIN_MESSAGES:
        problems.append('%s: %d messages, fewer than the %d expected' % (ts_path, len(messages), MIN_MESSAGES))
    for known in KNOWN:
        if known not in messages:
            problems.append('%s: lacks "%s" in context %s' % (ts_path, known[1], known[0]))
    print('%s: %d messages in %d contexts' % (ts_path, len(messages), len(root.findall('context'))))
    return problems


def check_lupdate(lupdate):
    with tempfile.TemporaryDirectory() as work:
        listing = os.path.join(work, 'sources.lst')
        with open(listing, 'w', encoding='utf-8') as file:
            file.write(''.join(os.path.join(ROOT, path) + '\n' for path in sources()))
        result = subprocess.run([lupdate, '-no-obsolete', '@' + listing, '-ts', os.path.join(work, 'check.ts')],
                                capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).splitlines()
    problems = ['lupdate: ' + line for line in output if re.match(r'^\S.*:\d+: ', line)]
    if result.returncode != 0:
        problems.append('lupdate exited with status %d' % result.returncode)
    return problems


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().split('\n\n')[1], file=sys.stderr)
        return 2
    problems = check_catalogue(argv[1])
    if len(argv) == 3:
        problems += check_lupdate(argv[2])
    files = list(sources())
    for relative in files:
        problems += scan_source(relative)
    for problem in problems:
        print(problem)
    if problems:
        print('%d problem(s). Put user-visible text through tr() or QCoreApplication::translate().' % len(problems))
        return 1
    print('%d sources under %s: every user-visible text goes through tr()' % (len(files), ', '.join(LAYERS)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
