#pragma once

#include "CliCommand.h"
#include "CliExitCode.h"
#include "RemoteError.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

class CliStreams;
class RemoteContext;
class SpecJob;
class WorkspaceStore;
struct Connection;

/// The CLI's remote commands: `connection add|list|remove|test`, `list`, `pull` and `show`.
/// They work on the same workspace as the GUI. Secrets come from the environment variables a
/// connection names, or from the keychain; `SPECDESK_NO_KEYCHAIN=1` skips the keychain.
class RemoteCommands
{
public:
    RemoteCommands(CliStreams& io, QString workspaceDirectory);
    ~RemoteCommands();

    static QString helpText();
    /// The rows of every command that works on the workspace (this class's, sync's, history's).
    static QList<CliCommand> commands();
    /// `command` is a row's name; `arguments` are parsed with its options.
    CliExitCode run(const QString& command, const QCommandLineParser& arguments);

private:
    CliExitCode addConnection(const QCommandLineParser& arguments);
    CliExitCode listConnections(const QCommandLineParser& arguments);
    CliExitCode removeConnection(const QCommandLineParser& arguments);
    CliExitCode testConnection(const QCommandLineParser& arguments);
    CliExitCode runList(const QCommandLineParser& arguments);
    CliExitCode runPull(const QCommandLineParser& arguments);
    CliExitCode runShow(const QCommandLineParser& arguments);
    /// Scale GP's un-archive (PATCH {restore: true}); the edit is a second write, by sync.
    CliExitCode runUnarchive(const QCommandLineParser& arguments);

    bool openWorkspace();
    std::optional<Connection> findConnection(const QString& name);
    /// Waits for the job with an event loop.
    void waitFor(SpecJob* job);
    CliExitCode failure(const RemoteError& error, const QString& context);
    CliExitCode usageError(const QString& message);
    void writeBytes(const QByteArray& bytes);

    CliStreams& m_io;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_workspaceDirectory;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<RemoteContext> m_context;
};
