#pragma once

#include <QByteArray>
#include <QObject>

class EditorTabs;
class QAction;
class QMainWindow;

/// View ▸ Maximize Editor Area (Ctrl+Shift+M): hides the panels so the tabs take the whole
/// window, and brings them back as they were. A comparison opened where the editor area is too
/// narrow to read two texts side by side (1280×800 with the panels open) maximizes it on its
/// own, until another tab is chosen.
class EditorAreaMaximizer : public QObject
{
    Q_OBJECT

public:
    EditorAreaMaximizer(QMainWindow* window, EditorTabs* tabs);

    QAction* action() const { return m_action; }
    bool isMaximized() const;
    /// The window's layout to keep for the next start: with the panels as they were before
    /// they were hidden.
    QByteArray layoutToSave() const;

    /// Narrower than this, two texts side by side show too little of each line.
    static constexpr int kReadableComparisonWidth = 1000;

private:
    void setMaximized(bool maximized);
    void followCurrentTab();

    QMainWindow* m_window;
    EditorTabs* m_tabs;
    QAction* m_action;
    /// The panels' layout before they were hidden.
    QByteArray m_panels;
    /// Maximized for a comparison, not by the user: undone when another tab is chosen.
    bool m_forComparison = false;
    bool m_changingForComparison = false;
};
