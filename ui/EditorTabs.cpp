#include "EditorTabs.h"

#include "AppSettings.h"
#include "ComparisonView.h"
#include "DiffView.h"
#include "DiskFileGuard.h"
#include "DraftAutosave.h"
#include "DraftWriter.h"
#include "EditorPage.h"
#include "PlainToolTip.h"
#include "ResourceIcons.h"
#include "ResourcePaths.h"
#include "SpecEditor.h"
#include "SpecRecord.h"
#include "StoreQuery.h"
#include "SyncBanner.h"
#include "WorkspaceChangeGuard.h"
#include "WorkspaceStore.h"

#include <QDir>
#include <QIcon>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>

namespace {

/// The property that tells one comparison tab from another.
constexpr char kComparisonKey[] = "comparisonKey";

DraftAutosave* autosaveOf(SpecEditor* editor)
{
    return editor ? editor->findChild<DraftAutosave*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

/// Why the spec's server will not take edits; empty for local specs and editable remote ones.
QString readOnlyReasonOf(const SpecRecord& spec)
{
    if (!spec.isRemote()) {
        return {};
    }
    RemoteSpec remote;
    remote.status = spec.remoteStatus;
    remote.statusDetail = spec.remoteDetail;
    remote.hasContent = spec.contentReceived;
    return remote.readOnlyReason();
}

} // namespace

EditorTabs::EditorTabs(WorkspaceStore* store, AppSettings* settings, QWidget* parent)
    : QTabWidget(parent)
    , m_store(store)
    , m_settings(settings)
    , m_writer(new DraftWriter(store->directory(), this))
    , m_diskGuard(new DiskFileGuard(store, this))
    , m_workspaceGuard(new WorkspaceChangeGuard(store, this))
{
    setObjectName(QStringLiteral("editorTabs"));
    setAccessibleName(tr("Open specs"));
    setAccessibleDescription(tr("The text of each open spec, one tab per spec."));
    tabBar()->setAccessibleName(tr("Open spec tabs"));
    tabBar()->setAccessibleDescription(tr("Choose which open spec to edit; drag a tab to reorder."));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    // The tab bar's scroll arrows are for the mouse; the keyboard moves between tabs with the
    // arrow keys and Ctrl+Tab, so Tab does not stop on them.
    for (QToolButton* arrow : tabBar()->findChildren<QToolButton*>()) {
        arrow->setFocusPolicy(Qt::NoFocus);
    }
    connect(this, &QTabWidget::tabCloseRequested, this, &EditorTabs::closeTab);
    connect(this, &QTabWidget::currentChanged, this, [this] {
        // A comparison tab is about the spec the panels show: they stay with its editor.
        if (SpecEditor* editor = currentEditor(); editor || count() == 0) {
            m_panelsEditor = editor;
            Q_EMIT currentEditorChanged(editor);
        }
    });
    connect(m_store, &WorkspaceStore::specChanged, this, &EditorTabs::refreshTab);
    connect(m_store, &WorkspaceStore::collectionRemoved, this, &EditorTabs::dropRemovedSpecs);
    connect(tabBar(), &QTabBar::tabMoved, this, &EditorTabs::openSpecsChanged);
    connect(m_diskGuard, &DiskFileGuard::message, this, &EditorTabs::problem);
    connect(m_workspaceGuard, &WorkspaceChangeGuard::message, this, &EditorTabs::problem);
}

void EditorTabs::tabInserted(int index)
{
    QTabWidget::tabInserted(index);
    Q_EMIT openSpecsChanged();
}

void EditorTabs::tabRemoved(int index)
{
    QTabWidget::tabRemoved(index);
    const QList<qint64> open = openSpecIds();
    QHash<qint64, QString> closed;
    for (auto name = m_names.cbegin(); name != m_names.cend(); ++name) {
        if (!open.contains(name.key())) {
            closed.insert(name.key(), name.value());
        }
    }
    for (auto name = closed.cbegin(); name != closed.cend(); ++name) {
        m_names.remove(name.key());
        refreshNamesakes(name.key(), name.value());
    }
    // The panels' spec was closed behind a comparison tab: they must let go of its editor.
    if (m_panelsEditor && !open.contains(m_panelsEditor->specId())) {
        m_panelsEditor = currentEditor();
        Q_EMIT currentEditorChanged(m_panelsEditor);
    }
    Q_EMIT openSpecsChanged();
}

QString EditorTabs::tabName(qint64 specId, const SpecRecord& spec) const
{
    for (auto name = m_names.cbegin(); name != m_names.cend(); ++name) {
        if (name.key() != specId && name.value() == spec.title) {
            for (const CollectionRecord& collection : m_store->collections()) {
                if (collection.id == spec.collectionId) {
                    return tr("%1 — %2").arg(spec.title, collection.name);
                }
            }
        }
    }
    return spec.title;
}

void EditorTabs::refreshNamesakes(qint64 specId, const QString& title)
{
    if (m_refreshingNamesakes) {
        return;
    }
    const QScopedValueRollback<bool> refreshing(m_refreshingNamesakes, true);
    const QHash<qint64, QString> names = m_names;
    for (auto name = names.cbegin(); name != names.cend(); ++name) {
        if (name.key() != specId && name.value() == title) {
            refreshTab(name.key());
        }
    }
}

SpecEditor* EditorTabs::openSpec(qint64 specId, const std::optional<QByteArray>& storedText)
{
    const int existing = indexOfSpec(specId);
    if (existing >= 0) {
        setCurrentIndex(existing);
        return editorAt(existing);
    }
    std::optional<SpecRecord> spec = storedText ? m_store->specSummary(specId) : m_store->spec(specId);
    if (!spec) {
        return nullptr;
    }
    if (storedText) {
        spec->content = *storedText;
    }
    auto* editor = new SpecEditor(spec->id, spec->kind);
    applyEditorSettingsTo(editor);
    auto* page = new EditorPage(editor, this);
    connect(page, &EditorPage::restoreRequested, this, [this, specId] { Q_EMIT restoreRequested(specId); });
    SyncBanner* banner = page->syncBanner();
    connect(banner, &SyncBanner::resolveRequested, this, [this, specId] { Q_EMIT resolveConflictRequested(specId); });
    connect(banner, &SyncBanner::compareRequested, this, [this, specId] { Q_EMIT compareConflictRequested(specId); });
    connect(banner, &SyncBanner::exportRequested, this, [this, specId] { Q_EMIT exportDraftRequested(specId); });
    connect(banner, &SyncBanner::syncRequested, this, [this, specId] { Q_EMIT syncRequested(specId); });
    editor->loadContent(spec->content);
    // Attach autosave only after loading, so the load itself is not written back.
    auto* autosave = new DraftAutosave(editor, m_writer, m_store, m_settings->autosaveDelayMs());
    connect(autosave, &DraftAutosave::saveFailed, this, &EditorTabs::problem);
    connect(autosave, &DraftAutosave::failingChanged, this, [this, specId] { refreshTab(specId); });
    connect(editor, &QsciScintilla::cursorPositionChanged, this, [this, editor] {
        if (editor == currentEditor()) {
            const auto [line, column] = editor->caretLineColumn();
            Q_EMIT caretMoved(line, column);
        }
    });
    connect(editor, &SpecEditor::diagnosticsChanged, this, [this, editor] { Q_EMIT diagnosticsChanged(editor); });

    const int index
        = addTab(page, ResourceIcons::icon(ResourcePaths::kindIcon(SpecKinds::id(spec->kind))), spec->title);
    refreshTab(specId);
    setCurrentIndex(index);
    m_workspaceGuard->attach(specId, page);
    // After autosave is attached, so a reload from disk reaches the workspace too.
    m_diskGuard->attach(specId, page);
    return editor;
}

SpecEditor* EditorTabs::currentEditor() const
{
    return editorAt(currentIndex());
}

SpecEditor* EditorTabs::editorAt(int index) const
{
    auto* page = qobject_cast<EditorPage*>(widget(index));
    return page ? page->editor() : nullptr;
}

SpecEditor* EditorTabs::editorForSpec(qint64 specId) const
{
    const int index = indexOfSpec(specId);
    return index >= 0 ? editorAt(index) : nullptr;
}

DraftAutosave* EditorTabs::autosaveForSpec(qint64 specId) const
{
    return autosaveOf(editorForSpec(specId));
}

EditorPage* EditorTabs::pageForSpec(qint64 specId) const
{
    const int index = indexOfSpec(specId);
    return index >= 0 ? qobject_cast<EditorPage*>(widget(index)) : nullptr;
}

QList<qint64> EditorTabs::openSpecIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i) {
        if (const SpecEditor* editor = editorAt(i)) {
            ids.append(editor->specId());
        }
    }
    return ids;
}

