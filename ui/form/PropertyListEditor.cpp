#include "PropertyListEditor.h"

#include "CurrentText.h"
#include "DistributionMath.h"
#include "PropertyListEdits.h"
#include "PropertyValueEdits.h"
#include "SpecDocument.h"
#include "SpecEditor.h"
#include "SpecEdits.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr QAbstractItemView::EditTriggers kListEditTriggers
    = QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed;
constexpr QAbstractItemView::EditTriggers kValueEditTriggers
    = QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed;

/// The name of the property at `row` as PropertyListEdits::names() reads it, without reading
/// every other (a 10 MB spec has tens of thousands).
QString nameAt(const SpecTree& tree, int row)
{
    const qint32 name = tree.find(PropertyListEdits::listPath() + QStringLiteral("[%1].property_name").arg(row));
    if (name == SpecTree::kNoNode || !tree.node(name).isScalar()) {
        return {};
    }
    const std::string_view value = tree.value(name);
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

} // namespace

PropertyListEditor::PropertyListEditor(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_valuesLabel(new QLabel(this))
    , m_values(new QTableWidget(0, 2, this))
    , m_addValue(new QPushButton(tr("Add Value"), this))
    , m_removeValue(new QPushButton(tr("Remove Value"), this))
    , m_valuesNote(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("formPropertyList"));
    m_list->setAccessibleName(tr("Properties"));
    m_list->setAccessibleDescription(
        tr("The spec's properties in order. F2 renames, Delete removes, Alt+Up and Alt+Down move one."));
    m_list->setEditTriggers(kListEditTriggers);
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
    auto* listAndButtons = new QHBoxLayout;
    listAndButtons->setContentsMargins(0, 0, 0, 0);
    listAndButtons->addWidget(m_list, 1);
    listAndButtons->addLayout(buttons);

    m_valuesLabel->setObjectName(QStringLiteral("formValueLabel"));
    m_valuesLabel->setTextFormat(Qt::PlainText);
    m_valuesLabel->setBuddy(m_values);
    m_values->setObjectName(QStringLiteral("formValueTable"));
    m_values->setAccessibleName(tr("Values and shares"));
    m_values->setAccessibleDescription(
        tr("The selected property's values and their shares in percent, which add up to 100. F2 renames a value or "
           "edits a share, and the other shares make room; Insert adds a value, Delete removes one."));
    m_values->setHorizontalHeaderLabels({tr("Value"), tr("Share (%)")});
    m_values->verticalHeader()->hide();
    m_values->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_values->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_values->setSelectionMode(QAbstractItemView::SingleSelection);
    m_values->setEditTriggers(kValueEditTriggers);
    // Tab leaves the table for the buttons beside it; the arrows move between the cells.
    m_values->setTabKeyNavigation(false);
    m_values->setMaximumHeight(m_values->horizontalHeader()->sizeHint().height()
                               + m_values->verticalHeader()->defaultSectionSize() * 6 + 4);
    m_values->installEventFilter(this);
    m_addValue->setObjectName(QStringLiteral("formValueAdd"));
    m_addValue->setAccessibleDescription(
        tr("Adds a value to the selected property with a share of 0; the other shares stay (Insert in the table)."));
    m_removeValue->setObjectName(QStringLiteral("formValueRemove"));
    m_removeValue->setAccessibleDescription(
        tr("Removes the selected value and its share; the other shares take it up (Delete in the table)."));
    m_valuesNote->setObjectName(QStringLiteral("formValueNote"));
    m_valuesNote->setTextFormat(Qt::PlainText);
    m_valuesNote->setWordWrap(true);
    auto* valueButtons = new QVBoxLayout;
    valueButtons->setContentsMargins(0, 0, 0, 0);
    valueButtons->addWidget(m_addValue);
    valueButtons->addWidget(m_removeValue);
    valueButtons->addStretch(1);
    auto* tableAndButtons = new QHBoxLayout;
    tableAndButtons->setContentsMargins(0, 0, 0, 0);
    tableAndButtons->addWidget(m_values, 1);
    tableAndButtons->addLayout(valueButtons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(listAndButtons);
    layout->addWidget(m_valuesLabel);
    layout->addLayout(tableAndButtons);
    layout->addWidget(m_valuesNote);

    connect(m_add, &QPushButton::clicked, this, &PropertyListEditor::addProperty);
    connect(m_remove, &QPushButton::clicked, this, &PropertyListEditor::removeProperty);
    connect(m_up, &QPushButton::clicked, this, [this] { moveProperty(true); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveProperty(false); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_showing) {
            showValuesOfLastAnalysis();
        }
        updateButtons();
    });
    connect(m_addValue, &QPushButton::clicked, this, &PropertyListEditor::addValue);
    connect(m_removeValue, &QPushButton::clicked, this, &PropertyListEditor::removeValue);
    connect(m_values, &QTableWidget::currentCellChanged, this, &PropertyListEditor::updateButtons);
    connect(m_values, &QTableWidget::itemChanged, this, &PropertyListEditor::valueEdited);
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
        // The first property until one is chosen, so its values show at once.
        m_list->setCurrentRow(std::min(std::max(current, 0), int(m_list->count()) - 1));
    }
    showValues(tree);
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
    if (!PropertyValueEdits::isNoChange(*splice)) {
        m_editor->applySplices({*splice});
    }
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
    if (watched == m_values && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeValue();
            return true;
        }
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            addValue();
            return true;
        }
    }
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
    // A read-only spec (an archived one) is read here, by keyboard and screen reader too:
    // the list stays enabled to choose the property whose values the table shows.
    m_list->setEditTriggers(m_readOnly ? QAbstractItemView::NoEditTriggers : kListEditTriggers);
    const bool hasProperty = row >= 0 && m_values->isEnabled();
    m_addValue->setEnabled(!m_readOnly && hasProperty);
    m_removeValue->setEnabled(!m_readOnly && hasProperty && m_values->currentRow() >= 0);
}

