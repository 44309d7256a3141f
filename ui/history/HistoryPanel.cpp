#include "HistoryPanel.h"

#include "ComparisonView.h"
#include "DiffView.h"
#include "EditorTabs.h"
#include "HistoryTimelineModel.h"
#include "PlainToolTip.h"
#include "SemanticDiff.h"
#include "SemanticSummaryView.h"
#include "ShareTrendDialog.h"
#include "SpecEditor.h"
#include "TextDiff.h"
#include "WorkspaceStore.h"
#include "WorkspaceThread.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString kDraftId = QStringLiteral("draft");

QPushButton* buttonFor(QAction* action, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(action->text(), parent);
    button->setObjectName(objectName);
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace

/// What the worker hands back for one comparison.
struct HistoryComparison
{
    bool found = false; ///< both entries were there
    QString error; ///< the workspace could not be read on the worker
    QString olderTitle;
    QString newerTitle;
    SemanticDiff meaning;
    TextDiff text;
};

HistoryPanel::HistoryPanel(WorkspaceStore* store, EditorTabs* tabs, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_tabs(tabs)
    , m_history(store)
    , m_model(new HistoryTimelineModel(this))
    , m_title(new QLabel(this))
    , m_list(new QListView(this))
    , m_compareButton(nullptr)
    , m_compareEditorButton(nullptr)
    , m_restoreButton(nullptr)
    , m_comparisonTitle(new QLabel(this))
    , m_summary(new SemanticSummaryView(this))
    , m_diff(new DiffView(this))
    , m_compareAction(new QAction(tr("&Compare"), this))
    , m_compareEditorAction(new QAction(tr("Compare with &Editor"), this))
    , m_restoreAction(new QAction(tr("&Restore This Version"), this))
    , m_latestCompare(std::make_shared<std::atomic<quint64>>(0))
    , m_worker(std::make_unique<WorkspaceThread>(store->directory()))
{
    m_title->setObjectName(QStringLiteral("historyTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("historyTimelineView"));
    m_list->setAccessibleName(tr("History"));
    m_list->setAccessibleDescription(
        tr("Server versions and recorded snapshots of the spec, newest first; select two to compare them."));
    m_list->setModel(m_model);
    // Entries name their authors as the server gives them.
    m_list->setItemDelegate(new PlainToolTipDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_title->setBuddy(m_list);

    m_compareAction->setToolTip(tr("Compare the two selected entries (select them with Ctrl or Shift)"));
    m_compareEditorAction->setToolTip(tr("Compare the selected entry with the text in the editor"));
    m_restoreAction->setToolTip(tr("Put this version's text in the editor as one undo step; "
                                   "the next Sync sends it as a new version"));
    m_list->addActions({m_compareAction, m_compareEditorAction, m_restoreAction});
    connect(m_compareAction, &QAction::triggered, this, &HistoryPanel::compareSelected);
    connect(m_compareEditorAction, &QAction::triggered, this, &HistoryPanel::compareWithEditor);
    connect(m_restoreAction, &QAction::triggered, this, &HistoryPanel::restoreSelected);
    // Enter on one entry compares it with the editor; on two, compares them.
    connect(m_list, &QListView::activated, this, [this] {
        if (selectedIds().size() == 1) {
            compareWithEditor();
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::onSelectionChanged);
    addActions(m_diff->navigationActions());

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_title);
    topLayout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    m_compareButton = buttonFor(m_compareAction, QStringLiteral("compareButton"), top);
    m_compareEditorButton = buttonFor(m_compareEditorAction, QStringLiteral("compareWithEditorButton"), top);
    m_restoreButton = buttonFor(m_restoreAction, QStringLiteral("restoreVersionButton"), top);
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_compareEditorButton);
    buttons->addStretch(1);
    // A second row, so the panel stays as narrow as before beside the editor.
    m_trendsButton = new QPushButton(tr("Share &Trends…"), top);
    m_trendsButton->setObjectName(QStringLiteral("shareTrendsButton"));
    m_trendsButton->setToolTip(tr("How each share moved across the versions, as a chart and a table"));
    connect(m_trendsButton, &QPushButton::clicked, this, &HistoryPanel::showShareTrends);
    auto* moreButtons = new QHBoxLayout;
    moreButtons->addWidget(m_trendsButton);
    moreButtons->addStretch(1);
    moreButtons->addWidget(m_restoreButton);
    topLayout->addLayout(buttons);
    topLayout->addLayout(moreButtons);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_comparisonTitle->setObjectName(QStringLiteral("comparisonTitleLabel"));
    m_comparisonTitle->setTextFormat(Qt::PlainText);
    m_comparisonTitle->setWordWrap(true);
    m_windowButton = new QPushButton(tr("Open F&ull Width"), bottom);
    m_windowButton->setObjectName(QStringLiteral("comparisonWindowButton"));
    m_windowButton->setToolTip(tr("Shows this comparison in a tab of the editor area, full width"));
    m_windowButton->setEnabled(false);
    connect(m_windowButton, &QPushButton::clicked, this, &HistoryPanel::openComparisonTab);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_comparisonTitle, 1);
    titleRow->addWidget(m_windowButton);
    bottomLayout->addLayout(titleRow);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_diff, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    // Keyboard order: the list, its buttons, then the diff's buttons and panes.
    setTabOrder(m_list, m_compareButton);
    setTabOrder(m_compareButton, m_compareEditorButton);
    setTabOrder(m_compareEditorButton, m_trendsButton);
    setTabOrder(m_trendsButton, m_restoreButton);
    setTabOrder(m_restoreButton, m_diff);

    connect(m_tabs, &EditorTabs::currentEditorChanged, this, &HistoryPanel::onCurrentEditorChanged);
    connect(m_store, &WorkspaceStore::specChanged, this, [this](qint64 specId) {
        if (specId == m_specId) {
            refresh();
        }
    });
    // Another process (specdesk-cli sync, edit, resolve) may have added to this spec's history.
    connect(m_store, &WorkspaceStore::changedByOthers, this, [this] {
        if (m_specId != 0) {
            refresh();
        }
    });
    onCurrentEditorChanged(m_tabs->currentEditor());
    // With no spec open setSpec(0) changes nothing: say so, and leave no button that does nothing.
    refresh();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::onCurrentEditorChanged(SpecEditor* editor)
{
    setSpec(editor ? editor->specId() : 0);
}

void HistoryPanel::setSpec(qint64 specId)
{
    if (specId == m_specId) {
        return;
    }
    m_specId = specId;
    m_windowWhenShown = false;
    supersedeRequests();
    m_compared.clear();
    m_model->setEntries({});
    m_comparisonTitle->clear();
    m_shown.reset();
    m_windowButton->setEnabled(false);
    m_summary->clear();
    m_diff->clear(tr("Select two entries to compare them, or one and choose Compare with Editor."));
    refresh();
}

void HistoryPanel::refresh()
{
    const std::optional<SpecRecord> spec = m_specId ? m_store->specSummary(m_specId) : std::nullopt;
    if (!spec) {
        m_title->setText(tr("Open a spec to see its history."));
        m_model->setEntries({});
        updateActions();
        return;
    }
    const QStringList selected = selectedIds();
    const QList<HistoryEntry> entries = m_history.timeline(m_specId);
    m_title->setText(entries.isEmpty()
                         ? tr("%1 has no history yet: it is recorded on each pull, sync and restore.").arg(spec->title)
                         : tr("History of %1 (newest first)").arg(spec->title));
    if (m_model->setEntries(entries)) {
        // A reset drops the selection; put it back without comparing again.
        const QSignalBlocker blocker(m_list->selectionModel());
        for (const QString& id : selected) {
            const int row = m_model->rowOf(id);
            if (row >= 0) {
                m_list->selectionModel()->select(m_model->index(row), QItemSelectionModel::Select);
            }
        }
        m_list->viewport()->update();
    }
    updateActions();
}

void HistoryPanel::onSelectionChanged()
{
    updateActions();
    const QStringList ids = selectedIds();
    if (ids.size() == 2 && ids != m_compared) {
        compare(ids.at(0), ids.at(1));
    }
}

void HistoryPanel::updateActions()
{
    const QStringList ids = selectedIds();
    const bool one = ids.size() == 1;
    m_compareAction->setEnabled(ids.size() == 2);
    m_compareEditorAction->setEnabled(one && m_tabs->editorForSpec(m_specId));
    m_restoreAction->setEnabled(one && ids.first() != kDraftId);
    m_compareButton->setEnabled(m_compareAction->isEnabled());
    m_compareEditorButton->setEnabled(m_compareEditorAction->isEnabled());
    m_restoreButton->setEnabled(m_restoreAction->isEnabled());
    const std::optional<SpecRecord> spec = m_specId ? m_store->specSummary(m_specId) : std::nullopt;
    m_trendsButton->setEnabled(spec && spec->kind == SpecKind::DataFramer);
}

QStringList HistoryPanel::selectedIds() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    // Newest first in the list, so the higher row is the older entry.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() > b.row(); });
    QStringList ids;
    for (const QModelIndex& index : std::as_const(rows)) {
        ids << index.data(HistoryTimelineModel::EntryIdRole).toString();
    }
    return ids;
}

QString HistoryPanel::labelOf(const QString& entryId) const
{
    const int row = m_model->rowOf(entryId);
    return row >= 0 ? m_model->entries().at(row).label() : entryId;
}

void HistoryPanel::compareSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() == 2) {
        compare(ids.at(0), ids.at(1));
    }
}

void HistoryPanel::compare(const QString& olderId, const QString& newerId)
{
    m_compared = {olderId, newerId};
    startComparison(olderId, newerId, std::nullopt, labelOf(olderId), labelOf(newerId));
}

void HistoryPanel::compareWithEditor()
{
    const QStringList ids = selectedIds();
    SpecEditor* editor = m_tabs->editorForSpec(m_specId);
    if (ids.size() != 1 || !editor) {
        return;
    }
    // The editor is never "compared" for the refresh's sake: its text moves on as the user types.
    m_compared.clear();
    startComparison(ids.first(), QString(), editor->content(), labelOf(ids.first()), tr("Editor"));
}

void HistoryPanel::supersedeRequests()
{
    m_latestCompare->store(++m_compareRequest);
    ++m_restoreRequest;
    m_comparing = false;
}

void HistoryPanel::startComparison(const QString& olderId,
                                   const QString& newerId,
                                   const std::optional<QByteArray>& newerText,
                                   const QString& olderTitle,
                                   const QString& newerTitle)
{
    const std::optional<SpecRecord> spec = m_store->specSummary(m_specId);
    if (!spec) {
        return;
    }
    const quint64 request = ++m_compareRequest;
    m_latestCompare->store(request);
    m_comparing = true;
    // Quietly: the last comparison stays in view until this one replaces it.
    m_comparisonTitle->setText(tr("Comparing %1 with %2…").arg(olderTitle, newerTitle));
    m_worker->post([this,
                    request,
                    latest = m_latestCompare,
                    specId = m_specId,
                    kind = spec->kind,
                    olderId,
                    newerId,
                    newerText,
                    olderTitle,
                    newerTitle](WorkspaceStore* store, const QString& openError) {
        if (latest->load() != request) {
            return; // a newer comparison was asked for meanwhile
        }
        HistoryComparison comparison;
        comparison.olderTitle = olderTitle;
        comparison.newerTitle = newerTitle;
        comparison.error = openError;
        if (store) {
            const SpecHistory history(store);
            const std::optional<HistoryEntry> older = history.entry(specId, olderId);
            std::optional<QByteArray> newer = newerText;
            if (!newer) {
                if (const std::optional<HistoryEntry> entry = history.entry(specId, newerId)) {
                    newer = entry->content;
                }
            }
            comparison.found = older && newer;
            if (comparison.found && latest->load() == request) {
                comparison.meaning = SemanticDiff::compute(kind, older->content, *newer);
                comparison.text = TextDiff::compute(older->content, *newer);
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, request, comparison = std::move(comparison)] { showComparison(request, comparison); },
            Qt::QueuedConnection);
    });
}

void HistoryPanel::showComparison(quint64 request, const HistoryComparison& comparison)
{
    if (request != m_compareRequest) {
        return; // superseded: a newer comparison, or another spec
    }
    m_comparing = false;
    if (!comparison.found) {
        m_comparisonTitle->clear();
        m_shown.reset();
        m_windowButton->setEnabled(false);
        Q_EMIT message(comparison.error.isEmpty() ? tr("This history entry is gone; the list was read again.")
                                                  : comparison.error);
        refresh();
        return;
    }
    m_comparisonTitle->setText(tr("%1 → %2").arg(comparison.olderTitle, comparison.newerTitle));
    m_shown = std::make_shared<const HistoryComparison>(comparison);
    m_windowButton->setEnabled(true);
    m_summary->showDiff(comparison.meaning);
    m_diff->showDiff(comparison.text, comparison.olderTitle, comparison.newerTitle);
    if (std::exchange(m_windowWhenShown, false)) {
        openComparisonTab();
    }
    Q_EMIT comparisonShown();
}

void HistoryPanel::compareDraftWithServer()
{
    refresh();
    const QList<HistoryEntry> entries = m_model->entries();
    // The newest text the server held: a local snapshot (a resolved conflict, a restore) may be
    // newer but is not what the server has.
    const auto server = std::find_if(entries.cbegin(), entries.cend(), [](const HistoryEntry& entry) {
        return entry.kind == HistoryEntry::Kind::ServerVersion || entry.kind == HistoryEntry::Kind::Pull
               || entry.kind == HistoryEntry::Kind::Sync;
    });
    if (m_model->rowOf(kDraftId) < 0 || server == entries.cend()) {
        Q_EMIT message(tr("There is no draft to compare: the text is what the server last sent."));
        return;
    }
    m_windowWhenShown = true;
    QItemSelectionModel* selection = m_list->selectionModel();
    {
        const QSignalBlocker blocker(selection);
        selection->clearSelection();
        selection->select(m_model->index(m_model->rowOf(server->id)), QItemSelectionModel::Select);
    }
    selection->select(m_model->index(m_model->rowOf(kDraftId)), QItemSelectionModel::Select);
    selection->setCurrentIndex(m_model->index(m_model->rowOf(kDraftId)), QItemSelectionModel::NoUpdate);
    if (!m_comparing && m_shown && selectedIds() == m_compared) {
        // The same two were compared last: no new comparison comes to open the window.
        m_windowWhenShown = false;
        openComparisonTab();
    }
}

void HistoryPanel::openComparisonTab()
{
    if (!m_shown) {
        return;
    }
    const QString key = QStringLiteral("history:%1:%2").arg(m_specId).arg(m_compared.join(QLatin1Char(':')));
    const std::optional<SpecRecord> spec = m_store->specSummary(m_specId);
    m_tabs->showComparison(
        key, spec ? spec->title : QString(), m_shown->olderTitle, m_shown->newerTitle, m_shown->meaning, m_shown->text);
}

void HistoryPanel::showShareTrends()
{
    const std::optional<SpecRecord> spec = m_specId ? m_store->specSummary(m_specId) : std::nullopt;
    if (!spec) {
        return;
    }
    m_tabs->flushSpec(m_specId);
    m_worker->post([this, specId = m_specId, title = spec->title](WorkspaceStore* store, const QString& openError) {
        QList<std::pair<QString, QByteArray>> versions;
        if (store) {
            const SpecHistory history(store);
            const QList<HistoryEntry> timeline = history.timeline(specId);
            // Oldest first: the server's versions, then the draft.
            for (auto entry = timeline.crbegin(); entry != timeline.crend(); ++entry) {
                if (entry->kind != HistoryEntry::Kind::ServerVersion && entry->kind != HistoryEntry::Kind::Draft) {
                    continue;
                }
                if (const std::optional<HistoryEntry> full = history.entry(specId, entry->id)) {
                    const QString label = entry->kind == HistoryEntry::Kind::Draft
                                              ? tr("Draft")
                                              : QStringLiteral("v%1").arg(entry->number);
                    versions.append({label, full->content});
                }
            }
        }
        ShareTrends trends = ShareTrends::read(versions);
        QMetaObject::invokeMethod(
            this,
            [this, title, openError, trends = std::move(trends)] {
                if (!openError.isEmpty()) {
                    Q_EMIT message(openError);
                    return;
                }
                auto* dialog = new ShareTrendDialog(title, trends, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
                Q_EMIT shareTrendsShown(dialog);
            },
            Qt::QueuedConnection);
    });
}

void HistoryPanel::restoreSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || ids.first() == kDraftId) {
        return;
    }
    const quint64 request = ++m_restoreRequest;
    const QString label = labelOf(ids.first());
    m_worker->post([this, request, specId = m_specId, entryId = ids.first(), label](WorkspaceStore* store,
                                                                                    const QString& openError) {
        std::optional<HistoryEntry> entry = store ? SpecHistory(store).entry(specId, entryId) : std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [this, request, specId, label, openError, entry = std::move(entry)] {
                applyRestore(request, specId, label, entry, openError);
            },
            Qt::QueuedConnection);
    });
}

