#include "SyncController.h"

#include "ConflictView.h"
#include "CredentialsDialog.h"
#include "EditorTabs.h"
#include "LongOperations.h"
#include "RemoteContext.h"
#include "SemanticDiff.h"
#include "SpecEditor.h"
#include "SpecFileIO.h"
#include "SpecTransfer.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "SyncEngine.h"
#include "TextDiff.h"

#include "SyncReport.h"
#include "SyncRetryTimer.h"
#include "ThreeWayMerge.h"
#include "WorkspaceStore.h"
#include <QSet>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

SyncController::SyncController(RemoteContext* context,
                               SpecTreeModel* model,
                               SpecTreePanel* panel,
                               EditorTabs* tabs,
                               QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_model(model)
    , m_panel(panel)
    , m_tabs(tabs)
    , m_engine(std::make_unique<SyncEngine>(context))
    , m_syncAction(new QAction(tr("&Sync"), this))
    , m_syncAllAction(new QAction(tr("Sync &All"), this))
    , m_resolveAction(new QAction(tr("Resolve &Conflict…"), this))
    , m_retry(new SyncRetryTimer(this))
{
    // Ctrl+Shift+S is Save As on most desktops, so Sync takes Ctrl+Alt+S.
    m_syncAction->setObjectName(QStringLiteral("syncMenuAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_syncAction->setToolTip(tr("Sends the current spec's draft to its server, after looking at what the server "
                                "has now."));
    m_syncAllAction->setObjectName(QStringLiteral("syncAllMenuAction"));
    m_syncAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_S));
    m_syncAllAction->setToolTip(tr("Sends every draft, queued spec and spec with an error to its server."));
    m_resolveAction->setObjectName(QStringLiteral("resolveConflictMenuAction"));
    m_resolveAction->setToolTip(tr("Compares the current spec's draft with the server's text, to choose one."));
    connect(m_syncAction, &QAction::triggered, this, &SyncController::syncCurrent);
    connect(m_syncAllAction, &QAction::triggered, this, &SyncController::syncAll);
    connect(m_resolveAction, &QAction::triggered, this, [this] { showConflict(currentSpecId()); });

    m_retry->setPolicy(m_context->transport().retryPolicy());
    connect(m_retry, &SyncRetryTimer::due, this, &SyncController::retryQueued);
    connect(m_retry, &SyncRetryTimer::textChanged, this, &SyncController::offlineChanged);

    connect(m_engine.get(), &SyncEngine::specStateChanged, this, &SyncController::onSpecStateChanged);
    connect(m_engine.get(), &SyncEngine::credentialsRejected, this, &SyncController::onCredentialsRejected);
    connect(m_engine.get(), &SyncEngine::idle, this, &SyncController::onIdle);
    connect(m_model, &SpecTreeModel::syncStateChanged, this, &SyncController::onSyncStateChanged);
    connect(m_tabs, &EditorTabs::openSpecsChanged, this, &SyncController::updateTabs);
    connect(m_tabs, &EditorTabs::currentEditorChanged, this, &SyncController::updateCurrentStatus);
    connect(m_tabs, &EditorTabs::resolveConflictRequested, this, &SyncController::showConflict);
    connect(m_tabs, &EditorTabs::compareConflictRequested, this, &SyncController::compareConflict);
    connect(m_tabs, &EditorTabs::exportDraftRequested, this, &SyncController::exportDraft);
    connect(m_tabs, &EditorTabs::syncRequested, this, &SyncController::syncSpec);
    updateTabs();
    // Specs still queued from the last session (or a sync cut short, which the engine has just
    // queued again) go out once the server answers.
    QMetaObject::invokeMethod(
        this,
        [this] {
            const QList<qint64> queued = queuedSpecs();
            for (const qint64 specId : queued) {
                m_model->refreshSyncState(specId);
            }
            if (!queued.isEmpty()) {
                m_retry->resume();
            }
        },
        Qt::QueuedConnection);
}

SyncController::~SyncController() = default;

void SyncController::setRetryDelays(int firstMs, int maxMs)
{
    m_retry->setDelays(firstMs, maxMs);
}

int SyncController::nextRetryDelayMs() const
{
    return m_retry->nextDelayMs();
}

QString SyncController::offlineText() const
{
    return m_retry->text();
}

