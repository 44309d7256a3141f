#pragma once

#include "RecordedRequest.h"
#include "SandboxReply.h"

/// What the server needs from each of the three fake APIs: to claim its paths, answer a request,
/// and phrase the faults' errors in its own documented error shape.
class SandboxApi
{
public:
    virtual ~SandboxApi() = default;

    /// True when `path` is under this API's prefix; its unknown routes then answer in its shape.
    virtual bool owns(const QString& path) const = 0;
    /// Answers one request, applying its state change if it has one.
    virtual SandboxReply handle(const RecordedRequest& request) = 0;
    /// Back to the seed data.
    virtual void reset() = 0;

    /// A 401 as the API gives it for an expired or revoked credential.
    virtual SandboxReply expiredCredential() const = 0;
    /// `status` (5xx, or any) with the API's error body.
    virtual SandboxReply serverError(int status) const = 0;
    /// 429 with the API's error body; the server adds Retry-After.
    virtual SandboxReply rateLimited(int retryAfterSeconds) const = 0;
    /// `status` with `message` where the API's error body puts its explanation, word for word.
    virtual SandboxReply rejection(int status, const QString& message, const QString& field) const = 0;
};
