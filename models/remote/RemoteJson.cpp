#include "RemoteJson.h"

#include "TextLocator.h"

#include <QCoreApplication>

#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <vector>

namespace RemoteJson {

namespace {

int depthOf(const rapidjson::Value& root)
{
    // Iterative, so a deep document cannot overflow the stack while we measure it.
    std::vector<std::pair<const rapidjson::Value*, int>> pending {{&root, 1}};
    int deepest = 0;
    while (!pending.empty()) {
        const auto [value, depth] = pending.back();
        pending.pop_back();
        deepest = std::max(deepest, depth);
        if (depth > maxDepth) {
            return depth;
        }
        if (value->IsObject()) {
            for (const auto& entry : value->GetObject()) {
                pending.emplace_back(&entry.value, depth + 1);
            }
        } else if (value->IsArray()) {
            for (const auto& item : value->GetArray()) {
                pending.emplace_back(&item, depth + 1);
            }
        }
    }
    return deepest;
}

template <typename Writer>
QByteArray write(const rapidjson::Value& value)
{
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    value.Accept(writer);
    return QByteArray(buffer.GetString(), static_cast<qsizetype>(buffer.GetSize()));
}

} // namespace

bool parse(const QByteArray& bytes, rapidjson::Document& document, QString* error)
{
    document.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(bytes.constData(),
                                                                                           bytes.size());
    if (document.HasParseError()) {
        const TextLocator locator(bytes);
        const auto where = locator.locate(static_cast<qint64>(document.GetErrorOffset()));
        *error = QCoreApplication::translate("RemoteJson", "line %1, column %2: %3")
                     .arg(where.line)
                     .arg(where.column)
                     .arg(QString::fromUtf8(rapidjson::GetParseError_En(document.GetParseError())));
        return false;
    }
    if (depthOf(document) > maxDepth) {
        *error = QCoreApplication::translate("RemoteJson", "it nests deeper than %1 levels").arg(maxDepth);
        return false;
    }
    return true;
}

QByteArray pretty(const rapidjson::Value& value)
{
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    value.Accept(writer);
    QByteArray text(buffer.GetString(), static_cast<qsizetype>(buffer.GetSize()));
    text.append('\n');
    return text;
}

QByteArray compact(const rapidjson::Value& value)
{
    return write<rapidjson::Writer<rapidjson::StringBuffer>>(value);
}

const rapidjson::Value* member(const rapidjson::Value& object, const char* key)
{
    if (!object.IsObject()) {
        return nullptr;
    }
    const auto found = object.FindMember(key);
    return found == object.MemberEnd() ? nullptr : &found->value;
}

QString string(const rapidjson::Value& object, const char* key)
{
    const rapidjson::Value* value = member(object, key);
    if (value == nullptr || !value->IsString()) {
        return {};
    }
    return QString::fromUtf8(value->GetString(), static_cast<qsizetype>(value->GetStringLength()));
}

QString describe(const rapidjson::Value& value)
{
    if (value.IsObject()) {
        return QCoreApplication::translate("RemoteJson", "an object");
    }
    if (value.IsArray()) {
        return QCoreApplication::translate("RemoteJson", "a list");
    }
    QString text = QString::fromUtf8(compact(value));
    if (text.size() > 60) {
        text = text.left(57) + QStringLiteral("...");
    }
    return text;
}

} // namespace RemoteJson
