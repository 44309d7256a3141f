#include "DiskFileGuard.h"

#include "DiskChange.h"
#include "DiskFileWatcher.h"
#include "DocumentParser.h"
#include "EditorPage.h"
#include "EditorTabs.h"
#include "FileChangeBanner.h"
#include "FileCompareDialog.h"
#include "SpecEditor.h"
#include "SpecFileIO.h"
#include "WorkspaceStore.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace {

QString fileNameOf(const QString& filePath)
{
    return QFileInfo(filePath).fileName();
}

} // namespace

DiskFileGuard::DiskFileGuard(WorkspaceStore* store, EditorTabs* tabs)
    : QObject(tabs)
    , m_store(store)
    , m_tabs(tabs)
    , m_watcher(new DiskFileWatcher(this))
{
    connect(m_watcher, &DiskFileWatcher::fileChanged, this, &DiskFileGuard::onFileChanged);
    connect(m_tabs, &EditorTabs::openSpecsChanged, this, &DiskFileGuard::forgetClosedTabs);
    // An autosave moves the workspace's text away from the file's, or back.
    connect(m_store, &WorkspaceStore::specChanged, this, [this](qint64 specId) {
        if (m_paths.contains(specId)) {
            Q_EMIT stateChanged(specId);
        }
    });
}

void DiskFileGuard::attach(qint64 specId, EditorPage* page)
{
    FileChangeBanner* banner = page->fileChangeBanner();
    // The banner also asks about changes in the workspace; WorkspaceChangeGuard answers those.
    const auto aboutFile = [banner] { return banner->reason() != FileChangeBanner::Reason::ChangedInWorkspace; };
    connect(banner, &FileChangeBanner::reloadRequested, this, [this, specId, aboutFile] {
        if (aboutFile()) {
            revert(specId);
        }
    });
    connect(banner, &FileChangeBanner::keepMineRequested, this, [this, specId, aboutFile] {
        if (aboutFile()) {
            keepMine(specId);
        }
    });
    connect(banner, &FileChangeBanner::compareRequested, this, [this, specId, aboutFile] {
        if (aboutFile()) {
            compare(specId);
        }
    });
    connect(
        banner, &FileChangeBanner::saveAgainRequested, this, [this, specId] { saveTo(specId, filePathOf(specId)); });
    connect(banner, &FileChangeBanner::saveAsRequested, this, [this, specId] { Q_EMIT saveAsRequested(specId); });
    connect(page->editor(), &QsciScintilla::modificationChanged, this, [this, specId] { Q_EMIT stateChanged(specId); });
    const QString filePath = filePathOf(specId);
    if (filePath.isEmpty()) {
        return;
    }
    m_paths.insert(specId, filePath);
    m_watcher->watch(filePath);
    check(specId);
}

EditorPage* DiskFileGuard::pageOf(qint64 specId) const
{
    return m_tabs->pageForSpec(specId);
}

QString DiskFileGuard::filePathOf(qint64 specId) const
{
    const std::optional<SpecRecord> spec = m_store->specSummary(specId);
    return spec ? spec->filePath : QString();
}

std::optional<QByteArray> DiskFileGuard::readFile(const QString& filePath, QString* error) const
{
    if (!QFileInfo::exists(filePath)) {
        return std::nullopt;
    }
    QByteArray text;
    if (!SpecFileIO::readAtMost(filePath, DocumentParser::kMaxBytes, &text, error)) {
        return std::nullopt;
    }
    return text;
}

void DiskFileGuard::check(qint64 specId)
{
    EditorPage* page = pageOf(specId);
    const QString filePath = filePathOf(specId);
    if (!page || filePath.isEmpty()) {
        return;
    }
    QString error;
    const std::optional<QByteArray> diskText = readFile(filePath, &error);
    if (!error.isEmpty()) {
        Q_EMIT message(error);
        return;
    }
    const QString fileName = fileNameOf(filePath);
    const QByteArray editorText = page->editor()->content();
    const auto isBase = [this, specId](const QByteArray& text) { return m_store->isSpecFileBase(specId, text); };
    switch (DiskChanges::assess(editorText, diskText, isBase)) {
    case DiskChange::None:
        hideBanner(specId);
        break;
    case DiskChange::Adopt:
        markBase(specId, filePath, *diskText);
        hideBanner(specId);
        break;
    case DiskChange::Reload:
        takeFileText(specId, filePath, *diskText);
        Q_EMIT message(
            tr("%1 changed on disk and was reloaded; Undo (Ctrl+Z) brings back the text before.").arg(fileName));
        break;
    case DiskChange::Ask:
        m_askedText.insert(specId, *diskText);
        page->fileChangeBanner()->showReason(FileChangeBanner::Reason::Changed, fileName);
        Q_EMIT message(tr("%1 changed on disk while you had unsaved edits: choose Reload, Keep Mine or Compare above "
                          "its text.")
                           .arg(fileName));
        break;
    case DiskChange::Missing:
        page->fileChangeBanner()->showReason(FileChangeBanner::Reason::Missing, fileName);
        Q_EMIT message(tr("%1 was deleted or moved away on disk; its text is still in its tab.")
                           .arg(QDir::toNativeSeparators(filePath)));
        break;
    }
    Q_EMIT stateChanged(specId);
}

