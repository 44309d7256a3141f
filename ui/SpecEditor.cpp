#include "SpecEditor.h"

#include "EditorAccessibilityEvents.h"
#include "EditorColours.h"
#include "FileDropTarget.h"
#include "HugePageAllocator.h"
#include "PlainToolTip.h"
#include "SpecEditorAccessible.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexeryaml.h>

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFocusEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QToolTip>

#include <algorithm>
#include <cstring>

namespace {

/// Hands editors the character index and text events as soon as a screen reader appears.
class AccessibilityFollower : public QAccessible::ActivationObserver
{
public:
    void accessibilityActiveChanged(bool active) override
    {
        const QList<QWidget*> widgets = QApplication::allWidgets();
        for (QWidget* widget : widgets) {
            if (auto* editor = qobject_cast<SpecEditor*>(widget)) {
                editor->followAccessibility(active);
            }
        }
    }
};

void installAccessibilityHooks()
{
    static AccessibilityFollower follower;
    static const bool installed = [] {
        SpecEditorAccessible::install();
        QAccessible::installActivationObserver(&follower);
        return true;
    }();
    Q_UNUSED(installed);
}

/// What assistive tools say after the editor's name: the kind, and the format the text is in.
QString kindDescription(SpecKind kind)
{
    const bool json = SpecKinds::formatOf(kind) == SpecFormat::Json;
    const QString format = json ? QStringLiteral("JSON") : QStringLiteral("YAML");
    return SpecEditor::tr("%1, %2 text").arg(SpecKinds::displayName(kind), format);
}

/// The modifications Scintilla tells of. Not the text changes themselves: QScintilla answers
/// each of those by counting the characters from the file's start (its accessibility layer,
/// 0.09 s a keystroke at the end of a 10 MB file, screen reader or not). The notice sent just
/// before each change carries its place and length, which is all an edit report needs.
constexpr unsigned long kModificationEvents
    = QsciScintillaBase::SC_MOD_BEFOREINSERT | QsciScintillaBase::SC_MOD_BEFOREDELETE
      | QsciScintillaBase::SC_MOD_CHANGEFOLD | QsciScintillaBase::SC_MOD_CHANGEMARKER
      | QsciScintillaBase::SC_MOD_CHANGEINDICATOR | QsciScintillaBase::SC_MOD_CHANGELINESTATE
      | QsciScintillaBase::SC_MOD_CHANGEMARGIN | QsciScintillaBase::SC_MOD_CHANGEANNOTATION
      | QsciScintillaBase::SC_MOD_LEXERSTATE | QsciScintillaBase::SC_MOD_CHANGETABSTOPS;

int severityIndex(Diagnostic::Severity severity)
{
    return severity == Diagnostic::Severity::Error ? 0 : severity == Diagnostic::Severity::Warning ? 1 : 2;
}

} // namespace

SpecEditor::SpecEditor(qint64 specId, SpecKind kind, QWidget* parent)
    : QsciScintilla(parent)
    , m_specId(specId)
    , m_format(SpecKinds::formatOf(kind))
    , m_document(new SpecDocument(m_format, kind, this))
    , m_accessibilityEvents(new EditorAccessibilityEvents(this))
    , m_font(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    setObjectName(QStringLiteral("specEditor"));
    setAccessibleName(tr("Spec text"));
    setAccessibleDescription(kindDescription(kind));
    setUtf8(true);
    FileDropTarget::passLinksToWindow(viewport()); // a dropped file opens; its path is not typed in
    configureLexer();
    configureMargins();
    configureProblemMarks();
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationGuides(true);
    setTabWidth(m_format == SpecFormat::Yaml ? 2 : 4);
    setCaretLineVisible(true);
    setFolding(QsciScintilla::BoxedTreeFoldStyle);
    applyColours();

    m_document->setTextSource([this] { return content(); });
    installAccessibilityHooks();
    dropQScintillaAccessible();
    SendScintilla(SCI_SETMODEVENTMASK, kModificationEvents);
    followAccessibility(QAccessible::isActive());
    // Scintilla reports each edit just before it makes it: typing, paste, undo and redo, a
    // structural edit. Only those notifications count as a change of the text; markers and
    // squiggles (showDiagnostics()) are not, so showing an analysis never asks for another.
    connect(this, &QsciScintillaBase::SCN_MODIFIED, this, [this](int position, int type, const char*, int length) {
        if ((type & (SC_MOD_BEFOREINSERT | SC_MOD_BEFOREDELETE)) != 0) {
            m_current.reset();
            aboutToEdit((type & SC_MOD_BEFOREINSERT) != 0, position, length);
        }
    });
    connect(this, &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        if ((updated & SC_UPDATE_SELECTION) != 0) {
            m_accessibilityEvents->selectionUpdated();
        }
    });
    m_releaseSpareCopies.setSingleShot(true);
    m_releaseSpareCopies.setInterval(3000);
    connect(&m_releaseSpareCopies, &QTimer::timeout, this, [this] {
        for (size_t i = 0; i < m_copies.size(); ++i) {
            if (m_copies[i].isDetached() && m_current != i) {
                m_copies[i] = QByteArray();
            }
        }
    });
    m_changeReport.setSingleShot(true);
    m_changeReport.setInterval(0);
    connect(&m_changeReport, &QTimer::timeout, this, [this] {
        m_accessibilityEvents->editsDone();
        Q_EMIT contentChanged();
    });
    connect(this, &SpecEditor::contentChanged, m_document, &SpecDocument::markChanged);
    connect(this, &SpecEditor::contentChanged, this, &SpecEditor::fitLineNumberMargin);
    connect(m_document, &SpecDocument::analysed, this, &SpecEditor::showDiagnostics);
    // Hovering over a problem shows what it is.
    SendScintilla(SCI_SETMOUSEDWELLTIME, 400UL);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &SpecEditor::showProblemsAt);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
}

