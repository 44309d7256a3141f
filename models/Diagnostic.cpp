#include "Diagnostic.h"

#include <algorithm>

QString Diagnostic::severityName() const
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    Q_UNREACHABLE();
}

QString Diagnostic::toCompilerStyle(const QString& fileName) const
{
    return QStringLiteral("%1:%2:%3: %4: %5 [%6]")
        .arg(fileName, QString::number(line), QString::number(column), severityName(), message, code);
}

namespace DiagnosticsQuery {
bool hasErrors(const Diagnostics& diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic& d) {
        return d.severity == Diagnostic::Severity::Error;
    });
}
} // namespace DiagnosticsQuery
