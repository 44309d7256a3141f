#pragma once

#include "SandboxApi.h"
#include "SandboxClock.h"
#include "SandboxCredentials.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// The DataFramer specs API (`/api/dataframer/specs/…`, trailing slashes required) as the docs
/// describe it: Bearer auth, a bare array for the list, PUT of `content_yaml` appending a version
/// (at most 30), status rules, and Django REST Framework's error bodies. The YAML a client sends
/// is kept byte for byte, because that is what the editor promises its users.
class DataFramerSandbox : public SandboxApi
{
public:
    static constexpr int kMaxVersions = 30;

    explicit DataFramerSandbox(const SandboxCredentials& credentials);

    bool owns(const QString& path) const override;
    SandboxReply handle(const RecordedRequest& request) override;
    void reset() override;
    SandboxReply expiredCredential() const override;
    SandboxReply serverError(int status) const override;
    SandboxReply rateLimited(int retryAfterSeconds) const override;
    SandboxReply rejection(int status, const QString& message, const QString& field) const override;

    /// -1 for an unknown spec.
    int versionCount(const QString& specId) const;
    /// The newest version's YAML as UTF-8, whatever the status; empty when there is none.
    QByteArray latestContent(const QString& specId) const;
    /// PROCESSING, SUCCEEDED or FAILED. A spec that finishes processing gets its first version.
    bool setStatus(const QString& specId, const QString& status);
    /// The same checks and effects as a client's PUT; false when the PUT would have been refused.
    bool putAsColleague(const QString& specId, const QByteArray& yaml);
    /// A SUCCEEDED spec with one version, beside the seeds (benchmarks need many).
    bool addSpec(const QString& specId, const QString& name, const QByteArray& yaml);
    /// The API does not promise an order for `versions`: list them newest first from now on.
    void setVersionsNewestFirst(bool newestFirst) { m_versionsNewestFirst = newestFirst; }
    /// Whether the list carries each spec's `content_yaml`; summaries without it are allowed.
    void setListsContent(bool listsContent) { m_listsContent = listsContent; }

private:
    struct Version
    {
        QString contentYaml;
        QDateTime createdAt;
    };
    struct Spec
    {
        QString id;
        QString name;
        QString description;
        QString status;
        QDateTime createdAt;
        QDateTime updatedAt;
        QJsonValue datasetId;
        QJsonValue datasetName;
        QString datasetType;
        QString createdByEmail;
        QJsonObject runtimeParams;
        QString error;
        QList<Version> versions;
        QString pendingContent; ///< becomes version 1 when a PROCESSING seed succeeds
    };

    Spec* find(const QString& id);
    const Spec* find(const QString& id) const;
    QJsonObject toJson(const Spec& spec, bool withVersions) const;
    bool authorized(const RecordedRequest& request) const;

    SandboxReply getSpec(const Spec& spec, const RecordedRequest& request) const;
    SandboxReply putSpec(Spec* spec, const RecordedRequest& request);
    /// Status, YAML and version-cap checks, then the new version; nullopt on success.
    std::optional<SandboxReply> storeVersion(Spec* spec, const QString& contentYaml);
    void loadSeeds();

    SandboxCredentials m_credentials;
    QList<Spec> m_specs;
    bool m_versionsNewestFirst = false;
    bool m_listsContent = true;
    SandboxClock m_clock;
};
