#pragma once

#include "Diagnostic.h"

#include <QByteArray>

/// Checks YAML syntax with yaml-cpp's event parser, which builds no node tree: memory stays
/// flat on huge files, and alias bombs cannot expand because nothing is ever resolved.
namespace YamlSyntaxChecker {
Diagnostics check(const QByteArray& content);
}
