#pragma once

#include "RemoteRequest.h"

#include <QObject>
#include <QPointer>

class HttpConnectionPool;
class QTcpSocket;

/// One HTTP/1.1 request and its response over a connection of its own, sent exactly once.
///
/// Writes use this instead of QNetworkAccessManager, which silently sends a request again when
/// the connection drops while it waits for the reply (QHttpNetworkConnectionChannel's reconnect
/// attempts), PUT and PATCH included. Against DataFramer that makes a second version from one
/// save; measured against the sandbox, one dropped reply became two versions. Here a lost reply
/// is reported as lost, and the sync engine checks the server before anything is sent again.
/// With a pool, the connection may be one a write before left open, and is left open for the
/// next (HttpConnectionPool says when); a lost reply on it is reported as lost all the same.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    explicit HttpExchange(RemoteRequest request, HttpConnectionPool* pool = nullptr, QObject* parent = nullptr);
    ~HttpExchange() override;

    void start();
    void abort();

    bool isFinished() const { return m_finished; }
    /// True once any byte of the request was handed to the connection.
    bool requestStarted() const { return m_requestStarted; }
    /// The response; `status` is 0 and `networkError` set when none arrived in full.
    const RemoteResponse& response() const { return m_response; }

Q_SIGNALS:
    /// Bytes moved, so the caller's idle timeout can start over.
    void activity();
    void finished();

private:
    void watch();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError();
    /// Parses what has arrived; true when the response is complete.
    bool parse();
    /// Whether the connection may carry another request: the response was HTTP/1.1, complete,
    /// of a declared length with nothing after it, and the server did not ask to close.
    bool connectionReusable() const;
    void fail(const QString& message, bool neverSent);
    void fail(const RemoteError& error);
    void complete();

    RemoteRequest m_request;
    QPointer<HttpConnectionPool> m_pool;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_received;
    RemoteResponse m_response;
    qsizetype m_bodyStart = -1;
    bool m_http11 = false;
    bool m_requestStarted = false;
    bool m_finished = false;
    QStringList m_tlsProblems;
};
