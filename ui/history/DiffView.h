#pragma once

#include "DiffPane.h"
#include "TextDiff.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;

/// The text diff of two versions: side by side (older left, newer right, aligned with blank
/// fillers and scrolled together) or inline, with Next / Previous change (F7 / Shift+F7) moving
/// both sides to the same change. It only shows a TextDiff; the History panel computes it.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget* parent = nullptr);

    void showDiff(TextDiff diff, const QString& olderTitle, const QString& newerTitle);
    /// Empties both sides and says why.
    void clear(const QString& message);

    void setInline(bool inlineView);
    bool isInline() const { return m_inline; }
    int changeCount() const { return int(m_diff.changeStarts.size()); }
    /// The change shown last (0-based), -1 when there is none.
    int currentChange() const { return m_current; }
    void nextChange();
    void previousChange();
    /// Shows the first row at or after the older text's `olderLine` or the newer text's
    /// `newerLine` (0-based), for a view that follows another's place (the merge editor).
    void showLines(int olderLine, int newerLine);
    /// The older side, or the whole diff when inline.
    DiffPane* olderPane() const { return m_older; }
    DiffPane* newerPane() const { return m_newer; }
    /// F7 and Shift+F7; the History panel adds them so they work anywhere in it.
    QList<QAction*> navigationActions() const;

private:
    void rebuild();
    void showChange(int change);
    void updateNavigation();
    /// Keeps the other side at the same row and column while one side scrolls.
    void followScroll(DiffPane* from, DiffPane* to);

    TextDiff m_diff;
    /// For each line of m_diff, the row it is shown on in the current layout.
    QList<int> m_rowOfLine;
    bool m_inline = false;
    int m_current = -1;
    bool m_following = false;
    QString m_olderName;
    QString m_newerName;
    QLabel* m_olderTitle;
    QLabel* m_newerTitle;
    QLabel* m_position;
    QPushButton* m_previousButton;
    QPushButton* m_nextButton;
    QPushButton* m_inlineButton;
    QSplitter* m_splitter;
    DiffPane* m_older;
    DiffPane* m_newer;
    QWidget* m_newerSide;
    QAction* m_nextAction;
    QAction* m_previousAction;
};
