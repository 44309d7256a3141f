#include "RemoteSpecOpener.h"

#include "EditorTabs.h"
#include "LongOperations.h"
#include "RemoteContext.h"
#include "SpecEditor.h"
#include "SpecJob.h"
#include "SpecProvider.h"
#include "SpecTreeModel.h"
#include "WorkspaceStore.h"

RemoteSpecOpener::RemoteSpecOpener(RemoteContext* context, SpecTreeModel* model, EditorTabs* tabs, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_model(model)
    , m_tabs(tabs)
{
}

RemoteSpecOpener::~RemoteSpecOpener() = default;

QString RemoteSpecOpener::titleOf(qint64 specId) const
{
    const std::optional<SpecRecord> summary = m_context->workspace()->specSummary(specId);
    return summary ? summary->title : QString();
}

void RemoteSpecOpener::open(qint64 specId)
{
    // An open tab may hold typing not yet written; fetching again is the Refresh action's job.
    if (m_tabs->openSpecIds().contains(specId) || isBusy(specId)) {
        if (!isBusy(specId)) {
            show(specId);
        }
        return;
    }
    const auto fetch = [](SpecProvider* provider, const QString& remoteId) { return provider->fetchSpec(remoteId); };
    if (!start(specId, fetch, &RemoteSpecOpener::onFetched)) {
        show(specId);
        return;
    }
    Q_EMIT message(tr("Fetching “%1” from its server…").arg(titleOf(specId)));
}

bool RemoteSpecOpener::canRestore(qint64 specId) const
{
    const std::optional<SpecRecord> summary = m_context->workspace()->specSummary(specId);
    if (!summary || !summary->isRemote() || summary->remoteStatus != RemoteStatus::Archived) {
        return false;
    }
    const std::optional<Connection> connection
        = m_context->connections().connectionForCollection(summary->collectionId);
    // Asking costs no secret: a provider without credentials can still say what its API does.
    return connection && SpecProvider::create(*connection, {}, &m_context->transport())->canRestore();
}

void RemoteSpecOpener::restore(qint64 specId)
{
    if (!canRestore(specId) || isBusy(specId)) {
        return;
    }
    const auto restoreOperation
        = [](SpecProvider* provider, const QString& remoteId) { return provider->restoreSpec(remoteId); };
    if (start(specId, restoreOperation, &RemoteSpecOpener::onRestored)) {
        Q_EMIT message(tr("Restoring “%1” on its server…").arg(titleOf(specId)));
    }
}

bool RemoteSpecOpener::start(qint64 specId, SpecJob* (*operation)(SpecProvider*, const QString&), Finish finish)
{
    const std::optional<SpecRecord> summary = m_context->workspace()->specSummary(specId);
    if (!summary || !summary->isRemote()) {
        return false;
    }
    const std::optional<Connection> connection
        = m_context->connections().connectionForCollection(summary->collectionId);
    if (!connection) {
        return false;
    }
    std::unique_ptr<SpecProvider>& provider = m_operations[specId];
    provider = m_context->providerFor(*connection);
    SpecJob* job = operation(provider.get(), summary->remoteId);
    m_model->setSpecBusy(specId, true);
    // The job lives until its finished() has run, which ends the operation first.
    const int operationId
        = m_longOperations ? m_longOperations->begin(tr("Fetching “%1”…").arg(summary->title), [job] { job->cancel(); })
                           : 0;
    connect(job, &SpecJob::finished, this, [this, specId, job, finish, operationId, connection = *connection] {
        if (operationId != 0) {
            m_longOperations->finish(operationId);
        }
        m_model->setSpecBusy(specId, false);
        // The job belongs to the provider and is still emitting: let both go once it returns.
        auto node = m_operations.extract(specId);
        if (!node.empty()) {
            node.mapped().release()->deleteLater();
        }
        (this->*finish)(specId, connection, job);
    });
    return true;
}

void RemoteSpecOpener::onFetched(qint64 specId, const Connection& connection, SpecJob* job)
{
    if (!m_context->workspace()->specSummary(specId)) {
        return; // the connection was removed meanwhile
    }
    QString error;
    m_model->setSpecError(specId, job->succeeded() ? QString() : job->error().message);
    if (!job->succeeded()) {
        Q_EMIT message(tr("Could not fetch “%1” from %2: %3 Showing the copy kept in the workspace.")
                           .arg(titleOf(specId), connection.name, job->error().message));
    } else if (!record(connection, specId, job->spec(), &error)) {
        Q_EMIT message(error);
    } else {
        Q_EMIT message(QString());
    }
    show(specId);
}

void RemoteSpecOpener::onRestored(qint64 specId, const Connection& connection, SpecJob* job)
{
    QString error;
    if (!job->succeeded()) {
        Q_EMIT message(tr("Could not restore “%1”: %2").arg(titleOf(specId), job->error().message));
    } else if (!record(connection, specId, job->spec(), &error)) {
        Q_EMIT message(error);
    } else {
        Q_EMIT message(tr("Restored “%1”; it can be edited again.").arg(titleOf(specId)));
    }
}

bool RemoteSpecOpener::record(const Connection& connection, qint64 specId, const RemoteSpec& spec, QString* error)
{
    if (!m_context->connections().connection(connection.id)) {
        return true; // removed while the server answered: nothing left to record into
    }
    const std::optional<RemoteSpecStore::Outcome> outcome = m_context->specs().record(connection, spec, error);
    if (!outcome) {
        return false;
    }
    if (spec.hasVersions && !m_context->specs().replaceServerVersions(outcome->specId, spec.versions, error)) {
        return false;
    }
    m_tabs->reloadSpec(specId);
    return true;
}

void RemoteSpecOpener::show(qint64 specId)
{
    if (SpecEditor* editor = m_tabs->openSpec(specId)) {
        Q_EMIT opened(editor);
    }
}
