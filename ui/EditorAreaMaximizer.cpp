#include "EditorAreaMaximizer.h"

#include "ComparisonView.h"
#include "EditorTabs.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScopedValueRollback>

EditorAreaMaximizer::EditorAreaMaximizer(QMainWindow* window, EditorTabs* tabs)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
    , m_action(new QAction(tr("&Maximize Editor Area"), this))
{
    m_action->setObjectName(QStringLiteral("maximizeEditorAreaAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_action->setToolTip(tr("Hides the panels so the editor area takes the whole window; again brings them back."));
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        if (!m_changingForComparison) {
            m_forComparison = false; // the user's own choice stands
        }
        setMaximized(on);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &EditorAreaMaximizer::followCurrentTab);
}

bool EditorAreaMaximizer::isMaximized() const
{
    return m_action->isChecked();
}

QByteArray EditorAreaMaximizer::layoutToSave() const
{
    return isMaximized() && !m_panels.isEmpty() ? m_panels : m_window->saveState();
}

void EditorAreaMaximizer::setMaximized(bool maximized)
{
    if (maximized) {
        m_panels = m_window->saveState();
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
            dock->hide();
        }
    } else if (!m_panels.isEmpty()) {
        m_window->restoreState(m_panels);
        m_panels.clear();
    }
}

void EditorAreaMaximizer::followCurrentTab()
{
    const bool comparison = qobject_cast<ComparisonView*>(m_tabs->currentWidget()) != nullptr;
    const QScopedValueRollback<bool> changing(m_changingForComparison, true);
    if (comparison && !isMaximized() && m_tabs->width() < kReadableComparisonWidth) {
        m_action->setChecked(true);
        m_forComparison = true;
    } else if (!comparison && m_forComparison) {
        m_forComparison = false;
        m_action->setChecked(false);
    }
}
