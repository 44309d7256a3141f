#include "AdobeFormat.h"

#include "RemoteJson.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AdobeFormat", text);
}

bool parseDocument(const QByteArray& body, rapidjson::Document& document, QString* error)
{
    QString where;
    if (!RemoteJson::parse(body, document, &where)) {
        *error = tr("The server's reply is not valid JSON (%1).").arg(where);
        return false;
    }
    return true;
}

Parsed<RemoteSpec> specFrom(const rapidjson::Value& object)
{
    Parsed<RemoteSpec> result;
    if (!object.IsObject()) {
        result.error = tr("a flow spec is %1, not an object.").arg(RemoteJson::describe(object));
        return result;
    }
    RemoteSpec& spec = result.value;
    spec.id = RemoteJson::string(object, "id");
    if (spec.id.isEmpty()) {
        result.error = tr("a flow spec has no 'id'.");
        return result;
    }
    spec.name = RemoteJson::string(object, "name");
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
    if (!parseDocument(body, document, &result.error)) {
        return result;
    }
    const rapidjson::Value* items = RemoteJson::member(document, "items");
    if (items == nullptr || !items->IsArray()) {
        result.error = tr("The server's reply has no 'items' list.");
        return result;
    }
    for (const auto& item : items->GetArray()) {
        Parsed<RemoteSpec> spec = specFrom(item);
        if (!spec.ok()) {
            result.error = tr("The server's list is unreadable: %1").arg(spec.error);
            return result;
        }
        result.value.specs << spec.value;
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
    if (!parseDocument(body, document, &result.error)) {
        return result;
    }
    const rapidjson::Value* object = &document;
    if (const rapidjson::Value* items = RemoteJson::member(document, "items"); items != nullptr) {
        if (!items->IsArray() || items->Size() != 1) {
            result.error = tr("The server's reply should hold exactly one flow spec in 'items'.");
            return result;
        }
        object = &(*items)[0];
    }
    result = specFrom(*object);
    if (!result.ok()) {
        result.error = tr("The server's reply is unreadable: %1").arg(result.error);
    }
    return result;
}

Parsed<QByteArray> putBody(const QByteArray& draft, const QString& specId)
{
    Parsed<QByteArray> result;
    rapidjson::Document document;
    QString where;
    if (!RemoteJson::parse(draft, document, &where)) {
        result.error = tr("The flow spec is not valid JSON (%1). Fix it before saving.").arg(where);
        return result;
    }
    if (!document.IsObject()) {
        result.error = tr("The flow spec must be a JSON object.");
        return result;
    }
    QStringList problems;
    for (const char* required : {"name", "providerId"}) {
        const rapidjson::Value* value = RemoteJson::member(document, required);
        if (value == nullptr || !value->IsString() || value->GetStringLength() == 0) {
            problems << tr("'%1' is required and must be a non-empty string.").arg(QLatin1String(required));
        }
    }
    const rapidjson::Value* id = RemoteJson::member(document, "id");
    if (id != nullptr && (!id->IsString() || RemoteJson::string(document, "id") != specId)) {
        problems << tr("'id' must stay %1: a PUT cannot move the spec to another id.").arg(specId);
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