QString SyncController::titleOf(qint64 specId) const
{
    const std::optional<SpecRecord> summary = m_context->workspace()->specSummary(specId);
    return summary ? summary->title : QString();
}

qint64 SyncController::currentSpecId() const
{
    if (const SpecEditor* editor = m_tabs->currentEditor()) {
        return editor->specId();
    }
    return m_panel->currentIndex().data(SpecTreeModel::SpecIdRole).toLongLong();
}

void SyncController::syncSpec(qint64 specId)
{
    start({specId}, true);
}

void SyncController::syncCurrent()
{
    const qint64 specId = currentSpecId();
    const std::optional<SpecRecord> summary = specId > 0 ? m_context->workspace()->specSummary(specId) : std::nullopt;
    if (!summary) {
        Q_EMIT message(tr("Choose a spec from a server to sync."));
        return;
    }
    if (!summary->isRemote()) {
        Q_EMIT message(
            tr("“%1” is kept in this workspace only; there is no server to sync it with.").arg(summary->title));
        return;
    }
    syncSpec(specId);
}

void SyncController::syncAll()
{
    m_tabs->flushAll();
    // Drafts the server refused are not sent again, only reported, so the run says why.
    start(m_engine->pendingSpecs() + m_engine->refusedSpecs(), true);
}

void SyncController::syncCollection(qint64 collectionId)
{
    m_tabs->flushAll();
    start(m_engine->pendingSpecs(collectionId) + m_engine->refusedSpecs(collectionId), true);
}

void SyncController::start(const QList<qint64>& specIds, bool userAsked)
{
    m_userRun = m_userRun || userAsked;
    // The bases below are read as the journal will hold them: with the last writes' ends in it.
    m_engine->journal().flushDeferred();
    for (const qint64 specId : specIds) {
        // Send what the editor holds now, and keep the base a merge will be made against.
        if (m_tabs->editorForSpec(specId)) {
            m_tabs->flushSpec(specId);
            if (const std::optional<SyncRecord> record = m_engine->journal().record(specId)) {
                m_basesBeforeSync.insert(specId, record->baseContent);
            }
        }
    }
    if (userAsked && specIds.isEmpty()) {
        Q_EMIT message(tr("Nothing to sync: every spec is as its server has it."));
    }
    if (m_operations && userAsked && !specIds.isEmpty()) {
        if (m_operationId == 0) {
            m_operationDone = 0;
            m_operationTotal = 0;
            m_operationId = m_operations->begin(tr("Syncing…"), [this] { m_engine->cancelQueued(); });
        }
        m_operationTotal += specIds.size();
        m_operations->update(m_operationId, m_operationDone, m_operationTotal);
    }
    m_engine->sync(specIds);
}

void SyncController::onSpecStateChanged(qint64 specId, SyncState state)
{
    m_model->refreshSyncState(specId);
    if (state == SyncState::Syncing) {
        return;
    }
    if (m_operationId != 0) {
        m_operationDone = std::min(m_operationDone + 1, m_operationTotal);
        m_operations->update(m_operationId, m_operationDone, m_operationTotal);
    }
    // A sync ends as a draft only when it merged the server's changes into the text.
    if (state == SyncState::Draft) {
        adoptMerge(specId);
    }
    m_basesBeforeSync.remove(specId);
}

void SyncController::adoptMerge(qint64 specId)
{
    const std::optional<SyncRecord> record = m_engine->journal().record(specId);
    if (!record || !m_tabs->editorForSpec(specId)) {
        return;
    }
    QByteArray wanted = record->content;
    const QByteArray typed = m_tabs->editorForSpec(specId)->content();
    const auto base = m_basesBeforeSync.constFind(specId);
    const std::optional<Connection> connection = m_context->connections().connectionForCollection(record->collectionId);
    if (typed != wanted && base != m_basesBeforeSync.cend() && connection) {
        // The editor may hold typing the engine did not see: merge the server's changes into
        // what it holds now rather than throw that typing away.
        const ThreeWayMerge::Result again = ThreeWayMerge::merge(connection->api, *base, record->baseContent, typed);
        if (again.clean) {
            wanted = again.merged;
        } else {
            Q_EMIT message(tr("Your latest typing in “%1” overlapped the server's changes; Undo brings it back.")
                               .arg(record->title));
        }
    }
    // The journal's own connection stored the merge: the tab knows it, so it is no one else's change.
    m_tabs->replaceText(specId, wanted, record->content);
}

