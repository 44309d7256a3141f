#include "CliApplication.h"

#include "HistoryCommands.h"
#include "RemoteCommands.h"
#include "SyncCommands.h"
#include "WorkspaceStore.h"

#include "SpecAnalysis.h"
#include "SpecFileIO.h"

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

CliApplication::CliApplication(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString CliApplication::helpText()
{
    return Text::tr("Usage: specdesk-cli [--help] [--version] [--workspace DIR] COMMAND [ARGS...]\n"
                    "\n"
                    "SpecDesk's workspace from scripts and CI.\n"
                    "\n"
                    "Commands:\n"
                    "  validate [--kind K] [--format text|json] FILE...\n"
                    "                     Check each spec: its syntax, then the rules of its kind. Every\n"
                    "                     problem is printed as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE].\n"
                    "                     K is dataframer, scalegp, adobe, yaml or json (default: detected).\n"
                    "                     --format json prints one JSON document with every problem.\n")
           + RemoteCommands::helpText() + SyncCommands::helpText() + HistoryCommands::helpText()
           + Text::tr("\n"
                      "Options:\n"
                      "  -h, --help         Show this help and exit.\n"
                      "  -v, --version      Show the version and exit.\n"
                      "  --workspace DIR    Use the workspace in DIR (default: the app's, in your data folder).\n"
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
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringList {QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), Text::tr("The workspace folder."), QStringLiteral("DIR"));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(workspaceOption);
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
    const QString command = positional.first();
    if (command == QLatin1String("validate")) {
        return runValidate(positional);
    }
    if (RemoteCommands::handles(command)) {
        RemoteCommands remote(m_out,
                              m_err,
                              parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                            : WorkspaceStore::defaultDirectory());
        return remote.run(positional);
    }
    return usageError(Text::tr("unknown command '%1'.").arg(command));
}

CliExitCode CliApplication::runValidate(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kindOption(QStringLiteral("kind"), Text::tr("The spec kind."), QStringLiteral("K"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), Text::tr("text or json."), QStringLiteral("F"), QStringLiteral("text"));
    parser.addOption(kindOption);
    parser.addOption(formatOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("A spec file to check."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    // The parser takes arguments[0] ("validate") as the program name, so what is left are files.
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return usageError(Text::tr("validate needs at least one FILE."));
    }
    std::optional<SpecKind> kind;
    if (parser.isSet(kindOption)) {
        SpecKind chosen = SpecKind::PlainYaml;
        if (!SpecKinds::fromId(parser.value(kindOption), &chosen)) {
            return usageError(Text::tr("unknown kind '%1'; use dataframer, scalegp, adobe, yaml or json.")
                                  .arg(parser.value(kindOption)));
        }
        kind = chosen;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return usageError(Text::tr("unknown format '%1'; use text or json.").arg(format));
    }

    bool unreadable = false;
    bool errors = false;
    QJsonArray report;
    for (const QString& file : files) {
        QByteArray content;
        QString error;
        if (!SpecFileIO::read(file, &content, &error)) {
            m_err << "specdesk-cli: " << error << '\n';
            unreadable = true;
            continue;
        }
        const SpecAnalysis analysis = SpecAnalysis::analyse(content, SpecFormats::detect(file, content), kind);
        errors = errors || DiagnosticsQuery::hasErrors(analysis.diagnostics);
        if (format == QLatin1String("json")) {
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
    if (format == QLatin1String("json")) {
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    }
    m_out.flush();
    m_err.flush();
    if (unreadable) {
        return CliExitCode::UsageOrIoError;
    }
    return errors ? CliExitCode::ProblemsFound : CliExitCode::Ok;
}
