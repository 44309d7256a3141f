#include "SpecFormat.h"

#include <QFileInfo>

namespace SpecFormats {

SpecFormat detect(const QString& fileName, const QByteArray& content)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json")) {
        return SpecFormat::Json;
    }
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")) {
        return SpecFormat::Yaml;
    }
    // JSON documents start with an object or an array; anything else is read as YAML,
    // which is also what a block-style DataFramer spec looks like.
    qsizetype i = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < content.size() && QChar::isSpace(static_cast<uchar>(content.at(i)))) {
        ++i;
    }
    if (i < content.size() && (content.at(i) == '{' || content.at(i) == '[')) {
        return SpecFormat::Json;
    }
    return SpecFormat::Yaml;
}

QString id(SpecFormat format)
{
    return format == SpecFormat::Json ? QStringLiteral("json") : QStringLiteral("yaml");
}

bool fromId(const QString& id, SpecFormat* format)
{
    if (id == QLatin1String("json")) {
        *format = SpecFormat::Json;
        return true;
    }
    if (id == QLatin1String("yaml")) {
        *format = SpecFormat::Yaml;
        return true;
    }
    return false;
}

QString displayName(SpecFormat format)
{
    return format == SpecFormat::Json ? QStringLiteral("JSON") : QStringLiteral("YAML");
}

} // namespace SpecFormats
