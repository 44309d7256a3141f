#include "FindBar.h"

#include <Qsci/qsciscintilla.h>

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , m_queryEdit(new QLineEdit(this))
    , m_replaceEdit(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_queryEdit->setObjectName(QStringLiteral("findQueryEdit"));
    m_queryEdit->setPlaceholderText(tr("Find in spec"));
    m_queryEdit->setAccessibleName(tr("Find text"));
    m_queryEdit->setAccessibleDescription(tr("Text to find in the current spec; Enter finds the next match."));
    m_queryEdit->setClearButtonEnabled(true);

    auto* previousButton = new QToolButton(this);
    previousButton->setObjectName(QStringLiteral("findPreviousButton"));
    previousButton->setText(tr("Previous"));
    previousButton->setAccessibleName(tr("Find previous match"));
    previousButton->setAccessibleDescription(tr("Selects the match before the caret (Shift+Enter)."));
    auto* nextButton = new QToolButton(this);
    nextButton->setObjectName(QStringLiteral("findNextButton"));
    nextButton->setText(tr("Next"));
    nextButton->setAccessibleName(tr("Find next match"));
    nextButton->setAccessibleDescription(tr("Selects the match after the caret (Enter)."));
    auto* closeButton = new QToolButton(this);
    closeButton->setObjectName(QStringLiteral("findCloseButton"));
    closeButton->setText(tr("Close"));
    closeButton->setAccessibleName(tr("Close the find bar"));
    closeButton->setAccessibleDescription(tr("Hides the find bar and returns to the editor (Escape)."));

    m_replaceEdit->setObjectName(QStringLiteral("replaceEdit"));
    m_replaceEdit->setPlaceholderText(tr("Replace with"));
    m_replaceEdit->setAccessibleName(tr("Replacement text"));
    m_replaceEdit->setAccessibleDescription(tr("Text that replaces each match."));
    auto* replaceButton = new QToolButton(m_replaceRow);
    replaceButton->setObjectName(QStringLiteral("replaceButton"));
    replaceButton->setText(tr("Replace"));
    replaceButton->setAccessibleName(tr("Replace this match"));
    replaceButton->setAccessibleDescription(tr("Replaces the selected match and selects the next one."));
    auto* replaceAllButton = new QToolButton(m_replaceRow);
    replaceAllButton->setObjectName(QStringLiteral("replaceAllButton"));
    replaceAllButton->setText(tr("Replace All"));
    replaceAllButton->setAccessibleName(tr("Replace every match"));
    replaceAllButton->setAccessibleDescription(tr("Replaces every match in the spec as one undo step."));
    auto* replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replaceEdit, 1);
    replaceLayout->addWidget(replaceButton);
    replaceLayout->addWidget(replaceAllButton);

    auto* findRow = new QHBoxLayout;
    findRow->addWidget(m_queryEdit, 1);
    findRow->addWidget(previousButton);
    findRow->addWidget(nextButton);
    findRow->addWidget(m_statusLabel);
    findRow->addWidget(closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);
    m_replaceRow->hide();
    connect(m_replaceEdit, &QLineEdit::returnPressed, this, &FindBar::replaceNext);
    connect(replaceButton, &QToolButton::clicked, this, &FindBar::replaceNext);
    connect(replaceAllButton, &QToolButton::clicked, this, &FindBar::replaceAll);

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

void FindBar::activateReplace()
{
    activate();
    m_replaceRow->show();
}

bool FindBar::replaceNext()
{
    if (!m_editor || m_queryEdit->text().isEmpty()) {
        return false;
    }
    if (m_editor->hasSelectedText() && m_editor->selectedText() == m_queryEdit->text()) {
        m_editor->replaceSelectedText(m_replaceEdit->text());
    }
    return findNext();
}

int FindBar::replaceAll()
{
    if (!m_editor || m_queryEdit->text().isEmpty()) {
        return 0;
    }
    int count = 0;
    m_editor->beginUndoAction();
    // From the top, without wrapping, so each match is replaced once.
    bool found = m_editor->findFirst(m_queryEdit->text(), false, false, false, false, true, 0, 0);
    while (found) {
        m_editor->replace(m_replaceEdit->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_statusLabel->setText(tr("%n replaced", nullptr, count));
    return count;
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
