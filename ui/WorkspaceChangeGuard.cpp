#include "WorkspaceChangeGuard.h"

#include "DraftAutosave.h"
#include "EditorPage.h"
#include "EditorTabs.h"
#include "FileChangeBanner.h"
#include "FileCompareDialog.h"
#include "SpecEditor.h"
#include "StoreQuery.h"
#include "WorkspaceStore.h"

WorkspaceChangeGuard::WorkspaceChangeGuard(WorkspaceStore* store, EditorTabs* tabs)
    : QObject(tabs)
    , m_store(store)
    , m_tabs(tabs)
{
    connect(m_store, &WorkspaceStore::changedByOthers, this, &WorkspaceChangeGuard::checkAll);
    connect(m_tabs, &EditorTabs::openSpecsChanged, this, &WorkspaceChangeGuard::forgetClosedTabs);
}

void WorkspaceChangeGuard::attach(qint64 specId, EditorPage* page)
{
    FileChangeBanner* banner = page->fileChangeBanner();
    // The banner also asks about the tab's file; DiskFileGuard answers those.
    const auto aboutWorkspace = [banner] { return banner->reason() == FileChangeBanner::Reason::ChangedInWorkspace; };
    connect(banner, &FileChangeBanner::reloadRequested, this, [this, specId, aboutWorkspace] {
        if (aboutWorkspace()) {
            reload(specId);
        }
    });
    connect(banner, &FileChangeBanner::keepMineRequested, this, [this, specId, aboutWorkspace] {
        if (aboutWorkspace()) {
            keepMine(specId);
        }
    });
    connect(banner, &FileChangeBanner::compareRequested, this, [this, specId, aboutWorkspace] {
        if (aboutWorkspace()) {
            compare(specId);
        }
    });
    if (DraftAutosave* autosave = m_tabs->autosaveForSpec(specId)) {
        connect(autosave, &DraftAutosave::changedElsewhere, this, [this, specId] { check(specId); });
        connect(autosave, &DraftAutosave::writesLanded, this, [this, specId] {
            if (m_checkWhenWritten.remove(specId)) {
                check(specId);
            }
        });
    }
}

void WorkspaceChangeGuard::checkAll()
{
    const QList<qint64> open = m_tabs->openSpecIds();
    for (const qint64 specId : open) {
        check(specId);
    }
}

void WorkspaceChangeGuard::check(qint64 specId)
{
    EditorPage* page = m_tabs->pageForSpec(specId);
    DraftAutosave* autosave = m_tabs->autosaveForSpec(specId);
    if (page && autosave && autosave->isWriting()) {
        // The stored text may be one of those writes, whose hash is known once it lands.
        m_checkWhenWritten.insert(specId);
        return;
    }
    const QByteArray stored = m_store->contentHash(specId);
    // A spec that is gone closes with its connection (EditorTabs); one this tab wrote is known.
    if (!page || !autosave || stored.isEmpty() || autosave->knows(stored)) {
        return;
    }
    const QByteArray editorText = page->editor()->content();
    const QByteArray editorHash = StoreQuery::hashOf(editorText);
    if (stored == editorHash) {
        // The other process stored exactly this text: nothing to choose.
        autosave->takeStoredText(editorText);
        hideBanner(specId);
        return;
    }
    // Edits of its own are a text other than the one the tab last loaded or saved. (Hashed only
    // here, when the workspace moved: the autosave's pending flag also rises on a mere repaint.)
    if (editorHash == autosave->knownHash()) {
        reload(specId);
        Q_EMIT message(tr("“%1” was changed by another SpecDesk process and reloaded; Undo (Ctrl+Z) brings back "
                          "the text before.")
                           .arg(titleOf(specId)));
        return;
    }
    const bool alreadyAsked = isAsking(specId) && m_askedHash.value(specId) == stored;
    m_askedHash.insert(specId, stored);
    page->fileChangeBanner()->showReason(FileChangeBanner::Reason::ChangedInWorkspace, titleOf(specId));
    if (!alreadyAsked) {
        Q_EMIT message(tr("Another SpecDesk process changed “%1” while you had unsaved edits; nothing is written "
                          "over it until you choose Reload, Keep Mine or Compare above its text.")
                           .arg(titleOf(specId)));
    }
}

void WorkspaceChangeGuard::reload(qint64 specId)
{
    const std::optional<SpecRecord> spec = m_store->spec(specId);
    if (!spec || !m_tabs->pageForSpec(specId)) {
        return;
    }
    m_tabs->takeWorkspaceText(specId, spec->content);
    hideBanner(specId);
}

void WorkspaceChangeGuard::keepMine(qint64 specId)
{
    DraftAutosave* autosave = m_tabs->autosaveForSpec(specId);
    if (!autosave) {
        return;
    }
    const QByteArray seen = m_askedHash.contains(specId) ? m_askedHash.value(specId) : m_store->contentHash(specId);
    autosave->keepMine(seen);
    hideBanner(specId);
    Q_EMIT message(tr("Kept your text of “%1”; it is saved over the other process's change.").arg(titleOf(specId)));
}

void WorkspaceChangeGuard::compare(qint64 specId)
{
    EditorPage* page = m_tabs->pageForSpec(specId);
    const std::optional<SpecRecord> spec = m_store->spec(specId);
    if (!page || !spec) {
        return;
    }
    // What is shown is what Keep Mine accepts.
    m_askedHash.insert(specId, StoreQuery::hashOf(spec->content));
    QPointer<FileCompareDialog>& dialog = m_compareDialogs[specId];
    if (!dialog) {
        dialog = new FileCompareDialog(m_tabs->window(), FileCompareDialog::Source::Workspace);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &FileCompareDialog::reloadChosen, this, [this, specId] { reload(specId); });
        connect(dialog, &FileCompareDialog::keepMineChosen, this, [this, specId] { keepMine(specId); });
    }
    dialog->showTexts(spec->title, spec->content, page->editor()->content());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

FileCompareDialog* WorkspaceChangeGuard::compareDialog(qint64 specId) const
{
    return m_compareDialogs.value(specId);
}

bool WorkspaceChangeGuard::isAsking(qint64 specId) const
{
    const EditorPage* page = m_tabs->pageForSpec(specId);
    return page && !page->fileChangeBanner()->isHidden()
           && page->fileChangeBanner()->reason() == FileChangeBanner::Reason::ChangedInWorkspace;
}

void WorkspaceChangeGuard::hideBanner(qint64 specId)
{
    if (isAsking(specId)) {
        m_tabs->pageForSpec(specId)->fileChangeBanner()->hide();
    }
    m_askedHash.remove(specId);
}

QString WorkspaceChangeGuard::titleOf(qint64 specId) const
{
    const std::optional<SpecRecord> spec = m_store->specSummary(specId);
    return spec ? spec->title : QString();
}

void WorkspaceChangeGuard::forgetClosedTabs()
{
    const QList<qint64> open = m_tabs->openSpecIds();
    m_checkWhenWritten.removeIf([&open](qint64 specId) { return !open.contains(specId); });
    const QList<qint64> asked = m_askedHash.keys();
    for (const qint64 specId : asked) {
        if (!open.contains(specId)) {
            m_askedHash.remove(specId);
        }
    }
    const QList<qint64> compared = m_compareDialogs.keys();
    for (const qint64 specId : compared) {
        if (!open.contains(specId)) {
            if (FileCompareDialog* dialog = m_compareDialogs.take(specId)) {
                dialog->close();
            }
        }
    }
}
