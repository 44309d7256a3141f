#pragma once

#include "SyncState.h"

#include <QHash>
#include <QPointer>
#include <QTabWidget>

#include <functional>
#include <optional>

class AppSettings;
class ComparisonView;
struct SemanticDiff;
struct TextDiff;
class DiskFileGuard;
class DraftAutosave;
class DraftWriter;
class EditorPage;
class SpecEditor;
class WorkspaceChangeGuard;
class WorkspaceStore;
struct SpecRecord;

/// The editor tabs in the centre: one SpecEditor per open spec, each saved into the
/// workspace as the user types. Closing a tab writes what is pending first, so it never loses text.
/// A remote spec its server will not take edits for (PROCESSING, FAILED, archived) opens
/// read-only, with the reason in a banner above the text. A remote spec's tab also says where
/// its sync stands ("Title • draft"), with a banner when a sync left something to decide.
/// A file's tab follows its file on disk through a DiskFileGuard, which also guards saving it
/// and asks before a tab with unsaved edits to its file closes. A WorkspaceChangeGuard does the
/// same for drafts other SpecDesk processes change in the workspace.
class EditorTabs : public QTabWidget
{
    Q_OBJECT

public:
    EditorTabs(WorkspaceStore* store, AppSettings* settings, QWidget* parent = nullptr);

    /// Shows the spec's tab, opening it from the workspace if needed. Null if the spec is gone.
    /// `storedText`, when given, is the text just stored for it (File ▸ Open read and stored it
    /// on a worker), so a 10 MB text is not read back on the GUI thread.
    SpecEditor* openSpec(qint64 specId, const std::optional<QByteArray>& storedText = std::nullopt);
    SpecEditor* currentEditor() const;
    SpecEditor* editorAt(int index) const;
    /// The open editor of a spec; null when the spec has no tab.
    SpecEditor* editorForSpec(qint64 specId) const;
    EditorPage* pageForSpec(qint64 specId) const;
    DiskFileGuard* diskFiles() const { return m_diskGuard; }
    WorkspaceChangeGuard* workspaceChanges() const { return m_workspaceGuard; }
    /// The autosave of the spec's open tab; null when it has no tab.
    DraftAutosave* autosaveForSpec(qint64 specId) const;
    QList<qint64> openSpecIds() const;

    /// Shows a comparison as a tab of its own, full width; a comparison tab with the same `key`
    /// (the same two texts) is reused. The tab is titled "spec: older ↔ newer" and closes like
    /// any tab.
    ComparisonView* showComparison(const QString& key,
                                   const QString& specTitle,
                                   const QString& olderTitle,
                                   const QString& newerTitle,
                                   const SemanticDiff& meaning,
                                   const TextDiff& text);
    /// The comparison tab of `key`; null when there is none.
    ComparisonView* comparison(const QString& key) const;

    /// Closes a tab after writing its pending text; keeps it open if that write fails, or if the
    /// user cancels closing a file with unsaved edits.
    bool closeTab(int index);
    /// Writes every tab's pending text now. False if any write failed (each is reported).
    bool flushAll();
    /// Writes the spec's pending text now (true when it has no tab or nothing is pending).
    bool flushSpec(qint64 specId);
    /// Makes the spec's open editor show `content` as one undo step, and writes it at once, after
    /// any write still queued. For text the workspace got from elsewhere (a merge, a resolution)
    /// while the tab may hold newer typing: Undo brings that typing back. `workspaceText` is
    /// what the caller read from the workspace and chose to go over (a merge's result): the write
    /// replaces it knowingly. Without it, the write replaces only the text the tab knew, and a
    /// change by another process is asked about instead.
    void replaceText(qint64 specId,
                     const QByteArray& content,
                     const std::optional<QByteArray>& workspaceText = std::nullopt);
    /// Makes the spec's open editor show `content`, which the workspace holds, as one undo step,
    /// keeping the caret and the lines in view; nothing is written back.
    void takeWorkspaceText(qint64 specId, const QByteArray& content);
    /// Shows the spec's sync state in its tab title and banner.
    void setSyncState(qint64 specId, SyncState state, const QString& message);
    /// The text of the sync banner of the spec's tab; empty when hidden or not open.
    QString syncBannerText(qint64 specId) const;
    /// Writes the current spec to `filePath` (its own file, or a new one) through
    /// DiskFileGuard::saveTo(), which never writes over a change on disk the user has not seen.
    bool saveCurrentToFile(const QString& filePath);
    /// Shows the workspace's text in the spec's open tab, unless the tab holds edits not yet
    /// written (those always win). For a spec that was fetched again from its server.
    void reloadSpec(qint64 specId);
    /// The banner text of the spec's tab; empty when it is editable or not open.
    QString readOnlyReason(qint64 specId) const;
    /// Gives every open editor the font, tab width and autosave delay from the settings, at once.
    /// New tabs take them when they open.
    void applyEditorSettings();

Q_SIGNALS:
    /// The editor of the current tab; not sent for a comparison tab, which is about the spec
    /// shown before it; null once no tab is left.
    void currentEditorChanged(SpecEditor* editor);
    /// A message for the status bar or a notification; never modal.
    void problem(const QString& message);
    void caretMoved(int line, int column);
    void diagnosticsChanged(SpecEditor* editor);
    /// A tab was opened, closed or moved: the list of open specs is different.
    void openSpecsChanged();
    /// The banner of an archived spec's tab asked for the spec to be restored on its server.
    void restoreRequested(qint64 specId);
    /// The sync banner of a spec's tab asked to resolve its conflict, export its draft, or sync.
    void resolveConflictRequested(qint64 specId);
    /// A conflict banner's Compare: the draft beside the server's text.
    void compareConflictRequested(qint64 specId);
    void exportDraftRequested(qint64 specId);
    void syncRequested(qint64 specId);

protected:
    void tabInserted(int index) override;
    void tabRemoved(int index) override;

private:
    int indexOfSpec(qint64 specId) const;
    /// Runs `change` on an editor that may be read-only: Scintilla refuses changes from code too.
    static void changeReadOnly(SpecEditor* editor, const std::function<void()>& change);
    /// Title, icon, tooltip and read-only state of the spec's tab, from the workspace.
    void refreshTab(qint64 specId);
    /// The spec's name on its tab: with its connection's (or the local collection's) name when
    /// another open spec has the same name, so two "Orders" tabs can be told apart.
    QString tabName(qint64 specId, const SpecRecord& spec) const;
    /// Refreshes the other open tabs named `title`, whose need for a connection name changed.
    void refreshNamesakes(qint64 specId, const QString& title);
    /// Closes the tabs of specs that are gone (their connection was removed) without saving.
    void dropRemovedSpecs();
    void applyEditorSettingsTo(SpecEditor* editor);

    WorkspaceStore* m_store;
    AppSettings* m_settings;
    DraftWriter* m_writer;
    /// The name each open spec's tab was last given, to find namesakes without the database.
    QHash<qint64, QString> m_names;
    bool m_refreshingNamesakes = false;
    DiskFileGuard* m_diskGuard;
    WorkspaceChangeGuard* m_workspaceGuard;
    /// The editor currentEditorChanged() last named: a comparison tab leaves it to the panels.
    QPointer<SpecEditor> m_panelsEditor;
};
