#include "SpecProvider.h"

#include "AdobeProvider.h"
#include "DataFramerProvider.h"
#include "RemoteCall.h"
#include "RemoteTransport.h"
#include "ScaleGpProvider.h"

#include <QCoreApplication>

SpecProvider::SpecProvider(Connection connection, Credentials credentials, RemoteTransport* transport, QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_credentials(std::move(credentials))
    , m_transport(transport)
{
}

std::unique_ptr<SpecProvider>
SpecProvider::create(const Connection& connection, const Credentials& credentials, RemoteTransport* transport)
{
    switch (connection.api) {
    case ApiKind::DataFramer:
        return std::make_unique<DataFramerProvider>(connection, credentials, transport);
    case ApiKind::ScaleGp:
        return std::make_unique<ScaleGpProvider>(connection, credentials, transport);
    case ApiKind::Adobe:
        return std::make_unique<AdobeProvider>(connection, credentials, transport);
    }
    return nullptr;
}

void SpecProvider::setCredentials(const Credentials& credentials)
{
    m_credentials = credentials;
    m_credentialSource = nullptr;
}

void SpecProvider::resolveCredentialsWith(CredentialSource source)
{
    m_credentialSource = std::move(source);
}

const RetryPolicy& SpecProvider::retryPolicy() const
{
    return m_transport->retryPolicy();
}

SpecJob* SpecProvider::restoreSpec(const QString& specId)
{
    Q_UNUSED(specId)
    SpecJob* job = newJob();
    job->fail(RemoteError::refused(
        QCoreApplication::translate("SpecProvider", "%1 has no restore.").arg(ApiKinds::displayName(api()))));
    return job;
}

QUrl SpecProvider::endpoint(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_connection.baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    url.setPath(basePath + path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

QString SpecProvider::segment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

RemoteRequest SpecProvider::request(const QByteArray& method, const QUrl& url, const QByteArray& jsonBody) const
{
    RemoteRequest result;
    result.method = method;
    result.url = url;
    result.headers << qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    result.headers << qMakePair(QByteArrayLiteral("User-Agent"),
                                QByteArrayLiteral("SpecDesk/") + QCoreApplication::applicationVersion().toUtf8());
    if (!jsonBody.isNull()) {
        result.headers << qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        result.body = jsonBody;
    }
    return result;
}

SpecJob* SpecProvider::newJob()
{
    return new SpecJob(this);
}

RemoteError SpecProvider::refusal() const
{
    const QString invalid = Connections::validate(m_connection);
    if (!invalid.isEmpty()) {
        return RemoteError::refused(invalid);
    }
    const QStringList missing = Connections::missingSecrets(m_connection, m_credentials);
    if (!missing.isEmpty()) {
        RemoteError error;
        error.kind = RemoteError::Kind::MissingCredentials;
        if (Connections::isBundledSandbox(m_connection) && m_connection.secretEnvironment.isEmpty()) {
            // Its secrets live only in the process running the sandbox: the key is not the problem.
            error.message = QCoreApplication::translate("SpecProvider",
                                                        "'%1' is a connection of the bundled sandbox, whose secrets "
                                                        "exist only in the SpecDesk window running it. Start it with "
                                                        "Remote ▸ Start Sandbox (or specdesk --sandbox); for the CLI, "
                                                        "name the environment variables that hold its secrets.")
                                .arg(m_connection.name);
            return error;
        }
        error.message = QCoreApplication::translate("SpecProvider",
                                                    "The connection '%1' has no %2. Enter it in Connections, or set "
                                                    "the environment variable the connection names.")
                            .arg(m_connection.name, missing.join(QStringLiteral(", ")));
        return error;
    }
    return {};
}

void SpecProvider::send(SpecJob* job,
                        const RemoteRequest& remoteRequest,
                        std::function<void(const RemoteResponse&)> onSuccess)
{
    if (!m_credentialSource) {
        sendNow(job, remoteRequest, std::move(onSuccess));
        return;
    }
    m_waiting.append({job, remoteRequest, std::move(onSuccess)});
    if (m_resolving) {
        return;
    }
    // Once per provider: every request made until the secrets arrive waits for this one read.
    m_resolving = true;
    m_credentialSource(this, [this](const Credentials& credentials) { onCredentialsResolved(credentials); });
}

void SpecProvider::onCredentialsResolved(const Credentials& credentials)
{
    m_credentials = credentials;
    m_credentialSource = nullptr;
    m_resolving = false;
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& entry : waiting) {
        if (entry.job && !entry.job->hasOutcome()) {
            sendNow(entry.job, entry.request, entry.onSuccess);
        }
    }
}

void SpecProvider::sendNow(SpecJob* job,
                           RemoteRequest remoteRequest,
                           std::function<void(const RemoteResponse&)> onSuccess)
{
    const RemoteError refused = refusal();
    if (refused.isError()) {
        job->fail(refused);
        return;
    }
    authorize(remoteRequest);
    RemoteCall* call = m_transport->send(remoteRequest, job);
    job->track(call);
    connect(call, &RemoteCall::finished, job, [this, job, call, onSuccess = std::move(onSuccess)] {
        const RemoteResponse& response = call->response();
        call->deleteLater();
        if (response.networkError.isError()) {
            RemoteError error = response.networkError;
            RemoteErrors::nameRequest(error, api(), call->request().method, call->request().url, m_connection.baseUrl);
            error.message = Connections::redact(error.message, m_credentials);
            job->fail(error);
            return;
        }
        if (!response.isSuccess()) {
            RemoteError error
                = RemoteErrors::fromReply(api(), response.status, response.body, response.header("Retry-After"));
            RemoteErrors::nameRequest(error, api(), call->request().method, call->request().url, m_connection.baseUrl);
            error.message = Connections::redact(error.message, m_credentials);
            for (FieldError& field : error.fields) {
                field.message = Connections::redact(field.message, m_credentials);
            }
            job->fail(error);
            return;
        }
        onSuccess(response);
    });
}

SpecJob* SpecProvider::sendForSpec(const RemoteRequest& specRequest, SpecParser parse)
{
    SpecJob* job = newJob();
    sendParsed<RemoteSpec>(job, specRequest, parse, [job](const RemoteSpec& spec) { job->succeed({spec}); });
    return job;
}

void SpecProvider::failBadReply(SpecJob* job, const QString& problem)
{
    job->fail(RemoteError::badReply(Connections::redact(problem, m_credentials)));
}
