#include "DataFramerFormat.h"

#include "RemoteJson.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DataFramerFormat)
};

QDateTime timestamp(const rapidjson::Value& object, const char* key)
{
    return QDateTime::fromString(RemoteJson::string(object, key), Qt::ISODateWithMs);
}

/// Numbers versions 1, 2, ... from the oldest, by `created_at`: the server may list them newest
/// first or oldest first, and a label must mean the same version after every pull. Versions
/// without a time keep the order the server gave, taken as oldest first.
void numberByCreation(QList<RemoteVersion>* versions)
{
    const bool everyTimeKnown = std::all_of(
        versions->cbegin(), versions->cend(), [](const RemoteVersion& version) { return version.createdAt.isValid(); });
    if (everyTimeKnown) {
        std::stable_sort(
            versions->begin(), versions->end(), [](const auto& a, const auto& b) { return a.createdAt < b.createdAt; });
    }
    int number = 0;
    for (RemoteVersion& version : *versions) {
        version.number = ++number;
    }
}

Parsed<RemoteSpec> specFrom(const rapidjson::Value& object)
{
    Parsed<RemoteSpec> result;
    RemoteSpec& spec = result.value;
    if (!RemoteReplies::readIdentity(object, Text::tr("a spec"), &spec, &result.error)) {
        return result;
    }
    const QString status = RemoteJson::string(object, "status");
    if (status == QLatin1String("PROCESSING")) {
        spec.status = RemoteStatus::Processing;
    } else if (status == QLatin1String("FAILED")) {
        spec.status = RemoteStatus::Failed;
        spec.statusDetail = RemoteJson::string(object, "error");
    }
    spec.revision = RemoteJson::string(object, "updated_at");
    if (const rapidjson::Value* content = RemoteJson::member(object, "content_yaml");
        content != nullptr && content->IsString()) {
        spec.content = QByteArray(content->GetString(), static_cast<qsizetype>(content->GetStringLength()));
        spec.hasContent = true;
    }
    if (const rapidjson::Value* versions = RemoteJson::member(object, "versions");
        versions != nullptr && versions->IsArray()) {
        spec.hasVersions = true;
        bool everyNumberGiven = true;
        for (const auto& item : versions->GetArray()) {
            if (!item.IsObject()) {
                continue;
            }
            RemoteVersion version;
            // The current API sends no number; older ones did.
            const rapidjson::Value* given = RemoteJson::member(item, "version");
            everyNumberGiven = everyNumberGiven && given != nullptr && given->IsInt();
            version.number = given != nullptr && given->IsInt() ? given->GetInt() : 0;
            if (const rapidjson::Value* text = RemoteJson::member(item, "content_yaml");
                text != nullptr && text->IsString()) {
                version.content = QByteArray(text->GetString(), static_cast<qsizetype>(text->GetStringLength()));
            } else if (const rapidjson::Value* legacy = RemoteJson::member(item, "config_yaml");
                       legacy != nullptr && legacy->IsString()) {
                version.content = QByteArray(legacy->GetString(), static_cast<qsizetype>(legacy->GetStringLength()));
            }
            version.createdAt = timestamp(item, "created_at");
            version.author = RemoteJson::string(item, "created_by_email");
            spec.versions << version;
        }
        if (everyNumberGiven) {
            std::stable_sort(spec.versions.begin(), spec.versions.end(), [](const auto& a, const auto& b) {
                return a.number < b.number;
            });
        } else {
            numberByCreation(&spec.versions);
        }
    }
    return result;
}

} // namespace

namespace DataFramerFormat {

Parsed<QList<RemoteSpec>> parseList(const QByteArray& body)
{
    Parsed<QList<RemoteSpec>> result;
    rapidjson::Document document;
    if (!RemoteReplies::parse(body, document, &result.error)) {
        return result;
    }
    const rapidjson::Value* items = &document;
    if (document.IsObject()) {
        items = RemoteJson::member(document, "results");
    }
    if (items == nullptr || !items->IsArray()) {
        result.error = Text::tr("The server's reply is not a list of specs.");
        return result;
    }
    RemoteReplies::readSpecs(*items, specFrom, &result.value, &result.error);
    return result;
}

Parsed<RemoteSpec> parseSpec(const QByteArray& body)
{
    return RemoteReplies::parseSpec(body, specFrom);
}

Parsed<QByteArray> updateBody(const QByteArray& yaml)
{
    Parsed<QByteArray> result;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(yaml);
    Q_UNUSED(decoded)
    if (decoder.hasError()) {
        result.error = Text::tr("The spec is not valid UTF-8 text, so it cannot be sent. Save it as UTF-8 first.");
        return result;
    }
    // The writer escapes only what JSON requires, so the server receives the same bytes.
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    writer.Key("content_yaml");
    writer.String(yaml.constData(), static_cast<rapidjson::SizeType>(yaml.size()));
    writer.EndObject();
    result.value = QByteArray(buffer.GetString(), static_cast<qsizetype>(buffer.GetSize()));
    return result;
}

} // namespace DataFramerFormat
