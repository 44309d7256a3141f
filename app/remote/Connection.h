#pragma once

#include "ApiKind.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

/// The secrets of one connection, by secret name ("token", "apiKey", "accessToken").
/// Held in memory only; the workspace never stores them.
using Credentials = QMap<QString, QString>;

/// A named account on one API: where it is, who we are there, and how to find the secrets.
/// Everything here is stored in the workspace; the secrets themselves are not.
struct Connection
{
    qint64 id = 0;
    QString name;
    ApiKind api = ApiKind::DataFramer;
    QUrl baseUrl;
    QString accountId; ///< Scale GP, optional: sent as `x-selected-account-id`
    QString imsOrgId; ///< Adobe: `x-gw-ims-org-id`
    QString sandboxName; ///< Adobe: `x-sandbox-name`
    /// A plain `http://` URL to a host other than this machine is refused unless this is set.
    bool allowInsecureHttp = false;
    /// Environment variables `specdesk-cli` reads secrets from, by secret name.
    QMap<QString, QString> secretEnvironment;
    /// The tree collection holding this connection's specs.
    qint64 collectionId = 0;
};

namespace Connections {
/// The secrets an API needs: DataFramer a Bearer key ("token"); Scale GP an `x-api-key`
/// ("apiKey"); Adobe a Bearer access token ("accessToken") and an `x-api-key` ("apiKey").
QStringList secretNames(ApiKind api);
/// How a secret is called in the UI and in messages, e.g. "Bearer key".
QString secretLabel(ApiKind api, const QString& secretName);
/// The CLI option naming the environment variable of a secret: token → "token-env".
QString environmentOption(const QString& secretName);
/// Empty when the connection can be used; otherwise what is wrong, in a sentence.
QString validate(const Connection& connection);
bool isLoopback(const QUrl& url);
/// The name of the connection `specdesk --sandbox` (Remote ▸ Start Sandbox) makes for `api`,
/// e.g. "Sandbox DataFramer", in this process's language.
QString bundledSandboxName(ApiKind api);
/// One of the three connections the bundled sandbox makes. Their secrets exist only while that
/// sandbox runs, so a missing secret means the sandbox is not running.
bool isBundledSandbox(const Connection& connection);
/// The non-secret settings as stored in the workspace.
QJsonObject settingsToJson(const Connection& connection);
void settingsFromJson(const QJsonObject& json, Connection* connection);
/// The secrets still missing for this API, as labels ("Bearer key").
QStringList missingSecrets(const Connection& connection, const Credentials& credentials);
/// `text` with every secret value replaced by "[secret]", for messages and logs.
QString redact(QString text, const Credentials& credentials);
} // namespace Connections
