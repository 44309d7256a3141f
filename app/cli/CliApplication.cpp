#include "CliApplication.h"

#include "SpecFileIO.h"
#include "SpecFormat.h"
#include "SyntaxChecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CliApplication", text);
}

} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

QString CliApplication::helpText()
{
    return tr("Usage: specdesk-cli [--help] [--version] COMMAND [ARGS...]\n"
              "\n"
              "SpecDesk's workspace from scripts and CI.\n"
              "\n"
              "Commands:\n"
              "  validate FILE...   Check that each file is well-formed YAML or JSON. Problems are\n"
              "                     printed as FILE:LINE:COLUMN: error: MESSAGE [CODE].\n"
              "\n"
              "Options:\n"
              "  -h, --help         Show this help and exit.\n"
              "  -v, --version      Show the version and exit.\n"
              "\n"
              "Exit codes:\n"
              "  0  success: the command ran and found no problem\n"
              "  1  problems found in the input (for example a syntax error)\n"
              "  2  usage error, or a file could not be read\n");
}

CliExitCode CliApplication::usageError(const QString& message)
{
    m_err << "specdesk-cli: " << message << '\n' << tr("Try 'specdesk-cli --help'.") << '\n';
    m_err.flush();
    return CliExitCode::UsageOrIoError;
}

CliExitCode CliApplication::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringList {QStringLiteral("v"), QStringLiteral("version")});
    parser.addOption(helpOption);
    parser.addOption(versionOption);
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
        return usageError(tr("no command given."));
    }
    const QString command = positional.first();
    if (command == QLatin1String("validate")) {
        return runValidate(positional);
    }
    return usageError(tr("unknown command '%1'.").arg(command));
}

CliExitCode CliApplication::runValidate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A spec file to check."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    // The parser takes arguments[0] ("validate") as the program name, so what is left are files.
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return usageError(tr("validate needs at least one FILE."));
    }
    bool unreadable = false;
    bool problems = false;
    for (const QString& file : files) {
        QByteArray content;
        QString error;
        if (!SpecFileIO::read(file, &content, &error)) {
            m_err << "specdesk-cli: " << error << '\n';
            unreadable = true;
            continue;
        }
        const Diagnostics diagnostics = SyntaxChecker::check(content, SpecFormats::detect(file, content));
        for (const Diagnostic& diagnostic : diagnostics) {
            m_out << diagnostic.toCompilerStyle(file) << '\n';
        }
        problems = problems || DiagnosticsQuery::hasErrors(diagnostics);
    }
    m_out.flush();
    m_err.flush();
    if (unreadable) {
        return CliExitCode::UsageOrIoError;
    }
    return problems ? CliExitCode::ProblemsFound : CliExitCode::Ok;
}
