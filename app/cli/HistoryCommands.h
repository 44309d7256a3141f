#pragma once

#include "CliCommand.h"
#include "CliExitCode.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

class CliStreams;
class RemoteContext;
struct SpecRecord;

/// The CLI's history commands: `history`, `diff` and `restore`, read from the workspace.
class HistoryCommands
{
public:
    HistoryCommands(CliStreams& io, RemoteContext& context);

    static bool handles(const QString& command);
    static QString helpText();
    static QList<CliCommand> commands();
    /// `command` is a row's name; `arguments` are parsed with its options.
    CliExitCode run(const QString& command, const QCommandLineParser& arguments);

private:
    CliExitCode runHistory(const QCommandLineParser& arguments);
    CliExitCode runDiff(const QCommandLineParser& arguments);
    CliExitCode runRestore(const QCommandLineParser& arguments);
    std::optional<SpecRecord> findSpec(const QString& target);
    CliExitCode fail(const QString& message, CliExitCode code = CliExitCode::UsageOrIoError);

    CliStreams& m_io;
    QTextStream& m_out;
    QTextStream& m_err;
    RemoteContext& m_context;
};
