#pragma once

#include "RemoteError.h"
#include "RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP request as a provider builds it.
struct RemoteRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HeaderList headers;
    QByteArray body;

    /// Only reads are retried on their own; a write is never repeated blindly.
    bool isRead() const { return method == "GET" || method == "HEAD"; }
};

/// What came back: an HTTP status and body, or a transport failure in `networkError`.
struct RemoteResponse
{
    int status = 0; ///< 0 when no HTTP reply arrived
    QByteArray body;
    HeaderList headers;
    RemoteError networkError;

    bool isSuccess() const { return status >= 200 && status < 300; }
    /// A header's value, the name compared without case.
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
};
