#pragma once

#include "RemoteRequest.h"

#include <QObject>

class HttpConnectionPool;
class QNetworkAccessManager;
class RemoteCall;

/// Sends the providers' requests over one injected QNetworkAccessManager, with one retry policy.
class RemoteTransport : public QObject
{
    Q_OBJECT

public:
    explicit RemoteTransport(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    const RetryPolicy& retryPolicy() const { return m_policy; }

    /// Starts the request. The call belongs to `owner` and reports through RemoteCall::finished().
    RemoteCall* send(const RemoteRequest& request, QObject* owner);

private:
    QNetworkAccessManager* m_network;
    /// The writes' open connections (see HttpConnectionPool), a child of the transport.
    HttpConnectionPool* m_writeConnections;
    RetryPolicy m_policy;
};
