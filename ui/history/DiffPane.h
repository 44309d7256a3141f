#pragma once

#include "TextDiff.h"

#include <Qsci/qsciscintilla.h>

#include <QBitArray>

/// One read-only side of a diff (or the whole inline diff): rows of text with their line
/// numbers in the margin, removed and added lines tinted and the changed words boxed. Scintilla
/// keeps a 1 MB spec responsive where per-line extra selections in a QTextEdit would not.
class DiffPane : public QsciScintilla
{
    Q_OBJECT

public:
    /// One row: a line of the diff, or a blank filler that keeps the two sides aligned.
    struct Row
    {
        const TextDiff::Line* line = nullptr; ///< null for a filler
        int number = 0; ///< the line number shown in the margin; 0 shows none
        int secondNumber = 0; ///< the newer line number, inline only
    };

    explicit DiffPane(QWidget* parent = nullptr);

    /// Shows `rows`; the lines they point to must outlive the next call. `twoNumbers` shows the
    /// older and the newer line number side by side (the inline view).
    void setRows(const QList<Row>& rows, bool twoNumbers);
    /// Scrolls so `row` shows with a little context above it, and puts the caret there.
    void showRow(int row);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Paper, text, margin and diff tints after the palette (light or dark).
    void applyColours();
    void tintRow(int row, const Row& content);
    /// The margin's line numbers of `row` (one, or older and newer side by side).
    QString numberLabel(int row) const;
    /// Writes the numbers of the rows in sight (and a screen around them) not written yet.
    void labelVisibleRows();

    int m_removedMarker = -1;
    int m_addedMarker = -1;
    int m_fillerMarker = -1;
    QList<Row> m_rows;
    QBitArray m_labelled;
    int m_digits = 1;
    bool m_twoNumbers = false;
};
