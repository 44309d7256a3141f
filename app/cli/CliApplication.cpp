#include "CliApplication.h"

#include "CliColor.h"
#include "CliCommand.h"
#include "CliStreams.h"

#include "HistoryCommands.h"
#include "RemoteCommands.h"
#include "SyncCommands.h"
#include "WorkspaceStore.h"

#include "SpecAnalysis.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
};

} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err, QIODevice* input)
    : m_out(out)
    , m_err(err)
    , m_input(input)
{
}

QList<CliCommand> CliApplication::commands()
{
    QList<CliCommand> commands {
        {QStringLiteral("validate"),
         QStringLiteral("[--kind K] [--json] FILE..."),
         Text::tr("Check each spec: its syntax, then the rules of its kind. Every problem is printed as\n"
                  "FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]. A FILE of '-' is read from the standard input."),
         {QCommandLineOption(QStringLiteral("kind"),
                             Text::tr("dataframer, scalegp, adobe, yaml or json (default: detected)."),
                             QStringLiteral("K")),
          CliCommands::jsonOption(),
          QCommandLineOption(QStringLiteral("format"),
                             Text::tr("text or json. Deprecated: use --json."),
                             QStringLiteral("F"),
                             QStringLiteral("text"))}}};
    commands << RemoteCommands::commands();
    return commands;
}

QString CliApplication::helpText()
{
    return Text::tr("Usage: specdesk-cli [--help] [--version] [--workspace DIR] [--quiet] COMMAND [ARGS...]\n"
                    "\n"
                    "SpecDesk's workspace from scripts and CI.\n"
                    "\n"
                    "Commands:\n"
                    "  validate [--kind K] [--json] FILE...\n"
                    "                     Check each spec: its syntax, then the rules of its kind. Every\n"
                    "                     problem is printed as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE].\n"
                    "                     K is dataframer, scalegp, adobe, yaml or json (default: detected).\n"
                    "                     --json prints one JSON document with every problem. A FILE of\n"
                    "                     '-' is read from the standard input.\n")
           + RemoteCommands::helpText() + SyncCommands::helpText() + HistoryCommands::helpText()
           + Text::tr("\n"
                      "'specdesk-cli COMMAND --help' describes a command and its options.\n"
                      "\n"
                      "Options:\n"
                      "  -h, --help         Show this help and exit.\n"
                      "  -v, --version      Show the version and exit.\n"
                      "  --workspace DIR    Use the workspace in DIR (default: the app's, in your data folder).\n"
                      "  --quiet            Print no progress or information lines; results and errors still.\n"
                      "  --color WHEN       auto|always|never. auto, the default, colours on a terminal unless\n"
                      "                     NO_COLOR is set or TERM is dumb. Only diffs are coloured; --json\n"
                      "                     output and listings never are.\n"
                      "  --workspace, --quiet and --color may also come after the command and its arguments.\n"
                      "\n"
                      "Exit codes:\n"
                      "  0  success: the command ran and found no problem\n"
                      "  1  errors found in the input (warnings alone do not count)\n"
                      "  2  usage error, or a file or the workspace could not be read or written\n"
                      "  3  network failure: unreachable, timed out, server error, rate limited, unreadable reply\n"
                      "  4  authentication: a secret is missing, wrong or expired (401), or not allowed (403)\n"
                      "  5  the server does not have it (404) or refused the request (400, 422)\n"
                      "  6  sync: conflicts, or merges to review, wait for a decision\n");
}

CliExitCode CliApplication::usageError(const QString& message)
{
    return reportUsageError(m_err, message);
}

