#include "SpecEdits.h"

#include "DocumentParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cctype>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SpecEdits)
};

bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}

// A value YAML reads back unchanged without quotes.
// Flow indicators (,[]{}) are refused anywhere, so the text is safe in flow and block context alike.
bool isPlainSafe(const QString& value)
{
    static const QRegularExpression unsafe(
        QStringLiteral("(^[-?:#&*!|>'\"%@`\\s])|[,\\[\\]{}]|(:\\s)|(\\s#)|(:$)|(\\s$)|[\\x00-\\x1f]"));
    return !value.isEmpty() && !unsafe.match(value).hasMatch();
}

// Plain text that a YAML reader (1.1 or 1.2) would take for a boolean, null or number.
bool readsAsNonString(const QString& value)
{
    static const QRegularExpression special(QStringLiteral(
        "^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N"
        "|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+"
        "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    return special.match(value).hasMatch();
}

// A double-quoted string with its specials escaped. JSON's escapes are valid in YAML's
// double-quoted style too, so one writer serves both formats.
QByteArray doubleQuoted(const QString& value)
{
    QByteArray out("\"");
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    return out + '"';
}

// Characters only a double-quoted string can hold (as escapes); tabs and line breaks aside.
bool hasControlCharacters(const QString& value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) || c.unicode() == 0x7f;
    });
}

bool isJsonLiteral(const QString& value)
{
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    return value == QLatin1String("true") || value == QLatin1String("false") || value == QLatin1String("null")
           || number.match(value).hasMatch();
}

} // namespace

SpecEdits::SpecEdits(const QByteArray& text, const SpecTree& tree, SpecFormat format)
    : m_text(text)
    , m_tree(tree)
    , m_format(format)
{
}

bool SpecEdits::isBracketed(const SpecNode& collection) const
{
    const char opener = collection.isMapping() ? '{' : '[';
    return collection.start < m_text.size() && m_text.at(collection.start) == opener;
}

std::optional<TextSplice> SpecEdits::checked(std::optional<TextSplice> splice, QString* error) const
{
    // Defence in depth: the splices above follow YAML's common shapes, and fuzzing keeps
    // finding rare ones they get wrong (tags, explicit keys, flow pairs...). An edit whose
    // result does not parse is refused rather than made, so the text is never mangled. Above
    // kCheckedBytes the parse would stall the window, and the splices are trusted.
    if (!splice) {
        return splice;
    }
    // A range outside the text is a bug in the splices (fuzzing found one past the end, with
    // a tag made of brackets): refuse rather than read past the text.
    if (splice->start < 0 || splice->start > splice->end || splice->end > m_text.size()) {
        *error = Text::tr("This change cannot be made in place here; make it in the editor.");
        return std::nullopt;
    }
    if (m_text.size() > kCheckedBytes) {
        return splice;
    }
    const ParseResult result = DocumentParser::parse(splice->applyTo(m_text), m_format);
    if (!result.diagnostics.isEmpty()) {
        *error = Text::tr(
                     "This change cannot be made in place here without breaking the text (%1). Make it in the editor.")
                     .arg(result.diagnostics.first().message);
        return std::nullopt;
    }
    return splice;
}

qint32 SpecEdits::resolve(const QString& path, QString* error) const
{
    const qint32 node = m_tree.isEmpty() ? SpecTree::kNoNode : m_tree.find(path);
    if (node == SpecTree::kNoNode && error) {
        *error = m_tree.isEmpty()
                     ? Text::tr("The text cannot be edited structurally until it parses.")
                     : Text::tr("There is no %1 in this spec.").arg(path.isEmpty() ? Text::tr("root") : path);
    }
    return node;
}

qint64 SpecEdits::lineStart(qint64 offset) const
{
    while (offset > 0 && !isBreak(m_text.at(offset - 1))) {
        --offset;
    }
    return offset;
}

qint64 SpecEdits::lineEnd(qint64 offset) const
{
    while (offset < m_text.size() && !isBreak(m_text.at(offset))) {
        ++offset;
    }
    return offset;
}

qint64 SpecEdits::nextLineStart(qint64 offset) const
{
    qint64 end = lineEnd(offset);
    if (end < m_text.size() && m_text.at(end) == '\r') {
        ++end;
    }
    if (end < m_text.size() && m_text.at(end) == '\n') {
        ++end;
    }
    return end;
}

QByteArray SpecEdits::lineBreak() const
{
    return m_text.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
}

QByteArray SpecEdits::indentationOf(qint64 offset) const
{
    // The column of `offset`, as spaces: under "- key" the next key lines up with "key".
    return QByteArray(offset - lineStart(offset), ' ');
}

