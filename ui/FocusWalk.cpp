#include "FocusWalk.h"

#include <QAbstractScrollArea>
#include <QWidget>

#include <algorithm>

namespace {

/// The part of `widget` inside every ancestor up to `window`, in the window's coordinates.
QRect shownPart(const QWidget* window, const QWidget* widget)
{
    QRect part = widget->rect();
    for (const QWidget* child = widget; child != window; child = child->parentWidget()) {
        const QWidget* parent = child->parentWidget();
        if (parent == nullptr || !child->isVisible()) {
            return {};
        }
        part = part.translated(child->pos()) & parent->rect();
        if (part.isEmpty()) {
            return {};
        }
    }
    return part;
}

/// The widget whose place on screen decides: the outermost scroll area around `widget`, else itself.
const QWidget* placeHolder(const QWidget* window, const QWidget* widget)
{
    const QWidget* holder = widget;
    for (const QWidget* parent = widget->parentWidget(); parent != nullptr && parent != window;
         parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(parent) != nullptr) {
            holder = parent;
        }
    }
    return holder;
}

} // namespace

namespace FocusWalk {

bool isStop(const QWidget* window, const QWidget* widget)
{
    return widget->window() == window && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
           && widget->focusProxy() == nullptr && widget->isEnabled() && widget->isVisibleTo(window)
           && !shownPart(window, placeHolder(window, widget)).isEmpty();
}

QWidget* next(QWidget* window, const QWidget* from, bool forward, const PanelRank& rank)
{
    QList<QWidget*> stops;
    for (QWidget* widget = window->nextInFocusChain(); widget != window; widget = widget->nextInFocusChain()) {
        if (isStop(window, widget) || widget == from) {
            stops.append(widget);
        }
    }
    std::stable_sort(
        stops.begin(), stops.end(), [&rank](const QWidget* a, const QWidget* b) { return rank(a) < rank(b); });
    const qsizetype at = stops.indexOf(from);
    if (at >= 0) {
        stops.removeAt(at);
    }
    if (stops.isEmpty()) {
        return nullptr;
    }
    if (at < 0) {
        return forward ? stops.first() : stops.last();
    }
    // With `from` taken out, the stop after it is at its old index, the one before at index - 1.
    const qsizetype target = forward ? at % stops.size() : (at - 1 + stops.size()) % stops.size();
    return stops.at(target);
}

} // namespace FocusWalk
