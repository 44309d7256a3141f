#pragma once

#include "ParseResult.h"

#include <QByteArray>

#include <stop_token>

/// Parses YAML into a SpecTree with yaml-cpp's event parser plus its own range tracking.
///
/// The event parser builds no node tree of its own (YAML::Load takes ~43x the file in memory)
/// and resolves no aliases, so a "billion laughs" file stays a few nodes. yaml-cpp gives each
/// event a start mark; where each node ends is found here from the text.
/// Only the first document becomes the tree; later ones are checked for syntax, and where the
/// second starts is kept (SpecTree::laterDocumentAt()).
namespace YamlTreeBuilder {
/// Throws SpecTree::Abandoned once `stop` is requested.
ParseResult parse(const QByteArray& content, std::stop_token stop = {});
}
