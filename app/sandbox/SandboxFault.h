#pragma once

#include <QByteArray>
#include <QString>

/// One misbehaviour the sandbox is told to show, so clients can be tested against the failures
/// real networks and services produce: slowness, 5xx, throttling, lost replies, expired tokens.
struct SandboxFault
{
    enum class Kind {
        Delay, ///< answer normally, but only after delayMs
        ServerError, ///< answer `status` with the API's error body, change nothing
        DropBeforeStore, ///< close the connection without a reply and without changing state
        DropAfterStore, ///< apply the request's change, then close without a reply
        RateLimit, ///< 429 with Retry-After: retryAfterSeconds
        ExpireToken, ///< 401 as if the credential had expired
        ServerErrorAfterStore, ///< apply the request's change, then answer `status` anyway
        Reject, ///< answer `status` (400, 401, 422...) with `message` in the API's error body, change nothing
        Trickle, ///< apply the request, send the reply's head, then its body one byte every delayMs
    };

    Kind kind = Kind::ServerError;
    QByteArray method; ///< "GET", "PUT", "PATCH"...; empty = any
    QString pathContains; ///< applies to requests whose path contains this; empty = any
    int times = 1; ///< how many matching requests it hits, then it is spent
    int delayMs = 0; ///< Delay: answer normally after this long; Trickle: the wait between body bytes
    int status = 503; ///< ServerError: this status with a JSON error body of the API's shape
    int retryAfterSeconds = 1; ///< RateLimit: 429 with header Retry-After: N
    /// RateLimit: give Retry-After as the HTTP date N seconds from now (rounded up to a second).
    bool retryAfterAsDate = false;
    QString message; ///< Reject: the server's words, as given (markup and all); empty = the reason phrase
    /// Reject: the body field the words are about, as a 422 validation list names it (Scale GP's
    /// FastAPI `loc`); empty = about the request as a whole.
    QString field;
};
