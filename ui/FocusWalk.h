#pragma once

#include <functional>

class QWidget;

/// Where Tab and Shift+Tab go in a window: the next control a user can see, in the order of the
/// window's panels. Qt's own walk follows the order widgets were made in, and stops in controls
/// that are on no screen (a panel tabbed behind another) or that only frame others (a scroll
/// area around its rows); this one skips them.
namespace FocusWalk {

/// A panel's place in the walk, smaller first; widgets of one panel keep Qt's order.
using PanelRank = std::function<int(const QWidget*)>;

/// The control after (`forward`) or before `from` in `window`, or nullptr when there is none.
QWidget* next(QWidget* window, const QWidget* from, bool forward, const PanelRank& rank);

/// Whether Tab may stop at `widget`: it takes focus by Tab, is enabled and shown, and some of it
/// lies inside the window. A control inside a scroll area counts when the area does: the area
/// scrolls it into view.
bool isStop(const QWidget* window, const QWidget* widget);

} // namespace FocusWalk