ComparisonView* EditorTabs::comparison(const QString& key) const
{
    for (int i = 0; i < count(); ++i) {
        auto* view = qobject_cast<ComparisonView*>(widget(i));
        if (view && view->property(kComparisonKey).toString() == key) {
            return view;
        }
    }
    return nullptr;
}

ComparisonView* EditorTabs::showComparison(const QString& key,
                                           const QString& specTitle,
                                           const QString& olderTitle,
                                           const QString& newerTitle,
                                           const SemanticDiff& meaning,
                                           const TextDiff& text)
{
    ComparisonView* view = comparison(key);
    if (!view) {
        view = new ComparisonView(this);
        view->setProperty(kComparisonKey, key);
        addTab(view, QString());
    }
    view->showComparison(olderTitle, newerTitle, meaning, text);
    const int index = indexOf(view);
    // Titles are the server's or the user's: an '&' in them is a character, not a mnemonic.
    setTabText(
        index,
        tr("%1: %2 ↔ %3").arg(specTitle, olderTitle, newerTitle).replace(QLatin1Char('&'), QStringLiteral("&&")));
    setTabToolTip(index, PlainToolTip::of(tr("%1: %2 compared with %3").arg(specTitle, olderTitle, newerTitle)));
    setTabIcon(index, QIcon());
    setCurrentIndex(index);
    view->diffView()->olderPane()->setFocus();
    return view;
}