QByteArray SpecEdits::scalarText(const QString& value) const
{
    if (m_format == SpecFormat::Json) {
        return isJsonLiteral(value) ? value.toUtf8() : doubleQuoted(value);
    }
    return isPlainSafe(value) ? value.toUtf8() : doubleQuoted(value);
}

QByteArray SpecEdits::keyText(const QString& key) const
{
    if (m_format == SpecFormat::Json) {
        return doubleQuoted(key);
    }
    return isPlainSafe(key) && !readsAsNonString(key) ? key.toUtf8() : doubleQuoted(key);
}

QByteArray SpecEdits::stringText(const QString& value) const
{
    // A JSON string is always quoted; "123" unquoted would be a number.
    if (m_format == SpecFormat::Json) {
        return doubleQuoted(value);
    }
    return readsAsNonString(value) ? doubleQuoted(value) : scalarText(value);
}

QByteArray SpecEdits::valueText(const QString& value, bool raw) const
{
    return raw ? value.toUtf8() : scalarText(value);
}

std::optional<TextSplice> SpecEdits::setScalar(const QString& path, const QString& value, QString* error) const
{
    return checked(setScalarSplice(path, value, error), error);
}

qint32 SpecEdits::placedScalar(const QString& path, bool emptyToo, QString* error) const
{
    const qint32 index = resolve(path, error);
    if (index == SpecTree::kNoNode) {
        return SpecTree::kNoNode;
    }
    const SpecNode& node = m_tree.node(index);
    if (!node.isScalar()) {
        *error = Text::tr("%1 is not a single value.").arg(path);
        return SpecTree::kNoNode;
    }
    if (node.end <= node.start && !(emptyToo && node.style == SpecNode::Style::Null)) {
        // The parser gave a value the text could not be matched with (a bare tag, say): editing
        // in place would guess, so it is left to the keyboard.
        *error = Text::tr("%1 cannot be found in the text; edit it in the editor.").arg(path);
        return SpecTree::kNoNode;
    }
    return index;
}

std::optional<TextSplice> SpecEdits::replaceScalar(const QString& path, const QByteArray& written, QString* error) const
{
    const qint32 index = placedScalar(path, false, error);
    if (index == SpecTree::kNoNode) {
        return std::nullopt;
    }
    return checked(TextSplice {m_tree.node(index).start, m_tree.node(index).end, written}, error);
}

std::optional<TextSplice> SpecEdits::setScalarSplice(const QString& path, const QString& value, QString* error) const
{
    const qint32 index = placedScalar(path, true, error);
    if (index == SpecTree::kNoNode) {
        return std::nullopt;
    }
    const SpecNode& node = m_tree.node(index);
    TextSplice splice {node.start, node.end, {}};
    if (m_format == SpecFormat::Json) {
        const bool keepsString = node.style == SpecNode::Style::DoubleQuoted;
        splice.replacement = !keepsString && isJsonLiteral(value) ? value.toUtf8() : doubleQuoted(value);
        return splice;
    }
    switch (node.style) {
    case SpecNode::Style::Null:
        // An empty value sits right after "key:" or "-"; it needs its separating space. Where
        // the parser could not place it there (a comment in between), typing is the safe way.
        if (node.start == 0 || (m_text.at(node.start - 1) != ':' && m_text.at(node.start - 1) != '-')) {
            *error = Text::tr("%1 is empty, and its place cannot be found; type its value in the editor.").arg(path);
            return std::nullopt;
        }
        splice.replacement = ' ' + scalarText(value);
        break;
    case SpecNode::Style::DoubleQuoted:
        splice.replacement = doubleQuoted(value);
        break;
    case SpecNode::Style::SingleQuoted:
        splice.replacement = value.contains(QLatin1Char('\n')) || hasControlCharacters(value)
                                 ? doubleQuoted(value)
                                 : '\'' + value.toUtf8().replace("'", "''") + '\'';
        break;
    case SpecNode::Style::Literal:
    case SpecNode::Style::Folded:
        if (hasControlCharacters(value)) {
            // Block scalars cannot hold control characters; only escapes can.
            splice.replacement = doubleQuoted(value);
            break;
        }
        {
            // Keep the header (`|`, `>-`, …) and the content's indentation; replace the lines.
            const qint64 headerEnd = lineEnd(node.start);
            const qint64 firstContent = nextLineStart(node.start);
            qint64 contentIndent = 0;
            while (firstContent + contentIndent < node.end && m_text.at(firstContent + contentIndent) == ' ') {
                ++contentIndent;
            }
            const QByteArray indent
                = contentIndent > 0 ? QByteArray(contentIndent, ' ') : indentationOf(node.start) + "  ";
            QString body = value;
            if (body.endsWith(QLatin1Char('\n'))) {
                body.chop(1);
            }
            splice.replacement = m_text.mid(node.start, headerEnd - node.start);
            for (const QString& line : body.split(QLatin1Char('\n'))) {
                splice.replacement += lineBreak() + (line.isEmpty() ? QByteArray() : indent + line.toUtf8());
            }
            break;
        }
    default:
        splice.replacement = scalarText(value);
    }
    return splice;
}