CliExitCode CliApplication::run(const QStringList& arguments)
{
    // Options before the command are the program's; the first positional word is the command,
    // and everything from it on is that command's to parse.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringList {QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption workspaceOption = CliCommands::workspaceOption();
    const QCommandLineOption quietOption = CliCommands::quietOption();
    const QCommandLineOption colorOption = CliCommands::colorOption();
    parser.addOptions({helpOption, versionOption, workspaceOption, quietOption, colorOption});
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        m_out << helpText();
        m_out.flush();
        return CliExitCode::Ok;
    }
    if (parser.isSet(versionOption)) {
        m_out << "specdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return CliExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return usageError(Text::tr("no command given."));
    }
    const QList<CliCommand> table = commands();
    const CliCommand* command = CliCommands::find(table, positional);
    if (command == nullptr) {
        return usageError(Text::tr("unknown command '%1'.").arg(positional.first()));
    }
    CliCommandLine commandLine(*command);
    switch (commandLine.parse(positional, m_out, m_err)) {
    case CliCommandLine::Result::HelpShown:
        return CliExitCode::Ok;
    case CliCommandLine::Result::Refused:
        return CliExitCode::UsageOrIoError;
    case CliCommandLine::Result::Run:
        break;
    }
    const QCommandLineParser& commandArguments = commandLine.arguments();
    // A global option after the command wins over the same one before it, as the later one does.
    const QString workspace = commandArguments.isSet(workspaceOption) ? commandArguments.value(workspaceOption)
                              : parser.isSet(workspaceOption)         ? parser.value(workspaceOption)
                                                                      : WorkspaceStore::defaultDirectory();
    const QString colorWhen
        = commandArguments.isSet(colorOption) ? commandArguments.value(colorOption) : parser.value(colorOption);
    CliColor::When when = CliColor::When::Auto;
    if (!CliColor::parseWhen(colorWhen, &when)) {
        return usageError(Text::tr("--color must be auto, always or never, not '%1'.").arg(colorWhen));
    }
    CliStreams io(m_out, m_err, m_input);
    io.setQuiet(parser.isSet(quietOption) || commandArguments.isSet(quietOption));
    io.setColor(CliColor::enabled(when, m_outputIsTerminal, QProcessEnvironment::systemEnvironment()));
    if (command->name == QLatin1String("validate")) {
        return runValidate(io, commandArguments);
    }
    RemoteCommands remote(io, workspace);
    return remote.run(command->name, commandArguments);
}

CliExitCode CliApplication::runValidate(CliStreams& io, const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return usageError(Text::tr("validate needs at least one FILE."));
    }
    std::optional<SpecKind> kind;
    const QString kindId = parser.value(QStringLiteral("kind"));
    if (parser.isSet(QStringLiteral("kind"))) {
        SpecKind chosen = SpecKind::PlainYaml;
        if (!SpecKinds::fromId(kindId, &chosen)) {
            return usageError(Text::tr("unknown kind '%1'; use dataframer, scalegp, adobe, yaml or json.").arg(kindId));
        }
        kind = chosen;
    }
    // --format is the old spelling of --json, kept so scripts written for it still work.
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return usageError(Text::tr("unknown format '%1'; use text or json.").arg(format));
    }
    const bool json = parser.isSet(QStringLiteral("json")) || format == QLatin1String("json");

    // The standard input can be read once: a second '-' would be checked as an empty text.
    if (files.count(QStringLiteral("-")) > 1) {
        return usageError(Text::tr("'-' (the standard input) can be given once."));
    }
    bool unreadable = false;
    bool errors = false;
    QJsonArray report;
    for (const QString& path : files) {
        QByteArray content;
        QString error;
        if (!io.read(path, &content, &error)) {
            m_err << "specdesk-cli: " << error << '\n';
            unreadable = true;
            continue;
        }
        const QString file = CliStreams::displayName(path);
        const SpecAnalysis analysis = SpecAnalysis::analyse(
            content, SpecFormats::detect(path == QLatin1String("-") ? QString() : path, content), kind);
        errors = errors || DiagnosticsQuery::hasErrors(analysis.diagnostics);
        if (json) {
            report.append(
                QJsonObject {{QStringLiteral("file"), file},
                             {QStringLiteral("kind"), SpecKinds::id(analysis.kind)},
                             {QStringLiteral("diagnostics"), DiagnosticsQuery::toJson(analysis.diagnostics)}});
            continue;
        }
        for (const Diagnostic& diagnostic : analysis.diagnostics) {
            m_out << diagnostic.toCompilerStyle(file) << '\n';
        }
    }
    if (json) {
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    }
    m_out.flush();
    m_err.flush();
    if (unreadable) {
        return CliExitCode::UsageOrIoError;
    }
    return errors ? CliExitCode::ProblemsFound : CliExitCode::Ok;
}