bool EditorTabs::closeTab(int index)
{
    if (auto* view = qobject_cast<ComparisonView*>(widget(index))) {
        removeTab(index);
        view->deleteLater();
        return true;
    }
    SpecEditor* editor = editorAt(index);
    if (!editor || !m_diskGuard->confirmClose(editor->specId())) {
        return false;
    }
    if (!autosaveOf(editor)->flush()) {
        return false;
    }
    QWidget* page = widget(index);
    removeTab(index);
    page->deleteLater();
    return true;
}

void EditorTabs::dropRemovedSpecs()
{
    for (int i = count() - 1; i >= 0; --i) {
        const SpecEditor* editor = editorAt(i);
        if (editor && !m_store->specSummary(editor->specId())) {
            // The user removed the connection and its cached specs; there is nothing to save to.
            QWidget* page = widget(i);
            removeTab(i);
            page->deleteLater();
        }
    }
}

void EditorTabs::reloadSpec(qint64 specId)
{
    const int index = indexOfSpec(specId);
    SpecEditor* editor = index >= 0 ? editorAt(index) : nullptr;
    if (!editor || autosaveOf(editor)->hasPendingChanges()) {
        return;
    }
    const std::optional<SpecRecord> spec = m_store->spec(specId);
    if (!spec || spec->content == editor->content()) {
        return;
    }
    int line = 0;
    int column = 0;
    editor->getCursorPosition(&line, &column);
    changeReadOnly(editor, [editor, &spec] { editor->loadContent(spec->content); });
    autosaveOf(editor)->takeStoredText(spec->content);
    editor->setCursorPosition(std::min(line, editor->lines() - 1), column);
}