std::optional<TextSplice> SpecEdits::remove(const QString& path, QString* error) const
{
    const qint32 index = resolve(path, error);
    return index == SpecTree::kNoNode ? std::nullopt : removeNode(index, error);
}

std::optional<TextSplice> SpecEdits::removeNode(qint32 index, QString* error) const
{
    return checked(removeNodeSplice(index, error), error);
}

std::optional<TextSplice> SpecEdits::removeNodeSplice(qint32 index, QString* error) const
{
    const qint32 parent = m_tree.node(index).parent;
    if (parent == SpecTree::kNoNode) {
        *error = Text::tr("The whole document cannot be removed.");
        return std::nullopt;
    }
    // A mapping's key is not one of its children: it goes with its value's entry. (Fuzzing found
    // a key passed here walking off the end of its parent's children.)
    bool isChild = false;
    for (qint32 c = m_tree.node(parent).firstChild(); c != SpecTree::kNoNode && !isChild;
         c = m_tree.node(c).nextSibling) {
        isChild = c == index;
    }
    if (!isChild) {
        *error = Text::tr("A key is removed with its entry: remove the entry's value instead.");
        return std::nullopt;
    }
    const SpecNode& container = m_tree.node(parent);
    if (container.style == SpecNode::Style::Flow && !isBracketed(container)) {
        *error = Text::tr("This is a 'key: value' pair written inside a list; edit it in the editor.");
        return std::nullopt;
    }
    return container.style == SpecNode::Style::Flow ? removeFromFlow(index) : removeFromBlock(index);
}

std::optional<TextSplice> SpecEdits::removeFromFlow(qint32 index) const
{
    const SpecNode& node = m_tree.node(index);
    const SpecNode& parent = m_tree.node(node.parent);
    const auto entryStart = [this](qint32 n) {
        const qint32 key = m_tree.keyNode(n);
        return key != SpecTree::kNoNode ? m_tree.node(key).start : m_tree.node(n).start;
    };
    qint32 previous = SpecTree::kNoNode;
    for (qint32 c = parent.firstChild(); c != index; c = m_tree.node(c).nextSibling) {
        previous = c;
    }
    if (node.nextSibling != SpecTree::kNoNode) {
        return TextSplice {entryStart(index), entryStart(node.nextSibling), {}}; // "a: 1, " of "a: 1, b: 2"
    }
    if (previous != SpecTree::kNoNode) {
        return TextSplice {m_tree.node(previous).end, node.end, {}}; // ", b: 2" of "a: 1, b: 2"
    }
    return TextSplice {parent.start + 1, parent.end - 1, {}}; // the only entry: leave {} or []
}

std::optional<TextSplice> SpecEdits::removeFromBlock(qint32 index) const
{
    const SpecNode& node = m_tree.node(index);
    const qint32 key = m_tree.keyNode(index);
    qint64 start = key != SpecTree::kNoNode ? m_tree.node(key).start : node.start;
    if (key == SpecTree::kNoNode) {
        // A sequence item starts at its "- ".
        while (start > 0 && m_text.at(start - 1) == ' ') {
            --start;
        }
        if (start > 0 && m_text.at(start - 1) == '-') {
            --start;
        }
    }
    const bool firstOnLine = m_text.mid(lineStart(start), start - lineStart(start)).trimmed().isEmpty();
    if (firstOnLine) {
        // The entry's own lines go, with any comment at their end; other lines stay.
        return TextSplice {lineStart(start), nextLineStart(std::max(qint64(node.end) - 1, start)), {}};
    }
    // The first key of an item ("- name: x"): the next key moves up beside the "- ".
    if (node.nextSibling != SpecTree::kNoNode) {
        const qint32 nextKey = m_tree.keyNode(node.nextSibling);
        const SpecNode& next = m_tree.node(nextKey != SpecTree::kNoNode ? nextKey : node.nextSibling);
        return TextSplice {start, next.start, {}};
    }
    return TextSplice {start, lineEnd(node.end), QByteArrayLiteral("{}")};
}

