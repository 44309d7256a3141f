#include "RemoteCommands.h"

#include "CliStreams.h"
#include "CliWait.h"
#include "HistoryCommands.h"
#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"
#include "RemoteContext.h"
#include "SessionSecretStore.h"
#include "SpecProvider.h"
#include "SpecPull.h"
#include "SyncCommands.h"
#include "SyncJournal.h"
#include "WorkspaceStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RemoteCommands)
};

/// The options that name environment variables holding a connection's secrets.
struct SecretOption
{
    QString secretName;
    QCommandLineOption option;
};

QList<SecretOption> secretOptions()
{
    QList<SecretOption> options;
    for (const QString& name : {QStringLiteral("token"), QStringLiteral("apiKey"), QStringLiteral("accessToken")}) {
        options << SecretOption {name,
                                 QCommandLineOption(Connections::environmentOption(name),
                                                    Text::tr("Environment variable holding the secret."),
                                                    QStringLiteral("VAR"))};
    }
    return options;
}

QJsonObject connectionJson(const Connection& connection)
{
    QJsonObject json = Connections::settingsToJson(connection);
    json.insert(QStringLiteral("name"), connection.name);
    json.insert(QStringLiteral("api"), ApiKinds::id(connection.api));
    json.insert(QStringLiteral("baseUrl"), connection.baseUrl.toString());
    return json;
}

} // namespace

RemoteCommands::RemoteCommands(CliStreams& io, QString workspaceDirectory)
    : m_io(io)
    , m_out(io.out())
    , m_err(io.err())
    , m_workspaceDirectory(std::move(workspaceDirectory))
{
}

RemoteCommands::~RemoteCommands()
{
    // The context holds providers' replies on the store's connections: it goes first.
    m_context.reset();
    m_store.reset();
}

QList<CliCommand> RemoteCommands::commands()
{
    const auto option = [](const QString& name, const QString& description, const QString& value = QString()) {
        return QCommandLineOption(name, description, value);
    };
    QList<QCommandLineOption> addOptions {
        option(QStringLiteral("api"), Text::tr("dataframer, scalegp or adobe."), QStringLiteral("API")),
        option(QStringLiteral("url"), Text::tr("The base URL (default: the API's)."), QStringLiteral("URL")),
        option(QStringLiteral("account-id"), Text::tr("The Scale GP account."), QStringLiteral("ID")),
        option(QStringLiteral("org-id"), Text::tr("The Adobe IMS org."), QStringLiteral("ORG")),
        option(QStringLiteral("sandbox-name"), Text::tr("The Adobe sandbox."), QStringLiteral("NAME")),
        option(QStringLiteral("allow-insecure-http"), Text::tr("Allow a plain http:// URL."))};
    for (const SecretOption& secret : secretOptions()) {
        addOptions << secret.option;
    }
    QList<CliCommand> commands {
        {QStringLiteral("connection"),
         QStringLiteral("add|list|remove|test ..."),
         Text::tr("The workspace's connections to servers. 'specdesk-cli connection ACTION --help'\n"
                  "describes each action."),
         {}},
        {QStringLiteral("connection add"),
         QStringLiteral("NAME --api dataframer|scalegp|adobe [OPTIONS]"),
         Text::tr("Add a connection. Secrets are never given on the command line: name the environment\n"
                  "variables that hold them, or store them in the keychain from the app. DataFramer needs\n"
                  "--token-env, Scale GP --api-key-env, Adobe --access-token-env and --api-key-env."),
         addOptions},
        {QStringLiteral("connection list"),
         QStringLiteral("[--json]"),
         Text::tr("List the connections: name, API and URL."),
         {CliCommands::jsonOption()}},
        {QStringLiteral("connection remove"),
         QStringLiteral("NAME"),
         Text::tr("Remove a connection, its cached specs and its stored secrets."),
         {}},
        {QStringLiteral("connection test"),
         QStringLiteral("NAME"),
         Text::tr("One authenticated GET, to check the URL and the secrets."),
         {}},
        {QStringLiteral("list"),
         QStringLiteral("[CONNECTION] [--json]"),
         Text::tr("With CONNECTION: the specs on its server. Without: the specs in the workspace, by\n"
                  "connection."),
         {CliCommands::jsonOption()}},
        {QStringLiteral("pull"),
         QStringLiteral("CONNECTION [SPEC_ID...] [--json]"),
         Text::tr("Store the connection's specs (or just these) and their server versions in the\n"
                  "workspace. Local edits are never overwritten."),
         {CliCommands::jsonOption()}},
        {QStringLiteral("show"),
         QStringLiteral("CONNECTION/SPEC_ID [--remote | --theirs]"),
         Text::tr("Print the spec's text from the workspace, fetching it first when it is not there (or\n"
                  "always, with --remote)."),
         {option(QStringLiteral("remote"), Text::tr("Print the server's text, fetched now.")),
          option(QStringLiteral("theirs"), Text::tr("Print the server's text a conflict kept."))}},
        {QStringLiteral("unarchive"),
         QStringLiteral("CONNECTION/SPEC_ID"),
         Text::tr("Restore an archived Scale GP spec on its server, so that it can be edited and synced\n"
                  "again; edit and sync it after."),
         {}}};
    return commands + SyncCommands::commands() + HistoryCommands::commands();
}

