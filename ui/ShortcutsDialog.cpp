#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<CatalogEntry>& entries, QWidget* parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by command or key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setAccessibleDescription(tr("Shows only the commands and keys that contain this text."));

    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Shortcuts"));
    m_list->setAccessibleDescription(tr("Commands by menu, then the keys that work inside each panel."));

    // Menu commands in menu order; only those with keys, the palette finds the rest.
    for (const CatalogEntry& entry : entries) {
        if (entry.action->shortcut().isEmpty()) {
            continue;
        }
        QStringList keys;
        for (const QKeySequence& sequence : entry.action->shortcuts()) {
            keys.append(sequence.toString(QKeySequence::NativeText));
        }
        addRow(entry.menuPath, entry.name, keys.join(tr(" or ")));
    }
    addPanelKeys();
    m_list->expandAll();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Closes the list of shortcuts."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 620);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
}

void ShortcutsDialog::addPanelKeys()
{
    struct PanelKey
    {
        QString panel;
        QString keys;
        QString what;
    };
    const QList<PanelKey> panelKeys = {
        {tr("Everywhere"), tr("F6 / Shift+F6"), tr("Move to the next / previous panel")},
        {tr("Everywhere"), tr("Ctrl+Shift+P"), tr("Find and run any command")},
        {tr("Everywhere"), tr("Shift+F10 or Menu"), tr("Open the context menu of the focused item")},
        {tr("Specs tree"), tr("Enter"), tr("Open the spec")},
        {tr("Specs tree"), tr("Right / Left"), tr("Expand (loads a connection's specs) / collapse")},
        {tr("Specs tree"), tr("Ctrl+F"), tr("Filter the tree by name")},
        {tr("Editor"), tr("Tab / Shift+Tab"), tr("Indent / unindent; with Tab Moves Focus on, leave the editor")},
        {tr("Editor"), tr("Ctrl+M"), tr("Switch Tab Moves Focus on or off")},
        {tr("Editor"), tr("Ctrl+Tab / Ctrl+Shift+Tab"), tr("Next / previous tab")},
        {tr("Distributions"), tr("Left / Right"), tr("Move a share by one step; the others keep the total at 100%")},
        {tr("Distributions"), tr("Page Up / Page Down"), tr("Move a share by five steps")},
        {tr("Distributions"), tr("Home / End"), tr("Share to its lowest / highest")},
        {tr("Distributions"), tr("Space"), tr("Lock or unlock a value (on its lock button)")},
        {tr("History"), tr("Up / Down"), tr("Choose a version; its diff shows below")},
        {tr("History"), tr("F7 / Shift+F7"), tr("Next / previous change in the diff")},
        {tr("Conflict"), tr("Alt+K / Alt+T / Alt+E"), tr("Keep mine / take theirs / use the editor's text")},
        {tr("Conflict"), tr("Alt+M / Alt+H"), tr("Read your draft / the server's text")},
        {tr("Dialogs"), tr("Esc"), tr("Close without changes")},
    };
    for (const PanelKey& key : panelKeys) {
        addRow(tr("In panels: %1").arg(key.panel), key.what, key.keys);
    }
}

void ShortcutsDialog::addRow(const QString& group, const QString& command, const QString& keys)
{
    QTreeWidgetItem*& groupItem = m_groups[group];
    if (!groupItem) {
        groupItem = new QTreeWidgetItem(m_list, {group});
    }
    new QTreeWidgetItem(groupItem, {command, keys});
}

void ShortcutsDialog::applyFilter(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int top = 0; top < m_list->topLevelItemCount(); ++top) {
        QTreeWidgetItem* group = m_list->topLevelItem(top);
        bool anyShown = false;
        for (int row = 0; row < group->childCount(); ++row) {
            QTreeWidgetItem* item = group->child(row);
            const bool shown = wanted.isEmpty() || item->text(0).contains(wanted, Qt::CaseInsensitive)
                               || item->text(1).contains(wanted, Qt::CaseInsensitive)
                               || group->text(0).contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        group->setHidden(!anyShown);
    }
}
