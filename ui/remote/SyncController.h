#pragma once

#include "CopyTargetDialog.h"
#include "SyncJournal.h"
#include "SyncOutcome.h"

#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ConflictView;
class EditorTabs;
class LongOperations;
class QAction;
class QDialog;
class RemoteContext;
class SpecTreeModel;
class SpecTreePanel;
class SyncEngine;
class SyncRetryTimer;
struct Connection;

/// Sync for one window: it owns the SyncEngine, offers Remote ▸ Sync and Sync All (and the same
/// on the tree's rows), and deals with what a sync leaves behind, without a single modal box:
///
/// - the spec's editor is flushed before its text is sent, and a merge made by the engine shows
///   in the open editor as one undo step, with any typing made meanwhile merged on top;
/// - specs left queued (offline, a server that asks to wait) are tried again on their own with a
///   growing delay (5 s, 10 s, … 60 s), and offlineChanged() says how many wait;
/// - refused credentials open one non-modal prompt per connection; storing new ones syncs that
///   connection's drafts again;
/// - a conflict opens a ConflictView, and the user's choice goes to SyncJournal::resolveConflict().
///
/// The tree model is where states are read (it follows the journal); this class pushes them into
/// the tabs and the status bar.
class SyncController : public QObject
{
    Q_OBJECT

public:
    /// Asks for a connection's new secrets after its server refused them. Returns the dialog to
    /// show (never run modally; accepted() means new secrets are stored), or null to ask nothing.
    using CredentialsPrompt = std::function<QDialog*(const Connection& connection, const QString& reason)>;
    /// Asks where to export a draft, starting from `suggestedPath`; an empty answer cancels.
    using ExportPathChooser = std::function<QString(const QString& suggestedPath)>;
    /// Picks the spec a copy goes onto (0 to cancel); the CopyTargetDialog unless a test sets one.
    using CopyTargetChooser = std::function<qint64(const QString& sourceTitle, const QList<CopyTarget>& targets)>;

    SyncController(RemoteContext* context,
                   SpecTreeModel* model,
                   SpecTreePanel* panel,
                   EditorTabs* tabs,
                   QObject* parent = nullptr);
    ~SyncController() override;

    SyncEngine* engine() const { return m_engine.get(); }
    QAction* syncAction() const { return m_syncAction; }
    QAction* syncAllAction() const { return m_syncAllAction; }
    QAction* resolveConflictAction() const { return m_resolveAction; }

    /// Syncs one spec, after writing what its editor still holds.
    void syncSpec(qint64 specId);
    /// Syncs the current tab's spec, or the spec selected in the tree.
    void syncCurrent();
    /// Syncs every pending spec (drafts, queued ones, errors) of every connection.
    void syncAll();
    /// Syncs the pending specs of one connection's collection.
    void syncCollection(qint64 collectionId);
    /// Opens the merge editor of a spec in conflict (and its tab, for a hand merge there).
    void showConflict(qint64 specId);
    /// Opens a tab comparing the server's text of a spec in conflict with the draft.
    void compareConflict(qint64 specId);
    /// Ends a conflict as the user chose; the editor shows the result as one undo step.
    void resolveConflict(qint64 specId, SyncJournal::Resolution resolution);
    /// Ends a conflict with the merge editor's result as the draft.
    void useMergeResult(qint64 specId, const QByteArray& text);
    /// Copies a remote spec onto a spec of another connection of the same API, as that spec's
    /// draft (SpecTransfer): one undo step in its editor, sent by its next sync.
    void copyToConnection(qint64 specId);
    /// The specs a copy of `specId` can go onto.
    QList<CopyTarget> copyTargets(qint64 specId) const;
    /// Saves the spec's draft to a file the user picks, atomically.
    void exportDraft(qint64 specId);
    /// The tree's context-menu actions for a row of the SpecTreeModel, parented to `parent`.
    QList<QAction*> contextActions(const QModelIndex& index, QObject* parent);

    bool isOffline() const { return !offlineText().isEmpty(); }
    /// "Offline — 2 drafts queued"; empty while nothing waits for the network.
    QString offlineText() const;
    /// The delay before the first retry of queued specs, doubled after each run that leaves
    /// specs queued, up to `maxMs`.
    void setRetryDelays(int firstMs, int maxMs);
    int nextRetryDelayMs() const;
    void setCredentialsPrompt(CredentialsPrompt prompt) { m_credentialsPrompt = std::move(prompt); }
    void setExportPathChooser(ExportPathChooser chooser) { m_exportPathChooser = std::move(chooser); }
    void setCopyTargetChooser(CopyTargetChooser chooser) { m_copyTargetChooser = std::move(chooser); }
    /// Where runs the user asked for show their progress and can be cancelled.
    void setLongOperations(LongOperations* operations) { m_operations = operations; }
    /// The open conflict view of a spec, if any.
    ConflictView* conflictView(qint64 specId) const;
    /// What the server said about each field it refused in the spec's last sync, if it did.
    QList<FieldError> rejectedFields(qint64 specId) const { return m_rejectedFields.value(specId); }

Q_SIGNALS:
    /// A sentence for the status bar; never modal.
    void message(const QString& text);
    /// The offline text changed (empty when back online).
    void offlineChanged(const QString& text);
    /// Where the current tab's spec stands, for the status bar: a short text and the detail.
    void currentStatusChanged(const QString& text, const QString& detail);
    /// A sync heard from the server of this collection's connection: it is reachable again.
    void serverAnswered(qint64 collectionId);
    /// rejectedFields() of the spec changed: a sync named fields, or a later one went through.
    void rejectedFieldsChanged(qint64 specId);
    /// Compare Draft with Server was chosen for the spec (the tree's menu).
    void compareDraftRequested(qint64 specId);

private:
    void start(const QList<qint64>& specIds, bool userAsked);
    /// `merged`, when given, is the new draft (a merge); else UseText takes the editor's text.
    void
    resolveConflictWith(qint64 specId, SyncJournal::Resolution resolution, const std::optional<QByteArray>& merged);
    void onSpecStateChanged(qint64 specId, SyncState state);
    void onSyncStateChanged(qint64 specId);
    void onCredentialsRejected(qint64 connectionId, const QString& reason);
    void onIdle();
    /// Shows a merge the engine stored in the spec's open editor, with later typing on top.
    void adoptMerge(qint64 specId);
    void retryQueued();
    void noteRejectedFields(const SyncOutcome& outcome);
    QList<qint64> queuedSpecs() const;
    void updateTabs();
    void updateCurrentStatus();
    qint64 currentSpecId() const;
    QString titleOf(qint64 specId) const;

    RemoteContext* m_context;
    SpecTreeModel* m_model;
    SpecTreePanel* m_panel;
    EditorTabs* m_tabs;
    std::unique_ptr<SyncEngine> m_engine;
    QAction* m_syncAction;
    QAction* m_syncAllAction;
    QAction* m_resolveAction;
    SyncRetryTimer* m_retry;
    bool m_userRun = false;
    LongOperations* m_operations = nullptr;
    int m_operationId = 0;
    qint64 m_operationDone = 0;
    QHash<qint64, QList<FieldError>> m_rejectedFields;
    qint64 m_operationTotal = 0;
    /// The base of each open spec when its sync began: what a merge is computed against.
    QHash<qint64, QByteArray> m_basesBeforeSync;
    QHash<qint64, QPointer<QDialog>> m_credentialPrompts;
    QHash<qint64, QPointer<ConflictView>> m_conflictViews;
    CredentialsPrompt m_credentialsPrompt;
    ExportPathChooser m_exportPathChooser;
    CopyTargetChooser m_copyTargetChooser;
};
