#include "ResourcePaths.h"

namespace ResourcePaths {

QString appIcon()
{
    return QStringLiteral(":/icons/specdesk.svg");
}

QString collectionIcon()
{
    return QStringLiteral(":/icons/collection.svg");
}

QString lockIcon(bool locked)
{
    return locked ? QStringLiteral(":/icons/lock.svg") : QStringLiteral(":/icons/unlock.svg");
}

QString actionIcon(const QString& name)
{
    return QStringLiteral(":/icons/actions/%1.svg").arg(name);
}

QString statusIcon(const QString& name)
{
    return QStringLiteral(":/icons/status/%1.svg").arg(name);
}

QString kindIcon(const QString& kindId)
{
    return QStringLiteral(":/icons/kind-%1.svg").arg(kindId);
}

QString sampleDataFramer()
{
    return QStringLiteral(":/samples/dataframer-customer-support.yaml");
}

QString sampleScaleGp()
{
    return QStringLiteral(":/samples/scalegp-application-spec.json");
}

QString sampleAdobeFlow()
{
    return QStringLiteral(":/samples/adobe-rest-storage-flow-spec.json");
}

} // namespace ResourcePaths
