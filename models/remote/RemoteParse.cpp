#include "RemoteParse.h"

#include "RemoteJson.h"

#include <QCoreApplication>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RemoteReplies)
};

} // namespace

namespace RemoteReplies {

bool parse(const QByteArray& body, rapidjson::Document& document, QString* error)
{
    QString where;
    if (!RemoteJson::parse(body, document, &where)) {
        *error = Text::tr("The server's reply is not valid JSON (%1).").arg(where);
        return false;
    }
    return true;
}

bool readIdentity(const rapidjson::Value& object, const QString& noun, RemoteSpec* spec, QString* error)
{
    if (!object.IsObject()) {
        *error = Text::tr("%1 is %2, not an object.").arg(noun, RemoteJson::describe(object));
        return false;
    }
    spec->id = RemoteJson::string(object, "id");
    if (spec->id.isEmpty()) {
        *error = Text::tr("%1 has no 'id'.").arg(noun);
        return false;
    }
    spec->name = RemoteJson::string(object, "name");
    return true;
}

bool readSpecs(const rapidjson::Value& items, SpecReader read, QList<RemoteSpec>* specs, QString* error)
{
    for (const auto& item : items.GetArray()) {
        const Parsed<RemoteSpec> spec = read(item);
        if (!spec.ok()) {
            *error = Text::tr("The server's list is unreadable: %1").arg(spec.error);
            return false;
        }
        *specs << spec.value;
    }
    return true;
}

Parsed<RemoteSpec> readSpec(const rapidjson::Value& object, SpecReader read)
{
    Parsed<RemoteSpec> result = read(object);
    if (!result.ok()) {
        result.error = Text::tr("The server's reply is unreadable: %1").arg(result.error);
    }
    return result;
}

Parsed<RemoteSpec> parseSpec(const QByteArray& body, SpecReader read)
{
    rapidjson::Document document;
    Parsed<RemoteSpec> result;
    if (!parse(body, document, &result.error)) {
        return result;
    }
    return readSpec(document, read);
}

bool parseItems(const QByteArray& body, SpecReader read, rapidjson::Document& document, Parsed<RemoteSpecPage>* page)
{
    if (!parse(body, document, &page->error)) {
        return false;
    }
    const rapidjson::Value* items = RemoteJson::member(document, "items");
    if (items == nullptr || !items->IsArray()) {
        page->error = Text::tr("The server's reply has no 'items' list.");
        return false;
    }
    return readSpecs(*items, read, &page->value.specs, &page->error);
}

} // namespace RemoteReplies
