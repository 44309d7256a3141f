#pragma once

#include <QStringList>

/// The programs' translations: specdesk_<lang>.qm for the system locale, and Qt's own.
namespace Translations {
/// Where specdesk_<lang>.qm is looked for, first match wins: ../share/specdesk/translations
/// beside the program (installed), then ../translations (the program in a build tree).
QStringList searchPaths();
/// Installs the translators that exist for the system locale on the running QCoreApplication.
/// Without any (English, or a language nobody translated yet) the texts stay as written.
void install();
} // namespace Translations
