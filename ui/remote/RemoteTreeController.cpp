#include "RemoteTreeController.h"

#include "EditorTabs.h"
#include "LongOperations.h"
#include "RemoteContext.h"
#include "RemoteSpecOpener.h"
#include "SpecEditor.h"
#include "SpecProvider.h"
#include "SpecPull.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "SyncController.h"
#include "WorkspaceStore.h"

#include <QAction>
#include <QMenu>

RemoteTreeController::RemoteTreeController(RemoteContext* context,
                                           SpecTreeModel* model,
                                           SpecTreePanel* panel,
                                           EditorTabs* tabs,
                                           RemoteSpecOpener* opener,
                                           QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_model(model)
    , m_panel(panel)
    , m_tabs(tabs)
    , m_opener(opener)
{
    connect(m_panel, &SpecTreePanel::collectionExpanded, this, &RemoteTreeController::onCollectionExpanded);
    connect(m_panel, &SpecTreePanel::contextMenuRequested, this, &RemoteTreeController::showContextMenu);
    connect(
        m_context->workspace(), &WorkspaceStore::collectionRemoved, this, &RemoteTreeController::onCollectionRemoved);
}

RemoteTreeController::~RemoteTreeController() = default;

qint64 RemoteTreeController::connectionIdOf(qint64 collectionId) const
{
    const std::optional<Connection> connection = m_context->connections().connectionForCollection(collectionId);
    return connection ? connection->id : 0;
}

void RemoteTreeController::onCollectionExpanded(qint64 collectionId)
{
    // The first expand loads; a failed load is tried again when the user expands it again.
    const SpecTreeModel::LoadState state = m_model->loadState(collectionId);
    if (state == SpecTreeModel::LoadState::NotLoaded || state == SpecTreeModel::LoadState::Failed) {
        load(collectionId);
    }
}

void RemoteTreeController::setSyncController(SyncController* sync)
{
    m_sync = sync;
    connect(sync, &SyncController::serverAnswered, this, [this](qint64 collectionId) {
        // "Could not reach…" must not outlive the outage.
        if (m_model->loadState(collectionId) == SpecTreeModel::LoadState::Failed) {
            load(collectionId);
        }
    });
}

void RemoteTreeController::load(qint64 collectionId)
{
    if (isLoading(collectionId)) {
        return;
    }
    const std::optional<Connection> connection = m_context->connections().connectionForCollection(collectionId);
    if (!connection) {
        return;
    }
    // Written edits are kept by the pull as local edits; edits still in an editor would not be.
    m_tabs->flushAll();
    Load& load = m_loads[collectionId];
    load.provider = m_context->providerFor(*connection);
    load.pull = new SpecPull(load.provider.get(), &m_context->specs(), this);
    if (m_operations) {
        // The pull lives until onLoadFinished() ends the operation, so cancel can reach it.
        load.operationId
            = m_operations->begin(tr("Loading %1…").arg(connection->name), [pull = load.pull] { pull->cancel(); });
    }
    connect(load.pull, &SpecPull::finished, this, [this, collectionId] { onLoadFinished(collectionId); });
    connect(load.pull,
            &SpecPull::listProgress,
            this,
            [this, collectionId, operationId = load.operationId](qint64 received, qint64 total) {
                const QString count
                    = total > 0 ? tr("Loading… %L1 of %L2").arg(received).arg(total) : tr("Loading… %L1").arg(received);
                m_model->setLoadState(collectionId, SpecTreeModel::LoadState::Loading, count);
                if (m_operations && operationId != 0) {
                    m_operations->update(operationId, received, total);
                }
            });
    m_model->setLoadState(collectionId, SpecTreeModel::LoadState::Loading);
    // The list carries each spec's text; versions are fetched when a spec is opened.
    load.pull->start({}, false);
}

void RemoteTreeController::onLoadFinished(qint64 collectionId)
{
    auto node = m_loads.extract(collectionId);
    if (node.empty()) {
        return;
    }
    SpecPull* pull = node.mapped().pull;
    if (m_operations && node.mapped().operationId != 0) {
        m_operations->finish(node.mapped().operationId);
    }
    const RemoteError error = pull->error();
    pull->deleteLater();
    node.mapped().provider.release()->deleteLater();
    if (connectionIdOf(collectionId) == 0) {
        return; // removed while loading
    }
    if (error.isError()) {
        m_model->setLoadState(collectionId, SpecTreeModel::LoadState::Failed, error.message);
        return;
    }
    m_model->setLoadState(collectionId, SpecTreeModel::LoadState::Loaded);
    // Tabs nobody typed into follow what the server sent.
    for (qint64 specId : m_tabs->openSpecIds()) {
        const std::optional<SpecRecord> summary = m_context->workspace()->specSummary(specId);
        if (summary && summary->collectionId == collectionId) {
            m_tabs->reloadSpec(specId);
        }
    }
}

void RemoteTreeController::onCollectionRemoved(qint64 collectionId)
{
    auto it = m_loads.find(collectionId);
    if (it != m_loads.end()) {
        it->second.pull->cancel();
    }
}

void RemoteTreeController::refreshCurrent()
{
    QModelIndex index = m_panel->currentIndex();
    qint64 collectionId = index.data(SpecTreeModel::IsRemoteRole).toBool()
                              ? index.data(SpecTreeModel::CollectionIdRole).toLongLong()
                              : 0;
    if (collectionId == 0 && m_tabs->currentEditor()) {
        const std::optional<SpecRecord> summary
            = m_context->workspace()->specSummary(m_tabs->currentEditor()->specId());
        collectionId = summary && summary->isRemote() ? summary->collectionId : 0;
    }
    if (collectionId != 0) {
        m_panel->expandCollection(collectionId);
        load(collectionId);
    }
}

QList<QAction*> RemoteTreeController::contextActions(const QModelIndex& index, QObject* parent)
{
    QList<QAction*> actions;
    const auto add = [&](const QString& text, const QString& objectName, auto slot) {
        auto* action = new QAction(text, parent);
        action->setObjectName(objectName);
        connect(action, &QAction::triggered, this, slot);
        actions << action;
        return action;
    };
    if (!index.isValid()) {
        add(tr("&Connections…"), QStringLiteral("manageConnectionsAction"), [this] {
            Q_EMIT editConnectionRequested(0);
        });
        return actions;
    }
    const qint64 collectionId = index.data(SpecTreeModel::CollectionIdRole).toLongLong();
    const bool remote = index.data(SpecTreeModel::IsRemoteRole).toBool();
    if (index.data(SpecTreeModel::IsCollectionRole).toBool()) {
        if (!remote) {
            return actions;
        }
        const bool failed = m_model->loadState(collectionId) == SpecTreeModel::LoadState::Failed;
        QAction* refresh
            = add(failed ? tr("&Retry") : tr("&Refresh"),
                  failed ? QStringLiteral("retryConnectionAction") : QStringLiteral("refreshConnectionAction"),
                  [this, collectionId] {
                      m_panel->expandCollection(collectionId);
                      load(collectionId);
                  });
        refresh->setShortcut(QKeySequence(Qt::Key_F5));
        refresh->setEnabled(!isLoading(collectionId));
        const qint64 connectionId = connectionIdOf(collectionId);
        add(tr("&Edit Connection…"), QStringLiteral("editConnectionAction"), [this, connectionId] {
            Q_EMIT editConnectionRequested(connectionId);
        });
        addSyncActions(index, parent, &actions);
        return actions;
    }
    const qint64 specId = index.data(SpecTreeModel::SpecIdRole).toLongLong();
    QAction* open = add(tr("&Open"), QStringLiteral("openSpecAction"), [this, specId] { m_opener->open(specId); });
    open->setEnabled(!m_opener->isBusy(specId));
    if (remote && m_opener->canRestore(specId)) {
        QAction* restore = add(tr("Re&store Archived Spec"), QStringLiteral("restoreSpecAction"), [this, specId] {
            m_opener->restore(specId);
        });
        restore->setToolTip(tr("Asks the server to un-archive this spec, so it can be edited again."));
        restore->setEnabled(!m_opener->isBusy(specId));
    }
    addSyncActions(index, parent, &actions);
    return actions;
}

void RemoteTreeController::addSyncActions(const QModelIndex& index, QObject* parent, QList<QAction*>* actions)
{
    const QList<QAction*> sync = m_sync ? m_sync->contextActions(index, parent) : QList<QAction*>();
    if (sync.isEmpty()) {
        return;
    }
    auto* separator = new QAction(parent);
    separator->setSeparator(true);
    *actions << separator << sync;
}

void RemoteTreeController::showContextMenu(const QModelIndex& index, const QPoint& globalPos)
{
    auto* menu = new QMenu(m_panel);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(contextActions(index, menu));
    if (menu->isEmpty()) {
        delete menu;
        return;
    }
    menu->popup(globalPos);
}
