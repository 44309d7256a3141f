#include "SpecComparison.h"

#include "AdobeFormat.h"
#include "RemoteJson.h"
#include "ScaleGpFormat.h"

namespace {

/// The members `api` lets a client change, compared by value.
bool sameFields(ApiKind api, const rapidjson::Value& a, const rapidjson::Value& b)
{
    if (!a.IsObject() || !b.IsObject()) {
        return a == b;
    }
    const auto counts = [api](const QString& name) {
        return api == ApiKind::ScaleGp ? ScaleGpFormat::editableFields().contains(name)
                                       : !AdobeFormat::serverOwnedFields().contains(name);
    };
    for (const auto* side : {&a, &b}) {
        const rapidjson::Value& other = side == &a ? b : a;
        for (const auto& entry : side->GetObject()) {
            if (!counts(QString::fromUtf8(entry.name.GetString()))) {
                continue;
            }
            const rapidjson::Value* match = RemoteJson::member(other, entry.name.GetString());
            if (match == nullptr || *match != entry.value) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

namespace SpecComparison {

bool sameOnServer(ApiKind api, const QByteArray& a, const QByteArray& b)
{
    if (a == b) {
        return true;
    }
    if (api == ApiKind::DataFramer) {
        return false;
    }
    rapidjson::Document first;
    rapidjson::Document second;
    QString error;
    if (!RemoteJson::parse(a, first, &error) || !RemoteJson::parse(b, second, &error)) {
        return false;
    }
    return sameFields(api, first, second);
}

} // namespace SpecComparison
