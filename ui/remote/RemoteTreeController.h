#pragma once

#include <QModelIndex>
#include <QObject>

#include <map>
#include <memory>

class EditorTabs;
class LongOperations;
class QAction;
class RemoteContext;
class RemoteSpecOpener;
class SpecProvider;
class SpecPull;
class SpecTreeModel;
class SpecTreePanel;
class SyncController;

/// Loads a connection's specs into the tree when the user first expands it, and again on
/// Refresh (F5) or Retry. While a load runs the connection's row says "Loading…"; when it fails
/// the row says why (offline, 401, 403, 404 ... in RemoteError's words) until a retry works.
/// Nothing here opens a message box: a server that is down must not bury the user in dialogs.
///
/// It also offers the tree's context menu: Refresh or Retry and Edit Connection on a connection,
/// Open and Restore Archived Spec on a remote spec, followed by the sync controller's actions.
class RemoteTreeController : public QObject
{
    Q_OBJECT

public:
    RemoteTreeController(RemoteContext* context,
                         SpecTreeModel* model,
                         SpecTreePanel* panel,
                         EditorTabs* tabs,
                         RemoteSpecOpener* opener,
                         QObject* parent = nullptr);
    ~RemoteTreeController() override;

    /// Loads (again) the specs of a connection's collection, unless a load already runs.
    void load(qint64 collectionId);
    bool isLoading(qint64 collectionId) const { return m_loads.count(collectionId) > 0; }
    /// Refresh for the connection of the tree's current row, else of the current tab's spec.
    void refreshCurrent();
    /// The context menu's actions for a row of the SpecTreeModel, parented to `parent`.
    QList<QAction*> contextActions(const QModelIndex& index, QObject* parent);
    /// Adds the sync actions (Sync, Resolve Conflict…) to the context menu.
    /// Also reloads a connection whose list failed once its server answers a sync.
    void setSyncController(SyncController* sync);
    /// Where loads show their progress and can be cancelled.
    void setLongOperations(LongOperations* operations) { m_operations = operations; }

Q_SIGNALS:
    /// The user asked to edit a connection (0: to manage connections in general).
    void editConnectionRequested(qint64 connectionId);

private:
    struct Load
    {
        std::unique_ptr<SpecProvider> provider;
        SpecPull* pull = nullptr;
        int operationId = 0;
    };

    void onCollectionExpanded(qint64 collectionId);
    void onCollectionRemoved(qint64 collectionId);
    void onLoadFinished(qint64 collectionId);
    void showContextMenu(const QModelIndex& index, const QPoint& globalPos);
    void addSyncActions(const QModelIndex& index, QObject* parent, QList<QAction*>* actions);
    qint64 connectionIdOf(qint64 collectionId) const;

    RemoteContext* m_context;
    SpecTreeModel* m_model;
    SpecTreePanel* m_panel;
    EditorTabs* m_tabs;
    RemoteSpecOpener* m_opener;
    SyncController* m_sync = nullptr;
    LongOperations* m_operations = nullptr;
    std::map<qint64, Load> m_loads;
};
