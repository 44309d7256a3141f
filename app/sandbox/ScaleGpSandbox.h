#pragma once

#include "SandboxApi.h"
#include "SandboxClock.h"
#include "SandboxCredentials.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

/// Scale GP's application specs (`/v4/application-specs…`) as a FastAPI service answers them:
/// `x-api-key` auth, an optional account header that must name our account, page/limit
/// pagination, soft delete with restore, and pydantic's 422 `detail[]` for anything the
/// strict PATCH schema does not allow. There is no version and no `updated_at`: last writer wins.
class ScaleGpSandbox : public SandboxApi
{
public:
    explicit ScaleGpSandbox(const SandboxCredentials& credentials);

    bool owns(const QString& path) const override;
    SandboxReply handle(const RecordedRequest& request) override;
    void reset() override;
    SandboxReply expiredCredential() const override;
    SandboxReply serverError(int status) const override;
    SandboxReply rateLimited(int retryAfterSeconds) const override;
    SandboxReply rejection(int status, const QString& message, const QString& field) const override;

    /// Empty for an unknown id.
    QJsonObject spec(const QString& id) const;
    /// The same validation and effect as a client's PATCH; false when it would have been refused.
    bool patchAsColleague(const QString& id, const QJsonObject& fields);

private:
    qsizetype indexOf(const QString& id) const;
    SandboxReply list(const RecordedRequest& request) const;
    SandboxReply patch(qsizetype index, const RecordedRequest& request);
    /// pydantic's errors for a PATCH body; empty when it is valid.
    static QJsonArray patchErrors(const QJsonObject& body);
    void applyPatch(qsizetype index, const QJsonObject& body);

    SandboxCredentials m_credentials;
    QList<QJsonObject> m_specs;
    SandboxClock m_clock;
};
