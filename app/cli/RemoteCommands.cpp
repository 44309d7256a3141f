#include "RemoteCommands.h"

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

RemoteCommands::RemoteCommands(QTextStream& out, QTextStream& err, QString workspaceDirectory)
    : m_out(out)
    , m_err(err)
    , m_workspaceDirectory(std::move(workspaceDirectory))
{
}

RemoteCommands::~RemoteCommands()
{
    // The context holds providers' replies on the store's connections: it goes first.
    m_context.reset();
    m_store.reset();
}

bool RemoteCommands::handles(const QString& command)
{
    static const QStringList commands {
        QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("pull"), QStringLiteral("show")};
    return commands.contains(command) || SyncCommands::handles(command) || HistoryCommands::handles(command);
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
                    "  pull CONNECTION [SPEC_ID...]\n"
                    "                     Store the connection's specs (or just these) and their server\n"
                    "                     versions in the workspace. Local edits are never overwritten.\n"
                    "  show CONNECTION/SPEC_ID [--remote | --theirs]\n"
                    "                     Print the spec's text from the workspace, fetching it first when\n"
                    "                     it is not there (or always, with --remote).\n");
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

CliExitCode RemoteCommands::run(const QStringList& arguments)
{
    if (!openWorkspace()) {
        return CliExitCode::UsageOrIoError;
    }
    const QString command = arguments.first();
    if (SyncCommands::handles(command)) {
        return SyncCommands(m_out, m_err, *m_context).run(arguments);
    }
    if (HistoryCommands::handles(command)) {
        return HistoryCommands(m_out, m_err, *m_context).run(arguments);
    }
    if (command == QLatin1String("connection")) {
        return runConnection(arguments);
    }
    if (command == QLatin1String("list")) {
        return runList(arguments);
    }
    if (command == QLatin1String("pull")) {
        return runPull(arguments);
    }
    return runShow(arguments);
}

CliExitCode RemoteCommands::runConnection(const QStringList& arguments)
{
    const QString action = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("add")) {
        return addConnection(rest);
    }
    if (action == QLatin1String("list")) {
        return listConnections(rest);
    }
    if (action == QLatin1String("remove")) {
        return removeConnection(rest);
    }
    if (action == QLatin1String("test")) {
        return testConnection(rest);
    }
    return usageError(Text::tr("connection needs add, list, remove or test."));
}

CliExitCode RemoteCommands::addConnection(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption apiOption(QStringLiteral("api"), Text::tr("The API."), QStringLiteral("API"));
    const QCommandLineOption urlOption(QStringLiteral("url"), Text::tr("The base URL."), QStringLiteral("URL"));
    const QCommandLineOption accountOption(
        QStringLiteral("account-id"), Text::tr("Scale GP account."), QStringLiteral("ID"));
    const QCommandLineOption orgOption(QStringLiteral("org-id"), Text::tr("Adobe IMS org."), QStringLiteral("ORG"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox-name"), Text::tr("Adobe sandbox."), QStringLiteral("NAME"));
    const QCommandLineOption insecureOption(QStringLiteral("allow-insecure-http"), Text::tr("Allow plain HTTP."));
    const QList<SecretOption> secrets = secretOptions();
    parser.addOptions({apiOption, urlOption, accountOption, orgOption, sandboxOption, insecureOption});
    for (const SecretOption& secret : secrets) {
        parser.addOption(secret.option);
    }
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
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
    m_out << Text::tr("Added connection '%1' (%2, %3).")
                 .arg(connection.name, ApiKinds::displayName(connection.api), connection.baseUrl.toString())
          << '\n';
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode RemoteCommands::listConnections(const QStringList& arguments)
{
    const bool json = arguments.contains(QStringLiteral("--json"));
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

CliExitCode RemoteCommands::removeConnection(const QStringList& arguments)
{
    if (arguments.size() != 2) {
        return usageError(Text::tr("connection remove needs exactly one NAME."));
    }
    const std::optional<Connection> connection = findConnection(arguments.at(1));
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
    m_out << Text::tr("Removed connection '%1' and its cached specs.").arg(connection->name) << '\n';
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode RemoteCommands::testConnection(const QStringList& arguments)
{
    if (arguments.size() != 2) {
        return usageError(Text::tr("connection test needs exactly one NAME."));
    }
    const std::optional<Connection> connection = findConnection(arguments.at(1));
    if (!connection) {
        return CliExitCode::UsageOrIoError;
    }
    std::unique_ptr<SpecProvider> provider = m_context->providerFor(*connection);
    SpecJob* job = provider->testConnection();
    waitFor(job);
    if (!job->succeeded()) {
        return failure(job->error(), connection->name);
    }
    m_out << Text::tr("%1: connected.").arg(connection->name) << '\n';
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode RemoteCommands::runList(const QStringList& arguments)
{
    const bool json = arguments.contains(QStringLiteral("--json"));
    QStringList names = arguments.mid(1);
    names.removeAll(QStringLiteral("--json"));
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

CliExitCode RemoteCommands::runPull(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        return usageError(Text::tr("pull needs a CONNECTION."));
    }
    const std::optional<Connection> connection = findConnection(arguments.at(1));
    if (!connection) {
        return CliExitCode::UsageOrIoError;
    }
    std::unique_ptr<SpecProvider> provider = m_context->providerFor(*connection);
    SpecPull pull(provider.get(), &m_context->specs());
    pull.start(arguments.mid(2));
    CliWait::until(&pull, &SpecPull::finished);
    const SpecPull::Summary& summary = pull.summary();
    m_out << Text::tr("%1: %2 added, %3 updated, %4 unchanged, %5 kept with local edits.")
                 .arg(connection->name)
                 .arg(summary.added)
                 .arg(summary.updated)
                 .arg(summary.unchanged)
                 .arg(summary.keptLocalEdits)
          << '\n';
    m_out.flush();
    if (pull.error().isError()) {
        return failure(pull.error(), connection->name);
    }
    return CliExitCode::Ok;
}

CliExitCode RemoteCommands::runShow(const QStringList& arguments)
{
    QStringList targets = arguments.mid(1);
    const bool remote = targets.removeAll(QStringLiteral("--remote")) > 0;
    const bool theirs = targets.removeAll(QStringLiteral("--theirs")) > 0;
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
