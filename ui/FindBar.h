#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QsciScintilla;

/// An inline find bar under the editor: Enter finds the next match, Shift+Enter the previous,
/// Escape closes it and returns focus to the editor.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget* parent = nullptr);

    void setEditor(QsciScintilla* editor);
    /// Shows the bar with the editor's selection (if any) as the search text, and focuses it.
    void activate();
    /// Like activate(), with the replace field shown too.
    void activateReplace();
    bool findNext();
    bool findPrevious();
    /// Replaces the current match and finds the next one.
    bool replaceNext();
    /// Replaces every match, as one undo step. Returns how many were replaced.
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool find(bool forward);

    /// Guarded: a tab may close while a comparison tab is in front and Find still names it.
    QPointer<QsciScintilla> m_editor;
    QLineEdit* m_queryEdit;
    QLineEdit* m_replaceEdit;
    QWidget* m_replaceRow;
    QLabel* m_statusLabel;
};
