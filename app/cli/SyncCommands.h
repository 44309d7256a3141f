#pragma once

#include "CliCommand.h"
#include "CliExitCode.h"
#include "SyncOutcome.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

class CliStreams;
class RemoteContext;
struct Connection;
struct SpecRecord;

/// The CLI's offline-draft commands: `edit`, `status`, `sync` and `resolve`, on the same
/// workspace and the same sync engine as the app.
class SyncCommands
{
public:
    SyncCommands(CliStreams& io, RemoteContext& context);

    static bool handles(const QString& command);
    static QString helpText();
    static QList<CliCommand> commands();
    /// `command` is a row's name; `arguments` are parsed with its options.
    CliExitCode run(const QString& command, const QCommandLineParser& arguments);

private:
    CliExitCode runEdit(const QCommandLineParser& arguments);
    CliExitCode runStatus(const QCommandLineParser& arguments);
    CliExitCode runSync(const QCommandLineParser& arguments);
    CliExitCode runResolve(const QCommandLineParser& arguments);

    /// CONNECTION/SPEC_ID to the spec in the workspace; prints why not and returns nothing.
    std::optional<SpecRecord> findSpec(const QString& target);
    QString nameOf(qint64 specId) const;
    CliExitCode usageError(const QString& message);
    CliExitCode ioError(const QString& message);

    CliStreams& m_io;
    QTextStream& m_out;
    QTextStream& m_err;
    RemoteContext& m_context;
};
