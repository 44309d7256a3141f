#include "AdobeSandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>

namespace {

const QLatin1String kPrefix("/data/foundation/flowservice");
const QLatin1String kFlowSpecsPath("/data/foundation/flowservice/flowSpecs");

/// Who a PUT is recorded as: the sandbox token's user, or the colleague editing in the UI.
const QByteArray kClientUser = QByteArrayLiteral("5A1D2B3C4E5F60718293A4B5@AdobeID");
const QByteArray kColleagueUser = QByteArrayLiteral("9F8E7D6C5B4A39281706F5E4@AdobeID");
const QByteArray kColleagueClient = QByteArrayLiteral("acp_ui_platform");

/// Fields the service owns: a client may send them back, but they are never taken from it.
const std::array<const char*, 9> kServerOwned {"createdAt",
                                               "updatedAt",
                                               "createdBy",
                                               "updatedBy",
                                               "createdClient",
                                               "updatedClient",
                                               "sandboxId",
                                               "sandboxName",
                                               "imsOrgId"};

constexpr unsigned kParseFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag;

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

QByteArray serialize(const rapidjson::Value& value)
{
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    value.Accept(writer);
    return QByteArray(buffer.GetString(), qsizetype(buffer.GetSize()));
}

QString stringMember(const rapidjson::Value& object, const char* name)
{
    const auto it = object.FindMember(name);
    if (it == object.MemberEnd() || !it->value.IsString())
        return {};
    return QString::fromUtf8(it->value.GetString(), qsizetype(it->value.GetStringLength()));
}

void writeKey(Writer& writer, const char* key)
{
    writer.Key(key);
}

void writeString(Writer& writer, const QByteArray& text)
{
    writer.String(text.constData(), rapidjson::SizeType(text.size()));
}

/// The gateway's `{error_code, message}`.
SandboxReply gatewayError(int status, const char* code, const char* message)
{
    return SandboxReply::json(status,
                              QJsonObject {{QStringLiteral("error_code"), QLatin1String(code)},
                                           {QStringLiteral("message"), QLatin1String(message)}});
}

/// The text a `property=` filter compares against: strings as they are, other scalars as JSON.
std::optional<QString> filterText(const rapidjson::Value& object, const QString& path)
{
    const rapidjson::Value* value = &object;
    const QStringList parts = path.split(QLatin1Char('.'));
    for (const QString& part : parts) {
        const QByteArray key = part.toUtf8();
        if (!value->IsObject())
            return std::nullopt;
        const auto it = value->FindMember(rapidjson::StringRef(key.constData(), rapidjson::SizeType(key.size())));
        if (it == value->MemberEnd())
            return std::nullopt;
        value = &it->value;
    }
    if (value->IsString())
        return QString::fromUtf8(value->GetString(), qsizetype(value->GetStringLength()));
    return QString::fromUtf8(serialize(*value));
}

} // namespace

AdobeSandbox::AdobeSandbox(const SandboxCredentials& credentials)
    : m_credentials(credentials)
{
    reset();
}

bool AdobeSandbox::owns(const QString& path) const
{
    return path == kPrefix || path.startsWith(kPrefix + QLatin1Char('/'));
}

