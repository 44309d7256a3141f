#include "ApiKind.h"

#include <QCoreApplication>

namespace ApiKinds {

QString id(ApiKind api)
{
    switch (api) {
    case ApiKind::DataFramer:
        return QStringLiteral("dataframer");
    case ApiKind::ScaleGp:
        return QStringLiteral("scalegp");
    case ApiKind::Adobe:
        return QStringLiteral("adobe");
    }
    return {};
}

bool fromId(const QString& text, ApiKind* api)
{
    for (ApiKind candidate : {ApiKind::DataFramer, ApiKind::ScaleGp, ApiKind::Adobe}) {
        if (text == id(candidate)) {
            *api = candidate;
            return true;
        }
    }
    return false;
}

QString displayName(ApiKind api)
{
    switch (api) {
    case ApiKind::DataFramer:
        return QCoreApplication::translate("ApiKinds", "DataFramer");
    case ApiKind::ScaleGp:
        return QCoreApplication::translate("ApiKinds", "Scale GP");
    case ApiKind::Adobe:
        return QCoreApplication::translate("ApiKinds", "Adobe Flow Service");
    }
    return {};
}

QUrl defaultBaseUrl(ApiKind api)
{
    switch (api) {
    case ApiKind::DataFramer:
        return QUrl(QStringLiteral("https://df-api.dataframer.ai"));
    case ApiKind::ScaleGp:
        return QUrl(QStringLiteral("https://api.egp.scale.com"));
    case ApiKind::Adobe:
        return QUrl(QStringLiteral("https://platform.adobe.io/data/foundation/flowservice"));
    }
    return {};
}

SpecKind specKind(ApiKind api)
{
    switch (api) {
    case ApiKind::DataFramer:
        return SpecKind::DataFramer;
    case ApiKind::ScaleGp:
        return SpecKind::ScaleGp;
    case ApiKind::Adobe:
        return SpecKind::AdobeFlow;
    }
    return SpecKind::PlainJson;
}

std::optional<ApiKind> apiOf(SpecKind kind)
{
    switch (kind) {
    case SpecKind::DataFramer:
        return ApiKind::DataFramer;
    case SpecKind::ScaleGp:
        return ApiKind::ScaleGp;
    case SpecKind::AdobeFlow:
        return ApiKind::Adobe;
    case SpecKind::PlainYaml:
    case SpecKind::PlainJson:
        break;
    }
    return std::nullopt;
}

} // namespace ApiKinds
