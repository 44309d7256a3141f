#include "CliColor.h"

#include <QStringList>

namespace {

const QLatin1String kReset("\x1b[m");

QString painted(const QString& line, QLatin1String style)
{
    return line.isEmpty() ? line : style + line + kReset;
}

} // namespace

namespace CliColor {

bool parseWhen(const QString& text, When* when)
{
    if (text == QLatin1String("auto")) {
        *when = When::Auto;
    } else if (text == QLatin1String("always")) {
        *when = When::Always;
    } else if (text == QLatin1String("never")) {
        *when = When::Never;
    } else {
        return false;
    }
    return true;
}

bool enabled(When when, bool outputIsTerminal, const QProcessEnvironment& environment)
{
    switch (when) {
    case When::Always:
        return true;
    case When::Never:
        return false;
    case When::Auto:
        break;
    }
    // NO_COLOR counts when it is set to anything but the empty string.
    return outputIsTerminal && environment.value(QStringLiteral("NO_COLOR")).isEmpty()
           && environment.value(QStringLiteral("TERM")) != QLatin1String("dumb");
}

QString unifiedDiff(const QString& diff)
{
    QStringList lines = diff.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        QString& line = lines[index];
        // Only the first two lines name the files: later, "--- x" is a removed line "-- x".
        if (index < 2 && (line.startsWith(QLatin1String("--- ")) || line.startsWith(QLatin1String("+++ ")))) {
            line = painted(line, QLatin1String("\x1b[1m"));
        } else if (line.startsWith(QLatin1String("@@"))) {
            line = painted(line, QLatin1String("\x1b[36m"));
        } else if (line.startsWith(QLatin1Char('-'))) {
            line = painted(line, QLatin1String("\x1b[31m"));
        } else if (line.startsWith(QLatin1Char('+'))) {
            line = painted(line, QLatin1String("\x1b[32m"));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace CliColor