void SpecEditor::fitLineNumberMargin()
{
    // Room for the largest line number plus one digit, so the margin rarely has to grow.
    const int digits = int(QString::number(std::max(lines(), 1)).size()) + 1;
    if (digits != m_lineNumberDigits) {
        m_lineNumberDigits = digits;
        setMarginWidth(0, QString(std::max(digits, 4), QLatin1Char('0')));
    }
}

void SpecEditor::configureProblemMarks()
{
    const IndicatorStyle indicatorStyles[] = {SquiggleIndicator, SquiggleIndicator, DotsIndicator};
    const MarkerSymbol markerSymbols[] = {Circle, RightTriangle, SmallRectangle};
    for (size_t i = 0; i < 3; ++i) {
        m_indicators[i] = indicatorDefine(indicatorStyles[i]);
        m_markers[i] = markerDefine(markerSymbols[i]);
    }
}

void SpecEditor::applyColours()
{
    // Setting colours must not start another round through changeEvent().
    if (m_applyingColours) {
        return;
    }
    m_applyingColours = true;
    const EditorColours colours = EditorColours::forPalette(palette());
    if (QsciLexer* lexer = this->lexer()) {
        lexer->setDefaultPaper(colours.paper);
        lexer->setDefaultColor(colours.text);
        lexer->setPaper(colours.paper);
        const bool json = m_format == SpecFormat::Json;
        // Styles beyond a lexer's own are unused; 32 covers both lexers.
        for (int style = 0; style < 32; ++style) {
            lexer->setColor(json ? colours.jsonStyle(style) : colours.yamlStyle(style), style);
        }
    }
    // Not setPaper() and setColor(): they are for editors without a lexer, and they pin the
    // widget's palette, which would stop it from following the application's.
    setMarginsBackgroundColor(colours.marginPaper);
    setMarginsForegroundColor(colours.marginText);
    setFoldMarginColors(colours.marginPaper, colours.marginPaper);
    for (int marker = int(SC_MARKNUM_FOLDEREND); marker <= int(SC_MARKNUM_FOLDEROPEN); ++marker) {
        setMarkerForegroundColor(colours.foldBox, marker);
        setMarkerBackgroundColor(colours.foldLines, marker);
    }
    setCaretForegroundColor(colours.caret);
    setCaretLineBackgroundColor(colours.caretLine);
    setSelectionBackgroundColor(colours.selection);
    setSelectionForegroundColor(colours.selectionText);
    setMatchedBraceBackgroundColor(colours.braceMatch);
    setMatchedBraceForegroundColor(colours.text);
    setUnmatchedBraceForegroundColor(colours.problems[0]);
    setUnmatchedBraceBackgroundColor(colours.paper);
    setIndentationGuidesForegroundColor(colours.marginText);
    setIndentationGuidesBackgroundColor(colours.paper);
    for (size_t i = 0; i < 3; ++i) {
        setIndicatorForegroundColor(colours.problems[i], m_indicators[i]);
        setMarkerBackgroundColor(colours.problems[i], m_markers[i]);
        setMarkerForegroundColor(colours.problems[i], m_markers[i]);
    }
    m_applyingColours = false;
}