QString RemoteCommands::helpText()
{
    return Text::tr("  connection add NAME --api dataframer|scalegp|adobe [--url URL]\n"
                    "                     [--account-id ID] [--org-id ORG] [--sandbox-name NAME]\n"
                    "                     [--token-env VAR] [--api-key-env VAR] [--access-token-env VAR]\n"
                    "                     [--allow-insecure-http]\n"
                    "                     Add a connection. Secrets are never given on the command line:\n"
                    "                     name the environment variables that hold them, or store them in\n"
                    "                     the keychain from the app. DataFramer needs --token-env, Scale GP\n"
                    "                     --api-key-env, Adobe --access-token-env and --api-key-env.\n"
                    "  connection list [--json]\n"
                    "  connection remove NAME\n"
                    "  connection test NAME   One authenticated GET, to check the URL and the secrets.\n"
                    "  list [CONNECTION] [--json]\n"
                    "                     With CONNECTION: the specs on its server. Without: the specs\n"
                    "                     in the workspace, by connection.\n"
                    "  pull CONNECTION [SPEC_ID...] [--json]\n"
                    "                     Store the connection's specs (or just these) and their server\n"
                    "                     versions in the workspace. Local edits are never overwritten.\n"
                    "  show CONNECTION/SPEC_ID [--remote | --theirs]\n"
                    "                     Print the spec's text from the workspace, fetching it first when\n"
                    "                     it is not there (or always, with --remote).\n"
                    "  unarchive CONNECTION/SPEC_ID\n"
                    "                     Restore an archived Scale GP spec on its server, so that it can\n"
                    "                     be edited and synced again; edit and sync it after.\n");
}

CliExitCode RemoteCommands::usageError(const QString& message)
{
    return reportUsageError(m_err, message);
}

CliExitCode RemoteCommands::failure(const RemoteError& error, const QString& context)
{
    m_err << "specdesk-cli: " << context << ": " << error.fullMessage() << '\n';
    m_err.flush();
    switch (error.kind) {
    case RemoteError::Kind::Unauthorized:
    case RemoteError::Kind::Forbidden:
    case RemoteError::Kind::MissingCredentials:
        return CliExitCode::AuthError;
    case RemoteError::Kind::NotFound:
    case RemoteError::Kind::Rejected:
        return CliExitCode::RemoteRefused;
    case RemoteError::Kind::Refused:
        return CliExitCode::UsageOrIoError;
    default:
        return CliExitCode::NetworkError;
    }
}

