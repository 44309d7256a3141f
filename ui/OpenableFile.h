#pragma once

#include <QString>

/// Whether a path given to SpecDesk (on the command line, dropped, or from Open Recent) can be
/// opened as a file, checked before any work starts so the user hears why not in one sentence.
namespace OpenableFile {

/// Empty when `filePath` is a readable file; otherwise a sentence naming it and what is wrong.
QString problem(const QString& filePath);

} // namespace OpenableFile