void EditorTabs::changeReadOnly(SpecEditor* editor, const std::function<void()>& change)
{
    const bool readOnly = editor->isReadOnly();
    // Scintilla refuses to change a read-only document, even from code.
    editor->setReadOnly(false);
    change();
    editor->setReadOnly(readOnly);
}

void EditorTabs::replaceText(qint64 specId, const QByteArray& content, const std::optional<QByteArray>& workspaceText)
{
    SpecEditor* editor = editorForSpec(specId);
    if (!editor) {
        return;
    }
    DraftAutosave* autosave = autosaveOf(editor);
    if (workspaceText && editor->content() == content && content == *workspaceText) {
        autosave->takeStoredText(content);
        return;
    }
    if (workspaceText) {
        // This process put that text in the workspace (a sync's merge): no one to ask about it.
        autosave->keepMine(StoreQuery::hashOf(*workspaceText));
    }
    if (editor->content() != content) {
        changeReadOnly(editor, [editor, &content] { editor->replaceText(content); });
    }
    // Written now, behind any write still on its way, so the workspace ends with this text.
    autosave->flush();
}

void EditorTabs::takeWorkspaceText(qint64 specId, const QByteArray& content)
{
    SpecEditor* editor = editorForSpec(specId);
    if (!editor) {
        return;
    }
    // The change may be anywhere; the caret and the lines in view stay where they can.
    int line = 0;
    int column = 0;
    editor->getCursorPosition(&line, &column);
    const int firstLine = editor->firstVisibleLine();
    changeReadOnly(editor, [editor, &content] { editor->replaceText(content); });
    autosaveOf(editor)->takeStoredText(content);
    editor->setCursorPosition(std::min(line, std::max(0, editor->lines() - 1)), column);
    editor->setFirstVisibleLine(std::min(firstLine, std::max(0, editor->lines() - 1)));
}

void EditorTabs::setSyncState(qint64 specId, SyncState state, const QString& message)
{
    const int index = indexOfSpec(specId);
    if (index < 0) {
        return;
    }
    if (qobject_cast<EditorPage*>(widget(index))->setSyncState(state, message)) {
        refreshTab(specId);
    }
}

QString EditorTabs::syncBannerText(qint64 specId) const
{
    const int index = indexOfSpec(specId);
    auto* page = index >= 0 ? qobject_cast<EditorPage*>(widget(index)) : nullptr;
    return page ? page->syncBanner()->text() : QString();
}

QString EditorTabs::readOnlyReason(qint64 specId) const
{
    const int index = indexOfSpec(specId);
    auto* page = index >= 0 ? qobject_cast<EditorPage*>(widget(index)) : nullptr;
    return page ? page->readOnlyReason() : QString();
}

bool EditorTabs::flushAll()
{
    bool allSaved = true;
    for (int i = 0; i < count(); ++i) {
        if (DraftAutosave* autosave = autosaveOf(editorAt(i))) {
            allSaved = autosave->flush() && allSaved;
        }
    }
    return allSaved;
}

bool EditorTabs::flushSpec(qint64 specId)
{
    SpecEditor* editor = editorForSpec(specId);
    return !editor || autosaveOf(editor)->flush();
}

bool EditorTabs::saveCurrentToFile(const QString& filePath)
{
    SpecEditor* editor = currentEditor();
    return editor && m_diskGuard->saveTo(editor->specId(), filePath);
}

void EditorTabs::applyEditorSettings()
{
    for (int i = 0; i < count(); ++i) {
        SpecEditor* editor = editorAt(i);
        if (!editor) {
            continue; // a comparison
        }
        applyEditorSettingsTo(editor);
        if (DraftAutosave* autosave = autosaveOf(editor)) {
            autosave->setDelayMs(m_settings->autosaveDelayMs());
        }
    }
}

void EditorTabs::applyEditorSettingsTo(SpecEditor* editor)
{
    editor->setEditorFont(m_settings->editorFont());
    editor->setTabWidth(m_settings->tabWidth());
}