void DiskFileGuard::takeFileText(qint64 specId, const QString& filePath, const QByteArray& text)
{
    SpecEditor* editor = pageOf(specId)->editor();
    // The change may be anywhere; the lines in view stay in view where they can.
    const int firstLine = editor->firstVisibleLine();
    m_tabs->replaceText(specId, text);
    editor->setFirstVisibleLine(std::min(firstLine, std::max(0, editor->lines() - 1)));
    markBase(specId, filePath, text);
    hideBanner(specId);
}

bool DiskFileGuard::markBase(qint64 specId, const QString& filePath, const QByteArray& text)
{
    QString error;
    if (!m_store->setSpecFile(specId, filePath, text, &error)) {
        Q_EMIT message(error);
        return false;
    }
    return true;
}

void DiskFileGuard::hideBanner(qint64 specId)
{
    m_askedText.remove(specId);
    EditorPage* page = pageOf(specId);
    // A question about the workspace's text stands until it is answered.
    if (page && page->fileChangeBanner()->reason() != FileChangeBanner::Reason::ChangedInWorkspace) {
        page->fileChangeBanner()->hide();
    }
}

bool DiskFileGuard::saveTo(qint64 specId, const QString& filePath)
{
    EditorPage* page = pageOf(specId);
    if (!page || !m_tabs->flushSpec(specId)) {
        return false;
    }
    const QString target = QFileInfo(filePath).absoluteFilePath();
    const QString linked = filePathOf(specId);
    const QByteArray text = page->editor()->content();
    if (target == linked) {
        QString error;
        const std::optional<QByteArray> diskText = readFile(target, &error);
        if (!error.isEmpty()) {
            Q_EMIT message(error);
            return false;
        }
        const auto isBase = [this, specId](const QByteArray& base) { return m_store->isSpecFileBase(specId, base); };
        const DiskChange change = DiskChanges::assess(text, diskText, isBase);
        // The file is read and compared just before it is written: only a write by another
        // program within that instant could still be lost.
        if (change == DiskChange::Reload || change == DiskChange::Ask) {
            check(specId);
            Q_EMIT message(change == DiskChange::Reload
                               ? tr("Nothing saved: %1 changed on disk, and as you had no edits it was reloaded.")
                                     .arg(fileNameOf(target))
                               : tr("Not saved: %1 changed on disk since it was opened or saved. Choose Reload, "
                                    "Keep Mine or Compare above its text.")
                                     .arg(fileNameOf(target)));
            return false;
        }
        if (change == DiskChange::Adopt) {
            hideBanner(specId);
            return markBase(specId, target, text);
        }
    }
    QString error;
    if (!SpecFileIO::write(target, text, &error) || !m_store->setSpecFile(specId, target, text, &error)) {
        Q_EMIT message(error);
        return false;
    }
    if (target != linked) {
        if (!linked.isEmpty()) {
            m_watcher->unwatch(linked);
        }
        m_paths.insert(specId, target);
        m_watcher->watch(target);
    }
    hideBanner(specId);
    Q_EMIT stateChanged(specId);
    return true;
}

bool DiskFileGuard::revert(qint64 specId)
{
    const QString filePath = filePathOf(specId);
    if (!pageOf(specId) || filePath.isEmpty()) {
        return false;
    }
    QString error;
    const std::optional<QByteArray> diskText = readFile(filePath, &error);
    if (!diskText) {
        if (error.isEmpty()) {
            check(specId); // gone: the banner says so
        } else {
            Q_EMIT message(error);
        }
        return false;
    }
    takeFileText(specId, filePath, *diskText);
    Q_EMIT stateChanged(specId);
    return true;
}

