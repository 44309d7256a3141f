#include "AdobeFormat.h"

#include "RemoteJson.h"

#include <QCoreApplication>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdobeFormat)
};

Parsed<RemoteSpec> specFrom(const rapidjson::Value& object)
{
    Parsed<RemoteSpec> result;
    RemoteSpec& spec = result.value;
    if (!RemoteReplies::readIdentity(object, Text::tr("a flow spec"), &spec, &result.error)) {
        return result;
    }
    if (const rapidjson::Value* updatedAt = RemoteJson::member(object, "updatedAt"); updatedAt != nullptr) {
        spec.revision = updatedAt->IsString() ? RemoteJson::string(object, "updatedAt")
                                              : QString::fromUtf8(RemoteJson::compact(*updatedAt));
    }
    spec.content = RemoteJson::pretty(object);
    spec.hasContent = true;
    return result;
}

} // namespace

namespace AdobeFormat {

const QStringList& serverOwnedFields()
{
    static const QStringList fields {QStringLiteral("createdAt"),
                                     QStringLiteral("updatedAt"),
                                     QStringLiteral("createdBy"),
                                     QStringLiteral("updatedBy"),
                                     QStringLiteral("createdClient"),
                                     QStringLiteral("updatedClient"),
                                     QStringLiteral("sandboxId"),
                                     QStringLiteral("sandboxName"),
                                     QStringLiteral("imsOrgId")};
    return fields;
}

Parsed<RemoteSpecPage> parseList(const QByteArray& body)
{
    Parsed<RemoteSpecPage> result;
    rapidjson::Document document;
    if (!RemoteReplies::parseItems(body, specFrom, document, &result)) {
        return result;
    }
    if (const rapidjson::Value* links = RemoteJson::member(document, "_links"); links != nullptr) {
        if (const rapidjson::Value* next = RemoteJson::member(*links, "next"); next != nullptr) {
            result.value.nextLink = RemoteJson::string(*next, "href");
        }
    }
    return result;
}

Parsed<RemoteSpec> parseSpec(const QByteArray& body)
{
    Parsed<RemoteSpec> result;
    rapidjson::Document document;
    if (!RemoteReplies::parse(body, document, &result.error)) {
        return result;
    }
    const rapidjson::Value* object = &document;
    if (const rapidjson::Value* items = RemoteJson::member(document, "items"); items != nullptr) {
        if (!items->IsArray() || items->Size() != 1) {
            result.error = Text::tr("The server's reply should hold exactly one flow spec in 'items'.");
            return result;
        }
        object = &(*items)[0];
    }
    return RemoteReplies::readSpec(*object, specFrom);
}

Parsed<QByteArray> putBody(const QByteArray& draft, const QString& specId)
{
    Parsed<QByteArray> result;
    rapidjson::Document document;
    QString where;
    if (!RemoteJson::parse(draft, document, &where)) {
        result.error = Text::tr("The flow spec is not valid JSON (%1). Fix it before saving.").arg(where);
        return result;
    }
    if (!document.IsObject()) {
        result.error = Text::tr("The flow spec must be a JSON object.");
        return result;
    }
    QStringList problems;
    for (const char* required : {"name", "providerId"}) {
        const rapidjson::Value* value = RemoteJson::member(document, required);
        if (value == nullptr || !value->IsString() || value->GetStringLength() == 0) {
            problems << Text::tr("'%1' is required and must be a non-empty string.").arg(QLatin1String(required));
        }
    }
    const rapidjson::Value* id = RemoteJson::member(document, "id");
    if (id != nullptr && (!id->IsString() || RemoteJson::string(document, "id") != specId)) {
        problems << Text::tr("'id' must stay %1: a PUT cannot move the spec to another id.").arg(specId);
    }
    if (!problems.isEmpty()) {
        result.error = problems.join(QLatin1Char('\n'));
        return result;
    }
    for (const QString& field : serverOwnedFields()) {
        // EraseMember keeps the order of the rest; RemoveMember would move the last member here.
        const QByteArray key = field.toUtf8();
        if (const auto found = document.FindMember(key.constData()); found != document.MemberEnd()) {
            document.EraseMember(found);
        }
    }
    result.value = RemoteJson::compact(document);
    return result;
}

} // namespace AdobeFormat