bool RemoteCommands::openWorkspace()
{
    if (m_context) {
        return true;
    }
    m_store = std::make_unique<WorkspaceStore>();
    QString error;
    if (!m_store->open(m_workspaceDirectory, &error)) {
        m_err << "specdesk-cli: " << error << '\n';
        m_err.flush();
        return false;
    }
    if (m_store->isReadOnly()) {
        m_err << "specdesk-cli: "
              << Text::tr("the workspace in %1 can only be read; commands that change it will fail.")
                     .arg(QDir::toNativeSeparators(m_store->directory()))
              << '\n';
        m_err.flush();
    }
    const bool noKeychain = qEnvironmentVariableIntValue("SPECDESK_NO_KEYCHAIN") == 1;
    SecretStore* secrets = noKeychain ? static_cast<SecretStore*>(new MemorySecretStore)
                                      : new SessionSecretStore(new KeychainSecretStore);
    m_context = std::make_unique<RemoteContext>(m_store.get(), secrets);
    return true;
}

std::optional<Connection> RemoteCommands::findConnection(const QString& name)
{
    std::optional<Connection> connection = m_context->connections().connectionNamed(name);
    if (!connection) {
        usageError(Text::tr("no connection named '%1'. 'specdesk-cli connection list' shows them.").arg(name));
    }
    return connection;
}

void RemoteCommands::waitFor(SpecJob* job)
{
    CliWait::until(job, &SpecJob::finished, job->isFinished());
}

void RemoteCommands::writeBytes(const QByteArray& bytes)
{
    m_out.flush();
    if (m_out.device() != nullptr) {
        m_out.device()->write(bytes);
        return;
    }
    m_out << QString::fromUtf8(bytes);
}

CliExitCode RemoteCommands::run(const QString& command, const QCommandLineParser& arguments)
{
    if (!openWorkspace()) {
        return CliExitCode::UsageOrIoError;
    }
    if (SyncCommands::handles(command)) {
        return SyncCommands(m_io, *m_context).run(command, arguments);
    }
    if (HistoryCommands::handles(command)) {
        return HistoryCommands(m_io, *m_context).run(command, arguments);
    }
    if (command == QLatin1String("connection add")) {
        return addConnection(arguments);
    }
    if (command == QLatin1String("connection list")) {
        return listConnections(arguments);
    }
    if (command == QLatin1String("connection remove")) {
        return removeConnection(arguments);
    }
    if (command == QLatin1String("connection test")) {
        return testConnection(arguments);
    }
    if (command == QLatin1String("list")) {
        return runList(arguments);
    }
    if (command == QLatin1String("pull")) {
        return runPull(arguments);
    }
    if (command == QLatin1String("show")) {
        return runShow(arguments);
    }
    if (command == QLatin1String("unarchive")) {
        return runUnarchive(arguments);
    }
    return usageError(Text::tr("connection needs add, list, remove or test."));
}

