#include "PanelCycler.h"

#include <QApplication>

void PanelCycler::addPanel(QWidget* area, std::function<void()> focus)
{
    m_panels.append({area, std::move(focus)});
}

qsizetype PanelCycler::currentPanel() const
{
    const QWidget* focused = QApplication::focusWidget();
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        if (focused && (focused == m_panels[i].area || m_panels[i].area->isAncestorOf(focused))) {
            return i;
        }
    }
    return -1;
}

void PanelCycler::cycle(int step)
{
    const qsizetype count = m_panels.size();
    const qsizetype current = currentPanel();
    qsizetype next = current < 0 ? (step > 0 ? -1 : count) : current;
    for (qsizetype tried = 0; tried < count; ++tried) {
        next = (next + step + count) % count;
        const Panel& panel = m_panels[next];
        // A closed dock, or a tabified one behind another (Qt keeps it "visible" off screen),
        // is not where the user can see the keyboard go: skip it.
        if (!panel.area->isVisible() || panel.area->visibleRegion().isEmpty()) {
            continue;
        }
        if (panel.focus) {
            panel.focus();
        } else {
            firstControlIn(panel.area)->setFocus(Qt::TabFocusReason);
        }
        return;
    }
}

QWidget* PanelCycler::firstControlIn(QWidget* area)
{
    for (QWidget* next = area->nextInFocusChain(); next && next != area; next = next->nextInFocusChain()) {
        if (area->isAncestorOf(next) && next->isVisibleTo(area) && next->isEnabled()
            && (next->focusPolicy() & Qt::TabFocus) != 0) {
            return next;
        }
    }
    return area;
}