SandboxReply AdobeSandbox::handle(const RecordedRequest& request)
{
    // The gateway checks the platform headers before Flow Service sees the request.
    if (auto refusal = gatewayRefusal(request))
        return *refusal;

    const bool isCollection = request.path == kFlowSpecsPath;
    QString id;
    if (!isCollection && request.path.startsWith(kFlowSpecsPath + QLatin1Char('/')))
        id = request.path.mid(kFlowSpecsPath.size() + 1);
    if (!isCollection && (id.isEmpty() || id.contains(QLatin1Char('/')))) {
        return flowError(404,
                         QStringLiteral("1439"),
                         QStringLiteral("Resource not found"),
                         QStringLiteral("No resource at %1.").arg(request.path));
    }
    const QByteArrayList allowed = isCollection ? QByteArrayList {"GET"} : QByteArrayList {"GET", "PUT"};
    if (!allowed.contains(request.method)) {
        return flowError(
                   405,
                   QStringLiteral("1405"),
                   QStringLiteral("Method not allowed"),
                   QStringLiteral("%1 is not supported on %2.").arg(QString::fromLatin1(request.method), request.path))
            .withHeader("Allow", allowed.join(", "));
    }
    if (request.method == "PUT" && request.mediaType() != "application/json") {
        return SandboxReply::json(
            400,
            QJsonObject {{QStringLiteral("type"), QStringLiteral("/placeholder/type/uri")},
                         {QStringLiteral("status"), 400},
                         {QStringLiteral("title"), QStringLiteral("BadRequestError")},
                         {QStringLiteral("detail"),
                          QStringLiteral("Content-Type header must be application/json, got '%1'.")
                              .arg(QString::fromLatin1(request.header("Content-Type")))}});
    }
    if (isCollection)
        return list(request);

    const qsizetype index = indexOf(id);
    if (index < 0) {
        return flowError(
            404,
            QStringLiteral("1439"),
            QStringLiteral("Resource not found"),
            QStringLiteral("Flow spec with id %1 was not found.").arg(id),
            QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("flowSpecs")}});
    }
    if (request.method == "GET")
        return SandboxReply::rawJson(200, "{\"items\":[" + m_specs.at(index).json + "]}");
    return replace(index, request.body, kClientUser, request.header("x-api-key"));
}

