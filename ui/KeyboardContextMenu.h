#pragma once

class QWidget;

/// Shift+F10, the other context-menu key: many keyboards have no Menu key, and Qt maps only
/// that one. Sends the focused widget the same keyboard context-menu event the Menu key
/// would, placed on a view's current row rather than under the mouse.
namespace KeyboardContextMenu {
void openFor(QWidget* focused);
} // namespace KeyboardContextMenu
