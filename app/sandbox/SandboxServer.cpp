#include "SandboxServer.h"

#include "AdobeSandbox.h"
#include "DataFramerSandbox.h"
#include "SandboxControl.h"
#include "SandboxFaults.h"
#include "SandboxReply.h"
#include "SandboxRequestLog.h"
#include "SandboxTrickle.h"
#include "ScaleGpSandbox.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

RecordedRequest copyOf(const QHttpServerRequest& request)
{
    RecordedRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.url().query(QUrl::FullyEncoded);
    copy.headers = request.headers();
    copy.body = request.body();
    copy.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    return copy;
}

} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : SandboxServer(SandboxCredentials(), parent)
{
}

SandboxServer::SandboxServer(const SandboxCredentials& credentials, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_credentials(credentials)
    , m_dataFramer(std::make_unique<DataFramerSandbox>(m_credentials))
    , m_scaleGp(std::make_unique<ScaleGpSandbox>(m_credentials))
    , m_adobe(std::make_unique<AdobeSandbox>(m_credentials))
    , m_faults(std::make_unique<SandboxFaults>())
    , m_log(std::make_unique<SandboxRequestLog>())
    , m_control(std::make_unique<SandboxControl>(*this))
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port, QString* error)
{
    auto* server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server->errorString());
        delete server;
        return false;
    }
    bind(server);
    m_port = server->serverPort();
    return true;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

const SandboxCredentials& SandboxServer::credentials() const
{
    return m_credentials;
}

void SandboxServer::reset()
{
    m_dataFramer->reset();
    m_scaleGp->reset();
    m_adobe->reset();
    m_faults->clear();
    m_log->clear();
}

void SandboxServer::addFault(const SandboxFault& fault)
{
    m_faults->add(fault);
}

void SandboxServer::clearFaults()
{
    m_faults->clear();
}

QList<RecordedRequest> SandboxServer::requests() const
{
    return m_log->requests();
}

QJsonArray SandboxServer::requestsJson() const
{
    return m_log->toJson();
}

void SandboxServer::clearRequests()
{
    m_log->clear();
}

QJsonObject SandboxServer::statsJson() const
{
    QJsonObject served;
    for (auto it = m_faultsServed.cbegin(); it != m_faultsServed.cend(); ++it)
        served.insert(SandboxFaults::kindName(it.key()), it.value());
    return {{QStringLiteral("requests"), m_requestCount},
            {QStringLiteral("faultsServed"), served},
            {QStringLiteral("faultsPending"), m_faults->size()},
            {QStringLiteral("repliesPending"), m_pendingReplies}};
}

int SandboxServer::dataFramerVersionCount(const QString& specId) const
{
    return m_dataFramer->versionCount(specId);
}

QByteArray SandboxServer::dataFramerLatestContent(const QString& specId) const
{
    return m_dataFramer->latestContent(specId);
}

QJsonObject SandboxServer::scaleGpSpec(const QString& id) const
{
    return m_scaleGp->spec(id);
}

QJsonObject SandboxServer::adobeFlowSpec(const QString& id) const
{
    return m_adobe->flowSpec(id);
}

void SandboxServer::setDataFramerVersionsNewestFirst(bool newestFirst)
{
    m_dataFramer->setVersionsNewestFirst(newestFirst);
}

void SandboxServer::setDataFramerListsContent(bool listsContent)
{
    m_dataFramer->setListsContent(listsContent);
}

bool SandboxServer::setDataFramerStatus(const QString& specId, const QString& status)
{
    return m_dataFramer->setStatus(specId, status);
}

bool SandboxServer::putDataFramerContentAsColleague(const QString& specId, const QByteArray& yaml)
{
    return m_dataFramer->putAsColleague(specId, yaml);
}

bool SandboxServer::addDataFramerSpec(const QString& specId, const QString& name, const QByteArray& yaml)
{
    return m_dataFramer->addSpec(specId, name, yaml);
}

bool SandboxServer::patchScaleGpAsColleague(const QString& id, const QJsonObject& fields)
{
    return m_scaleGp->patchAsColleague(id, fields);
}

