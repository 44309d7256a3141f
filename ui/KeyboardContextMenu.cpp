#include "KeyboardContextMenu.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QWidget>

namespace KeyboardContextMenu {

void openFor(QWidget* focused)
{
    if (!focused) {
        return;
    }
    QWidget* target = focused;
    QPoint position = focused->rect().center();
    if (auto* view = qobject_cast<QAbstractItemView*>(focused)) {
        // Views take context menus on their viewport, as the mouse gives them.
        target = view->viewport();
        if (view->currentIndex().isValid()) {
            position = view->visualRect(view->currentIndex()).center();
        }
    }
    QContextMenuEvent event(QContextMenuEvent::Keyboard, position, target->mapToGlobal(position));
    QCoreApplication::sendEvent(target, &event);
}

} // namespace KeyboardContextMenu
