#pragma once

class QMainWindow;

/// Names and descriptions for the parts of a main window that Qt builds itself (the menu bar),
/// which no panel creates and so none can describe where it is made.
namespace AccessibleChrome {

/// Call at the end of the window's constructor, once its menus exist.
void describe(QMainWindow* window);

} // namespace AccessibleChrome
