#pragma once

#include "RemoteSpec.h"
#include "SpecKind.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// One spec as the workspace holds it. The content is kept as bytes, exactly as written,
/// so a BOM, CRLF line ends and non-ASCII text survive a round trip untouched.
struct SpecRecord
{
    qint64 id = 0;
    qint64 collectionId = 0;
    QString title;
    SpecKind kind = SpecKind::PlainYaml;
    QByteArray content;
    /// The file this spec mirrors when it was opened from disk; empty for workspace-only specs.
    QString filePath;
    QDateTime updatedAt;
    /// The spec's id on its server; empty for local specs.
    QString remoteId;
    RemoteStatus remoteStatus = RemoteStatus::Ready;
    /// Why the server will not take edits (a FAILED spec's error, when it was archived).
    QString remoteDetail;
    /// False while the workspace holds only a listing's entry for a remote spec and never
    /// received its text: the empty content is then no text at all, and must not be edited.
    bool contentReceived = true;

    bool isRemote() const { return !remoteId.isEmpty(); }

    SpecFormat format() const { return SpecKinds::formatOf(kind); }
};

/// A named group of specs in the tree: the local collection now, one per connection later.
struct CollectionRecord
{
    qint64 id = 0;
    QString name;
    QString type; ///< "local", "files", or "remote" for a connection's specs
};
