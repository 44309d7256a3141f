#include "CliCommand.h"

#include <QCoreApplication>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
};

QCommandLineOption helpOption()
{
    return QCommandLineOption(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                              Text::tr("Show this help and exit."));
}

/// "-h, --help" or "--from FILE": the option as the usage lists it.
QString optionLabel(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names()) {
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    }
    QString label = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty()) {
        label += QLatin1Char(' ') + option.valueName();
    }
    return label;
}

} // namespace

namespace CliCommands {

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"),
                              Text::tr("Use the workspace in DIR (default: the app's, in your data folder)."),
                              QStringLiteral("DIR"));
}

QCommandLineOption quietOption()
{
    return QCommandLineOption(QStringLiteral("quiet"),
                              Text::tr("Print no progress or information lines; results and errors still."));
}

QCommandLineOption colorOption()
{
    return QCommandLineOption(QStringLiteral("color"),
                              Text::tr("auto (colour on a terminal unless NO_COLOR is set), always or never."),
                              QStringLiteral("WHEN"),
                              QStringLiteral("auto"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Text::tr("Print one JSON document instead of text."));
}

const CliCommand* find(const QList<CliCommand>& table, const QStringList& words)
{
    const CliCommand* best = nullptr;
    qsizetype bestLength = 0;
    for (const CliCommand& command : table) {
        const QStringList name = command.name.split(QLatin1Char(' '));
        if (name.size() > bestLength && words.mid(0, name.size()) == name) {
            best = &command;
            bestLength = name.size();
        }
    }
    return best;
}

QString helpText(const CliCommand& command)
{
    QList<QCommandLineOption> options = command.options;
    options << helpOption() << workspaceOption() << quietOption() << colorOption();
    QString text = Text::tr("Usage: specdesk-cli %1 %2").arg(command.name, command.synopsis).trimmed();
    text += QStringLiteral("\n\n") + command.description + QStringLiteral("\n\nOptions:\n");
    for (const QCommandLineOption& option : std::as_const(options)) {
        const QString label = optionLabel(option);
        text += QStringLiteral("  ") + label.leftJustified(24);
        text += label.size() >= 24 ? QStringLiteral("\n") + QString(26, QLatin1Char(' ')) : QString();
        text += option.description() + QLatin1Char('\n');
    }
    return text;
}

} // namespace CliCommands

CliCommandLine::CliCommandLine(const CliCommand& command)
    : m_command(command)
{
    m_parser.addOptions(command.options);
    m_parser.addOption(helpOption());
    m_parser.addOption(CliCommands::workspaceOption());
    m_parser.addOption(CliCommands::quietOption());
    m_parser.addOption(CliCommands::colorOption());
}

CliCommandLine::Result CliCommandLine::parse(const QStringList& words, QTextStream& out, QTextStream& err)
{
    // The parser takes its first argument as the program's name: give it the name's last word,
    // so what is left positional are the command's own arguments.
    const qsizetype nameWords = m_command.name.count(QLatin1Char(' ')) + 1;
    if (!m_parser.parse(words.mid(nameWords - 1))) {
        reportUsageError(err, m_parser.errorText(), m_command.name);
        return Result::Refused;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out << CliCommands::helpText(m_command);
        out.flush();
        return Result::HelpShown;
    }
    return Result::Run;
}

const QCommandLineParser& CliCommandLine::arguments() const
{
    return m_parser;
}

const CliCommand& CliCommandLine::command() const
{
    return m_command;
}
