#pragma once

#include "RemoteParse.h"

#include <QByteArray>
#include <QStringList>

/// Scale GP (EGP v4) application specs on the wire: reading replies and writing PATCH bodies.
/// Pure functions, so they are tested offline and fuzzed.
namespace ScaleGpFormat {
/// The fields `PATCH /v4/application-specs/{id}` accepts; every other field is the server's.
const QStringList& editableFields();
/// `GET /v4/application-specs`: `{items, current_page, items_per_page, total_item_count}`.
Parsed<RemoteSpecPage> parsePage(const QByteArray& body);
/// `GET /v4/application-specs/{id}` and the PATCH reply.
Parsed<RemoteSpec> parseSpec(const QByteArray& body);
/// The PATCH body for what changed from `base` to `draft` (both the editor's JSON): only the
/// editable fields whose values differ, in the draft's order, never a null. An empty value
/// means nothing editable changed. Fails, naming every offending field, when the draft
/// changes a read-only field, removes a field, sets a null or has a wrong type.
Parsed<QByteArray> patchBody(const QByteArray& base, const QByteArray& draft);
/// `{"restore": true}`, alone, as the API requires to un-archive.
QByteArray restoreBody();
} // namespace ScaleGpFormat
