#pragma once

#include "CliExitCode.h"
#include "RemoteError.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

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
    RemoteCommands(QTextStream& out, QTextStream& err, QString workspaceDirectory);
    ~RemoteCommands();

    static bool handles(const QString& command);
    static QString helpText();
    /// `arguments[0]` is the command.
    CliExitCode run(const QStringList& arguments);

private:
    CliExitCode runConnection(const QStringList& arguments);
    CliExitCode addConnection(const QStringList& arguments);
    CliExitCode listConnections(const QStringList& arguments);
    CliExitCode removeConnection(const QStringList& arguments);
    CliExitCode testConnection(const QStringList& arguments);
    CliExitCode runList(const QStringList& arguments);
    CliExitCode runPull(const QStringList& arguments);
    CliExitCode runShow(const QStringList& arguments);

    bool openWorkspace();
    std::optional<Connection> findConnection(const QString& name);
    /// Waits for the job with an event loop.
    void waitFor(SpecJob* job);
    CliExitCode failure(const RemoteError& error, const QString& context);
    CliExitCode usageError(const QString& message);
    void writeBytes(const QByteArray& bytes);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_workspaceDirectory;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<RemoteContext> m_context;
};
