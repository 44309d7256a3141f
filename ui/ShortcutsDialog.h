#pragma once

#include "ActionCatalog.h"

#include <QDialog>
#include <QHash>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

/// Help ▸ Keyboard Shortcuts: every menu command with its keys (read from the menus, so it is
/// never out of date), then the keys that work inside each panel, with a filter box on top.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<CatalogEntry>& entries, QWidget* parent = nullptr);

    QLineEdit* filterEdit() const { return m_filter; }
    QTreeWidget* shortcutList() const { return m_list; }

private:
    void addPanelKeys();
    /// A row under its group's item, which is made the first time the group is named.
    void addRow(const QString& group, const QString& command, const QString& keys);
    void applyFilter(const QString& text);

    QLineEdit* m_filter;
    QTreeWidget* m_list;
    QHash<QString, QTreeWidgetItem*> m_groups;
};
