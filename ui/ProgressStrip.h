#pragma once

#include <QWidget>

class LongOperations;
class QLabel;
class QProgressBar;
class QToolButton;

/// The status bar's view of LongOperations: what runs, how far it is, and Cancel. Hidden
/// while nothing runs, so it never takes room from the caret and sync labels for nothing.
class ProgressStrip : public QWidget
{
    Q_OBJECT

public:
    ProgressStrip(LongOperations* operations, QWidget* parent = nullptr);

    QLabel* textLabel() const { return m_text; }
    QProgressBar* bar() const { return m_bar; }
    QToolButton* cancelButton() const { return m_cancel; }

private:
    void refresh();

    LongOperations* m_operations;
    QLabel* m_text;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};
