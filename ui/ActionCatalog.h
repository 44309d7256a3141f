#pragma once

#include <QList>
#include <QString>

class QAction;
class QMenuBar;

/// One command the user can run, as the command palette and the shortcuts view list it.
struct CatalogEntry
{
    QAction* action = nullptr;
    QString name; ///< the action's text without mnemonics: "Sync All"
    QString menuPath; ///< where it lives in the menus: "Remote" or "View ▸ Go to Panel"
};

/// Every command of a window, read from its menu bar, so a new menu item is in the command
/// palette and in Help ▸ Keyboard Shortcuts without anyone listing it twice.
namespace ActionCatalog {
QList<CatalogEntry> collect(const QMenuBar* menuBar);
/// "&Open…" → "Open…", "Save && Sync" → "Save & Sync".
QString withoutMnemonic(const QString& text);
} // namespace ActionCatalog
