#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class EditorPage;
class EditorTabs;
class FileCompareDialog;
class WorkspaceStore;

/// Keeps each open tab in step with its draft in the workspace when another SpecDesk process
/// (specdesk-cli edit, a sync, another connection) changes it, and never lets the tab's autosave
/// write over such a change unseen.
///
/// Each tab's DraftAutosave knows the hash of the stored text it last loaded or saved. When the
/// workspace's content_hash differs (WorkspaceStore::changedByOthers(), or a write the autosave
/// found refused): a tab without edits of its own takes the new text as one undo step; a tab
/// with edits asks in its FileChangeBanner (Reload, Keep Mine, Compare), never in a modal dialog.
class WorkspaceChangeGuard : public QObject
{
    Q_OBJECT

public:
    WorkspaceChangeGuard(WorkspaceStore* store, EditorTabs* tabs);

    /// A tab was opened: answer its banner's questions about the workspace.
    void attach(qint64 specId, EditorPage* page);
    /// Compares the spec's stored text with what its tab knows, and acts on the difference.
    void check(qint64 specId);
    /// check() for every open tab.
    void checkAll();
    /// Replaces the tab's text with the workspace's, as one undo step.
    void reload(qint64 specId);
    /// The user saw the other change and keeps their text: it is written over that change.
    void keepMine(qint64 specId);
    /// Shows the workspace's text beside the editor's (non-modal).
    void compare(qint64 specId);
    FileCompareDialog* compareDialog(qint64 specId) const;

Q_SIGNALS:
    /// A message for the status bar; never modal.
    void message(const QString& text);

private:
    bool isAsking(qint64 specId) const;
    void hideBanner(qint64 specId);
    QString titleOf(qint64 specId) const;
    void forgetClosedTabs();

    WorkspaceStore* m_store;
    EditorTabs* m_tabs;
    /// The stored text's hash the banner asked about: Keep Mine accepts that one, not a later one.
    QHash<qint64, QByteArray> m_askedHash;
    QHash<qint64, QPointer<FileCompareDialog>> m_compareDialogs;
    /// Specs whose check waits for their autosave's writes to land (DraftAutosave::isWriting()).
    QSet<qint64> m_checkWhenWritten;
};
