#include "EditorTabs.h"

#include "AppSettings.h"
#include "DraftAutosave.h"
#include "DraftWriter.h"
#include "ResourcePaths.h"
#include "SpecEditor.h"
#include "SpecFileIO.h"
#include "WorkspaceStore.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTabBar>

namespace {

DraftAutosave* autosaveOf(SpecEditor* editor)
{
    return editor ? editor->findChild<DraftAutosave*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

} // namespace

EditorTabs::EditorTabs(WorkspaceStore* store, AppSettings* settings, QWidget* parent)
    : QTabWidget(parent)
    , m_store(store)
    , m_settings(settings)
    , m_writer(new DraftWriter(store->directory(), this))
{
    setObjectName(QStringLiteral("editorTabs"));
    setAccessibleName(tr("Open specs"));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    connect(this, &QTabWidget::tabCloseRequested, this, &EditorTabs::closeTab);
    connect(this, &QTabWidget::currentChanged, this, [this] { Q_EMIT currentEditorChanged(currentEditor()); });
    connect(m_store, &WorkspaceStore::specChanged, this, &EditorTabs::refreshTitle);
    connect(tabBar(), &QTabBar::tabMoved, this, &EditorTabs::openSpecsChanged);
}

void EditorTabs::tabInserted(int index)
{
    QTabWidget::tabInserted(index);
    Q_EMIT openSpecsChanged();
}

void EditorTabs::tabRemoved(int index)
{
    QTabWidget::tabRemoved(index);
    Q_EMIT openSpecsChanged();
}

SpecEditor* EditorTabs::openSpec(qint64 specId)
{
    const int existing = indexOfSpec(specId);
    if (existing >= 0) {
        setCurrentIndex(existing);
        return editorAt(existing);
    }
    const std::optional<SpecRecord> spec = m_store->spec(specId);
    if (!spec) {
        return nullptr;
    }
    auto* editor = new SpecEditor(spec->id, spec->kind, this);
    editor->loadContent(spec->content);
    // Attach autosave only after loading, so the load itself is not written back.
    auto* autosave = new DraftAutosave(editor, m_writer, m_store, m_settings->autosaveDelayMs());
    connect(autosave, &DraftAutosave::saveFailed, this, &EditorTabs::problem);
    connect(editor, &QsciScintilla::cursorPositionChanged, this, [this, editor] {
        if (editor == currentEditor()) {
            const auto [line, column] = editor->caretLineColumn();
            Q_EMIT caretMoved(line, column);
        }
    });
    connect(editor, &SpecEditor::diagnosticsChanged, this, [this, editor] { Q_EMIT diagnosticsChanged(editor); });

    const int index = addTab(editor, QIcon(ResourcePaths::kindIcon(SpecKinds::id(spec->kind))), spec->title);
    refreshTitle(specId);
    setCurrentIndex(index);
    return editor;
}

SpecEditor* EditorTabs::currentEditor() const
{
    return qobject_cast<SpecEditor*>(currentWidget());
}

SpecEditor* EditorTabs::editorAt(int index) const
{
    return qobject_cast<SpecEditor*>(widget(index));
}

QList<qint64> EditorTabs::openSpecIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i) {
        ids.append(editorAt(i)->specId());
    }
    return ids;
}

bool EditorTabs::closeTab(int index)
{
    SpecEditor* editor = editorAt(index);
    if (!editor) {
        return false;
    }
    if (!autosaveOf(editor)->flush()) {
        return false;
    }
    removeTab(index);
    editor->deleteLater();
    return true;
}

bool EditorTabs::flushAll()
{
    bool allSaved = true;
    for (int i = 0; i < count(); ++i) {
        allSaved = autosaveOf(editorAt(i))->flush() && allSaved;
    }
    return allSaved;
}

bool EditorTabs::saveCurrentToFile(const QString& filePath)
{
    SpecEditor* editor = currentEditor();
    if (!editor || !autosaveOf(editor)->flush()) {
        return false;
    }
    const QByteArray content = editor->content();
    QString error;
    if (!SpecFileIO::write(filePath, content, &error)
        || !m_store->setSpecFile(editor->specId(), QFileInfo(filePath).absoluteFilePath(), content, &error)) {
        Q_EMIT problem(error);
        return false;
    }
    return true;
}

int EditorTabs::indexOfSpec(qint64 specId) const
{
    for (int i = 0; i < count(); ++i) {
        if (editorAt(i)->specId() == specId) {
            return i;
        }
    }
    return -1;
}

void EditorTabs::refreshTitle(qint64 specId)
{
    const int index = indexOfSpec(specId);
    const std::optional<SpecRecord> spec = index >= 0 ? m_store->specSummary(specId) : std::nullopt;
    if (!spec) {
        return;
    }
    // A spec linked to a file shows a dot while the file on disk lags behind the workspace.
    const bool fileBehind = !spec->filePath.isEmpty() && !m_store->isSpecFileInSync(specId);
    setTabText(index, fileBehind ? spec->title + QStringLiteral(" ●") : spec->title);
    setTabIcon(index, QIcon(ResourcePaths::kindIcon(SpecKinds::id(spec->kind))));
    setTabToolTip(index,
                  spec->filePath.isEmpty() ? tr("%1 — saved in the workspace").arg(SpecKinds::displayName(spec->kind))
                                           : tr("%1 — %2").arg(SpecKinds::displayName(spec->kind),
                                                               QDir::toNativeSeparators(spec->filePath)));
}