bool DiskFileGuard::canRevert(qint64 specId) const
{
    EditorPage* page = pageOf(specId);
    if (!page || !m_paths.contains(specId)) {
        return false;
    }
    const FileChangeBanner* banner = page->fileChangeBanner();
    if (!banner->isHidden()) {
        return banner->reason() == FileChangeBanner::Reason::Changed;
    }
    // Cheap answers only: this runs as the user types. Scintilla's modified flag covers the
    // edits not yet in the workspace, the workspace's hashes the rest.
    return page->editor()->isModified() || !m_store->isSpecFileInSync(specId);
}

void DiskFileGuard::keepMine(qint64 specId)
{
    const QString filePath = filePathOf(specId);
    if (filePath.isEmpty()) {
        return;
    }
    QString error;
    const std::optional<QByteArray> asked
        = m_askedText.contains(specId) ? std::optional(m_askedText.value(specId)) : readFile(filePath, &error);
    if (asked && markBase(specId, filePath, *asked)) {
        hideBanner(specId);
        Q_EMIT message(tr("Kept your text; Save writes it over %1.").arg(fileNameOf(filePath)));
    }
    Q_EMIT stateChanged(specId);
}

void DiskFileGuard::compare(qint64 specId)
{
    EditorPage* page = pageOf(specId);
    const QString filePath = filePathOf(specId);
    if (!page || filePath.isEmpty()) {
        return;
    }
    QString error;
    const std::optional<QByteArray> diskText = readFile(filePath, &error);
    if (!diskText) {
        if (error.isEmpty()) {
            check(specId);
        } else {
            Q_EMIT message(error);
        }
        return;
    }
    // What is shown is what Keep Mine accepts.
    m_askedText.insert(specId, *diskText);
    QPointer<FileCompareDialog>& dialog = m_compareDialogs[specId];
    if (!dialog) {
        dialog = new FileCompareDialog(m_tabs->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &FileCompareDialog::reloadChosen, this, [this, specId] { revert(specId); });
        connect(dialog, &FileCompareDialog::keepMineChosen, this, [this, specId] { keepMine(specId); });
    }
    dialog->showTexts(fileNameOf(filePath), *diskText, page->editor()->content());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

FileCompareDialog* DiskFileGuard::compareDialog(qint64 specId) const
{
    return m_compareDialogs.value(specId);
}

bool DiskFileGuard::confirmClose(qint64 specId)
{
    EditorPage* page = pageOf(specId);
    const QString filePath = filePathOf(specId);
    if (!page || filePath.isEmpty() || m_store->isSpecFileBase(specId, page->editor()->content())) {
        return true;
    }
    switch (m_closePrompt ? m_closePrompt(fileNameOf(filePath)) : askBeforeClosing(fileNameOf(filePath))) {
    case CloseAnswer::Save:
        return saveTo(specId, filePath);
    case CloseAnswer::Discard: {
        QString error;
        if (const std::optional<QByteArray> diskText = readFile(filePath, &error)) {
            takeFileText(specId, filePath, *diskText);
        }
        return true;
    }
    case CloseAnswer::Cancel:
        break;
    }
    return false;
}

void DiskFileGuard::setClosePrompt(ClosePrompt prompt)
{
    m_closePrompt = std::move(prompt);
}

DiskFileGuard::CloseAnswer DiskFileGuard::askBeforeClosing(const QString& fileName) const
{
    QMessageBox box(QMessageBox::Warning,
                    tr("Unsaved Changes"),
                    tr("%1 has changes that are not saved to its file.").arg(fileName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    m_tabs->window());
    box.setObjectName(QStringLiteral("closeModifiedFileBox"));
    box.setInformativeText(tr("Save writes them to the file. Discard goes back to the file's text."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return CloseAnswer::Save;
    case QMessageBox::Discard:
        return CloseAnswer::Discard;
    default:
        return CloseAnswer::Cancel;
    }
}

void DiskFileGuard::onFileChanged(const QString& filePath)
{
    const QList<qint64> specIds = m_paths.keys(filePath);
    for (qint64 specId : specIds) {
        check(specId);
    }
}

void DiskFileGuard::forgetClosedTabs()
{
    const QList<qint64> open = m_tabs->openSpecIds();
    const QList<qint64> watched = m_paths.keys();
    for (qint64 specId : watched) {
        if (!open.contains(specId)) {
            m_watcher->unwatch(m_paths.take(specId));
            m_askedText.remove(specId);
            if (FileCompareDialog* dialog = m_compareDialogs.take(specId)) {
                dialog->close();
            }
        }
    }
}