void SyncController::onSyncStateChanged(qint64 specId)
{
    m_tabs->setSyncState(specId, m_model->syncState(specId), m_model->syncMessage(specId));
    if (SpecEditor* editor = m_tabs->currentEditor(); editor && editor->specId() == specId) {
        updateCurrentStatus();
    }
}

void SyncController::updateTabs()
{
    const QList<qint64> open = m_tabs->openSpecIds();
    for (const qint64 specId : open) {
        m_tabs->setSyncState(specId, m_model->syncState(specId), m_model->syncMessage(specId));
    }
}

void SyncController::updateCurrentStatus()
{
    const SpecEditor* editor = m_tabs->currentEditor();
    const std::optional<SpecRecord> summary
        = editor ? m_context->workspace()->specSummary(editor->specId()) : std::nullopt;
    if (!summary || !summary->isRemote()) {
        Q_EMIT currentStatusChanged(QString(), QString());
        return;
    }
    const QString label = SyncStates::label(m_model->syncState(summary->id));
    const QString detail = m_model->syncMessage(summary->id);
    Q_EMIT currentStatusChanged(detail.isEmpty() ? tr("Sync: %1").arg(label) : tr("Sync: %1 — %2").arg(label, detail),
                                detail);
}

void SyncController::onCredentialsRejected(qint64 connectionId, const QString& reason)
{
    // One question per connection: while it is open, further refusals ask nothing again.
    if (m_credentialPrompts.value(connectionId)) {
        return;
    }
    const std::optional<Connection> connection = m_context->connections().connection(connectionId);
    if (!connection) {
        return;
    }
    QDialog* prompt = nullptr;
    if (m_credentialsPrompt) {
        prompt = m_credentialsPrompt(*connection, reason);
    } else {
        prompt = new CredentialsDialog(m_context, *connection, reason, m_tabs->window());
        prompt->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!prompt) {
        return;
    }
    m_credentialPrompts.insert(connectionId, prompt);
    const qint64 collectionId = connection->collectionId;
    connect(prompt, &QDialog::accepted, this, [this, connectionId, collectionId] {
        m_engine->credentialsRenewed(connectionId);
        syncCollection(collectionId);
    });
    connect(prompt, &QDialog::finished, this, [this, connectionId] { m_credentialPrompts.remove(connectionId); });
    prompt->show();
}

void SyncController::onIdle()
{
    if (m_operationId != 0) {
        m_operations->finish(std::exchange(m_operationId, 0));
    }
    const QList<SyncOutcome> outcomes = m_engine->takeOutcomes();
    const bool userAsked = std::exchange(m_userRun, false);
    QSet<qint64> answered;
    for (const SyncOutcome& outcome : outcomes) {
        const bool reachedServer = outcome.action != SyncOutcome::Action::Failed
                                   || outcome.errorKind == RemoteError::Kind::Refused
                                   || outcome.errorKind == RemoteError::Kind::NotFound;
        const std::optional<SpecRecord> spec
            = reachedServer ? m_context->workspace()->specSummary(outcome.specId) : std::nullopt;
        if (spec && outcome.action != SyncOutcome::Action::Busy && !answered.contains(spec->collectionId)) {
            answered.insert(spec->collectionId);
            Q_EMIT serverAnswered(spec->collectionId);
        }
        noteRejectedFields(outcome);
    }
    const QString report = SyncReport::describe(
        outcomes, [this](qint64 specId) { return titleOf(specId); }, !userAsked);
    if (!report.isEmpty()) {
        Q_EMIT message(report);
    }
    // Unreachable (offline, timed out) or reachable but asking to wait (503, a long Retry-After).
    std::optional<bool> unreachable;
    for (const SyncOutcome& outcome : outcomes) {
        if (outcome.state == SyncState::Queued) {
            unreachable = unreachable.value_or(false) || outcome.errorKind == RemoteError::Kind::Offline
                          || outcome.errorKind == RemoteError::Kind::Timeout;
        }
    }
    m_retry->update(queuedSpecs().size(), unreachable);
}

QList<qint64> SyncController::queuedSpecs() const
{
    return m_engine->journal().queuedSpecs();
}

