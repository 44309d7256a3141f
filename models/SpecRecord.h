#pragma once

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

    SpecFormat format() const { return SpecKinds::formatOf(kind); }
};

/// A named group of specs in the tree: the local collection now, one per connection later.
struct CollectionRecord
{
    qint64 id = 0;
    QString name;
    QString type; ///< "local" or "files"; remote connections add their own
};
