#include "DiffPane.h"

#include "EditorColours.h"
#include "FileDropTarget.h"

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>

namespace {
constexpr int kRemovedWordIndicator = 8;
constexpr int kAddedWordIndicator = 9;
constexpr int kNumberMargin = 0;
constexpr int kContextRows = 3;

QString numberText(int number)
{
    return number > 0 ? QString::number(number) : QString();
}
} // namespace

DiffPane::DiffPane(QWidget* parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    setReadOnly(true);
    FileDropTarget::passLinksToWindow(viewport());
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setWrapMode(QsciScintilla::WrapNone);
    setCaretLineVisible(true);
    for (int margin = 1; margin < 5; ++margin) {
        setMarginWidth(margin, 0);
    }
    setMarginType(kNumberMargin, QsciScintilla::TextMarginRightJustified);
    setMarginsFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_removedMarker = markerDefine(QsciScintilla::Background);
    m_addedMarker = markerDefine(QsciScintilla::Background);
    m_fillerMarker = markerDefine(QsciScintilla::Background);
    indicatorDefine(QsciScintilla::StraightBoxIndicator, kRemovedWordIndicator);
    setIndicatorDrawUnder(true, kRemovedWordIndicator);
    indicatorDefine(QsciScintilla::StraightBoxIndicator, kAddedWordIndicator);
    setIndicatorDrawUnder(true, kAddedWordIndicator);
    applyColours();
    // Numbers are written as rows come into sight: a compare of two 1 MB versions has some
    // 30,000 rows, and labelling them all held the window for tens of milliseconds.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &DiffPane::labelVisibleRows);
}

void DiffPane::applyColours()
{
    const EditorColours colours = EditorColours::forPalette(palette());
    // Straight to the default style: QsciScintilla::setPaper() would restyle every style.
    for (const unsigned long style : {0UL, static_cast<unsigned long>(STYLE_DEFAULT)}) {
        SendScintilla(SCI_STYLESETBACK, style, colours.paper);
        SendScintilla(SCI_STYLESETFORE, style, colours.text);
    }
    setMarginsBackgroundColor(colours.marginPaper);
    setMarginsForegroundColor(colours.marginText);
    setCaretForegroundColor(colours.caret);
    setCaretLineBackgroundColor(colours.caretLine);
    setSelectionBackgroundColor(colours.selection);
    setSelectionForegroundColor(colours.selectionText);
    setMarkerBackgroundColor(colours.removedLine, m_removedMarker);
    setMarkerBackgroundColor(colours.addedLine, m_addedMarker);
    setMarkerBackgroundColor(colours.fillerLine, m_fillerMarker);
    setIndicatorForegroundColor(colours.removedWords, kRemovedWordIndicator);
    setIndicatorForegroundColor(colours.addedWords, kAddedWordIndicator);
}

void DiffPane::changeEvent(QEvent* event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
    }
}

void DiffPane::resizeEvent(QResizeEvent* event)
{
    QsciScintilla::resizeEvent(event);
    labelVisibleRows();
}

QString DiffPane::numberLabel(int row) const
{
    const Row& content = m_rows.at(row);
    return m_twoNumbers ? QStringLiteral("%1 %2 ")
                              .arg(numberText(content.number), m_digits)
                              .arg(numberText(content.secondNumber), m_digits)
                        : numberText(content.number) + QLatin1Char(' ');
}

void DiffPane::labelVisibleRows()
{
    if (m_rows.isEmpty()) {
        return;
    }
    // A screen's worth above and below, so a page step shows numbers at once.
    const int screen = std::max(1, int(SendScintilla(SCI_LINESONSCREEN)));
    const int first = std::max(0, firstVisibleLine() - screen);
    const int last = std::min(int(m_rows.size()), firstVisibleLine() + 2 * screen + 1);
    for (int row = first; row < last; ++row) {
        if (!m_labelled.testBit(row)) {
            m_labelled.setBit(row);
            setMarginText(row, numberLabel(row), STYLE_LINENUMBER);
        }
    }
}

void DiffPane::setRows(const QList<Row>& rows, bool twoNumbers)
{
    QByteArray text;
    int widest = 1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0) {
            text += '\n';
        }
        if (rows.at(i).line) {
            text += rows.at(i).line->text.toUtf8();
        }
        widest = std::max({widest, rows.at(i).number, rows.at(i).secondNumber});
    }
    setReadOnly(false);
    // Straight to Scintilla: the bytes are UTF-8 already, so no second copy through QString.
    SendScintilla(SCI_SETTEXT, 0UL, text.constData());
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    setReadOnly(true);
    markerDeleteAll();

    m_digits = int(QString::number(widest).size());
    m_twoNumbers = twoNumbers;
    setMarginWidth(kNumberMargin, QString(twoNumbers ? 2 * m_digits + 3 : m_digits + 2, QLatin1Char('9')));
    m_rows = rows;
    m_labelled = QBitArray(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        tintRow(row, rows.at(row));
    }
    labelVisibleRows();
}

void DiffPane::tintRow(int row, const Row& content)
{
    if (!content.line) {
        markerAdd(row, m_fillerMarker);
        return;
    }
    if (content.line->type == TextDiff::Line::Type::Same) {
        return;
    }
    const bool removed = content.line->type == TextDiff::Line::Type::Removed;
    markerAdd(row, removed ? m_removedMarker : m_addedMarker);
    if (content.line->changedSpans.isEmpty()) {
        return;
    }
    SendScintilla(SCI_SETINDICATORCURRENT, removed ? kRemovedWordIndicator : kAddedWordIndicator);
    const long lineStart = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(row));
    const QString& text = content.line->text;
    for (const auto& [start, end] : content.line->changedSpans) {
        // Spans count QString characters; Scintilla counts UTF-8 bytes.
        const long from = lineStart + long(QStringView(text).left(start).toUtf8().size());
        const long length = long(QStringView(text).mid(start, end - start).toUtf8().size());
        SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(from), length);
    }
}

void DiffPane::showRow(int row)
{
    setFirstVisibleLine(std::max(0, row - kContextRows));
    labelVisibleRows();
    setCursorPosition(row, 0);
}
