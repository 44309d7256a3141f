#pragma once

#include <QList>
#include <QString>

/// One problem found in a spec, located the way users and editors need it.
struct Diagnostic
{
    enum class Severity {
        Error,
        Warning,
        Info,
    };

    Severity severity = Severity::Error;
    int line = 1; ///< 1-based
    int column = 1; ///< 1-based, counted in characters (code points), not bytes
    qint64 offset = 0; ///< byte offset into the UTF-8 text, the unit QScintilla positions use
    QString code; ///< stable id such as "yaml-syntax", for scripts and suppression
    QString message; ///< a plain sentence saying what is wrong

    /// "error", "warning" or "info", as printed by compilers.
    QString severityName() const;
    /// "file:line:column: severity: message [code]", the form editors and CI logs understand.
    QString toCompilerStyle(const QString& fileName) const;
};

using Diagnostics = QList<Diagnostic>;

namespace DiagnosticsQuery {
bool hasErrors(const Diagnostics& diagnostics);
}