CliExitCode RemoteCommands::addConnection(const QCommandLineParser& parser)
{
    const QString apiOption = QStringLiteral("api");
    const QString urlOption = QStringLiteral("url");
    const QString accountOption = QStringLiteral("account-id");
    const QString orgOption = QStringLiteral("org-id");
    const QString sandboxOption = QStringLiteral("sandbox-name");
    const QString insecureOption = QStringLiteral("allow-insecure-http");
    const QList<SecretOption> secrets = secretOptions();
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1) {
        return usageError(Text::tr("connection add needs exactly one NAME."));
    }
    Connection connection;
    connection.name = names.first();
    if (!ApiKinds::fromId(parser.value(apiOption), &connection.api)) {
        return usageError(Text::tr("--api must be dataframer, scalegp or adobe."));
    }
    connection.baseUrl = parser.isSet(urlOption) ? QUrl(parser.value(urlOption), QUrl::StrictMode)
                                                 : ApiKinds::defaultBaseUrl(connection.api);
    connection.accountId = parser.value(accountOption);
    connection.imsOrgId = parser.value(orgOption);
    connection.sandboxName = parser.value(sandboxOption);
    connection.allowInsecureHttp = parser.isSet(insecureOption);
    for (const SecretOption& secret : secrets) {
        if (!parser.isSet(secret.option)) {
            continue;
        }
        if (!Connections::secretNames(connection.api).contains(secret.secretName)) {
            return usageError(Text::tr("--%1 does not apply to %2.")
                                  .arg(secret.option.names().first(), ApiKinds::displayName(connection.api)));
        }
        connection.secretEnvironment.insert(secret.secretName, parser.value(secret.option));
    }
    QString error;
    if (m_context->connections().add(connection, &error) == 0) {
        m_err << "specdesk-cli: " << error << '\n';
        m_err.flush();
        return CliExitCode::UsageOrIoError;
    }
    m_io.info() << Text::tr("Added connection '%1' (%2, %3).")
                       .arg(connection.name, ApiKinds::displayName(connection.api), connection.baseUrl.toString())
                << '\n';
    // Added anyway (a proxy may map paths), but a likely mistake is said now, not at the first 404.
    if (const QString advice = RemoteErrors::baseUrlAdvice(connection.api, connection.baseUrl); !advice.isEmpty()) {
        m_err << "specdesk-cli: " << Text::tr("Note: %1").arg(advice) << '\n';
        m_err.flush();
    }
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode RemoteCommands::listConnections(const QCommandLineParser& arguments)
{
    if (!arguments.positionalArguments().isEmpty()) {
        return usageError(Text::tr("connection list takes no arguments."));
    }
    const bool json = arguments.isSet(QStringLiteral("json"));
    QJsonArray report;
    for (const Connection& connection : m_context->connections().connections()) {
        if (json) {
            report.append(connectionJson(connection));
            continue;
        }
        m_out << connection.name << '\t' << ApiKinds::id(connection.api) << '\t' << connection.baseUrl.toString()
              << '\n';
    }
    if (json) {
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    }
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode RemoteCommands::removeConnection(const QCommandLineParser& arguments)
{
    const QStringList names = arguments.positionalArguments();
    if (names.size() != 1) {
        return usageError(Text::tr("connection remove needs exactly one NAME."));
    }
    const std::optional<Connection> connection = findConnection(names.first());
    if (!connection) {
        return CliExitCode::UsageOrIoError;
    }
    QString error;
    if (!m_context->connections().remove(connection->id, &error)) {
        m_err << "specdesk-cli: " << error << '\n';
        m_err.flush();
        return CliExitCode::UsageOrIoError;
    }
    // The keychain's removals finish before the program ends.
    CliWait::untilDone([&](std::function<void()> done) {
        m_context->credentials().forget(*connection, m_context.get(), std::move(done));
    });
    m_io.info() << Text::tr("Removed connection '%1' and its cached specs.").arg(connection->name) << '\n';
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode RemoteCommands::testConnection(const QCommandLineParser& arguments)
{
    const QStringList names = arguments.positionalArguments();
    if (names.size() != 1) {
        return usageError(Text::tr("connection test needs exactly one NAME."));
    }
    const std::optional<Connection> connection = findConnection(names.first());
    if (!connection) {
        return CliExitCode::UsageOrIoError;
    }
    std::unique_ptr<SpecProvider> provider = m_context->providerFor(*connection);
    SpecJob* job = provider->testConnection();
    waitFor(job);
    if (!job->succeeded()) {
        return failure(job->error(), connection->name);
    }
    m_io.info() << Text::tr("%1: connected.").arg(connection->name) << '\n';
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode RemoteCommands::runList(const QCommandLineParser& arguments)
{
    const bool json = arguments.isSet(QStringLiteral("json"));
    const QStringList names = arguments.positionalArguments();
    QJsonArray report;
    const auto emitSpec = [&](const QString& connectionName,
                              const QString& id,
                              const QString& name,
                              RemoteStatus status,
                              const QString& detail) {
        if (json) {
            QJsonObject entry {{QStringLiteral("connection"), connectionName},
                               {QStringLiteral("id"), id},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("status"), RemoteStatuses::id(status)}};
            if (!detail.isEmpty()) {
                entry.insert(QStringLiteral("statusDetail"), detail);
            }
            report.append(entry);
            return;
        }
        const QString badge = RemoteStatuses::badge(status);
        m_out << connectionName << '/' << id << '\t' << name
              << (badge.isEmpty() ? QString() : QLatin1Char('\t') + badge) << '\n';
    };
    if (names.size() > 1) {
        return usageError(Text::tr("list takes at most one CONNECTION."));
    }
    if (names.isEmpty()) {
        for (const Connection& connection : m_context->connections().connections()) {
            for (const SpecRecord& spec : m_store->specSummaries(connection.collectionId)) {
                emitSpec(connection.name, spec.remoteId, spec.title, spec.remoteStatus, spec.remoteDetail);
            }
        }
    } else {
        const std::optional<Connection> connection = findConnection(names.first());
        if (!connection) {
            return CliExitCode::UsageOrIoError;
        }
        std::unique_ptr<SpecProvider> provider = m_context->providerFor(*connection);
        SpecJob* job = provider->listSpecs();
        waitFor(job);
        if (!job->succeeded()) {
            return failure(job->error(), connection->name);
        }
        for (const RemoteSpec& spec : job->specs()) {
            emitSpec(connection->name, spec.id, spec.name, spec.status, spec.statusDetail);
        }
    }
    if (json) {
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    }
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode RemoteCommands::runPull(const QCommandLineParser& arguments)
{
    const QStringList names = arguments.positionalArguments();
    if (names.isEmpty()) {
        return usageError(Text::tr("pull needs a CONNECTION."));
    }
    const std::optional<Connection> connection = findConnection(names.first());
    if (!connection) {
        return CliExitCode::UsageOrIoError;
    }
    std::unique_ptr<SpecProvider> provider = m_context->providerFor(*connection);
    SpecPull pull(provider.get(), &m_context->specs());
    pull.start(names.mid(1));
    CliWait::until(&pull, &SpecPull::finished);
    const SpecPull::Summary& summary = pull.summary();
    if (arguments.isSet(QStringLiteral("json"))) {
        QJsonObject report {{QStringLiteral("connection"), connection->name},
                            {QStringLiteral("added"), summary.added},
                            {QStringLiteral("updated"), summary.updated},
                            {QStringLiteral("unchanged"), summary.unchanged},
                            {QStringLiteral("keptLocalEdits"), summary.keptLocalEdits}};
        if (pull.error().isError()) {
            report.insert(QStringLiteral("error"), pull.error().fullMessage());
        }
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        m_io.info() << Text::tr("%1: %2 added, %3 updated, %4 unchanged, %5 kept with local edits.")
                           .arg(connection->name)
                           .arg(summary.added)
                           .arg(summary.updated)
                           .arg(summary.unchanged)
                           .arg(summary.keptLocalEdits)
                    << '\n';
    }
    m_out.flush();
    if (pull.error().isError()) {
        return failure(pull.error(), connection->name);
    }
    return CliExitCode::Ok;
}

CliExitCode RemoteCommands::runUnarchive(const QCommandLineParser& arguments)
{
    const QStringList targets = arguments.positionalArguments();
    if (targets.size() != 1 || !targets.first().contains(QLatin1Char('/'))) {
        return usageError(Text::tr("unarchive needs one CONNECTION/SPEC_ID."));
    }
    const QString connectionName = targets.first().section(QLatin1Char('/'), 0, 0);
    const QString specId = targets.first().section(QLatin1Char('/'), 1);
    const std::optional<Connection> connection = findConnection(connectionName);
    if (!connection) {
        return CliExitCode::UsageOrIoError;
    }
    std::unique_ptr<SpecProvider> provider = m_context->providerFor(*connection);
    if (!provider->canRestore()) {
        return usageError(Text::tr("%1 specs are not archived; only Scale GP specs are.")
                              .arg(ApiKinds::displayName(connection->api)));
    }
    // Restored first, as a write of its own: the server takes no edit of an archived spec.
    SpecJob* job = provider->restoreSpec(specId);
    waitFor(job);
    if (!job->succeeded()) {
        return failure(job->error(), targets.first());
    }
    QString error;
    if (!m_context->specs().record(*connection, job->spec(), &error)) {
        m_err << "specdesk-cli: " << error << '\n';
        m_err.flush();
        return CliExitCode::UsageOrIoError;
    }
    m_io.info() << Text::tr("%1: restored on the server; it can be edited and synced again.").arg(targets.first())
                << '\n';
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode RemoteCommands::runShow(const QCommandLineParser& arguments)
{
    const QStringList targets = arguments.positionalArguments();
    const bool remote = arguments.isSet(QStringLiteral("remote"));
    const bool theirs = arguments.isSet(QStringLiteral("theirs"));
    if (targets.size() != 1 || !targets.first().contains(QLatin1Char('/')) || (remote && theirs)) {
        return usageError(Text::tr("show needs one CONNECTION/SPEC_ID, and at most one of --remote and --theirs."));
    }
    const QString connectionName = targets.first().section(QLatin1Char('/'), 0, 0);
    const QString specId = targets.first().section(QLatin1Char('/'), 1);
    const std::optional<Connection> connection = findConnection(connectionName);
    if (!connection) {
        return CliExitCode::UsageOrIoError;
    }
    std::optional<SpecRecord> cached = m_context->specs().specByRemoteId(*connection, specId);
    if (theirs) {
        // What the last sync fetched from the server, kept while the spec is in conflict.
        const std::optional<SyncRecord> record = cached ? SyncJournal(m_store.get()).record(cached->id) : std::nullopt;
        if (!record || record->state != SyncState::Conflict) {
            m_err
                << "specdesk-cli: "
                << Text::tr("%1 is not in conflict; 'show --remote' asks the server for its text.").arg(targets.first())
                << '\n';
            m_err.flush();
            return CliExitCode::UsageOrIoError;
        }
        writeBytes(record->theirsContent);
        return CliExitCode::Ok;
    }
    if (!cached || remote || !cached->contentReceived) {
        std::unique_ptr<SpecProvider> provider = m_context->providerFor(*connection);
        SpecJob* job = provider->fetchSpec(specId);
        waitFor(job);
        if (!job->succeeded()) {
            return failure(job->error(), targets.first());
        }
        QString error;
        const std::optional<RemoteSpecStore::Outcome> outcome
            = m_context->specs().record(*connection, job->spec(), &error);
        if (!outcome
            || (job->spec().hasVersions
                && !m_context->specs().replaceServerVersions(outcome->specId, job->spec().versions, &error))) {
            m_err << "specdesk-cli: " << error << '\n';
            m_err.flush();
            return CliExitCode::UsageOrIoError;
        }
        if (remote) {
            // The server's text, even where the workspace keeps a draft over it.
            writeBytes(job->spec().content);
            return CliExitCode::Ok;
        }
        cached = m_store->spec(outcome->specId);
    }
    if (cached->remoteStatus != RemoteStatus::Ready) {
        m_err << "specdesk-cli: " << targets.first() << ": " << RemoteStatuses::badge(cached->remoteStatus)
              << (cached->remoteDetail.isEmpty() ? QString() : QStringLiteral(": ") + cached->remoteDetail) << '\n';
        m_err.flush();
    }
    writeBytes(cached->content);
    return CliExitCode::Ok;
}