std::optional<TextSplice> SpecEdits::insertEntry(const QString& mappingPath,
                                                 const QString& key,
                                                 const QString& value,
                                                 QString* error,
                                                 bool rawValue) const
{
    const qint32 index = resolve(mappingPath, error);
    return index == SpecTree::kNoNode ? std::nullopt : insertEntryInto(index, key, value, error, rawValue);
}

std::optional<TextSplice>
SpecEdits::insertEntryInto(qint32 index, const QString& key, const QString& value, QString* error, bool rawValue) const
{
    return checked(insertEntrySplice(index, key, value, error, rawValue), error);
}

std::optional<TextSplice> SpecEdits::insertEntrySplice(qint32 index,
                                                       const QString& key,
                                                       const QString& value,
                                                       QString* error,
                                                       bool rawValue) const
{
    const QString mappingPath = m_tree.path(index);
    const SpecNode& mapping = m_tree.node(index);
    if (!mapping.isMapping()) {
        *error = Text::tr("%1 is not a mapping.").arg(mappingPath);
        return std::nullopt;
    }
    if (m_tree.child(index, key.toStdString()) != SpecTree::kNoNode) {
        *error = Text::tr("%1 already has '%2'.").arg(mappingPath, key);
        return std::nullopt;
    }
    const QByteArray entry = keyText(key) + ": " + valueText(value, rawValue);
    if (mapping.style == SpecNode::Style::Flow && !isBracketed(mapping)) {
        *error = Text::tr("%1 is a 'key: value' pair written inside a list; add to it in the editor.").arg(mappingPath);
        return std::nullopt;
    }
    if (mapping.childCount() == 0) {
        if (mapping.style != SpecNode::Style::Flow) {
            *error = Text::tr("%1 is empty; add its first entry by hand.").arg(mappingPath);
            return std::nullopt;
        }
        return TextSplice {mapping.start + 1, mapping.start + 1, entry};
    }
    const SpecNode& last = m_tree.node(m_tree.lastChild(index));
    const SpecNode& lastKey = m_tree.node(m_tree.keyNode(m_tree.lastChild(index)));
    const qint64 firstKeyStart = m_tree.node(m_tree.keyNode(mapping.firstChild())).start;
    if (mapping.style == SpecNode::Style::Flow) {
        const bool multiLine = lineStart(firstKeyStart) != lineStart(mapping.start);
        const QByteArray separator = multiLine ? "," + lineBreak() + indentationOf(firstKeyStart) : QByteArray(", ");
        return TextSplice {last.end, last.end, separator + entry};
    }
    // Explicit keys ("? key") do not say where a plain entry lines up (fuzzing found one).
    for (const qint64 keyStart : {firstKeyStart, qint64(lastKey.start)}) {
        if (m_text.mid(lineStart(keyStart), keyStart - lineStart(keyStart)).contains('?')) {
            *error = Text::tr("%1 uses explicit '?' keys; add its entry by hand.").arg(mappingPath);
            return std::nullopt;
        }
    }
    const qint64 at = lineEnd(std::max(last.end - 1, lastKey.end));
    return TextSplice {at, at, lineBreak() + indentationOf(firstKeyStart) + entry};
}

