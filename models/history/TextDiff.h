#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

/// A line diff of two texts with the changed words marked inside changed lines, for the
/// history's side-by-side and inline views. Computed with dtl (Wu's O(NP) algorithm), not by
/// hand; words are diffed the same way within each pair of changed lines.
struct TextDiff
{
    struct Line
    {
        enum class Type {
            Same,
            Removed, ///< only in the older text
            Added, ///< only in the newer text
        };
        Type type = Type::Same;
        int oldNumber = 0; ///< 1-based; 0 for an added line
        int newNumber = 0; ///< 1-based; 0 for a removed line
        QString text; ///< without its line break
        /// The text's last line, with no line break after it: a line that gains or loses its
        /// break counts as changed, and a patch says "\\ No newline at end of file" after it.
        bool lacksLineBreak = false;
        /// Character ranges [start, end) of the words that changed, for highlighting.
        QList<QPair<int, int>> changedSpans;
    };

    QList<Line> lines;
    /// Index in `lines` of the first line of each change, for next/previous navigation.
    QList<int> changeStarts;

    bool isEmpty() const { return changeStarts.isEmpty(); }
    int addedCount() const;
    int removedCount() const;

    static TextDiff compute(const QByteArray& older, const QByteArray& newer);
    /// A unified diff (`@@ -a,b +c,d @@`), for the CLI and golden tests.
    QString unified(int context = 3) const;
};
