#include "PropertyListEditor.h"

#include "CurrentText.h"
#include "PropertyListEdits.h"
#include "SpecDocument.h"
#include "SpecEditor.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

PropertyListEditor::PropertyListEditor(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
{
    m_list->setObjectName(QStringLiteral("formPropertyList"));
    m_list->setAccessibleName(tr("Properties"));
    m_list->setAccessibleDescription(
        tr("The spec's properties in order. F2 renames, Delete removes, Alt+Up and Alt+Down move one."));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 8 + 8);
    m_list->installEventFilter(this);
    m_add->setObjectName(QStringLiteral("formPropertyAdd"));
    m_add->setAccessibleDescription(tr("Adds a property at the end, with two values that share 50/50."));
    m_remove->setObjectName(QStringLiteral("formPropertyRemove"));
    m_remove->setAccessibleDescription(tr("Removes the selected property with its values and shares."));
    // Short labels: the four fit a narrow dock; the names say the whole action.
    m_up->setObjectName(QStringLiteral("formPropertyUp"));
    m_up->setAccessibleName(tr("Move Up"));
    m_up->setToolTip(tr("Move the property up (Alt+Up)"));
    m_up->setAccessibleDescription(tr("Moves the selected property one place up (Alt+Up in the list)."));
    m_down->setObjectName(QStringLiteral("formPropertyDown"));
    m_down->setAccessibleName(tr("Move Down"));
    m_down->setToolTip(tr("Move the property down (Alt+Down)"));
    m_down->setAccessibleDescription(tr("Moves the selected property one place down (Alt+Down in the list)."));
    // The buttons in a column beside the list: in a row the four were wider than the dock.
    auto* buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* button : {m_add, m_remove, m_up, m_down}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* listAndButtons = new QHBoxLayout(this);
    listAndButtons->setContentsMargins(0, 0, 0, 0);
    listAndButtons->addWidget(m_list, 1);
    listAndButtons->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PropertyListEditor::addProperty);
    connect(m_remove, &QPushButton::clicked, this, &PropertyListEditor::removeProperty);
    connect(m_up, &QPushButton::clicked, this, [this] { moveProperty(true); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveProperty(false); });
    connect(m_list, &QListWidget::currentRowChanged, this, &PropertyListEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_showing) {
            return;
        }
        const qint32 row = qint32(m_list->row(item));
        const QString name = item->text().trimmed();
        if (!edit(row, [row, name](const CurrentText& current, QString* error) {
                return PropertyListEdits::rename(current.text, current.tree(), row, name, error);
            })) {
            // Back to what the text holds.
            const QScopedValueRollback<bool> showing(m_showing, true);
            item->setText(item->data(Qt::UserRole).toString());
        } else {
            const QScopedValueRollback<bool> showing(m_showing, true);
            item->setData(Qt::UserRole, name);
        }
    });
    updateButtons();
}

void PropertyListEditor::showProperties(const SpecTree& tree, bool readOnly)
{
    m_readOnly = readOnly;
    // A 10 MB spec has tens of thousands of properties: their names are read only for a list
    // someone can see, not after every analysis behind another tab.
    if (!isVisible()) {
        m_behind = true;
        return;
    }
    m_behind = false;
    const QStringList names = PropertyListEdits::names(tree).value_or(QStringList());
    QStringList shown;
    for (int row = 0; row < m_list->count(); ++row) {
        shown << m_list->item(row)->data(Qt::UserRole).toString();
    }
    // Not while a name is being typed: the typing would be lost.
    const QWidget* focus = QApplication::focusWidget();
    const bool renaming = focus != nullptr && focus != m_list && m_list->isAncestorOf(focus);
    if (shown != names && !renaming) {
        const QScopedValueRollback<bool> showing(m_showing, true);
        const int current = m_list->currentRow();
        m_list->clear();
        for (const QString& name : names) {
            auto* item = new QListWidgetItem(name.isEmpty() ? QString() : name, m_list);
            item->setData(Qt::UserRole, name);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        m_list->setCurrentRow(std::min(current, int(m_list->count()) - 1));
    }
    updateButtons();
}

void PropertyListEditor::addProperty()
{
    QString name;
    if (edit(-1, [&name](const CurrentText& current, QString* error) {
            name = PropertyListEdits::freshName(current.tree());
            return PropertyListEdits::add(current.text, current.tree(), name, error);
        })) {
        const QScopedValueRollback<bool> showing(m_showing, true);
        auto* item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, name);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->setCurrentItem(item);
    }
}

void PropertyListEditor::removeProperty()
{
    const qint32 row = qint32(m_list->currentRow());
    if (row < 0) {
        return;
    }
    if (edit(row, [row](const CurrentText& current, QString* error) {
            return PropertyListEdits::remove(current.text, current.tree(), row, error);
        })) {
        const QScopedValueRollback<bool> showing(m_showing, true);
        delete m_list->takeItem(row);
        m_list->setCurrentRow(std::min(int(row), int(m_list->count()) - 1));
    }
}

void PropertyListEditor::moveProperty(bool up)
{
    const qint32 row = qint32(m_list->currentRow());
    const qint32 to = up ? row - 1 : row + 1;
    if (row < 0 || to < 0 || to >= m_list->count()) {
        return;
    }
    if (edit(row, [row, up](const CurrentText& current, QString* error) {
            return PropertyListEdits::move(current.text, current.tree(), row, up, error);
        })) {
        const QScopedValueRollback<bool> showing(m_showing, true);
        QListWidgetItem* item = m_list->takeItem(row);
        m_list->insertItem(to, item);
        m_list->setCurrentRow(to);
    }
}

bool PropertyListEditor::edit(qint32 row, const MakeSplice& make)
{
    if (!m_editor || m_editor->isReadOnly()) {
        return false;
    }
    const CurrentText current = CurrentText::of(*m_editor);
    // The list shows the last analysis; the text may have changed since (typed in the editor):
    // the row must still be the property the user sees there, or the edit would hit another.
    if (row >= 0) {
        const QStringList names = PropertyListEdits::names(current.tree()).value_or(QStringList());
        QListWidgetItem* item = m_list->item(row);
        if (item == nullptr || row >= names.size() || names.at(row) != item->data(Qt::UserRole).toString()) {
            Q_EMIT problem(tr("the text changed since the list was shown; try again in a moment."));
            return false;
        }
    }
    QString error;
    const std::optional<TextSplice> splice = make(current, &error);
    if (!splice) {
        Q_EMIT problem(error);
        return false;
    }
    m_editor->applySplices({*splice});
    return true;
}

void PropertyListEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_behind && m_editor) {
        showProperties(m_editor->document()->analysis()->tree, m_editor->isReadOnly());
    }
}

bool PropertyListEditor::eventFilter(QObject* watched, QEvent* event)
{
    // While a name is typed the keys go to its line edit, not here.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeProperty();
            return true;
        }
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && key->modifiers() == Qt::AltModifier) {
            moveProperty(key->key() == Qt::Key_Up);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PropertyListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && row >= 0);
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row + 1 < m_list->count());
    m_list->setEnabled(!m_readOnly);
}
