#pragma once

#include "CliExitCode.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>

/// One subcommand's interface, as a row of a command table: what `specdesk-cli NAME --help`
/// prints and the options its parser knows. Each command class lists its own rows.
struct CliCommand
{
    QString name; ///< "status", or "connection add" for an action of a group
    QString synopsis; ///< what follows the name on the usage line
    QString description;
    QList<QCommandLineOption> options;
};

namespace CliCommands {
/// Global options: accepted before the command, and after it and its arguments.
QCommandLineOption workspaceOption();
QCommandLineOption quietOption();
QCommandLineOption colorOption();
/// The one flag every listing or reporting command uses for machine-readable output.
QCommandLineOption jsonOption();
/// The row `words` (the positional arguments, command first) name: the longest match, e.g.
/// "connection add" before "connection". Null when none does.
const CliCommand* find(const QList<CliCommand>& table, const QStringList& words);
/// What `specdesk-cli NAME --help` prints.
QString helpText(const CliCommand& command);
} // namespace CliCommands

/// Parses one command's arguments with its own options plus the global ones, so options may
/// come anywhere after the command; handles `--help` and refuses unknown options.
class CliCommandLine
{
public:
    enum class Result {
        Run, ///< parsed: run the command
        HelpShown, ///< `--help` was printed: exit 0
        Refused, ///< a usage error was printed: exit 2
    };

    explicit CliCommandLine(const CliCommand& command);

    /// `words` starts with the command's name, then its arguments (as the user typed them).
    Result parse(const QStringList& words, QTextStream& out, QTextStream& err);
    const QCommandLineParser& arguments() const;
    const CliCommand& command() const;

private:
    const CliCommand& m_command;
    QCommandLineParser m_parser;
};