void SyncController::noteRejectedFields(const SyncOutcome& outcome)
{
    // Kept until the server answers this spec again, with another refusal or by taking a write;
    // a spec not sent this time (busy elsewhere, or the same refused draft) keeps what it had.
    const bool answeredNow
        = outcome.action == SyncOutcome::Action::Failed
              ? outcome.errorKind == RemoteError::Kind::Rejected
              : outcome.action != SyncOutcome::Action::Busy && outcome.action != SyncOutcome::Action::Skipped;
    if (!answeredNow) {
        return;
    }
    const bool had = m_rejectedFields.contains(outcome.specId);
    if (outcome.rejectedFields.isEmpty()) {
        m_rejectedFields.remove(outcome.specId);
    } else {
        m_rejectedFields.insert(outcome.specId, outcome.rejectedFields);
    }
    if (had || !outcome.rejectedFields.isEmpty()) {
        Q_EMIT rejectedFieldsChanged(outcome.specId);
    }
}

void SyncController::retryQueued()
{
    const QList<qint64> queued = queuedSpecs();
    if (queued.isEmpty()) {
        m_retry->update(0, std::nullopt);
        return;
    }
    start(queued, false);
}

ConflictView* SyncController::conflictView(qint64 specId) const
{
    return m_conflictViews.value(specId);
}

void SyncController::showConflict(qint64 specId)
{
    if (ConflictView* open = m_conflictViews.value(specId)) {
        open->raise();
        open->activateWindow();
        return;
    }
    // The spec's own tab is where a hand merge is typed, so it opens beside the view.
    if (specId > 0) {
        m_tabs->openSpec(specId);
        m_tabs->flushSpec(specId);
    }
    const std::optional<SyncRecord> record = m_engine->journal().record(specId);
    const std::optional<SpecRecord> summary = m_context->workspace()->specSummary(specId);
    if (!record || !summary || record->state != SyncState::Conflict) {
        Q_EMIT message(summary ? tr("“%1” has no conflict to resolve.").arg(summary->title)
                               : tr("Choose a spec in conflict first."));
        return;
    }
    auto* view = new ConflictView(specId,
                                  record->title,
                                  summary->kind,
                                  record->baseContent,
                                  record->content,
                                  record->theirsContent,
                                  record->message,
                                  m_tabs->window());
    view->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictViews.insert(specId, view);
    connect(view, &ConflictView::resolutionChosen, this, &SyncController::resolveConflict);
    connect(view, &ConflictView::resultChosen, this, &SyncController::useMergeResult);
    view->setCurrentDraft([this, specId] {
        m_tabs->flushSpec(specId);
        const std::optional<SyncRecord> now = m_engine->journal().record(specId);
        return now ? now->content : QByteArray();
    });
    connect(view, &QDialog::finished, this, [this, specId] { m_conflictViews.remove(specId); });
    view->show();
}

void SyncController::useMergeResult(qint64 specId, const QByteArray& text)
{
    resolveConflictWith(specId, SyncJournal::Resolution::UseText, text);
}

void SyncController::compareConflict(qint64 specId)
{
    m_tabs->flushSpec(specId);
    const std::optional<SyncRecord> record = m_engine->journal().record(specId);
    const std::optional<SpecRecord> summary = m_context->workspace()->specSummary(specId);
    if (!record || !summary || record->state != SyncState::Conflict) {
        Q_EMIT message(summary ? tr("“%1” has no conflict to compare.").arg(summary->title)
                               : tr("Choose a spec in conflict first."));
        return;
    }
    m_tabs->showComparison(QStringLiteral("conflict:%1").arg(specId),
                           summary->title,
                           tr("Server"),
                           tr("Your draft"),
                           SemanticDiff::compute(summary->kind, record->theirsContent, record->content),
                           TextDiff::compute(record->theirsContent, record->content));
}

void SyncController::resolveConflict(qint64 specId, SyncJournal::Resolution resolution)
{
    resolveConflictWith(specId, resolution, std::nullopt);
}

