#pragma once

#include <QList>
#include <QWidget>

#include <functional>

/// F6 and Shift+F6: move the keyboard to the next or previous panel of the window that is on
/// screen, whatever has focus now, so no panel (the editor, which takes Tab, included) is a
/// dead end for someone without a mouse.
class PanelCycler
{
public:
    /// A panel, in the order F6 visits them. `focus` puts the keyboard inside it; without one,
    /// the panel's first control in Tab order gets it.
    void addPanel(QWidget* area, std::function<void()> focus = {});
    /// Focuses the next (step 1) or previous (step -1) visible panel after the focused one.
    void cycle(int step);

    /// The first visible, enabled control inside `area` that takes Tab, or `area` itself.
    static QWidget* firstControlIn(QWidget* area);

private:
    struct Panel
    {
        QWidget* area;
        std::function<void()> focus;
    };
    qsizetype currentPanel() const;

    QList<Panel> m_panels;
};