void AdobeSandbox::reset()
{
    m_specs.clear();
    for (const char* name : {"rest-storage-to-aep.json", "generic-streaming-aep.json", "cloud-storage-to-aep.json"}) {
        QFile file(QStringLiteral(":/sandbox/adobe/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Sandbox seed %s is missing", qPrintable(file.fileName()));
        const QByteArray text = file.readAll();
        rapidjson::Document document;
        document.Parse<kParseFlags>(text.constData(), size_t(text.size()));
        if (document.HasParseError() || !document.IsObject())
            qFatal("Sandbox seed %s is not a JSON object", qPrintable(file.fileName()));
        const auto updatedAt = document.FindMember("updatedAt");
        if (updatedAt != document.MemberEnd() && updatedAt->value.IsInt64())
            m_clock.observe(updatedAt->value.GetInt64());
        m_specs.append({stringMember(document, "id"), serialize(document)});
    }
}

SandboxReply AdobeSandbox::expiredCredential() const
{
    return gatewayError(401, "401013", "Oauth token is not valid");
}

SandboxReply AdobeSandbox::serverError(int status) const
{
    return flowError(status,
                     QStringLiteral("1500"),
                     QString::fromLatin1(SandboxReply::reasonPhrase(status)),
                     QStringLiteral("The service could not complete the request; try again later."));
}

SandboxReply AdobeSandbox::rateLimited(int /*retryAfterSeconds*/) const
{
    return gatewayError(429, "429050", "Too many requests");
}

SandboxReply AdobeSandbox::rejection(int status, const QString& message, const QString& field) const
{
    Q_UNUSED(field) // Flow Service names no fields: its message says which
    return flowError(status, QStringLiteral("1400"), QString::fromLatin1(SandboxReply::reasonPhrase(status)), message);
}

QJsonObject AdobeSandbox::flowSpec(const QString& id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? QJsonObject() : QJsonDocument::fromJson(m_specs.at(index).json).object();
}

bool AdobeSandbox::putAsColleague(const QString& id, const QJsonObject& flowSpec)
{
    const qsizetype index = indexOf(id);
    return index >= 0
           && replace(index, QJsonDocument(flowSpec).toJson(QJsonDocument::Compact), kColleagueUser, kColleagueClient)
                      .status
                  == 200;
}

qsizetype AdobeSandbox::indexOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        if (m_specs.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<SandboxReply> AdobeSandbox::gatewayRefusal(const RecordedRequest& request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty())
        return gatewayError(401, "403010", "Oauth token is missing.");
    if (authorization != "Bearer " + m_credentials.adobeAccessToken.toUtf8())
        return gatewayError(401, "401013", "Oauth token is not valid");
    const QByteArray apiKey = request.header("x-api-key");
    if (apiKey.isEmpty())
        return gatewayError(403, "403000", "Api Key is required");
    if (apiKey != m_credentials.adobeApiKey.toUtf8())
        return gatewayError(403, "403003", "Api Key is invalid");
    const QByteArray org = request.header("x-gw-ims-org-id");
    if (org.isEmpty())
        return gatewayError(400, "400003", "Missing header x-gw-ims-org-id");
    if (org != m_credentials.adobeOrgId.toUtf8())
        return gatewayError(403, "403025", "Profile is not valid");
    const QByteArray sandbox = request.header("x-sandbox-name");
    if (sandbox.isEmpty()) {
        return flowError(400,
                         QStringLiteral("1012"),
                         QStringLiteral("Bad Request"),
                         QStringLiteral("Missing required header x-sandbox-name."));
    }
    if (sandbox != m_credentials.adobeSandboxName.toUtf8()) {
        return flowError(400,
                         QStringLiteral("1013"),
                         QStringLiteral("Bad Request"),
                         QStringLiteral("Sandbox '%1' does not exist or is not accessible for this organization.")
                             .arg(QString::fromUtf8(sandbox)));
    }
    return std::nullopt;
}

SandboxReply AdobeSandbox::list(const RecordedRequest& request) const
{
    // property=field==a,b (any of), field!=a, or a bare field (present); repeated ones all apply.
    struct Filter
    {
        QString field;
        enum { Equals, NotEquals, Exists } op;
        QStringList values;
    };
    QList<Filter> filters;
    const QStringList properties = request.queryValues(QStringLiteral("property"));
    for (const QString& property : properties) {
        Filter filter;
        qsizetype at = property.indexOf(QLatin1String("=="));
        filter.op = Filter::Equals;
        if (at < 0) {
            at = property.indexOf(QLatin1String("!="));
            filter.op = Filter::NotEquals;
        }
        if (at < 0) {
            filter.op = Filter::Exists;
            filter.field = property;
        } else {
            filter.field = property.left(at);
            filter.values = property.mid(at + 2).split(QLatin1Char(','));
        }
        static const QRegularExpression fieldName(
            QStringLiteral("^[A-Za-z_@$][A-Za-z0-9_@$]*(\\.[A-Za-z_@$][A-Za-z0-9_@$]*)*$"));
        if (!fieldName.match(filter.field).hasMatch()) {
            return flowError(400,
                             QStringLiteral("1002"),
                             QStringLiteral("Bad Request"),
                             QStringLiteral("Unsupported property filter '%1'.").arg(property));
        }
        filters.append(filter);
    }

    QByteArrayList items;
    for (const FlowSpec& spec : m_specs) {
        rapidjson::Document document;
        document.Parse<kParseFlags>(spec.json.constData(), size_t(spec.json.size()));
        bool keep = true;
        for (const Filter& filter : std::as_const(filters)) {
            const std::optional<QString> text = filterText(document, filter.field);
            if (filter.op == Filter::Exists)
                keep = text.has_value();
            else if (filter.op == Filter::Equals)
                keep = text && filter.values.contains(*text);
            else
                keep = !text || !filter.values.contains(*text);
            if (!keep)
                break;
        }
        if (keep)
            items.append(spec.json);
    }
    const QStringList count = request.queryValues(QStringLiteral("count"));
    if (!count.isEmpty() && count.constLast().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return SandboxReply::json(200, QJsonObject {{QStringLiteral("count"), items.size()}});
    return SandboxReply::rawJson(200, "{\"items\":[" + items.join(',') + "]}");
}

SandboxReply
AdobeSandbox::replace(qsizetype index, const QByteArray& body, const QByteArray& user, const QByteArray& client)
{
    FlowSpec& stored = m_specs[index];
    rapidjson::Document request;
    request.Parse<kParseFlags>(body.constData(), size_t(body.size()));
    if (request.HasParseError()) {
        return flowError(400,
                         QStringLiteral("1002"),
                         QStringLiteral("Bad Request"),
                         QStringLiteral("Malformed JSON at offset %1: %2")
                             .arg(request.GetErrorOffset())
                             .arg(QString::fromUtf8(rapidjson::GetParseError_En(request.GetParseError()))));
    }
    if (!request.IsObject()) {
        return flowError(400,
                         QStringLiteral("1002"),
                         QStringLiteral("Bad Request"),
                         QStringLiteral("The request body must be a JSON object."));
    }
    for (const char* required : {"name", "providerId"}) {
        const auto it = request.FindMember(required);
        if (it == request.MemberEnd() || !it->value.IsString() || it->value.GetStringLength() == 0) {
            return flowError(
                400,
                QStringLiteral("1002"),
                QStringLiteral("Bad Request"),
                QStringLiteral("Field '%1' is required and must be a non-empty string.").arg(QLatin1String(required)),
                QJsonObject {{QStringLiteral("field"), QLatin1String(required)}});
        }
    }
    const auto bodyId = request.FindMember("id");
    if (bodyId != request.MemberEnd() && (!bodyId->value.IsString() || stringMember(request, "id") != stored.id)) {
        return flowError(400,
                         QStringLiteral("1002"),
                         QStringLiteral("Bad Request"),
                         QStringLiteral("The id in the body does not match the id in the path (%1).").arg(stored.id),
                         QJsonObject {{QStringLiteral("field"), QStringLiteral("id")}});
    }

    rapidjson::Document previous;
    previous.Parse<kParseFlags>(stored.json.constData(), size_t(stored.json.size()));
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    writer.StartObject();
    writeKey(writer, "id");
    writeString(writer, stored.id.toUtf8());
    // Server-owned fields first, as the service lists them; the changed ones are new.
    for (const char* name : kServerOwned) {
        const QByteArray key(name);
        writeKey(writer, name);
        if (key == "updatedAt") {
            writer.Int64(m_clock.nextMsecs());
        } else if (key == "updatedBy") {
            writeString(writer, user);
        } else if (key == "updatedClient") {
            writeString(writer, client);
        } else {
            const auto it = previous.FindMember(name);
            if (it != previous.MemberEnd())
                it->value.Accept(writer);
            else
                writer.Null();
        }
    }
    for (auto it = request.MemberBegin(); it != request.MemberEnd(); ++it) {
        const QByteArray name(it->name.GetString(), qsizetype(it->name.GetStringLength()));
        const bool owned
            = std::any_of(kServerOwned.begin(), kServerOwned.end(), [&name](const char* key) { return name == key; });
        // A repeated member counts once, with its last value (as Jackson reads it).
        const bool repeatedLater
            = std::any_of(it + 1, request.MemberEnd(), [&it](const auto& later) { return later.name == it->name; });
        if (owned || name == "id" || repeatedLater)
            continue;
        writer.Key(it->name.GetString(), it->name.GetStringLength());
        it->value.Accept(writer);
    }
    writer.EndObject();
    stored.json = QByteArray(buffer.GetString(), qsizetype(buffer.GetSize()));
    return SandboxReply::rawJson(200, stored.json);
}

SandboxReply AdobeSandbox::flowError(int status,
                                     const QString& code,
                                     const QString& title,
                                     const QString& message,
                                     const QJsonObject& report) const
{
    QJsonObject fullReport = report;
    fullReport.insert(QStringLiteral("detailed-message"), message);
    fullReport.insert(QStringLiteral("request-id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    return SandboxReply::json(
        status,
        QJsonObject {{QStringLiteral("type"),
                      QStringLiteral("https://ns.adobe.com/aep/errors/FLOW-%1-%2").arg(code).arg(status)},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("report"), fullReport}});
}