void SyncController::resolveConflictWith(qint64 specId,
                                         SyncJournal::Resolution resolution,
                                         const std::optional<QByteArray>& merged)
{
    // Mine is what the editor holds now, typing included.
    m_tabs->flushSpec(specId);
    QByteArray text;
    if (merged) {
        text = *merged;
    } else if (resolution == SyncJournal::Resolution::UseText) {
        const SpecEditor* editor = m_tabs->editorForSpec(specId);
        const std::optional<SyncRecord> record = m_engine->journal().record(specId);
        text = editor ? editor->content() : record ? record->content : QByteArray();
    }
    const QString title = titleOf(specId);
    if (!m_engine->journal().resolveConflict(specId, resolution, text)) {
        Q_EMIT message(tr("“%1” is no longer in conflict; nothing was changed.").arg(title));
        return;
    }
    if (const std::optional<SyncRecord> record = m_engine->journal().record(specId)) {
        m_tabs->replaceText(specId, record->content, record->content);
    }
    m_model->refreshSyncState(specId);
    switch (resolution) {
    case SyncJournal::Resolution::KeepMine:
        Q_EMIT message(tr("Kept your draft of “%1”; Sync sends it over the server's version.").arg(title));
        break;
    case SyncJournal::Resolution::TakeTheirs:
        Q_EMIT message(tr("“%1” now holds the server's text; Undo in the editor brings your draft back.").arg(title));
        break;
    case SyncJournal::Resolution::UseText:
        Q_EMIT message(merged ? tr("The merge is the draft of “%1” now; Sync sends it. Undo in the editor brings "
                                   "your draft back.")
                                    .arg(title)
                              : tr("The editor's text is the draft of “%1” now; Sync sends it.").arg(title));
        break;
    }
}

QList<CopyTarget> SyncController::copyTargets(qint64 specId) const
{
    QList<CopyTarget> targets;
    const std::optional<SpecRecord> source = m_context->workspace()->specSummary(specId);
    const std::optional<Connection> from
        = source ? m_context->connections().connectionForCollection(source->collectionId) : std::nullopt;
    if (!from) {
        return targets;
    }
    for (const Connection& connection : m_context->connections().connections()) {
        if (connection.id == from->id || connection.api != from->api) {
            continue;
        }
        for (const SpecRecord& spec : m_context->workspace()->specSummaries(connection.collectionId)) {
            if (spec.kind == source->kind) {
                targets << CopyTarget {spec.id, connection.name, spec.title};
            }
        }
    }
    return targets;
}

void SyncController::copyToConnection(qint64 specId)
{
    m_tabs->flushSpec(specId);
    const std::optional<SpecRecord> source = m_context->workspace()->spec(specId);
    const std::optional<Connection> from
        = source ? m_context->connections().connectionForCollection(source->collectionId) : std::nullopt;
    if (!source || !from) {
        return;
    }
    const QList<CopyTarget> targets = copyTargets(specId);
    if (targets.isEmpty()) {
        Q_EMIT message(tr("No other %1 connection has specs in the workspace yet: add one, or expand it in the tree "
                          "to fetch its list.")
                           .arg(ApiKinds::displayName(from->api)));
        return;
    }
    const qint64 targetId = m_copyTargetChooser ? m_copyTargetChooser(source->title, targets)
                                                : CopyTargetDialog::choose(source->title, targets, m_tabs->window());
    const auto target = std::find_if(targets.cbegin(), targets.cend(), [targetId](const CopyTarget& candidate) {
        return candidate.specId == targetId;
    });
    if (target == targets.cend()) {
        return;
    }
    if (m_model->syncState(targetId) == SyncState::Conflict) {
        Q_EMIT message(tr("“%1” on %2 is in conflict: resolve it before copying onto it.")
                           .arg(target->title, target->connectionName));
        return;
    }
    SpecEditor* editor = m_tabs->openSpec(targetId);
    if (!editor) {
        return;
    }
    if (editor->content().isEmpty()) {
        Q_EMIT message(tr("“%1” on %2 has no text in the workspace yet: open it from the tree once to fetch it.")
                           .arg(target->title, target->connectionName));
        return;
    }
    if (editor->isReadOnly()) {
        Q_EMIT message(tr("“%1” on %2 takes no edits: %3")
                           .arg(target->title, target->connectionName, m_tabs->readOnlyReason(targetId)));
        return;
    }
    // Typing in its tab not saved yet counts as a draft too: written first, then read back.
    m_tabs->flushSpec(targetId);
    const std::optional<SyncRecord> targetNow = m_engine->journal().record(targetId);
    if (targetNow && targetNow->state != SyncState::Synced
        && QMessageBox::question(m_tabs->window(),
                                 tr("Replace a Draft?"),
                                 tr("“%1” on %2 has a draft that is not synced. Replace it with the copy? Undo in its "
                                    "editor brings the draft back.")
                                     .arg(target->title, target->connectionName))
               != QMessageBox::Yes) {
        return;
    }
    QString error;
    const std::optional<QByteArray> copied = SpecTransfer::onto(from->api, source->content, editor->content(), &error);
    if (!copied) {
        Q_EMIT message(tr("“%1” was not copied: %2").arg(source->title, error));
        return;
    }
    // An edit of the target like any other: one undo step, saved as its draft, sent by Sync.
    editor->replaceText(*copied);
    editor->reportChangesNow();
    m_tabs->flushSpec(targetId);
    Q_EMIT message(tr("Copied “%1” onto “%2” on %3 as its draft; Sync sends it, Undo takes it back.")
                       .arg(source->title, target->title, target->connectionName));
}

