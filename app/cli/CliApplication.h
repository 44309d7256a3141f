#pragma once

#include "CliExitCode.h"

#include <QStringList>
#include <QTextStream>

class QCommandLineParser;
class QIODevice;
class CliStreams;
struct CliCommand;

/// `specdesk-cli`: the workspace from scripts and CI. Runs one command and returns its exit code.
///
/// It writes only to the streams it is given, and reads `-` from the input it is given, so
/// tests run it in-process and read its output.
class CliApplication
{
public:
    /// `input` is what a `-` FILE reads; null means the process's standard input.
    CliApplication(QTextStream& out, QTextStream& err, QIODevice* input = nullptr);

    /// `arguments` includes the program name, as QCoreApplication::arguments() does.
    CliExitCode run(const QStringList& arguments);

    /// Whether the standard output is a terminal, which `--color auto` colours. Off by default.
    void setOutputIsTerminal(bool isTerminal) { m_outputIsTerminal = isTerminal; }

    static QString helpText();
    /// Every subcommand's row: its options, usage and description.
    static QList<CliCommand> commands();

private:
    CliExitCode runValidate(CliStreams& io, const QCommandLineParser& arguments);
    CliExitCode usageError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice* m_input;
    bool m_outputIsTerminal = false;
};