bool SandboxServer::putAdobeAsColleague(const QString& id, const QJsonObject& flowSpec)
{
    return m_adobe->putAsColleague(id, flowSpec);
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Qt reuses `request` for the connection's next message: copy what we need now.
    const RecordedRequest copy = copyOf(request);
    if (SandboxControl::owns(copy.path)) {
        send(socket, m_control->handle(copy), copy);
        return true;
    }
    m_log->record(copy);
    ++m_requestCount;
    if (const auto fault = m_faults->take(copy.method, copy.path)) {
        ++m_faultsServed[fault->kind];
        serveFault(*fault, copy, socket);
    } else {
        send(socket, answer(copy), copy);
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this is only here because the base class needs it.
    const RecordedRequest copy = copyOf(request);
    send(socket, answer(copy), copy);
}

SandboxApi* SandboxServer::apiFor(const QString& path) const
{
    for (SandboxApi* api : std::initializer_list<SandboxApi*> {m_dataFramer.get(), m_scaleGp.get(), m_adobe.get()}) {
        if (api->owns(path))
            return api;
    }
    return nullptr;
}

SandboxReply SandboxServer::answer(const RecordedRequest& request)
{
    if (SandboxApi* api = apiFor(request.path))
        return api->handle(request);
    return SandboxReply::json(404, QJsonObject {{QStringLiteral("detail"), QStringLiteral("Not Found")}});
}

void SandboxServer::serveFault(const SandboxFault& fault, const RecordedRequest& request, QTcpSocket* socket)
{
    const SandboxApi* api = apiFor(request.path);
    const auto plain = [](int status) {
        return SandboxReply::json(
            status, QJsonObject {{QStringLiteral("detail"), QString::fromLatin1(SandboxReply::reasonPhrase(status))}});
    };
    switch (fault.kind) {
    case SandboxFault::Kind::Delay: {
        // The request is processed when the delay ends, even if the client gave up by then:
        // the server never knows a client timed out.
        ++m_pendingReplies;
        QTimer::singleShot(fault.delayMs, this, [this, request, guard = QPointer<QTcpSocket>(socket)] {
            --m_pendingReplies;
            const SandboxReply reply = answer(request);
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                send(guard, reply, request);
        });
        return;
    }
    case SandboxFault::Kind::ServerError:
        send(socket, api ? api->serverError(fault.status) : plain(fault.status), request);
        return;
    case SandboxFault::Kind::ServerErrorAfterStore:
        answer(request); // the change happens; the client is told it failed
        send(socket, api ? api->serverError(fault.status) : plain(fault.status), request);
        return;
    case SandboxFault::Kind::RateLimit: {
        SandboxReply reply = api ? api->rateLimited(fault.retryAfterSeconds) : plain(429);
        send(socket, reply.withHeader("Retry-After", retryAfterValue(fault)), request);
        return;
    }
    case SandboxFault::Kind::Trickle: {
        // The change happens; only its reply is slow.
        const SandboxReply reply = answer(request);
        const bool keepAlive = request.header("Connection").trimmed().compare("close", Qt::CaseInsensitive) != 0;
        ++m_pendingReplies;
        auto* trickle = new SandboxTrickle(socket,
                                           reply.toHttp(keepAlive, false),
                                           request.method == "HEAD" ? QByteArray() : reply.body,
                                           fault.delayMs,
                                           this);
        connect(trickle, &SandboxTrickle::done, this, [this] { --m_pendingReplies; });
        trickle->start();
        return;
    }
    case SandboxFault::Kind::ExpireToken:
        send(socket, api ? api->expiredCredential() : plain(401), request);
        return;
    case SandboxFault::Kind::Reject: {
        const QString message
            = fault.message.isEmpty() ? QString::fromLatin1(SandboxReply::reasonPhrase(fault.status)) : fault.message;
        send(socket,
             api ? api->rejection(fault.status, message, fault.field)
                 : SandboxReply::json(fault.status, QJsonObject {{QStringLiteral("detail"), message}}),
             request);
        return;
    }
    case SandboxFault::Kind::DropAfterStore:
        answer(request); // the change happens; its reply is lost with the connection
        dropLater(socket);
        return;
    case SandboxFault::Kind::DropBeforeStore:
        dropLater(socket);
        return;
    }
}

QByteArray SandboxServer::retryAfterValue(const SandboxFault& fault)
{
    if (!fault.retryAfterAsDate) {
        return QByteArray::number(fault.retryAfterSeconds);
    }
    // An HTTP date has whole seconds: round up, so the date is never before the wait asked for.
    const qint64 notBeforeMs = QDateTime::currentMSecsSinceEpoch() + qint64(fault.retryAfterSeconds) * 1000;
    const QDateTime date = QDateTime::fromSecsSinceEpoch((notBeforeMs + 999) / 1000, Qt::UTC);
    return QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

void SandboxServer::send(QTcpSocket* socket, const SandboxReply& reply, const RecordedRequest& request)
{
    const bool keepAlive = request.header("Connection").trimmed().compare("close", Qt::CaseInsensitive) != 0;
    socket->write(reply.toHttp(keepAlive, request.method != "HEAD"));
    if (!keepAlive)
        socket->disconnectFromHost();
}

void SandboxServer::dropLater(QTcpSocket* socket)
{
    QTimer::singleShot(0, this, [guard = QPointer<QTcpSocket>(socket)] {
        if (guard)
            guard->abort();
    });
}