int EditorTabs::indexOfSpec(qint64 specId) const
{
    for (int i = 0; i < count(); ++i) {
        const SpecEditor* editor = editorAt(i);
        if (editor && editor->specId() == specId) {
            return i;
        }
    }
    return -1;
}

void EditorTabs::refreshTab(qint64 specId)
{
    const int index = indexOfSpec(specId);
    const std::optional<SpecRecord> spec = index >= 0 ? m_store->specSummary(specId) : std::nullopt;
    if (!spec) {
        return;
    }
    auto* page = qobject_cast<EditorPage*>(widget(index));
    // A spec linked to a file shows a dot while the file on disk lags behind the workspace; a
    // remote spec says where its sync stands unless it is synced.
    const QString previousName = m_names.value(specId);
    m_names.insert(specId, spec->title);
    refreshNamesakes(specId, spec->title);
    if (previousName != spec->title) {
        refreshNamesakes(specId, previousName);
    }
    const QString name = tabName(specId, *spec);
    const bool fileBehind = !spec->filePath.isEmpty() && !m_store->isSpecFileInSync(specId);
    QString title = fileBehind ? name + QStringLiteral(" ●") : name;
    const SyncState sync = spec->isRemote() ? page->syncState() : SyncState::Synced;
    if (sync != SyncState::Synced) {
        title = tr("%1 • %2").arg(title, SyncStates::label(sync));
    }
    // Until the workspace takes the text again (a full disk, a locked database), say so.
    const bool unsaved = autosaveOf(page->editor())->isFailing();
    if (unsaved) {
        title = tr("%1 • not saved").arg(title);
    }
    // The name is the server's or the file's: an '&' in it is a character, not a mnemonic.
    setTabText(index, QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")));
    setTabIcon(index, ResourceIcons::icon(ResourcePaths::kindIcon(SpecKinds::id(spec->kind))));
    QString where = tr("%1 — saved in the workspace").arg(SpecKinds::displayName(spec->kind));
    if (spec->isRemote()) {
        where = tr("%1 — from its server, as %2").arg(SpecKinds::displayName(spec->kind), spec->remoteId);
    } else if (!spec->filePath.isEmpty()) {
        where = tr("%1 — %2").arg(SpecKinds::displayName(spec->kind), QDir::toNativeSeparators(spec->filePath));
    }
    if (sync != SyncState::Synced) {
        where += QLatin1Char('\n') + tr("Sync: %1").arg(SyncStates::label(sync));
    }
    if (unsaved) {
        where += QLatin1Char('\n') + tr("Not saved in the workspace yet; SpecDesk keeps trying.");
    }
    // The server's id or a file's path could look like markup. Screen readers read a tab's tooltip
    // as its description, so it stays plain text whenever Qt would show it as plain text anyway.
    setTabToolTip(index, Qt::mightBeRichText(where) ? PlainToolTip::of(where) : where);
    // Screen readers name the text after its spec, not "Spec text" in every tab.
    page->editor()->setAccessibleName(spec->title);
    const auto closeSide
        = QTabBar::ButtonPosition(style()->styleHint(QStyle::SH_TabBar_CloseButtonPosition, nullptr, this));
    if (QWidget* closeButton = tabBar()->tabButton(index, closeSide)) {
        closeButton->setAccessibleName(tr("Close %1").arg(spec->title));
        closeButton->setAccessibleDescription(tr("Closes this tab; its text stays saved in the workspace."));
    }
    const bool wasReadOnly = page->editor()->isReadOnly();
    page->setReadOnlyReason(readOnlyReasonOf(*spec), spec->remoteStatus == RemoteStatus::Archived);
    // Nobody can have typed into a read-only tab, so it may follow the server's text (a spec
    // that finished PROCESSING, or was restored). Editable tabs are left to reloadSpec().
    if (wasReadOnly || page->editor()->isReadOnly()) {
        reloadSpec(specId);
    }
}
