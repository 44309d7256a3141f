#pragma once

#include "CliExitCode.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

class RemoteContext;
struct SpecRecord;

/// The CLI's history commands: `history`, `diff` and `restore`, read from the workspace.
class HistoryCommands
{
public:
    HistoryCommands(QTextStream& out, QTextStream& err, RemoteContext& context);

    static bool handles(const QString& command);
    static QString helpText();
    /// `arguments[0]` is the command.
    CliExitCode run(const QStringList& arguments);

private:
    CliExitCode runHistory(const QStringList& arguments);
    CliExitCode runDiff(const QStringList& arguments);
    CliExitCode runRestore(const QStringList& arguments);
    std::optional<SpecRecord> findSpec(const QString& target);
    CliExitCode fail(const QString& message, CliExitCode code = CliExitCode::UsageOrIoError);

    QTextStream& m_out;
    QTextStream& m_err;
    RemoteContext& m_context;
};
