#pragma once

#include "ApiKind.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

/// One field the server rejected, e.g. Scale GP's 422 `detail[]` or a DataFramer field map.
struct FieldError
{
    QString field; ///< dotted path without the "body" prefix, e.g. "name" or "content_yaml"
    QString message;
};

/// Why a remote operation failed, in terms the UI and the CLI can act on.
struct RemoteError
{
    enum class Kind {
        None,
        Offline, ///< no route to the server: DNS, refused, no network
        Timeout,
        Cancelled,
        Unauthorized, ///< 401: the credentials are wrong or expired
        Forbidden, ///< 403
        NotFound, ///< 404
        Rejected, ///< 400, 409 or 422: the server refused the request as it stands
        RateLimited, ///< 429
        ServerError, ///< 5xx
        BadReply, ///< the server answered something SpecDesk cannot read
        Refused, ///< SpecDesk refused before sending (insecure URL, invalid draft, read-only spec)
        MissingCredentials, ///< SpecDesk refused before sending: a secret the API needs is not set
        Untrusted, ///< TLS failed (certificate, host name, handshake): nothing was sent, never retried
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    /// A plain sentence for people. Never holds a secret.
    QString message;
    QList<FieldError> fields;
    /// From `Retry-After`, in seconds; -1 when the server gave none.
    int retryAfterSeconds = -1;
    /// The request left SpecDesk but no reply came back, so a write may have been stored.
    bool replyLost = false;

    bool isError() const { return kind != Kind::None; }
    /// The message followed by one line per field error.
    QString fullMessage() const;

    static RemoteError refused(const QString& message);
    static RemoteError badReply(const QString& message);
    /// The TLS handshake with `host` failed for these reasons (the TLS library's own words).
    static RemoteError untrusted(const QString& host, const QStringList& problems);
};

namespace RemoteErrors {
/// Turns an HTTP error reply into a RemoteError. Reads each API's documented error shapes:
/// DataFramer's `{detail}` and field maps, Scale GP's `{detail}` and 422 `detail[]`, Adobe's
/// `{type,title,status,report}` and the gateway's `{error_code,message}`. Falls back to a
/// sentence for the status code with a short, printable excerpt of the body.
RemoteError fromReply(ApiKind api, int status, const QByteArray& body, const QByteArray& retryAfter = {});
/// Ends the message with the request that failed ("GET https://…/specs/ answered HTTP 404") and,
/// when a 404 suggests the connection's base URL is wrong for `api`, what it usually looks like.
/// Nothing is added to a cancellation, which needs no explaining.
void nameRequest(RemoteError& error, ApiKind api, const QByteArray& method, const QUrl& url, const QUrl& baseUrl);
/// Empty when `baseUrl` has the path `api`'s base URLs have; otherwise what they usually look
/// like, as the end of a sentence ("… base URLs end with …, as in …, and this one is …").
QString baseUrlAdvice(ApiKind api, const QUrl& baseUrl);
/// `Retry-After` as seconds: either delta-seconds or an HTTP date, rounded up. -1 when absent or
/// unreadable.
int parseRetryAfter(const QByteArray& value, const QDateTime& now);
/// The same in milliseconds, for waiting out exactly the time the server asked for.
qint64 parseRetryAfterMs(const QByteArray& value, const QDateTime& now);
/// The stable id of a kind, for the CLI's JSON and for logs: "unauthorized", "offline", ...
QString kindId(RemoteError::Kind kind);
} // namespace RemoteErrors
