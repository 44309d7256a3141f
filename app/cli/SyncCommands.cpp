#include "SyncCommands.h"

#include "CliSpecTarget.h"
#include "CliStreams.h"
#include "CliWait.h"
#include "RemoteContext.h"
#include "SyncEngine.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
};

/// The exit code a sync ends with: the gravest outcome wins.
CliExitCode exitCodeFor(const QList<SyncOutcome>& outcomes)
{
    bool auth = false;
    bool network = false;
    bool refused = false;
    bool waiting = false;
    bool busy = false;
    for (const SyncOutcome& outcome : outcomes) {
        if (outcome.action == SyncOutcome::Action::Busy) {
            busy = true; // its state is the other process's, not this run's
            continue;
        }
        switch (outcome.errorKind) {
        case RemoteError::Kind::Unauthorized:
        case RemoteError::Kind::Forbidden:
        case RemoteError::Kind::MissingCredentials:
            auth = true;
            break;
        case RemoteError::Kind::Refused:
            refused = true;
            break;
        default:
            break;
        }
        network = network || outcome.state == SyncState::Queued;
        refused
            = refused || (outcome.state == SyncState::Error && outcome.errorKind != RemoteError::Kind::Unauthorized);
        waiting = waiting || outcome.state == SyncState::Conflict || outcome.state == SyncState::Draft;
    }
    if (auth) {
        return CliExitCode::AuthError;
    }
    if (network) {
        return CliExitCode::NetworkError;
    }
    if (refused) {
        return CliExitCode::RemoteRefused;
    }
    if (busy) {
        return CliExitCode::SyncedElsewhere;
    }
    return waiting ? CliExitCode::ConflictsRemain : CliExitCode::Ok;
}

} // namespace

SyncCommands::SyncCommands(CliStreams& io, RemoteContext& context)
    : m_io(io)
    , m_out(io.out())
    , m_err(io.err())
    , m_context(context)
{
}

bool SyncCommands::handles(const QString& command)
{
    static const QStringList commands {
        QStringLiteral("edit"), QStringLiteral("status"), QStringLiteral("sync"), QStringLiteral("resolve")};
    return commands.contains(command);
}

QList<CliCommand> SyncCommands::commands()
{
    const QCommandLineOption from(
        QStringLiteral("from"), Text::tr("The file to read; '-' reads the standard input."), QStringLiteral("FILE"));
    return {
        {QStringLiteral("edit"),
         QStringLiteral("CONNECTION/SPEC_ID --from FILE"),
         Text::tr("Store FILE's bytes as the spec's draft, offline if need be."),
         {from}},
        {QStringLiteral("status"),
         QStringLiteral("[--all] [--json]"),
         Text::tr("The remote specs that are not synced, and why."),
         {QCommandLineOption(QStringLiteral("all"), Text::tr("List every remote spec, synced ones too.")),
          CliCommands::jsonOption()}},
        {QStringLiteral("sync"),
         QStringLiteral("[CONNECTION[/SPEC_ID]...] [--accept-merged] [--json]"),
         Text::tr("Send drafts safely: the server is checked first, a change made there meanwhile is\n"
                  "merged (left for review unless --accept-merged) or becomes a conflict; a retry never\n"
                  "makes a second version. Without arguments, every pending draft. A draft with errors\n"
                  "is not sent. A draft the server refused is not sent again until it changes."),
         {QCommandLineOption(QStringLiteral("accept-merged"), Text::tr("Send clean merges without review.")),
          CliCommands::jsonOption()}},
        {QStringLiteral("resolve"),
         QStringLiteral("CONNECTION/SPEC_ID --mine|--theirs|--from FILE"),
         Text::tr("End a conflict: keep your draft, take the server's text, or use FILE (a hand merge).\n"
                  "Then sync to send it."),
         {QCommandLineOption(QStringLiteral("mine"), Text::tr("Keep your draft.")),
          QCommandLineOption(QStringLiteral("theirs"), Text::tr("Take the server's text.")),
          from}},
    };
}

QString SyncCommands::helpText()
{
    return Text::tr("  edit CONNECTION/SPEC_ID --from FILE\n"
                    "                     Store FILE's bytes as the spec's draft, offline if need be.\n"
                    "                     A FILE of '-' is read from the standard input.\n"
                    "  status [--all] [--json]\n"
                    "                     The remote specs that are not synced, and why (--all: every one).\n"
                    "  sync [CONNECTION[/SPEC_ID]...] [--accept-merged] [--json]\n"
                    "                     Send drafts safely: the server is checked first, a change made\n"
                    "                     there meanwhile is merged (left for review unless\n"
                    "                     --accept-merged) or becomes a conflict; a retry never makes a\n"
                    "                     second version. Without arguments, every pending draft.\n"
                    "                     A draft with errors is not sent: they are printed as\n"
                    "                     CONNECTION/SPEC_ID:LINE:COLUMN: error: MESSAGE [CODE]. A draft\n"
                    "                     the server refused is not sent again until it changes.\n"
                    "  resolve CONNECTION/SPEC_ID --mine|--theirs|--from FILE\n"
                    "                     End a conflict: keep your draft, take the server's text, or use\n"
                    "                     FILE (a hand merge). Then sync to send it.\n");
}

