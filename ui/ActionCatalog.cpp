#include "ActionCatalog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace {

void collectMenu(const QMenu* menu, const QString& path, QList<CatalogEntry>* entries)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        const QString name = ActionCatalog::withoutMnemonic(action->text());
        if (QMenu* submenu = action->menu()) {
            collectMenu(submenu, path + QStringLiteral(" ▸ ") + name, entries);
        } else if (!name.isEmpty()) {
            entries->append({action, name, path});
        }
    }
}

} // namespace

namespace ActionCatalog {

QList<CatalogEntry> collect(const QMenuBar* menuBar)
{
    QList<CatalogEntry> entries;
    for (QAction* top : menuBar->actions()) {
        if (QMenu* menu = top->menu()) {
            collectMenu(menu, withoutMnemonic(top->text()), &entries);
        }
    }
    return entries;
}

QString withoutMnemonic(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                plain.append(QLatin1Char('&'));
                ++i;
            }
            continue;
        }
        plain.append(text.at(i));
    }
    return plain;
}

} // namespace ActionCatalog
