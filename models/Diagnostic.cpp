#include "Diagnostic.h"

#include <QJsonObject>

#include <algorithm>

Diagnostic
Diagnostic::make(Severity severity, int line, int column, qint64 offset, const QString& code, const QString& message)
{
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.line = line;
    diagnostic.column = column;
    diagnostic.offset = offset;
    diagnostic.code = code;
    diagnostic.message = message;
    return diagnostic;
}

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

QJsonArray toJson(const Diagnostics& diagnostics)
{
    QJsonArray array;
    for (const Diagnostic& d : diagnostics) {
        QJsonObject object {{QStringLiteral("severity"), d.severityName()},
                            {QStringLiteral("line"), d.line},
                            {QStringLiteral("column"), d.column},
                            {QStringLiteral("offset"), d.offset},
                            {QStringLiteral("code"), d.code},
                            {QStringLiteral("message"), d.message}};
        if (d.endOffset >= 0) {
            object.insert(QStringLiteral("endOffset"), d.endOffset);
        }
        if (!d.path.isEmpty()) {
            object.insert(QStringLiteral("path"), d.path);
        }
        array.append(object);
    }
    return array;
}
} // namespace DiagnosticsQuery
