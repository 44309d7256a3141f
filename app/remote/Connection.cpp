#include "Connection.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Connections)
};

/// The untranslated name of the connection the bundled sandbox makes for `api`.
const char* bundledSandboxSourceName(ApiKind api)
{
    switch (api) {
    case ApiKind::DataFramer:
        return QT_TRANSLATE_NOOP("SandboxSession", "Sandbox DataFramer");
    case ApiKind::ScaleGp:
        return QT_TRANSLATE_NOOP("SandboxSession", "Sandbox Scale GP");
    case ApiKind::Adobe:
        return QT_TRANSLATE_NOOP("SandboxSession", "Sandbox Adobe");
    }
    return "";
}

} // namespace

namespace Connections {

QStringList secretNames(ApiKind api)
{
    switch (api) {
    case ApiKind::DataFramer:
        return {QStringLiteral("token")};
    case ApiKind::ScaleGp:
        return {QStringLiteral("apiKey")};
    case ApiKind::Adobe:
        return {QStringLiteral("accessToken"), QStringLiteral("apiKey")};
    }
    return {};
}

QString secretLabel(ApiKind api, const QString& secretName)
{
    if (secretName == QLatin1String("token")) {
        return Text::tr("Bearer key");
    }
    if (secretName == QLatin1String("accessToken")) {
        return Text::tr("access token");
    }
    if (secretName == QLatin1String("apiKey")) {
        return api == ApiKind::Adobe ? Text::tr("client ID (x-api-key)") : Text::tr("API key (x-api-key)");
    }
    return secretName;
}

QString environmentOption(const QString& secretName)
{
    if (secretName == QLatin1String("token")) {
        return QStringLiteral("token-env");
    }
    if (secretName == QLatin1String("accessToken")) {
        return QStringLiteral("access-token-env");
    }
    return QStringLiteral("api-key-env");
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString bundledSandboxName(ApiKind api)
{
    return QCoreApplication::translate("SandboxSession", bundledSandboxSourceName(api));
}

bool isBundledSandbox(const Connection& connection)
{
    // Named in the language the sandbox ran in, which may not be this process's.
    const bool named = connection.name == QLatin1String(bundledSandboxSourceName(connection.api))
                       || connection.name == bundledSandboxName(connection.api);
    return named && connection.baseUrl.host() == QStringLiteral("127.0.0.1");
}

QString validate(const Connection& connection)
{
    if (connection.name.trimmed().isEmpty()) {
        return Text::tr("The connection needs a name.");
    }
    if (connection.name.contains(QLatin1Char('/'))) {
        return Text::tr("A connection's name cannot contain '/', which separates it from a spec id.");
    }
    const QUrl& url = connection.baseUrl;
    if (!url.isValid()) {
        // An invalid QUrl prints as nothing; its error names the text and what is wrong with it,
        // less any user name and password typed into it.
        static const QRegularExpression userInfo(QStringLiteral("//[^/@\\s\"]*@"));
        return Text::tr("The base URL is not a valid URL: %1")
            .arg(url.errorString().replace(userInfo, QStringLiteral("//")));
    }
    if (url.host().isEmpty()) {
        return Text::tr("The base URL '%1' has no host name; it should look like https://host.example.com.")
            .arg(url.toString(QUrl::RemoveUserInfo));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return Text::tr("The base URL must not hold a user name, password, query or fragment.");
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return Text::tr("The base URL must start with https:// (it starts with '%1').").arg(url.scheme());
    }
    if (scheme == QLatin1String("http") && !isLoopback(url) && !connection.allowInsecureHttp) {
        return Text::tr("The base URL uses plain http:// to %1, which would send the secrets unencrypted. "
                        "Use https://, or explicitly allow insecure HTTP for this connection.")
            .arg(url.host());
    }
    if (connection.api == ApiKind::Adobe
        && (connection.imsOrgId.trimmed().isEmpty() || connection.sandboxName.trimmed().isEmpty())) {
        return Text::tr("An Adobe connection needs the IMS organization (x-gw-ims-org-id) and the sandbox name "
                        "(x-sandbox-name).");
    }
    return {};
}

QJsonObject settingsToJson(const Connection& connection)
{
    QJsonObject json;
    if (!connection.accountId.isEmpty()) {
        json.insert(QStringLiteral("accountId"), connection.accountId);
    }
    if (!connection.imsOrgId.isEmpty()) {
        json.insert(QStringLiteral("imsOrgId"), connection.imsOrgId);
    }
    if (!connection.sandboxName.isEmpty()) {
        json.insert(QStringLiteral("sandboxName"), connection.sandboxName);
    }
    if (connection.allowInsecureHttp) {
        json.insert(QStringLiteral("allowInsecureHttp"), true);
    }
    QJsonObject environment;
    for (auto it = connection.secretEnvironment.cbegin(); it != connection.secretEnvironment.cend(); ++it) {
        if (!it.value().isEmpty()) {
            environment.insert(it.key(), it.value());
        }
    }
    if (!environment.isEmpty()) {
        json.insert(QStringLiteral("secretEnvironment"), environment);
    }
    return json;
}

void settingsFromJson(const QJsonObject& json, Connection* connection)
{
    connection->accountId = json.value(QStringLiteral("accountId")).toString();
    connection->imsOrgId = json.value(QStringLiteral("imsOrgId")).toString();
    connection->sandboxName = json.value(QStringLiteral("sandboxName")).toString();
    connection->allowInsecureHttp = json.value(QStringLiteral("allowInsecureHttp")).toBool();
    connection->secretEnvironment.clear();
    const QJsonObject environment = json.value(QStringLiteral("secretEnvironment")).toObject();
    for (auto it = environment.begin(); it != environment.end(); ++it) {
        connection->secretEnvironment.insert(it.key(), it.value().toString());
    }
}

QStringList missingSecrets(const Connection& connection, const Credentials& credentials)
{
    QStringList missing;
    for (const QString& name : secretNames(connection.api)) {
        if (credentials.value(name).isEmpty()) {
            missing << secretLabel(connection.api, name);
        }
    }
    return missing;
}

QString redact(QString text, const Credentials& credentials)
{
    for (const QString& secret : credentials) {
        // Very short values would blank out ordinary words; real secrets are long.
        if (secret.size() >= 4) {
            text.replace(secret, QStringLiteral("[secret]"));
        }
    }
    return text;
}

} // namespace Connections
