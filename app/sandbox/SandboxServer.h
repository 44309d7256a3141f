#pragma once

#include "RecordedRequest.h"
#include "SandboxCredentials.h"
#include "SandboxFault.h"

#include <QAbstractHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QUrl>

#include <memory>

class AdobeSandbox;
class DataFramerSandbox;
class QHttpServerRequest;
class QTcpSocket;
class SandboxApi;
class SandboxControl;
class SandboxFaults;
class SandboxRequestLog;
class ScaleGpSandbox;
struct SandboxReply;

/// A loopback HTTP server that speaks the three remote spec APIs at their documented paths, with
/// their auth, errors and versioning, so the client can be tested end to end without the real
/// services. Tests add faults (delays, 5xx, 429, dropped connections, expired tokens) and read the
/// recorded requests and the server state afterwards.
///
/// It routes requests itself instead of using QHttpServer's router so it holds the socket: a
/// dropped connection needs it, and a delayed answer is written from a timer while the server
/// keeps serving others.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject* parent = nullptr);
    /// A sandbox that accepts other secrets than the built-in ones (the secret-hygiene test
    /// needs values that appear nowhere in the programs).
    explicit SandboxServer(const SandboxCredentials& credentials, QObject* parent = nullptr);
    ~SandboxServer() override;

    /// Listens on 127.0.0.1 only; port 0 picks a free one.
    bool listen(quint16 port, QString* error);
    quint16 port() const;
    /// http://127.0.0.1:PORT
    QUrl baseUrl() const;
    const SandboxCredentials& credentials() const;

    /// State back to the seeds; faults and the request log cleared.
    void reset();
    void addFault(const SandboxFault& fault);
    void clearFaults();
    /// Every API request, in arrival order (control requests are not included).
    QList<RecordedRequest> requests() const;
    QJsonArray requestsJson() const;
    void clearRequests();

    /// What the server did since it started (reset() keeps these), for long runs that inject
    /// faults at random: API requests received, faults served by kind, faults still waiting, and
    /// delayed answers not written yet. GET /_sandbox/stats gives the same as JSON.
    qint64 requestCount() const { return m_requestCount; }
    int faultsServed(SandboxFault::Kind kind) const { return m_faultsServed.value(kind); }
    int pendingReplies() const { return m_pendingReplies; }
    QJsonObject statsJson() const;

    /// -1 for an unknown spec.
    int dataFramerVersionCount(const QString& specId) const;
    QByteArray dataFramerLatestContent(const QString& specId) const;
    QJsonObject scaleGpSpec(const QString& id) const;
    QJsonObject adobeFlowSpec(const QString& id) const;
    /// DataFramer lists a spec's versions newest first instead of oldest first.
    void setDataFramerVersionsNewestFirst(bool newestFirst);
    /// DataFramer's list leaves out `content_yaml`, as the API's summaries may.
    void setDataFramerListsContent(bool listsContent);
    /// PROCESSING, SUCCEEDED or FAILED; false for an unknown spec or status.
    bool setDataFramerStatus(const QString& specId, const QString& status);

    /// A colleague's edit made behind the client's back, through the API's own rules: it bumps
    /// updated_at / updatedAt (Scale GP has none) and adds a version where the API keeps them.
    bool putDataFramerContentAsColleague(const QString& specId, const QByteArray& yaml);
    /// Adds a SUCCEEDED DataFramer spec with one version (for benchmarks with many specs).
    bool addDataFramerSpec(const QString& specId, const QString& name, const QByteArray& yaml);
    bool patchScaleGpAsColleague(const QString& id, const QJsonObject& fields);
    bool putAdobeAsColleague(const QString& id, const QJsonObject& flowSpec);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    SandboxApi* apiFor(const QString& path) const;
    /// The API's answer, or a plain 404 for paths no API owns.
    SandboxReply answer(const RecordedRequest& request);
    /// Applies a fault that answers (or drops) instead of the API.
    void serveFault(const SandboxFault& fault, const RecordedRequest& request, QTcpSocket* socket);
    /// Retry-After for a RateLimit fault: seconds, or the HTTP date that many seconds from now.
    static QByteArray retryAfterValue(const SandboxFault& fault);
    /// Writes the answer to `request`: no body for HEAD, and closes after it if asked to.
    void send(QTcpSocket* socket, const SandboxReply& reply, const RecordedRequest& request);
    /// Closes the connection with no reply, from the event loop rather than inside Qt's handler.
    void dropLater(QTcpSocket* socket);

    SandboxCredentials m_credentials;
    std::unique_ptr<DataFramerSandbox> m_dataFramer;
    std::unique_ptr<ScaleGpSandbox> m_scaleGp;
    std::unique_ptr<AdobeSandbox> m_adobe;
    std::unique_ptr<SandboxFaults> m_faults;
    std::unique_ptr<SandboxRequestLog> m_log;
    std::unique_ptr<SandboxControl> m_control;
    quint16 m_port = 0;
    qint64 m_requestCount = 0;
    QMap<SandboxFault::Kind, int> m_faultsServed;
    int m_pendingReplies = 0;
};