void SpecEditor::changeEvent(QEvent* event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
    }
}

void SpecEditor::setEditorFont(const QFont& font)
{
    if (font == m_font) {
        return;
    }
    m_font = font;
    applyFont();
    // The line number margin is measured in the font; measure it again.
    m_lineNumberDigits = 0;
    fitLineNumberMargin();
}

void SpecEditor::setKind(SpecKind kind)
{
    const SpecFormat format = SpecKinds::formatOf(kind);
    if (format != m_format) {
        m_format = format;
        configureLexer();
        applyColours();
    }
    m_document->setKind(kind);
    setAccessibleDescription(kindDescription(kind));
}

void SpecEditor::configureLexer()
{
    QsciLexer* lexer = nullptr;
    if (m_format == SpecFormat::Json) {
        lexer = new QsciLexerJSON(this);
    } else {
        lexer = new QsciLexerYAML(this);
    }
    setLexer(lexer);
    applyFont();
}

void SpecEditor::applyFont()
{
    lexer()->setDefaultFont(m_font);
    lexer()->setFont(m_font);
    setMarginsFont(m_font);
}

void SpecEditor::configureMargins()
{
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    fitLineNumberMargin();
    setMarginType(1, QsciScintilla::SymbolMargin);
    setMarginWidth(1, 14);
    setMarginSensitivity(1, false);
}

void SpecEditor::loadContent(const QByteArray& content)
{
    m_loading = true;
    // Send the bytes themselves: QString would fold invalid UTF-8 and NULs into replacements.
    // Not recorded for undo: the records would be copies of the whole old and new texts, and
    // loading is not an edit to undo anyway.
    SendScintilla(SCI_SETUNDOCOLLECTION, 0UL);
    SendScintilla(SCI_CLEARALL);
    SendScintilla(SCI_APPENDTEXT, static_cast<unsigned long>(content.size()), content.constData());
    SendScintilla(SCI_SETUNDOCOLLECTION, 1UL);
    const bool crlf = content.contains("\r\n");
    setEolMode(crlf ? QsciScintilla::EolWindows : QsciScintilla::EolUnix);
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    fitLineNumberMargin();
    setModified(false);
    SendScintilla(SCI_GOTOPOS, 0UL);
    m_document->setBase(content);
    m_document->markChanged();
    // Loading is not an edit: nothing to autosave, and assistive tools read the new text anew.
    m_changeReport.stop();
    m_loading = false;
}

QByteArray SpecEditor::content() const
{
    // One copy straight out of Scintilla's buffer (it closes its gap to make the text contiguous).
    const qsizetype size = length();
    if (size == 0) {
        return {};
    }
    if (m_current && m_copies[*m_current].size() == size) {
        return m_copies[*m_current];
    }
    const auto* text = reinterpret_cast<const char*>(SendScintilla(SCI_GETCHARACTERPOINTER));
    // Faulting in a fresh 10 MB block 4 KB at a time cost 6-30 ms of the GUI thread per autosave
    // and per analysis, the copy itself 1 ms: reuse a block nobody holds any more, or else take
    // a new one advised into huge pages before it is written.
    auto block = std::find_if(m_copies.begin(), m_copies.end(), [size](const QByteArray& copy) {
        return copy.isDetached() && copy.capacity() >= size;
    });
    if (block == m_copies.end()) {
        block = m_copies.begin() + qsizetype(m_nextCopy);
        m_nextCopy = (m_nextCopy + 1) % m_copies.size();
        *block = QByteArray(size + size / 64, Qt::Uninitialized); // room to grow while typing
        HugePages::advise(block->data(), size_t(block->size()));
    }
    block->resize(size);
    std::memcpy(block->data(), text, size_t(size));
    m_current = size_t(block - m_copies.begin());
    m_releaseSpareCopies.start();
    return *block;
}

void SpecEditor::reportChangesNow()
{
    if (!m_changeReport.isActive()) {
        return;
    }
    m_changeReport.stop();
    m_accessibilityEvents->editsDone();
    Q_EMIT contentChanged();
}

void SpecEditor::followAccessibility(bool active)
{
    m_accessibilityEvents->setActive(active);
}

