#pragma once

#include "ParseResult.h"

#include <QByteArray>

#include <stop_token>

/// Parses JSON into a SpecTree with RapidJSON's SAX reader.
///
/// RapidJSON was chosen because, run iteratively and validating UTF-8, it gets every case of
/// JSONTestSuite right (QJsonDocument misses 23), never recurses, and is fast. It reports where
/// each token ends; this builder finds where it starts.
namespace JsonTreeBuilder {
/// Throws SpecTree::Abandoned once `stop` is requested.
ParseResult parse(const QByteArray& content, std::stop_token stop = {});
}