void SyncController::exportDraft(qint64 specId)
{
    m_tabs->flushSpec(specId);
    const std::optional<SpecRecord> spec = m_context->workspace()->spec(specId);
    if (!spec) {
        return;
    }
    const QString suffix = spec->format() == SpecFormat::Json ? QStringLiteral("json") : QStringLiteral("yaml");
    QString name = spec->title;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("_"));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(name + QLatin1Char('.') + suffix);
    const QString path
        = m_exportPathChooser
              ? m_exportPathChooser(suggested)
              : QFileDialog::getSaveFileName(
                  m_tabs->window(), tr("Export Draft"), suggested, tr("Spec (*.%1);;All files (*)").arg(suffix));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!SpecFileIO::write(path, spec->content, &error)) {
        Q_EMIT message(tr("The draft of “%1” was not exported: %2").arg(spec->title, error));
        return;
    }
    Q_EMIT message(tr("Exported the draft of “%1” to %2.").arg(spec->title, QDir::toNativeSeparators(path)));
}

QList<QAction*> SyncController::contextActions(const QModelIndex& index, QObject* parent)
{
    QList<QAction*> actions;
    if (!index.isValid() || !index.data(SpecTreeModel::IsRemoteRole).toBool()) {
        return actions;
    }
    const auto add = [&](const QString& text, const QString& objectName, auto slot) {
        auto* action = new QAction(text, parent);
        action->setObjectName(objectName);
        connect(action, &QAction::triggered, this, slot);
        actions << action;
        return action;
    };
    if (index.data(SpecTreeModel::IsCollectionRole).toBool()) {
        const qint64 collectionId = index.data(SpecTreeModel::CollectionIdRole).toLongLong();
        QAction* syncDrafts = add(tr("S&ync All Drafts"), QStringLiteral("syncConnectionAction"), [this, collectionId] {
            syncCollection(collectionId);
        });
        syncDrafts->setEnabled(!m_engine->pendingSpecs(collectionId).isEmpty());
        return actions;
    }
    const qint64 specId = index.data(SpecTreeModel::SpecIdRole).toLongLong();
    const SyncState state = m_model->syncState(specId);
    QAction* sync = add(tr("S&ync"), QStringLiteral("syncSpecAction"), [this, specId] { syncSpec(specId); });
    // A conflict waits for the user's choice; a sync would send nothing.
    sync->setEnabled(state != SyncState::Conflict && state != SyncState::Syncing);
    if (state == SyncState::Conflict) {
        add(tr("Resolve &Conflict…"), QStringLiteral("resolveConflictAction"), [this, specId] {
            showConflict(specId);
        });
    }
    if (state == SyncState::Error) {
        add(tr("E&xport Draft…"), QStringLiteral("exportDraftAction"), [this, specId] { exportDraft(specId); });
    }
    QAction* copy = add(tr("Copy to Co&nnection…"), QStringLiteral("copyToConnectionAction"), [this, specId] {
        copyToConnection(specId);
    });
    copy->setToolTip(tr("Copies this spec onto a spec of another connection of the same service, as its draft."));
    if (state != SyncState::Synced && state != SyncState::Syncing) {
        QAction* compare = add(tr("Co&mpare Draft with Server"), QStringLiteral("compareDraftAction"), [this, specId] {
            Q_EMIT compareDraftRequested(specId);
        });
        compare->setToolTip(tr("Shows what the draft changed since the server's last text, in a tab of its own."));
    }
    return actions;
}
