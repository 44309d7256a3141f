#pragma once

#include "SandboxApi.h"
#include "SandboxClock.h"
#include "SandboxCredentials.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

/// Adobe Experience Platform's Flow Service flow specs (`/data/foundation/flowservice/flowSpecs…`)
/// behind Adobe's gateway: the four platform headers with the gateway's `{error_code, message}`
/// bodies, `{"items": […]}` answers with `property=` filters, and PUT as a full replace that keeps
/// the server-owned fields. Specs are stored as JSON text so member order survives, as the real
/// service keeps it.
class AdobeSandbox : public SandboxApi
{
public:
    explicit AdobeSandbox(const SandboxCredentials& credentials);

    bool owns(const QString& path) const override;
    SandboxReply handle(const RecordedRequest& request) override;
    void reset() override;
    SandboxReply expiredCredential() const override;
    SandboxReply serverError(int status) const override;
    SandboxReply rateLimited(int retryAfterSeconds) const override;
    SandboxReply rejection(int status, const QString& message, const QString& field) const override;

    /// Empty for an unknown id.
    QJsonObject flowSpec(const QString& id) const;
    /// The same checks and effect as a client's PUT, made by another user; false if refused.
    bool putAsColleague(const QString& id, const QJsonObject& flowSpec);

private:
    struct FlowSpec
    {
        QString id;
        QByteArray json; ///< compact, in the member order it was stored with
    };

    qsizetype indexOf(const QString& id) const;
    std::optional<SandboxReply> gatewayRefusal(const RecordedRequest& request) const;
    SandboxReply list(const RecordedRequest& request) const;
    /// Validates `body` and replaces the spec; the reply is the stored spec or the refusal.
    SandboxReply replace(qsizetype index, const QByteArray& body, const QByteArray& user, const QByteArray& client);
    SandboxReply flowError(int status,
                           const QString& code,
                           const QString& title,
                           const QString& message,
                           const QJsonObject& report = {}) const;

    SandboxCredentials m_credentials;
    QList<FlowSpec> m_specs;
    SandboxClock m_clock;
};
