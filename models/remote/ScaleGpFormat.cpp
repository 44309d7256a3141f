#include "ScaleGpFormat.h"

#include "RemoteJson.h"

#include <QCoreApplication>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScaleGpFormat)
};

Parsed<RemoteSpec> specFrom(const rapidjson::Value& object)
{
    Parsed<RemoteSpec> result;
    RemoteSpec& spec = result.value;
    if (!RemoteReplies::readIdentity(object, Text::tr("an application spec"), &spec, &result.error)) {
        return result;
    }
    const QString archivedAt = RemoteJson::string(object, "archived_at");
    if (!archivedAt.isEmpty()) {
        spec.status = RemoteStatus::Archived;
        spec.statusDetail = Text::tr("Archived at %1.").arg(archivedAt);
    }
    spec.content = RemoteJson::pretty(object);
    spec.hasContent = true;
    return result;
}

bool hasType(const QString& field, const rapidjson::Value& value)
{
    return field == QLatin1String("run_online_evaluation") ? value.IsBool() : value.IsString();
}

} // namespace

namespace ScaleGpFormat {

const QStringList& editableFields()
{
    static const QStringList fields {QStringLiteral("name"),
                                     QStringLiteral("description"),
                                     QStringLiteral("theme_id"),
                                     QStringLiteral("run_online_evaluation")};
    return fields;
}

Parsed<RemoteSpecPage> parsePage(const QByteArray& body)
{
    Parsed<RemoteSpecPage> result;
    rapidjson::Document document;
    if (!RemoteReplies::parseItems(body, specFrom, document, &result)) {
        return result;
    }
    const auto integer = [&document](const char* key, qint64 fallback) {
        const rapidjson::Value* value = RemoteJson::member(document, key);
        return value != nullptr && value->IsInt64() ? value->GetInt64() : fallback;
    };
    result.value.currentPage = static_cast<int>(integer("current_page", 0));
    result.value.itemsPerPage = static_cast<int>(integer("items_per_page", 0));
    result.value.totalItemCount = integer("total_item_count", -1);
    return result;
}

Parsed<RemoteSpec> parseSpec(const QByteArray& body)
{
    return RemoteReplies::parseSpec(body, specFrom);
}

Parsed<QByteArray> patchBody(const QByteArray& base, const QByteArray& draft)
{
    Parsed<QByteArray> result;
    rapidjson::Document baseDocument;
    rapidjson::Document draftDocument;
    QString where;
    if (!RemoteJson::parse(base, baseDocument, &where) || !baseDocument.IsObject()) {
        result.error = Text::tr("The copy of the server's spec is unreadable; fetch the spec again.");
        return result;
    }
    if (!RemoteJson::parse(draft, draftDocument, &where)) {
        result.error = Text::tr("The spec is not valid JSON (%1). Fix it before saving.").arg(where);
        return result;
    }
    if (!draftDocument.IsObject()) {
        result.error = Text::tr("The spec must be a JSON object.");
        return result;
    }

    QStringList problems;
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    int changed = 0;
    for (const auto& entry : draftDocument.GetObject()) {
        const QString field = QString::fromUtf8(entry.name.GetString());
        const rapidjson::Value* before = RemoteJson::member(baseDocument, entry.name.GetString());
        const bool same = before != nullptr && *before == entry.value;
        if (!editableFields().contains(field)) {
            if (field == QLatin1String("restore")) {
                problems << Text::tr("'restore' is not a field of the spec; use the Restore action to un-archive it.");
            } else if (!same) {
                problems << Text::tr("'%1' is set by the server and cannot be changed.").arg(field);
            }
            continue;
        }
        if (same) {
            continue;
        }
        if (entry.value.IsNull()) {
            problems << Text::tr("'%1' cannot be set to null: the API does not accept it. Give it a value.").arg(field);
            continue;
        }
        if (!hasType(field, entry.value)) {
            problems << (field == QLatin1String("run_online_evaluation")
                             ? Text::tr("'%1' must be true or false.").arg(field)
                             : Text::tr("'%1' must be a string.").arg(field));
            continue;
        }
        writer.Key(entry.name.GetString(), entry.name.GetStringLength());
        entry.value.Accept(writer);
        ++changed;
    }
    for (const QString& field : editableFields()) {
        const QByteArray key = field.toUtf8();
        const rapidjson::Value* before = RemoteJson::member(baseDocument, key.constData());
        if (before != nullptr && !before->IsNull() && RemoteJson::member(draftDocument, key.constData()) == nullptr) {
            problems << Text::tr("'%1' cannot be removed: the API has no way to clear it.").arg(field);
        }
    }
    writer.EndObject();
    if (!problems.isEmpty()) {
        result.error = problems.join(QLatin1Char('\n'));
        return result;
    }
    if (changed > 0) {
        result.value = QByteArray(buffer.GetString(), static_cast<qsizetype>(buffer.GetSize()));
    }
    return result;
}

QByteArray restoreBody()
{
    return QByteArrayLiteral("{\"restore\":true}");
}

} // namespace ScaleGpFormat
