#include "HistoryCommands.h"

#include "CliColor.h"

#include "CliSpecTarget.h"
#include "CliStreams.h"
#include "RemoteContext.h"
#include "SemanticDiff.h"
#include "SpecHistory.h"
#include "TextDiff.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)
};

} // namespace

HistoryCommands::HistoryCommands(CliStreams& io, RemoteContext& context)
    : m_io(io)
    , m_out(io.out())
    , m_err(io.err())
    , m_context(context)
{
}

bool HistoryCommands::handles(const QString& command)
{
    static const QStringList commands {QStringLiteral("history"), QStringLiteral("diff"), QStringLiteral("restore")};
    return commands.contains(command);
}

QList<CliCommand> HistoryCommands::commands()
{
    return {
        {QStringLiteral("history"),
         QStringLiteral("CONNECTION/SPEC_ID [--json]"),
         Text::tr("The spec's timeline, newest first: the draft, the server's versions (v1, v2...) and\n"
                  "local snapshots (pull-N, sync-N, restore-N, resolution-N)."),
         {CliCommands::jsonOption()}},
        {QStringLiteral("diff"),
         QStringLiteral("CONNECTION/SPEC_ID A B [--semantic]"),
         Text::tr("A unified diff from entry A to entry B ('draft' is the current text)."),
         {QCommandLineOption(QStringLiteral("semantic"), Text::tr("Add what changed in analysts' words."))}},
        {QStringLiteral("restore"),
         QStringLiteral("CONNECTION/SPEC_ID ENTRY"),
         Text::tr("Make ENTRY's text the draft; the next sync sends it as a new version. History is never\n"
                  "rewritten."),
         {}},
    };
}

QString HistoryCommands::helpText()
{
    return Text::tr("  history CONNECTION/SPEC_ID [--json]\n"
                    "                     The spec's timeline, newest first: the draft, the server's\n"
                    "                     versions (v1, v2...) and local snapshots (pull-N, sync-N,\n"
                    "                     restore-N, resolution-N).\n"
                    "  diff CONNECTION/SPEC_ID A B [--semantic]\n"
                    "                     A unified diff from entry A to entry B ('draft' is the current\n"
                    "                     text); --semantic adds what changed in analysts' words.\n"
                    "  restore CONNECTION/SPEC_ID ENTRY\n"
                    "                     Make ENTRY's text the draft; the next sync sends it as a new\n"
                    "                     version. History is never rewritten.\n");
}

CliExitCode HistoryCommands::fail(const QString& message, CliExitCode code)
{
    m_err << "specdesk-cli: " << message << '\n';
    m_err.flush();
    return code;
}

CliExitCode HistoryCommands::run(const QString& command, const QCommandLineParser& arguments)
{
    if (command == QLatin1String("history")) {
        return runHistory(arguments);
    }
    if (command == QLatin1String("diff")) {
        return runDiff(arguments);
    }
    return runRestore(arguments);
}

std::optional<SpecRecord> HistoryCommands::findSpec(const QString& target)
{
    return CliSpecTarget::find(m_context, m_err, target);
}

CliExitCode HistoryCommands::runHistory(const QCommandLineParser& arguments)
{
    const QStringList rest = arguments.positionalArguments();
    const bool json = arguments.isSet(QStringLiteral("json"));
    if (rest.size() != 1) {
        return reportUsageError(m_err, Text::tr("history needs one CONNECTION/SPEC_ID."));
    }
    const std::optional<SpecRecord> spec = findSpec(rest.first());
    if (!spec) {
        return CliExitCode::UsageOrIoError;
    }
    QJsonArray report;
    for (const HistoryEntry& entry : SpecHistory(m_context.workspace()).timeline(spec->id)) {
        const QString when = entry.when.isValid() ? entry.when.toUTC().toString(Qt::ISODate) : QString();
        if (json) {
            QJsonObject item {{QStringLiteral("id"), entry.id},
                              {QStringLiteral("kind"), HistoryEntry::kindId(entry.kind)},
                              {QStringLiteral("label"), entry.label()},
                              {QStringLiteral("when"), when}};
            if (entry.number > 0) {
                item.insert(QStringLiteral("number"), entry.number);
            }
            if (!entry.author.isEmpty()) {
                item.insert(QStringLiteral("author"), entry.author);
            }
            report.append(item);
            continue;
        }
        m_out << entry.id << '\t' << when << '\t' << entry.label()
              << (entry.author.isEmpty() ? QString() : QLatin1Char('\t') + entry.author) << '\n';
    }
    if (json) {
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    }
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode HistoryCommands::runDiff(const QCommandLineParser& arguments)
{
    const QStringList rest = arguments.positionalArguments();
    const bool semantic = arguments.isSet(QStringLiteral("semantic"));
    if (rest.size() != 3) {
        return reportUsageError(m_err, Text::tr("diff needs CONNECTION/SPEC_ID and two entries (or 'draft')."));
    }
    const std::optional<SpecRecord> spec = findSpec(rest.first());
    if (!spec) {
        return CliExitCode::UsageOrIoError;
    }
    const SpecHistory history(m_context.workspace());
    const std::optional<HistoryEntry> older = history.entry(spec->id, rest.at(1));
    const std::optional<HistoryEntry> newer = history.entry(spec->id, rest.at(2));
    if (!older || !newer) {
        return fail(Text::tr("%1 has no entry '%2'; 'specdesk-cli history %1' lists them.")
                        .arg(rest.first(), older ? rest.at(2) : rest.at(1)));
    }
    if (semantic) {
        const SemanticDiff summary = SemanticDiff::compute(spec->kind, older->content, newer->content);
        for (const QString& change : summary.changes) {
            m_out << "# " << change << '\n';
        }
        if (!summary.note.isEmpty()) {
            m_out << "# " << summary.note << '\n';
        }
    }
    const TextDiff diff = TextDiff::compute(older->content, newer->content);
    const QString text
        = QStringLiteral("--- %1@%2\n+++ %1@%3\n").arg(rest.first(), older->id, newer->id) + diff.unified();
    m_out << (m_io.color() ? CliColor::unifiedDiff(text) : text);
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode HistoryCommands::runRestore(const QCommandLineParser& parser)
{
    const QStringList arguments = QStringList {QStringLiteral("restore")} + parser.positionalArguments();
    if (arguments.size() != 3) {
        return reportUsageError(m_err, Text::tr("restore needs CONNECTION/SPEC_ID and an ENTRY."));
    }
    const std::optional<SpecRecord> spec = findSpec(arguments.at(1));
    if (!spec) {
        return CliExitCode::UsageOrIoError;
    }
    QString error;
    if (!SpecHistory(m_context.workspace()).restore(spec->id, arguments.at(2), &error)) {
        return fail(error);
    }
    m_io.info() << Text::tr("%1: %2 is now the draft. Run 'specdesk-cli sync %1' to send it as a new version.")
                       .arg(arguments.at(1), arguments.at(2))
                << '\n';
    m_out.flush();
    return CliExitCode::Ok;
}
