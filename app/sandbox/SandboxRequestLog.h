#pragma once

#include "RecordedRequest.h"

#include <QJsonArray>
#include <QList>

/// Every API request the sandbox received, in arrival order, so tests can check what a client
/// actually sent (headers, bodies, retries) rather than what it meant to send.
class SandboxRequestLog
{
public:
    void record(const RecordedRequest& request) { m_requests.append(request); }
    void clear() { m_requests.clear(); }
    const QList<RecordedRequest>& requests() const { return m_requests; }

    /// For GET /_sandbox/requests: method, path, query, headers (object), body as UTF-8 text.
    QJsonArray toJson() const;

private:
    QList<RecordedRequest> m_requests;
};