std::optional<TextSplice> SpecEdits::swapItems(const QString& sequencePath, qint32 first, QString* error) const
{
    const qint32 sequence = resolve(sequencePath, error);
    if (sequence == SpecTree::kNoNode) {
        return std::nullopt;
    }
    const SpecNode& list = m_tree.node(sequence);
    if (!list.isSequence()) {
        *error = Text::tr("%1 is not a list.").arg(sequencePath);
        return std::nullopt;
    }
    const qint32 a = m_tree.item(sequence, first);
    const qint32 b = m_tree.item(sequence, first + 1);
    if (a == SpecTree::kNoNode || b == SpecTree::kNoNode) {
        *error = Text::tr("%1 has no items %2 and %3.").arg(sequencePath).arg(first + 1).arg(first + 2);
        return std::nullopt;
    }
    // A flow item is its own text; a block item runs from its line's dash to the end of its
    // last line, so a comment after it on that line goes with it.
    const auto span = [&](qint32 item) -> std::pair<qint64, qint64> {
        const SpecNode& node = m_tree.node(item);
        if (list.style == SpecNode::Style::Flow) {
            return {node.start, node.end};
        }
        return {lineStart(node.start), lineEnd(std::max<qint64>(node.end - 1, node.start))};
    };
    // Where an item's text begins must be plain: right after its own dash, alone on the line
    // but for indentation (a block item), or after '[' or ',' (a flow one). A tag or an anchor
    // before the item would otherwise stay behind and go to the other one.
    const auto startsPlainly = [&](qint32 item) {
        qint64 at = m_tree.node(item).start;
        const bool flow = list.style == SpecNode::Style::Flow;
        while (at > 0
               && (m_text.at(at - 1) == ' ' || (flow && std::isspace(static_cast<unsigned char>(m_text.at(at - 1)))))) {
            --at;
        }
        if (flow) {
            return at > 0 && (m_text.at(at - 1) == ',' || m_text.at(at - 1) == '[');
        }
        if (at == 0 || m_text.at(at - 1) != '-') {
            return false;
        }
        for (qint64 i = lineStart(at - 1); i < at - 1; ++i) {
            if (m_text.at(i) != ' ') {
                return false;
            }
        }
        return true;
    };
    if (!startsPlainly(a) || !startsPlainly(b)) {
        *error = Text::tr("An item of %1 is not written where it can be moved safely (a tag, an anchor or a dash on a "
                          "line of its own); move it in the editor.")
                     .arg(sequencePath);
        return std::nullopt;
    }
    const auto [aStart, aEnd] = span(a);
    const auto [bStart, bEnd] = span(b);
    if (aEnd > bStart) {
        *error = Text::tr("%1 has two items on one line; move them in the editor.").arg(sequencePath);
        return std::nullopt;
    }
    const QByteArray swapped
        = m_text.mid(bStart, bEnd - bStart) + m_text.mid(aEnd, bStart - aEnd) + m_text.mid(aStart, aEnd - aStart);
    return checked(TextSplice {aStart, bEnd, swapped}, error);
}

std::optional<TextSplice> SpecEdits::insertItem(const QString& sequencePath,
                                                qint32 index,
                                                const QString& value,
                                                QString* error,
                                                bool rawValue) const
{
    const qint32 sequence = resolve(sequencePath, error);
    return sequence == SpecTree::kNoNode ? std::nullopt : insertItemInto(sequence, index, value, error, rawValue);
}

std::optional<TextSplice>
SpecEdits::insertItemInto(qint32 sequence, qint32 index, const QString& value, QString* error, bool rawValue) const
{
    return checked(insertItemSplice(sequence, index, value, error, rawValue), error);
}

std::optional<TextSplice>
SpecEdits::insertItemSplice(qint32 sequence, qint32 index, const QString& value, QString* error, bool rawValue) const
{
    const QString sequencePath = m_tree.path(sequence);
    const SpecNode& list = m_tree.node(sequence);
    if (!list.isSequence()) {
        *error = Text::tr("%1 is not a list.").arg(sequencePath);
        return std::nullopt;
    }
    const QByteArray item = valueText(value, rawValue);
    const qint32 count = list.childCount();
    index = std::clamp(index, 0, count);
    if (count == 0) {
        if (list.style != SpecNode::Style::Flow) {
            *error = Text::tr("%1 is empty; add its first item by hand.").arg(sequencePath);
            return std::nullopt;
        }
        return TextSplice {list.start + 1, list.start + 1, item};
    }
    const SpecNode& first = m_tree.node(list.firstChild());
    if (list.style == SpecNode::Style::Flow) {
        const bool multiLine = lineStart(first.start) != lineStart(list.start);
        const QByteArray separator = multiLine ? "," + lineBreak() + indentationOf(first.start) : QByteArray(", ");
        if (index < count) {
            const qint64 at = m_tree.node(m_tree.item(sequence, index)).start;
            return TextSplice {at, at, item + separator};
        }
        const qint64 at = m_tree.node(m_tree.lastChild(sequence)).end;
        return TextSplice {at, at, separator + item};
    }
    // Block items line up under the first item's "- ".
    qint64 dash = first.start;
    while (dash > 0 && m_text.at(dash - 1) == ' ') {
        --dash;
    }
    dash = dash > 0 && m_text.at(dash - 1) == '-' ? dash - 1 : dash;
    const QByteArray indent = indentationOf(dash);
    // A raw item of several lines (a mapping) has its later lines under its first one.
    const QByteArray bodyBreak = lineBreak() + indent + "  ";
    const QByteArray body = QByteArray(item).replace(lineBreak(), bodyBreak);
    if (index < count) {
        qint64 before = m_tree.node(m_tree.item(sequence, index)).start;
        while (before > 0 && m_text.at(before - 1) != '-') {
            --before;
        }
        const qint64 at = lineStart(before);
        return TextSplice {at, at, indent + "- " + body + lineBreak()};
    }
    const qint64 at = lineEnd(std::max(m_tree.node(m_tree.lastChild(sequence)).end - 1, first.start));
    return TextSplice {at, at, lineBreak() + indent + "- " + body};
}