void SpecEditor::dropQScintillaAccessible()
{
    // Qt may have made QScintilla's accessible while this widget was still being constructed
    // (when it was not yet a SpecEditor, so SpecEditorAccessible's factory was not asked).
    // QScintilla's counts characters from the file's start on every caret move; drop it.
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(this);
    if (accessible && !dynamic_cast<SpecEditorAccessible*>(accessible)) {
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(accessible));
    }
}

void SpecEditor::aboutToEdit(bool insert, qint64 position, qint64 length)
{
    // Marked now, so nothing takes an analysis of the old text for the new one; announced once
    // the edit is done, as several edits (a paste, a multi-step undo) may come together.
    m_document->markChanged();
    if (m_loading) {
        return;
    }
    m_accessibilityEvents->aboutToEdit(insert, position, length);
    if (!m_changeReport.isActive()) {
        m_changeReport.start();
    }
}

void SpecEditor::goToOffset(qint64 offset)
{
    const auto position = static_cast<unsigned long>(std::clamp<qint64>(offset, 0, length()));
    SendScintilla(SCI_GOTOPOS, position);
    SendScintilla(SCI_SCROLLCARET);
    setFocus(Qt::OtherFocusReason);
}

QPair<int, int> SpecEditor::caretLineColumn() const
{
    int line = 0;
    int index = 0;
    // QScintilla's line index counts characters (it steps with SCI_POSITIONAFTER), as users do.
    getCursorPosition(&line, &index);
    return {line + 1, index + 1};
}

void SpecEditor::showDiagnostics()
{
    const Diagnostics& diagnostics = this->diagnostics();
    for (size_t i = 0; i < 3; ++i) {
        SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(m_indicators[i]));
        SendScintilla(SCI_INDICATORCLEARRANGE, 0UL, static_cast<long>(length()));
        markerDeleteAll(m_markers[i]);
    }
    for (const Diagnostic& diagnostic : diagnostics) {
        const size_t severity = size_t(severityIndex(diagnostic.severity));
        const long start = long(std::clamp<qint64>(diagnostic.offset, 0, length()));
        long end = long(std::clamp<qint64>(diagnostic.endOffset, 0, length()));
        if (diagnostic.endOffset < 0 || end <= start) {
            // Only a point is known (a syntax error): underline to the end of its line.
            end = long(SendScintilla(SCI_GETLINEENDPOSITION, SendScintilla(SCI_LINEFROMPOSITION, start)));
        }
        SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(m_indicators[severity]));
        SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start), std::max(1L, end - start));
        markerAdd(diagnostic.line - 1, m_markers[severity]);
    }
    Q_EMIT diagnosticsChanged();
}

void SpecEditor::showProblemsAt(int position, int x, int y)
{
    QStringList messages;
    for (const Diagnostic& diagnostic : diagnostics()) {
        const qint64 end = std::max(diagnostic.endOffset, diagnostic.offset + 1);
        if (position >= diagnostic.offset && position <= end) {
            messages << tr("%1: %2").arg(diagnostic.severityName(), diagnostic.message);
        }
    }
    if (!messages.isEmpty()) {
        // Messages quote the spec's keys and values.
        QToolTip::showText(
            viewport()->mapToGlobal(QPoint(x, y)), PlainToolTip::of(messages.join(QLatin1Char('\n'))), viewport());
    }
}

void SpecEditor::applySplices(QList<TextSplice> splices)
{
    // Last first, so the earlier offsets stay valid while the later text changes.
    std::sort(
        splices.begin(), splices.end(), [](const TextSplice& a, const TextSplice& b) { return a.start > b.start; });
    beginUndoAction();
    for (const TextSplice& splice : std::as_const(splices)) {
        SendScintilla(SCI_SETTARGETRANGE, static_cast<unsigned long>(splice.start), static_cast<long>(splice.end));
        SendScintilla(
            SCI_REPLACETARGET, static_cast<unsigned long>(splice.replacement.size()), splice.replacement.constData());
    }
    endUndoAction();
    // Scintilla tells of content changes when it repaints, and a change out of sight may not
    // repaint; say so now, so an analysis of the old text is never taken for the new one.
    if (!splices.isEmpty()) {
        Q_EMIT contentChanged();
    }
}