CliExitCode SyncCommands::usageError(const QString& message)
{
    return reportUsageError(m_err, message);
}

CliExitCode SyncCommands::ioError(const QString& message)
{
    m_err << "specdesk-cli: " << message << '\n';
    m_err.flush();
    return CliExitCode::UsageOrIoError;
}

CliExitCode SyncCommands::run(const QString& command, const QCommandLineParser& arguments)
{
    if (command == QLatin1String("edit")) {
        return runEdit(arguments);
    }
    if (command == QLatin1String("status")) {
        return runStatus(arguments);
    }
    if (command == QLatin1String("sync")) {
        return runSync(arguments);
    }
    return runResolve(arguments);
}

std::optional<SpecRecord> SyncCommands::findSpec(const QString& target)
{
    return CliSpecTarget::find(m_context, m_err, target);
}

QString SyncCommands::nameOf(qint64 specId) const
{
    const std::optional<SpecRecord> spec = m_context.workspace()->specSummary(specId);
    if (!spec) {
        return QString::number(specId);
    }
    const std::optional<Connection> connection = m_context.connections().connectionForCollection(spec->collectionId);
    return (connection ? connection->name : QString()) + QLatin1Char('/') + spec->remoteId;
}

CliExitCode SyncCommands::runEdit(const QCommandLineParser& arguments)
{
    const QStringList targets = arguments.positionalArguments();
    if (targets.size() != 1 || !arguments.isSet(QStringLiteral("from"))) {
        return usageError(Text::tr("edit needs CONNECTION/SPEC_ID --from FILE."));
    }
    const QString target = targets.first();
    const std::optional<SpecRecord> spec = findSpec(target);
    if (!spec) {
        return CliExitCode::UsageOrIoError;
    }
    QByteArray content;
    QString error;
    if (!m_io.read(arguments.value(QStringLiteral("from")), &content, &error)) {
        return ioError(error);
    }
    // An empty standard input is a pipe that gave nothing (a failed command before it), not a
    // text to store over the draft.
    if (content.isEmpty() && arguments.value(QStringLiteral("from")) == QLatin1String("-")) {
        return ioError(Text::tr("the standard input was empty; the draft was not changed."));
    }
    if (spec->remoteStatus != RemoteStatus::Ready) {
        m_err << "specdesk-cli: "
              << Text::tr("note: the server does not take edits of this spec now (%1); the draft "
                          "is kept until it does.")
                     .arg(RemoteStatuses::badge(spec->remoteStatus))
              << '\n';
    }
    if (!m_context.workspace()->saveSpecContent(spec->id, content, &error)) {
        return ioError(error);
    }
    const SyncRecord record = *SyncJournal(m_context.workspace()).record(spec->id);
    m_io.info() << QCoreApplication::translate(
                       "SyncCommands", "%1: %n byte(s) stored as the draft; %2.", nullptr, int(content.size()))
                       .arg(target, SyncStates::label(record.state))
                << '\n';
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode SyncCommands::runStatus(const QCommandLineParser& arguments)
{
    if (!arguments.positionalArguments().isEmpty()) {
        return usageError(Text::tr("status takes no arguments."));
    }
    const bool json = arguments.isSet(QStringLiteral("json"));
    const bool all = arguments.isSet(QStringLiteral("all"));
    SyncJournal journal(m_context.workspace());
    QJsonArray report;
    for (const SyncRecord& record : journal.summaries()) {
        if (!all && record.state == SyncState::Synced) {
            continue;
        }
        const QString name = nameOf(record.specId);
        if (json) {
            QJsonObject entry {{QStringLiteral("spec"), name},
                               {QStringLiteral("title"), record.title},
                               {QStringLiteral("state"), SyncStates::id(record.state)}};
            if (!record.message.isEmpty()) {
                entry.insert(QStringLiteral("message"), record.message);
            }
            report.append(entry);
            continue;
        }
        m_out << name << '\t' << SyncStates::id(record.state) << '\t' << record.title
              << (record.message.isEmpty() ? QString() : QLatin1Char('\t') + record.message) << '\n';
    }
    if (json) {
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    }
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode SyncCommands::runSync(const QCommandLineParser& arguments)
{
    const QStringList targets = arguments.positionalArguments();
    const bool json = arguments.isSet(QStringLiteral("json"));
    const bool acceptMerged = arguments.isSet(QStringLiteral("accept-merged"));
    SyncEngine engine(&m_context);
    SpecSyncTask::Options options;
    options.sendCleanMerges = acceptMerged;
    engine.setTaskOptions(options);

    // Drafts the server refused are not sent again; they are listed, so the run says why.
    QList<qint64> specIds;
    if (targets.isEmpty()) {
        specIds = engine.pendingSpecs() + engine.refusedSpecs();
    }
    for (const QString& target : std::as_const(targets)) {
        if (target.contains(QLatin1Char('/'))) {
            const std::optional<SpecRecord> spec = findSpec(target);
            if (!spec) {
                return CliExitCode::UsageOrIoError;
            }
            specIds << spec->id;
            continue;
        }
        const std::optional<Connection> connection = m_context.connections().connectionNamed(target);
        if (!connection) {
            return usageError(Text::tr("no connection named '%1'.").arg(target));
        }
        specIds << engine.pendingSpecs(connection->collectionId) << engine.refusedSpecs(connection->collectionId);
    }

    engine.sync(specIds);
    CliWait::until(&engine, &SyncEngine::idle, !engine.isBusy());
    const QList<SyncOutcome> outcomes = engine.takeOutcomes();
    QJsonArray report;
    for (const SyncOutcome& outcome : outcomes) {
        const QString name = nameOf(outcome.specId);
        if (json) {
            QJsonObject entry {{QStringLiteral("spec"), name},
                               {QStringLiteral("state"), SyncStates::id(outcome.state)},
                               {QStringLiteral("action"), SyncOutcome::actionId(outcome.action)},
                               {QStringLiteral("writes"), outcome.writes}};
            if (!outcome.message.isEmpty()) {
                entry.insert(QStringLiteral("message"), outcome.message);
            }
            if (!outcome.problems.isEmpty()) {
                entry.insert(QStringLiteral("problems"), DiagnosticsQuery::toJson(outcome.problems));
            }
            report.append(entry);
            continue;
        }
        // Located like validate's findings, in the draft's text: NAME:LINE:COLUMN: SEVERITY: ...
        for (const Diagnostic& problem : outcome.problems) {
            m_out << problem.toCompilerStyle(name) << '\n';
        }
        m_out << name << '\t' << SyncStates::id(outcome.state) << '\t' << SyncOutcome::actionId(outcome.action)
              << (outcome.message.isEmpty() ? QString() : QLatin1Char('\t') + outcome.message) << '\n';
    }
    if (json) {
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else if (outcomes.isEmpty()) {
        m_io.info() << Text::tr("Nothing to sync.") << '\n';
    }
    m_out.flush();
    return exitCodeFor(outcomes);
}

CliExitCode SyncCommands::runResolve(const QCommandLineParser& arguments)
{
    const QStringList targets = arguments.positionalArguments();
    const bool mine = arguments.isSet(QStringLiteral("mine"));
    const bool theirs = arguments.isSet(QStringLiteral("theirs"));
    const bool from = arguments.isSet(QStringLiteral("from"));
    if (targets.size() != 1 || (!mine && !theirs && !from)) {
        return usageError(Text::tr("resolve needs CONNECTION/SPEC_ID and --mine, --theirs or --from FILE."));
    }
    if (int(mine) + int(theirs) + int(from) != 1) {
        return usageError(Text::tr("resolve takes one of --mine, --theirs or --from FILE."));
    }
    const QString target = targets.first();
    const std::optional<SpecRecord> spec = findSpec(target);
    if (!spec) {
        return CliExitCode::UsageOrIoError;
    }
    SyncJournal::Resolution resolution = SyncJournal::Resolution::KeepMine;
    QByteArray text;
    if (theirs) {
        resolution = SyncJournal::Resolution::TakeTheirs;
    } else if (from) {
        resolution = SyncJournal::Resolution::UseText;
        QString error;
        if (!m_io.read(arguments.value(QStringLiteral("from")), &text, &error)) {
            return ioError(error);
        }
        if (text.isEmpty() && arguments.value(QStringLiteral("from")) == QLatin1String("-")) {
            return ioError(Text::tr("the standard input was empty; the conflict was not resolved."));
        }
    }
    SyncJournal journal(m_context.workspace());
    if (!journal.resolveConflict(spec->id, resolution, text)) {
        return ioError(Text::tr("%1 is not in conflict.").arg(target));
    }
    m_io.info() << Text::tr("%1: resolved; %2. Run 'specdesk-cli sync %1' to send it.")
                       .arg(target, SyncStates::label(journal.record(spec->id)->state))
                << '\n';
    m_out.flush();
    return CliExitCode::Ok;
}
