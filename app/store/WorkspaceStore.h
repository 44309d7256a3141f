#pragma once

#include "SpecRecord.h"

#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

/// The local workspace: one SQLite database (WAL) in a folder, spoken to in domain terms.
///
/// Every write is its own transaction, synced to disk before it returns, so a crash or a
/// `kill -9` loses nothing that was saved. Several stores may open the same folder at once
/// (the GUI and `specdesk-cli`); SQLite's WAL lets them read while one writes.
class WalCheckpointer;

class WorkspaceStore : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceStore(QObject* parent = nullptr);
    ~WorkspaceStore() override;

    /// The folder used when no `--workspace` is given: the user's data folder.
    static QString defaultDirectory();
    static QString databaseFileName();

    /// Opens (creating if needed) the workspace in `directory` and brings its schema up to date.
    bool open(const QString& directory, QString* error);
    bool isOpen() const;
    /// True when the workspace could only be opened for reading (a read-only disk or folder):
    /// reading works, and every change fails with a sentence saying so.
    bool isReadOnly() const { return m_readOnly; }
    QString directory() const;

    QList<CollectionRecord> collections() const;
    std::optional<CollectionRecord> collectionByType(const QString& type) const;
    qint64 addCollection(const QString& name, const QString& type, QString* error);
    /// Removes a collection with all its specs and their versions.
    bool removeCollection(qint64 collectionId, QString* error);

    /// The specs of a collection without their content, ordered by title: cheap enough for a tree.
    QList<SpecRecord> specSummaries(qint64 collectionId) const;
    std::optional<SpecRecord> spec(qint64 specId) const;
    /// Like spec(), without the content: what a tree or a tab title needs.
    std::optional<SpecRecord> specSummary(qint64 specId) const;
    /// The spec linked to a file, without its content (like specSummary()).
    std::optional<SpecRecord> specByFilePath(const QString& filePath) const;

    qint64 addSpec(const SpecRecord& spec, QString* error);
    /// Writes a spec's text whatever the workspace holds: for a user's explicit choice (the CLI's
    /// `edit`, a restore). Drafts typed in an editor go through saveDraft().
    bool saveSpecContent(qint64 specId, const QByteArray& content, QString* error);

    /// How saveDraft() went.
    enum class DraftSave {
        Saved,
        /// Someone else (the CLI, a sync, another connection) changed the text since the writer
        /// last knew it: nothing was written. Not a failure to retry: the user has to choose.
        ChangedElsewhere,
        /// The database did not take it; `error` says why, and trying again may work.
        Failed,
    };
    Q_ENUM(DraftSave)
    /// Writes a draft only if the workspace still holds a text the writer knows: one whose
    /// content_hash is in `knownHashes` (what it last loaded or saved, and writes still on their
    /// way), or `content` itself, or a row from before hashes were kept. Never writes over a
    /// change it has not seen. Writes what changed since the text it replaces as one splice
    /// (DraftText), and the whole text now and then; `writtenHash` receives content's SHA-256.
    /// Meant for one writer (DraftWriter's store): it keeps the last text of a few specs.
    DraftSave saveDraft(qint64 specId,
                        const QByteArray& content,
                        const QList<QByteArray>& knownHashes,
                        QString* error,
                        QByteArray* writtenHash = nullptr);
    /// Tells saveDraft() a text the caller knows is stored under `hash` (what an editor loaded):
    /// the first save splices against it instead of reading the stored text back, which for a
    /// 10 MB spec took three 10 MB copies (SQLite's, Qt's, the splices applied). Used only while
    /// the stored hash is `hash`, so a text changed elsewhere meanwhile is never spliced against.
    void rememberStoredDraft(qint64 specId, const QByteArray& hash, const QByteArray& text);
    /// The SHA-256 of the spec's text as stored (StoreQuery::hashOf); empty when the spec is gone.
    QByteArray contentHash(qint64 specId) const;
    /// A digest of what a tree shows of every spec (names, kinds, files, server and sync
    /// states), without their texts: comparing it tells in a few milliseconds whether another
    /// process changed anything a tree would show, where reading every summary takes far longer.
    QByteArray specsFingerprint() const;
    /// Links a spec to a file on disk, remembering which content the file now holds.
    bool setSpecFile(qint64 specId, const QString& filePath, const QByteArray& fileContent, QString* error);
    /// Records the kind the user chose (or SpecDesk detected) for a spec.
    bool setSpecKind(qint64 specId, SpecKind kind, QString* error);
    /// True when the spec's file on disk holds exactly the workspace's content.
    bool isSpecFileInSync(qint64 specId) const;
    /// True when `text` is what the spec's file held when SpecDesk last loaded it or saved it:
    /// the base a change on disk, or in the editor, is measured from.
    bool isSpecFileBase(qint64 specId, const QByteArray& text) const;

    /// Tells this store's listeners that another connection (the draft writer) changed a spec.
    void announceSpecChanged(qint64 specId) { Q_EMIT specChanged(specId); }

    /// Tells listeners that another connection (another process, the sync journal's) changed
    /// something in the workspace; WorkspaceWatcher says so.
    void announceChangedByOthers() { Q_EMIT changedByOthers(); }

    /// Tells listeners that collections were renamed or reordered (a connection was edited).
    void announceCollectionsChanged() { Q_EMIT collectionsChanged(); }

    /// A stable id of this workspace, made on first use; it keeps keychain entries apart.
    QString workspaceId();
    /// The connection the store façades (ConnectionStore, RemoteSpecStore) share.
    QSqlDatabase database() const;

    /// Makes this store's commits, and those of connections cloned from it that ask
    /// walCheckpointer() (the sync journal), leave checkpoints to a thread of their own: for a
    /// store whose commits run on the GUI thread. Call after open().
    void checkpointOffThread();
    /// The checkpointer set up by checkpointOffThread(), or null.
    WalCheckpointer* walCheckpointer() const;

    QString metaValue(const QString& key) const;
    bool setMetaValue(const QString& key, const QString& value, QString* error);

Q_SIGNALS:
    void collectionAdded(const CollectionRecord& collection);
    void collectionRemoved(qint64 collectionId);
    void collectionsChanged();
    void specAdded(const SpecRecord& summary);
    /// The content, file link or title of a spec changed.
    void specChanged(qint64 specId);
    /// Something may have changed through another connection: views read what they show again.
    void changedByOthers();

private:
    bool openReadWrite(const QString& path, QString* error);
    bool openReadOnly(const QString& path, QString* error);
    /// PRAGMA quick_check: false, with what to do, when the database is damaged.
    bool checkIntegrity(QSqlDatabase& db, QString* error);

    class Private;
    std::unique_ptr<Private> m_d;
    bool m_readOnly = false;
};
