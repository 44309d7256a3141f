#pragma once

#include <QJsonArray>
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
    qint64 endOffset = -1; ///< where the problem's text ends; -1 when only a point is known
    QString path; ///< the node it is about, as SpecTree::path() writes it; may be empty

    static Diagnostic
    make(Severity severity, int line, int column, qint64 offset, const QString& code, const QString& message);

    /// "error", "warning" or "info", as printed by compilers.
    QString severityName() const;
    /// "file:line:column: severity: message [code]", the form editors and CI logs understand.
    QString toCompilerStyle(const QString& fileName) const;
};

using Diagnostics = QList<Diagnostic>;

namespace DiagnosticsQuery {
bool hasErrors(const Diagnostics& diagnostics);
/// One object per diagnostic: file-independent fields for `--format json` and scripts.
QJsonArray toJson(const Diagnostics& diagnostics);
} // namespace DiagnosticsQuery
