#include "FindBar.h"

#include <Qsci/qsciscintilla.h>

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , m_queryEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_queryEdit->setObjectName(QStringLiteral("findQueryEdit"));
    m_queryEdit->setPlaceholderText(tr("Find in spec"));
    m_queryEdit->setAccessibleName(tr("Find text"));
    m_queryEdit->setClearButtonEnabled(true);

    auto* previousButton = new QToolButton(this);
    previousButton->setObjectName(QStringLiteral("findPreviousButton"));
    previousButton->setText(tr("Previous"));
    previousButton->setAccessibleName(tr("Find previous match"));
    auto* nextButton = new QToolButton(this);
    nextButton->setObjectName(QStringLiteral("findNextButton"));
    nextButton->setText(tr("Next"));
    nextButton->setAccessibleName(tr("Find next match"));
    auto* closeButton = new QToolButton(this);
    closeButton->setObjectName(QStringLiteral("findCloseButton"));
    closeButton->setText(tr("Close"));
    closeButton->setAccessibleName(tr("Close the find bar"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_queryEdit, 1);
    layout->addWidget(previousButton);
    layout->addWidget(nextButton);
    layout->addWidget(m_statusLabel);
    layout->addWidget(closeButton);

    connect(m_queryEdit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::hide);
    hide();
}

void FindBar::setEditor(QsciScintilla* editor)
{
    m_editor = editor;
    m_statusLabel->clear();
}

void FindBar::activate()
{
    if (m_editor && m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n'))) {
        m_queryEdit->setText(m_editor->selectedText());
    }
    show();
    m_queryEdit->setFocus(Qt::ShortcutFocusReason);
    m_queryEdit->selectAll();
}

bool FindBar::findNext()
{
    return find(true);
}

bool FindBar::findPrevious()
{
    return find(false);
}

bool FindBar::find(bool forward)
{
    if (!m_editor || m_queryEdit->text().isEmpty()) {
        return false;
    }
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    if (!forward && m_editor->hasSelectedText()) {
        // Start before the current match, or a backward search finds it again.
        int lineTo = 0;
        int indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    }
    const bool found = m_editor->findFirst(m_queryEdit->text(), false, false, false, true, forward, line, index);
    m_statusLabel->setText(found ? QString() : tr("Not found"));
    return found;
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_editor) {
            m_editor->setFocus(Qt::ShortcutFocusReason);
        }
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() & Qt::ShiftModifier) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}
