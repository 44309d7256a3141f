#include "AccessibleChrome.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMenuBar>

void AccessibleChrome::describe(QMainWindow* window)
{
    // Qt's menu bar interface has no text of its own; its menus carry their titles.
    QMenuBar* menuBar = window->menuBar();
    menuBar->setAccessibleName(QCoreApplication::translate("AccessibleChrome", "Main menu"));
    menuBar->setAccessibleDescription(QCoreApplication::translate(
        "AccessibleChrome", "Every command of SpecDesk by menu; Alt with a menu's underlined letter opens it."));
}
