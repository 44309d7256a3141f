#pragma once

#include <QProcessEnvironment>
#include <QString>

/// When specdesk-cli colours its output, as git does: `--color auto` (the default) only on a
/// terminal, and never when NO_COLOR is set (https://no-color.org) or TERM is "dumb";
/// `--color always` and `--color never` decide outright. Only what people read gains colour (the
/// diff); JSON, listings and reports for scripts never hold escape codes.
namespace CliColor {
enum class When { Auto, Always, Never };

/// "auto", "always" or "never"; false for anything else.
bool parseWhen(const QString& text, When* when);
bool enabled(When when, bool outputIsTerminal, const QProcessEnvironment& environment);
/// A unified diff with its removed lines red, added lines green, hunk headers cyan and file
/// headers bold. The text itself is unchanged: stripping the codes gives it back.
QString unifiedDiff(const QString& diff);
} // namespace CliColor
