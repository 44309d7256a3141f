#include "SpecEditor.h"

#include "SyntaxCheckScheduler.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexeryaml.h>

#include <QFontDatabase>

#include <algorithm>

SpecEditor::SpecEditor(qint64 specId, SpecFormat format, QWidget* parent)
    : QsciScintilla(parent)
    , m_specId(specId)
    , m_format(format)
    , m_syntaxCheck(new SyntaxCheckScheduler(this))
{
    setObjectName(QStringLiteral("specEditor"));
    setAccessibleName(tr("Spec text"));
    setUtf8(true);
    configureLexer();
    configureMargins();
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationGuides(true);
    setTabWidth(format == SpecFormat::Yaml ? 2 : 4);
    setCaretLineVisible(true);
    // A faint tint of the selection colour marks the caret's line in light and dark palettes alike.
    const QColor base = palette().color(QPalette::Base);
    const QColor tint = palette().color(QPalette::Highlight);
    setCaretLineBackgroundColor(QColor::fromRgbF(base.redF() * 0.9f + tint.redF() * 0.1f,
                                                 base.greenF() * 0.9f + tint.greenF() * 0.1f,
                                                 base.blueF() * 0.9f + tint.blueF() * 0.1f));
    setFolding(QsciScintilla::BoxedTreeFoldStyle);

    m_errorIndicator = indicatorDefine(QsciScintilla::SquiggleIndicator);
    setIndicatorForegroundColor(QColor(0xd0, 0x21, 0x21), m_errorIndicator);
    m_errorMarker = markerDefine(QsciScintilla::Circle);
    setMarkerBackgroundColor(QColor(0xd0, 0x21, 0x21), m_errorMarker);
    setMarkerForegroundColor(QColor(0xd0, 0x21, 0x21), m_errorMarker);

    connect(this, &QsciScintilla::textChanged, this, [this] { m_syntaxCheck->request(content(), m_format); });
    connect(m_syntaxCheck, &SyntaxCheckScheduler::checked, this, &SpecEditor::showDiagnostics);
}

void SpecEditor::configureLexer()
{
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QsciLexer* lexer = nullptr;
    if (m_format == SpecFormat::Json) {
        lexer = new QsciLexerJSON(this);
    } else {
        lexer = new QsciLexerYAML(this);
    }
    lexer->setDefaultFont(font);
    lexer->setFont(font);
    setLexer(lexer);
}

void SpecEditor::configureMargins()
{
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("00000"));
    setMarginType(1, QsciScintilla::SymbolMargin);
    setMarginWidth(1, 14);
    setMarginSensitivity(1, false);
}

void SpecEditor::loadContent(const QByteArray& content)
{
    // Send the bytes themselves: QString would fold invalid UTF-8 and NULs into replacements.
    SendScintilla(SCI_CLEARALL);
    SendScintilla(SCI_APPENDTEXT, static_cast<unsigned long>(content.size()), content.constData());
    const bool crlf = content.contains("\r\n");
    setEolMode(crlf ? QsciScintilla::EolWindows : QsciScintilla::EolUnix);
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    setModified(false);
    SendScintilla(SCI_GOTOPOS, 0UL);
    m_syntaxCheck->request(content, m_format);
}

QByteArray SpecEditor::content() const
{
    // bytes() appends the terminating NUL that Scintilla writes; it is not part of the text.
    return bytes(0, length()).left(length());
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

void SpecEditor::showDiagnostics(const Diagnostics& diagnostics)
{
    m_diagnostics = diagnostics;
    SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(m_errorIndicator));
    SendScintilla(SCI_INDICATORCLEARRANGE, 0UL, static_cast<long>(length()));
    markerDeleteAll(m_errorMarker);
    for (const Diagnostic& diagnostic : diagnostics) {
        // Underline from the error to the end of its line (at least one character).
        const long start = long(std::clamp<qint64>(diagnostic.offset, 0, length()));
        const long lineEnd = long(SendScintilla(SCI_GETLINEENDPOSITION, SendScintilla(SCI_LINEFROMPOSITION, start)));
        SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start), std::max(1L, lineEnd - start));
        markerAdd(diagnostic.line - 1, m_errorMarker);
    }
    Q_EMIT diagnosticsChanged();
}