void HistoryPanel::applyRestore(quint64 request,
                                qint64 specId,
                                const QString& label,
                                const std::optional<HistoryEntry>& entry,
                                const QString& error)
{
    if (request != m_restoreRequest || specId != m_specId) {
        return; // the user moved on to another spec
    }
    if (!entry) {
        Q_EMIT message(error.isEmpty() ? tr("This history entry is gone; the list was read again.") : error);
        refresh();
        Q_EMIT restoreFinished();
        return;
    }
    SpecEditor* editor = m_tabs->openSpec(specId);
    if (!editor) {
        Q_EMIT restoreFinished();
        return;
    }
    if (editor->isReadOnly()) {
        Q_EMIT message(tr("Cannot restore %1: %2").arg(label, m_tabs->readOnlyReason(specId)));
        Q_EMIT restoreFinished();
        return;
    }
    if (editor->content() == entry->content) {
        Q_EMIT message(tr("The editor already holds the text of %1.").arg(label));
        Q_EMIT restoreFinished();
        return;
    }
    // One undo step in the editor, written to the workspace as the draft at once.
    m_tabs->replaceText(specId, entry->content);
    // The snapshot holds the whole text: recorded on the worker, then the list is read again.
    m_worker->post([this, specId, label, content = entry->content](WorkspaceStore* store, const QString&) {
        const bool recorded = store && SpecHistory(store).recordRestore(specId, content);
        QMetaObject::invokeMethod(
            this,
            [this, specId, label, recorded] {
                if (!recorded) {
                    Q_EMIT message(tr("Restored %1 into the editor, but the restore could not be recorded in the "
                                      "history.")
                                       .arg(label));
                } else {
                    if (specId == m_specId) {
                        refresh();
                    }
                    Q_EMIT message(tr("Restored %1 into the editor (Undo brings back the previous text). The next "
                                      "Sync sends it as a new version; the history is kept.")
                                       .arg(label));
                }
                Q_EMIT restoreFinished();
            },
            Qt::QueuedConnection);
    });
}