void PropertyListEditor::showValuesOfLastAnalysis()
{
    if (m_editor) {
        showValues(m_editor->document()->analysis()->tree);
    }
}

void PropertyListEditor::showValuesNow()
{
    // The shares that made room changed too: on a text small enough to read again in a blink
    // they are shown at once, not at the next analysis.
    if (m_editor && m_editor->length() <= SpecEdits::kCheckedBytes) {
        showValues(CurrentText::of(*m_editor).tree());
        updateButtons();
    }
}

void PropertyListEditor::showValues(const SpecTree& tree)
{
    // Not while a value or share is being typed: the typing would be lost.
    const QWidget* focus = QApplication::focusWidget();
    if (focus != nullptr && focus != m_values && m_values->isAncestorOf(focus)) {
        return;
    }
    const int property = m_list->currentRow();
    QListWidgetItem* item = m_list->currentItem();
    QString error;
    std::optional<PropertyDistribution> read;
    if (property >= 0 && item != nullptr) {
        read = PropertyValueEdits::read(tree, property, &error);
        // The list keeps a name being typed; the table then waits for the text to catch up.
        if (read && nameAt(tree, property) != item->data(Qt::UserRole).toString()) {
            read.reset();
        }
    }
    const QList<PropertyValueEdits::Row> rows
        = read ? PropertyValueEdits::rows(*read) : QList<PropertyValueEdits::Row>();

    const QScopedValueRollback<bool> showing(m_showing, true);
    const int currentRow = m_values->currentRow();
    const int currentColumn = std::max(0, m_values->currentColumn());
    const QString currentValue = m_pendingValue.isEmpty() && currentRow >= 0 && m_values->item(currentRow, 0)
                                     ? m_values->item(currentRow, 0)->data(Qt::UserRole).toString()
                                     : m_pendingValue;
    m_values->setRowCount(0);
    m_values->setRowCount(int(rows.size()));
    int found = -1;
    for (int r = 0; r < rows.size(); ++r) {
        const PropertyValueEdits::Row& row = rows[r];
        auto* value = new QTableWidgetItem(row.value);
        value->setData(Qt::UserRole, row.value);
        auto* share = new QTableWidgetItem(row.share);
        share->setData(Qt::UserRole, row.share);
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!row.listed) {
            value->setToolTip(tr("Not one of property_values: this share is for a value the property does not list."));
        } else if (!row.hasShare) {
            share->setToolTip(tr("No share yet: type one, and the other shares make room."));
        }
        m_values->setItem(r, 0, value);
        m_values->setItem(r, 1, share);
        if (row.value == currentValue && found < 0) {
            found = r;
        }
    }
    if (!m_pendingValue.isEmpty() && found >= 0) {
        m_pendingValue.clear();
    }
    if (!rows.isEmpty()) {
        m_values->setCurrentCell(found >= 0 ? found : std::clamp(currentRow, 0, int(rows.size()) - 1), currentColumn);
    }

    if (!read) {
        m_valuesLabel->setText(tr("Values and shares"));
        m_valuesNote->setText(property >= 0 && !error.isEmpty() ? error : tr("Select a property to see its values."));
    } else {
        m_valuesLabel->setText(tr("Values and shares of %1").arg(read->name));
        if (!read->problem.isEmpty()) {
            m_valuesNote->setText(read->problem);
        } else {
            const QString sum = DistributionMath::formatUnits(read->sumUnits(), read->decimals);
            m_valuesNote->setText(read->sumsToTotal() ? tr("The shares add up to %1%.").arg(sum)
                                                      : tr("The shares add up to %1%, not 100%.").arg(sum));
        }
    }
    // Enabled and focusable on a read-only spec too, so its values can be read; not edited.
    m_values->setEnabled(read.has_value());
    m_values->setEditTriggers(m_readOnly ? QAbstractItemView::NoEditTriggers : kValueEditTriggers);
}