void SpecEditor::replaceText(const QByteArray& content)
{
    const QByteArray current = this->content();
    if (current == content) {
        return;
    }
    const qsizetype shorter = std::min(current.size(), content.size());
    qsizetype prefix = 0;
    while (prefix < shorter && current.at(prefix) == content.at(prefix)) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && current.at(current.size() - 1 - suffix) == content.at(content.size() - 1 - suffix)) {
        ++suffix;
    }
    // Never cut a UTF-8 character in two: widen the splice to whole characters.
    const auto continuation = [](char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; };
    while (prefix > 0
           && ((prefix < current.size() && continuation(current.at(prefix)))
               || (prefix < content.size() && continuation(content.at(prefix))))) {
        --prefix;
    }
    while (
        suffix > 0
        && (continuation(current.at(current.size() - suffix)) || continuation(content.at(content.size() - suffix)))) {
        --suffix;
    }
    applySplices({TextSplice {prefix, current.size() - suffix, content.mid(prefix, content.size() - suffix - prefix)}});
}

QList<QuickFix> SpecEditor::quickFixesAt(qint64 position)
{
    // Fixes are splices against the analysed text, so that text must be the current one.
    if (m_document->isAnalysisStale()) {
        m_document->analyseNow();
    }
    const std::shared_ptr<const SpecAnalysis> analysis = m_document->analysis();
    const QByteArray text = m_document->text();
    QList<QuickFix> fixes;
    for (const Diagnostic& diagnostic : analysis->diagnostics) {
        const qint64 end = std::max(diagnostic.endOffset, diagnostic.offset + 1);
        if (position >= diagnostic.offset && position <= end) {
            fixes += QuickFixes::forDiagnostic(diagnostic, *analysis, text);
        }
    }
    return fixes;
}

void SpecEditor::addQuickFixes(QMenu* menu, qint64 position)
{
    const QList<QuickFix> fixes = quickFixesAt(position);
    if (fixes.isEmpty()) {
        return;
    }
    QAction* first = menu->actions().value(0);
    for (const QuickFix& fix : fixes) {
        QAction* action = new QAction(tr("Fix: %1").arg(fix.title), menu);
        connect(action, &QAction::triggered, this, [this, splices = fix.splices] { applySplices(splices); });
        menu->insertAction(first, action);
    }
    menu->insertSeparator(first);
}

void SpecEditor::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu();
    const qint64 position = event->reason() == QContextMenuEvent::Mouse
                                ? SendScintilla(SCI_POSITIONFROMPOINTCLOSE,
                                                static_cast<unsigned long>(event->pos().x()),
                                                static_cast<long>(event->pos().y()))
                                : SendScintilla(SCI_GETCURRENTPOS);
    addQuickFixes(menu, position < 0 ? SendScintilla(SCI_GETCURRENTPOS) : position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void SpecEditor::showQuickFixMenu()
{
    const long position = SendScintilla(SCI_GETCURRENTPOS);
    const QList<QuickFix> fixes = quickFixesAt(position);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (fixes.isEmpty()) {
        menu->addAction(tr("No quick fix here"))->setEnabled(false);
    }
    for (const QuickFix& fix : fixes) {
        menu->addAction(fix.title, this, [this, splices = fix.splices] { applySplices(splices); });
    }
    const int x = int(SendScintilla(SCI_POINTXFROMPOSITION, 0UL, position));
    const int y = int(SendScintilla(SCI_POINTYFROMPOSITION, 0UL, position)) + textHeight(0);
    menu->popup(viewport()->mapToGlobal(QPoint(x, y)));
}

namespace {
bool s_tabMovesFocus = false;
} // namespace

void SpecEditor::setTabMovesFocus(bool moves)
{
    s_tabMovesFocus = moves;
}

bool SpecEditor::tabMovesFocus()
{
    return s_tabMovesFocus;
}

bool SpecEditor::focusNextPrevChild(bool next)
{
    // QScintilla refuses to give up the focus so that Tab indents; QWidget's own moves it on.
    return s_tabMovesFocus || m_passingThrough ? QWidget::focusNextPrevChild(next)
                                               : QsciScintilla::focusNextPrevChild(next);
}

void SpecEditor::focusInEvent(QFocusEvent* event)
{
    m_passingThrough = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    QsciScintilla::focusInEvent(event);
}

void SpecEditor::keyPressEvent(QKeyEvent* event)
{
    const bool walking = event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
    const bool modifierOnly = event->key() == Qt::Key_Shift || event->key() == Qt::Key_Control
                              || event->key() == Qt::Key_Alt || event->key() == Qt::Key_Meta;
    if (!walking && !modifierOnly) {
        m_passingThrough = false;
    }
    QsciScintilla::keyPressEvent(event);
}

void SpecEditor::mousePressEvent(QMouseEvent* event)
{
    m_passingThrough = false;
    QsciScintilla::mousePressEvent(event);
}
