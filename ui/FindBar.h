#pragma once

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
    bool findNext();
    bool findPrevious();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool find(bool forward);

    QsciScintilla* m_editor = nullptr;
    QLineEdit* m_queryEdit;
    QLabel* m_statusLabel;
};
