#pragma once

#include "ParseResult.h"

#include <QByteArray>

/// Parses YAML into a SpecTree with libfyaml's event parser.
///
/// The event parser builds no node tree of its own and resolves no aliases, so a "billion
/// laughs" file stays a few nodes. libfyaml marks where each token starts and ends, so node
/// ranges come from the parser itself (they used to be re-lexed from the text behind yaml-cpp,
/// the source of most fuzz findings); see docs/performance.md, "Why this YAML parser".
/// Only the first document becomes the tree; later ones are checked for syntax, and where the
/// second starts is kept (SpecTree::laterDocumentAt()).
namespace YamlTreeBuilder {
/// Deeper nesting gets a `too-deep` error: the tree is walked without recursion, but the
/// edits and diffs built on it need not be.
constexpr int kMaxDepth = 500;

ParseResult parse(const QByteArray& content);
} // namespace YamlTreeBuilder
