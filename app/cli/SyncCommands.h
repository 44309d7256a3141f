#pragma once

#include "CliExitCode.h"
#include "SyncOutcome.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

class RemoteContext;
struct Connection;
struct SpecRecord;

/// The CLI's offline-draft commands: `edit`, `status`, `sync` and `resolve`, on the same
/// workspace and the same sync engine as the app.
class SyncCommands
{
public:
    SyncCommands(QTextStream& out, QTextStream& err, RemoteContext& context);

    static bool handles(const QString& command);
    static QString helpText();
    /// `arguments[0]` is the command.
    CliExitCode run(const QStringList& arguments);

private:
    CliExitCode runEdit(const QStringList& arguments);
    CliExitCode runStatus(const QStringList& arguments);
    CliExitCode runSync(const QStringList& arguments);
    CliExitCode runResolve(const QStringList& arguments);

    /// CONNECTION/SPEC_ID to the spec in the workspace; prints why not and returns nothing.
    std::optional<SpecRecord> findSpec(const QString& target);
    QString nameOf(qint64 specId) const;
    CliExitCode usageError(const QString& message);
    CliExitCode ioError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    RemoteContext& m_context;
};
