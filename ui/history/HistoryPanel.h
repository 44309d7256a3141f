#pragma once

#include "SpecHistory.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class DiffView;
class EditorTabs;
class HistoryTimelineModel;
class QAction;
class QDialog;
class QLabel;
class QListView;
class QPushButton;
class SemanticSummaryView;
class SpecEditor;
class WorkspaceStore;
class WorkspaceThread;
struct HistoryComparison;

/// The History dock: the current editor's spec's timeline (from the workspace alone, so it
/// works offline), a comparison of two entries or of one entry with the editor (what changed in
/// analysts' words above a text diff), and Restore This Version. A restore puts the old text in
/// the editor as one undo step and records it; the next Sync sends it as a new version, so the
/// server's history is never rewritten. The panel wires itself to the tabs and the store.
///
/// The timeline is read from the workspace's indexes, without any text. Texts are read only for
/// the entries compared or restored, and those reads and the comparison itself run on a thread
/// with its own connection, so the window never waits for megabytes; a newer comparison
/// supersedes one still running, whose result is dropped.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    HistoryPanel(WorkspaceStore* store, EditorTabs* tabs, QWidget* parent = nullptr);
    ~HistoryPanel() override;

    /// The spec whose history is shown (0 for none); the panel follows the current tab itself.
    void setSpec(qint64 specId);
    qint64 specId() const { return m_specId; }
    /// Reads the timeline again, keeping the selection.
    void refresh();

    /// Compares the two selected entries, older to newer; comparisonShown() says when it is shown.
    void compareSelected();
    /// Selects the draft and the newest text from the server (its last pull or sync), compares
    /// them and shows the comparison in a tab of the editor area.
    void compareDraftWithServer();
    /// Compares the selected entry with the text in the spec's editor.
    void compareWithEditor();
    /// Puts the selected entry's text in the editor as one undo step and records the restore;
    /// the text is read off the GUI thread, and restoreFinished() says when it is all done.
    void restoreSelected();
    /// Share Trends: how each DataFramer share moved across the versions, read off the GUI
    /// thread and shown in a window of its own.
    void showShareTrends();
    /// The comparison shown in the dock, in a tab of the editor area, full width.
    void openComparisonTab();
    /// A comparison is being read or computed.
    bool isComparing() const { return m_comparing; }

    QListView* timelineView() const { return m_list; }
    HistoryTimelineModel* timelineModel() const { return m_model; }
    DiffView* diffView() const { return m_diff; }
    SemanticSummaryView* summaryView() const { return m_summary; }
    QAction* restoreAction() const { return m_restoreAction; }
    QAction* compareWithEditorAction() const { return m_compareEditorAction; }

Q_SIGNALS:
    /// A sentence for the status bar; never modal.
    void message(const QString& text);
    /// The comparison last asked for is shown (an older one still running never is).
    void comparisonShown();
    /// A restore was applied and recorded, or could not be (message() says why).
    void restoreFinished();
    /// The Share Trends window is shown (tests).
    void shareTrendsShown(QDialog* dialog);

private:
    void onCurrentEditorChanged(SpecEditor* editor);
    void onSelectionChanged();
    void updateActions();
    /// The selected entries' ids, oldest first.
    QStringList selectedIds() const;
    void compare(const QString& olderId, const QString& newerId);
    /// Reads the entries (or takes `newerText`, the editor's) and compares them on the worker.
    void startComparison(const QString& olderId,
                         const QString& newerId,
                         const std::optional<QByteArray>& newerText,
                         const QString& olderTitle,
                         const QString& newerTitle);
    void showComparison(quint64 request, const HistoryComparison& comparison);
    /// Drops whatever comparison or restore is still on its way.
    void supersedeRequests();
    void applyRestore(quint64 request,
                      qint64 specId,
                      const QString& label,
                      const std::optional<HistoryEntry>& entry,
                      const QString& error);
    QString labelOf(const QString& entryId) const;

    WorkspaceStore* m_store;
    EditorTabs* m_tabs;
    SpecHistory m_history;
    qint64 m_specId = 0;
    HistoryTimelineModel* m_model;
    QLabel* m_title;
    QListView* m_list;
    QPushButton* m_compareButton;
    QPushButton* m_compareEditorButton;
    QPushButton* m_restoreButton;
    QPushButton* m_trendsButton;
    QPushButton* m_windowButton;
    /// The comparison the dock shows, for openComparisonTab().
    std::shared_ptr<const HistoryComparison> m_shown;
    /// compareDraftWithServer() asked for the comparison under way: it opens in a tab.
    bool m_windowWhenShown = false;
    QLabel* m_comparisonTitle;
    SemanticSummaryView* m_summary;
    DiffView* m_diff;
    QAction* m_compareAction;
    QAction* m_compareEditorAction;
    QAction* m_restoreAction;
    /// The pair last compared ("v1", "v2"); a refresh that keeps it selected does not redo it.
    QStringList m_compared;
    bool m_comparing = false;
    /// The newest comparison and restore asked for; results of older ones are dropped.
    quint64 m_compareRequest = 0;
    quint64 m_restoreRequest = 0;
    /// m_compareRequest as the worker sees it, so a comparison still queued behind a newer
    /// one is skipped without reading anything.
    std::shared_ptr<std::atomic<quint64>> m_latestCompare;
    /// Last, so it is stopped first: no job of it outlives the panel it reports to.
    std::unique_ptr<WorkspaceThread> m_worker;
};
