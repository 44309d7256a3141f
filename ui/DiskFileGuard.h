#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class DiskFileWatcher;
class EditorPage;
class EditorTabs;
class FileCompareDialog;
class WorkspaceStore;

/// Keeps each open file's tab in step with its file on disk, and never lets a save overwrite a
/// change on disk the user has not seen.
///
/// The workspace remembers which text a file held when SpecDesk last loaded or saved it (the
/// base). When the file changes (watched while the tab is open, and looked at whenever a tab
/// opens, so changes made while SpecDesk was closed count too), DiskChanges::assess decides:
/// a tab without edits of its own takes the file's text as one undo step; a tab with edits
/// asks in its FileChangeBanner; a file that is gone is reported and its text kept.
class DiskFileGuard : public QObject
{
    Q_OBJECT

public:
    enum class CloseAnswer {
        Save,
        Discard,
        Cancel,
    };
    /// Asks whether to save a file's unsaved edits before its tab closes.
    using ClosePrompt = std::function<CloseAnswer(const QString& fileName)>;

    DiskFileGuard(WorkspaceStore* store, EditorTabs* tabs);

    /// A tab was opened: watch its file and catch up with what happened to it meanwhile.
    void attach(qint64 specId, EditorPage* page);
    /// Compares the spec's file with its base and the editor, and acts on the difference.
    void check(qint64 specId);
    /// Writes the spec's text to `filePath` and links the spec to it. For the spec's own file,
    /// it first checks that the file still holds the base; if not, it writes nothing, returns
    /// false and reloads or asks as check() does.
    bool saveTo(qint64 specId, const QString& filePath);
    /// Replaces the editor's text with the file's, as one undo step (File ▸ Revert, Reload).
    bool revert(qint64 specId);
    /// Whether revert() would change anything: the text or the file moved away from the base.
    bool canRevert(qint64 specId) const;
    /// The user saw the file's new text and keeps theirs: the next save overwrites it knowingly.
    void keepMine(qint64 specId);
    /// Shows the file's text beside the editor's (non-modal).
    void compare(qint64 specId);
    FileCompareDialog* compareDialog(qint64 specId) const;
    /// Before a tab closes: a file with unsaved edits asks Save / Discard / Cancel. False keeps
    /// the tab open.
    bool confirmClose(qint64 specId);
    /// Replaces the message box that confirmClose() shows; for tests.
    void setClosePrompt(ClosePrompt prompt);
    DiskFileWatcher* watcher() const { return m_watcher; }

Q_SIGNALS:
    /// A message for the status bar; never modal.
    void message(const QString& text);
    /// The banner of a file that is gone asked to save its text elsewhere.
    void saveAsRequested(qint64 specId);
    /// What canRevert() says may have changed.
    void stateChanged(qint64 specId);

private:
    EditorPage* pageOf(qint64 specId) const;
    QString filePathOf(qint64 specId) const;
    /// The file's text, or nothing when it is gone or unreadable (`error` says which).
    std::optional<QByteArray> readFile(const QString& filePath, QString* error) const;
    /// Puts the file's text in the editor as one undo step and makes it the base.
    void takeFileText(qint64 specId, const QString& filePath, const QByteArray& text);
    /// Remembers that the file holds `text` now.
    bool markBase(qint64 specId, const QString& filePath, const QByteArray& text);
    void hideBanner(qint64 specId);
    void onFileChanged(const QString& filePath);
    void forgetClosedTabs();
    CloseAnswer askBeforeClosing(const QString& fileName) const;

    WorkspaceStore* m_store;
    EditorTabs* m_tabs;
    DiskFileWatcher* m_watcher;
    /// The watched file of each open tab that has one.
    QHash<qint64, QString> m_paths;
    /// The file's text the banner asked about: Keep Mine accepts that one, not a later one.
    QHash<qint64, QByteArray> m_askedText;
    QHash<qint64, QPointer<FileCompareDialog>> m_compareDialogs;
    ClosePrompt m_closePrompt;
};
