#pragma once

#include "RemoteParse.h"

#include <QByteArray>
#include <QStringList>

/// Adobe Flow Service flow specs on the wire: reading replies and writing the PUT body.
/// Pure functions, so they are tested offline and fuzzed.
namespace AdobeFormat {
/// Fields the server sets and owns (`createdAt`, `updatedAt`, `createdBy`, ...). The docs call
/// them read-only; they are left out of a PUT and the server keeps its own values.
const QStringList& serverOwnedFields();
/// `GET /flowSpecs`: `{items: [...]}`, with `_links.next.href` if the server ever pages.
Parsed<RemoteSpecPage> parseList(const QByteArray& body);
/// `GET /flowSpecs/{id}` (`{items: [one]}`) and the PUT reply (the object itself).
Parsed<RemoteSpec> parseSpec(const QByteArray& body);
/// The full-replace PUT body from the editor's text: every field the analyst kept, in order,
/// without the server-owned ones. Fails when the text is not a JSON object, lacks `name` or
/// `providerId` (both required) or names another spec's `id`.
Parsed<QByteArray> putBody(const QByteArray& draft, const QString& specId);
} // namespace AdobeFormat
