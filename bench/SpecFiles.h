#pragma once

#include <QStringList>

/// The files the outside bench (bench/run.sh outside) works on, made by the benchmark itself:
///   specdesk-bench generate yaml|yaml-nested|json FILE   a 10 MB generated spec
///   specdesk-bench workspace DIR FILE                     a workspace holding FILE's text as a
///                                                         local spec, open in its tab at start
namespace SpecFiles {
bool handles(const QStringList& arguments);
int run(const QStringList& arguments);
} // namespace SpecFiles
