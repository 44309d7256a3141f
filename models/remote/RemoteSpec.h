#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

/// Where a remote spec stands on its server, as far as editing goes.
enum class RemoteStatus {
    Ready, ///< editable
    Processing, ///< DataFramer is still generating it: read-only
    Failed, ///< DataFramer could not generate it: read-only, with the server's reason
    Archived, ///< Scale GP archived it: read-only until restored
};

namespace RemoteStatuses {
/// Stable id for the workspace database: ready, processing, failed, archived.
QString id(RemoteStatus status);
RemoteStatus fromId(const QString& id);
/// The badge shown in the tree; empty for Ready.
QString badge(RemoteStatus status);
} // namespace RemoteStatuses

/// One version the server keeps (DataFramer only), numbered from 1, oldest first.
struct RemoteVersion
{
    int number = 0;
    QByteArray content;
    QDateTime createdAt;
    QString author;
};

/// A spec as one of the three APIs returned it, reduced to what SpecDesk needs.
struct RemoteSpec
{
    QString id;
    QString name;
    RemoteStatus status = RemoteStatus::Ready;
    /// Why the spec is not Ready: DataFramer's `error`, or when Scale GP archived it.
    QString statusDetail;
    /// The text the editor shows. DataFramer: `content_yaml` as sent. Scale GP and Adobe: the
    /// object, member order kept, printed with two-space indents. Empty when the server has none.
    QByteArray content;
    bool hasContent = false;
    /// What tells one server state from the next: DataFramer `updated_at`, Adobe `updatedAt`.
    /// Scale GP has no such field, so it stays empty there and the content is compared instead.
    QString revision;
    QList<RemoteVersion> versions;
    bool hasVersions = false;

    bool isEditable() const { return status == RemoteStatus::Ready && hasContent; }
    /// A plain sentence saying why the spec cannot be edited; empty when it can.
    QString readOnlyReason() const;
};