void PropertyListEditor::valueEdited(QTableWidgetItem* item)
{
    if (m_showing) {
        return;
    }
    const qint32 property = qint32(m_list->currentRow());
    const QTableWidgetItem* valueItem = m_values->item(item->row(), 0);
    if (valueItem == nullptr) {
        return;
    }
    const QString value = valueItem->data(Qt::UserRole).toString();
    const QString typed = item->text();
    bool done = false;
    if (item->column() == 0) {
        done = edit(property, [property, value, typed](const CurrentText& current, QString* error) {
            return PropertyValueEdits::renameValue(current.text, current.tree(), property, value, typed, error);
        });
    } else {
        done = edit(property, [this, property, value, typed](const CurrentText& current, QString* error) {
            return PropertyValueEdits::setShare(
                current.text, current.tree(), property, value, typed, m_values->locale(), error);
        });
    }
    if (!done) {
        // Back to what the text holds.
        const QScopedValueRollback<bool> showing(m_showing, true);
        item->setText(item->data(Qt::UserRole).toString());
        return;
    }
    if (item->column() == 0) {
        const QScopedValueRollback<bool> showing(m_showing, true);
        item->setData(Qt::UserRole, typed.trimmed());
        item->setText(typed.trimmed());
    }
    // After the view has closed the cell's editor: the table is not filled while one is open.
    QMetaObject::invokeMethod(this, &PropertyListEditor::showValuesNow, Qt::QueuedConnection);
}

void PropertyListEditor::addValue()
{
    const qint32 property = qint32(m_list->currentRow());
    if (property < 0 || m_readOnly) {
        return;
    }
    QString added;
    if (edit(property, [property, &added](const CurrentText& current, QString* error) -> std::optional<TextSplice> {
            const auto read = PropertyValueEdits::read(current.tree(), property, error);
            if (!read) {
                return std::nullopt;
            }
            added = PropertyValueEdits::freshValue(*read);
            return PropertyValueEdits::addValue(current.text, current.tree(), property, added, error);
        })) {
        // Shown at once and current, so F2 names it; its share and the others' come from the
        // text read again (at once, or with the next analysis on a big text).
        m_pendingValue = added;
        const QScopedValueRollback<bool> showing(m_showing, true);
        const int row = m_values->rowCount();
        m_values->insertRow(row);
        auto* value = new QTableWidgetItem(added);
        value->setData(Qt::UserRole, added);
        m_values->setItem(row, 0, value);
        m_values->setItem(row, 1, new QTableWidgetItem);
        m_values->setCurrentCell(row, 0);
        showValuesNow();
    }
}

void PropertyListEditor::removeValue()
{
    const qint32 property = qint32(m_list->currentRow());
    const int row = m_values->currentRow();
    if (property < 0 || row < 0 || m_values->item(row, 0) == nullptr || m_readOnly) {
        return;
    }
    const QString value = m_values->item(row, 0)->data(Qt::UserRole).toString();
    if (edit(property, [property, value](const CurrentText& current, QString* error) {
            return PropertyValueEdits::removeValue(current.text, current.tree(), property, value, error);
        })) {
        const QScopedValueRollback<bool> showing(m_showing, true);
        const int column = m_values->currentColumn();
        m_values->removeRow(row);
        if (m_values->rowCount() > 0) {
            m_values->setCurrentCell(std::min(row, m_values->rowCount() - 1), std::max(0, column));
        }
        showValuesNow();
    }
    updateButtons();
}
