#pragma once

#include "SpecHistory.h"

#include <QWidget>

class DiffView;
class EditorTabs;
class HistoryTimelineModel;
class QAction;
class QLabel;
class QListView;
class QPushButton;
class SemanticSummaryView;
class SpecEditor;
class WorkspaceStore;

/// The History dock: the current editor's spec's timeline (from the workspace alone, so it
/// works offline), a comparison of two entries or of one entry with the editor (what changed in
/// analysts' words above a text diff), and Restore This Version. A restore puts the old text in
/// the editor as one undo step and records it; the next Sync sends it as a new version, so the
/// server's history is never rewritten. The panel wires itself to the tabs and the store.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    HistoryPanel(WorkspaceStore* store, EditorTabs* tabs, QWidget* parent = nullptr);

    /// The spec whose history is shown (0 for none); the panel follows the current tab itself.
    void setSpec(qint64 specId);
    qint64 specId() const { return m_specId; }
    /// Reads the timeline again, keeping the selection.
    void refresh();

    /// Compares the two selected entries, older to newer.
    void compareSelected();
    /// Compares the selected entry with the text in the spec's editor.
    void compareWithEditor();
    /// Puts the selected entry's text in the editor as one undo step and records the restore.
    void restoreSelected();

    QListView* timelineView() const { return m_list; }
    HistoryTimelineModel* timelineModel() const { return m_model; }
    DiffView* diffView() const { return m_diff; }
    SemanticSummaryView* summaryView() const { return m_summary; }
    QAction* restoreAction() const { return m_restoreAction; }
    QAction* compareWithEditorAction() const { return m_compareEditorAction; }

Q_SIGNALS:
    /// A sentence for the status bar; never modal.
    void message(const QString& text);

private:
    void onCurrentEditorChanged(SpecEditor* editor);
    void onSelectionChanged();
    void updateActions();
    /// The selected entries' ids, oldest first.
    QStringList selectedIds() const;
    void compare(const QString& olderId, const QString& newerId);
    void showComparison(const QByteArray& older,
                        const QByteArray& newer,
                        const QString& olderTitle,
                        const QString& newerTitle);
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
    QLabel* m_comparisonTitle;
    SemanticSummaryView* m_summary;
    DiffView* m_diff;
    QAction* m_compareAction;
    QAction* m_compareEditorAction;
    QAction* m_restoreAction;
    /// The pair last compared ("v1", "v2"); a refresh that keeps it selected does not redo it.
    QStringList m_compared;
};
