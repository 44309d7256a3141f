#pragma once

#include "RemoteParse.h"

#include <QByteArray>

/// DataFramer's wire format: reading its replies and writing its one request body.
/// Pure functions, so they are tested offline and fuzzed.
namespace DataFramerFormat {
/// `GET /api/dataframer/specs/`: a bare array; a `{results: [...]}` envelope is accepted too.
Parsed<QList<RemoteSpec>> parseList(const QByteArray& body);
/// `GET /api/dataframer/specs/{id}/` (with or without `versions`) and the PUT reply.
Parsed<RemoteSpec> parseSpec(const QByteArray& body);
/// `{"content_yaml": ...}` holding `yaml` byte for byte. Fails when the text is not UTF-8,
/// which JSON cannot carry.
Parsed<QByteArray> updateBody(const QByteArray& yaml);
} // namespace DataFramerFormat
