#include "SpecKind.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace {

struct KindInfo
{
    SpecKind kind;
    const char* id;
    const char* displayName;
    SpecFormat format;
};

constexpr std::array<KindInfo, 5> kKinds {{
    {SpecKind::DataFramer, "dataframer", QT_TRANSLATE_NOOP("SpecKinds", "DataFramer spec"), SpecFormat::Yaml},
    {SpecKind::ScaleGp, "scalegp", QT_TRANSLATE_NOOP("SpecKinds", "Scale GP application spec"), SpecFormat::Json},
    {SpecKind::AdobeFlow, "adobe", QT_TRANSLATE_NOOP("SpecKinds", "Adobe flow spec"), SpecFormat::Json},
    {SpecKind::PlainYaml, "yaml", "YAML", SpecFormat::Yaml},
    {SpecKind::PlainJson, "json", "JSON", SpecFormat::Json},
}};

const KindInfo& infoFor(SpecKind kind)
{
    for (const KindInfo& info : kKinds) {
        if (info.kind == kind) {
            return info;
        }
    }
    Q_UNREACHABLE();
}

// Only the head of a document is looked at: the deciding keys sit near the top in every
// example, and a bounded look keeps detection instant on a 100 MB file.
constexpr qsizetype kSniffBytes = 64 * 1024;

bool hasJsonKey(const QString& head, const char* key)
{
    return head.contains(QLatin1Char('"') + QLatin1String(key) + QLatin1String("\""));
}

} // namespace

namespace SpecKinds {

SpecKind detect(const QByteArray& content, SpecFormat format)
{
    const QString head = QString::fromUtf8(content.left(kSniffBytes));
    if (format == SpecFormat::Yaml) {
        static const QRegularExpression dataFramerRoot(QStringLiteral("^(spec|specification):"),
                                                       QRegularExpression::MultilineOption);
        return dataFramerRoot.match(head).hasMatch() ? SpecKind::DataFramer : SpecKind::PlainYaml;
    }
    if (hasJsonKey(head, "providerId") || hasJsonKey(head, "sourceConnectionSpecIds")
        || hasJsonKey(head, "targetConnectionSpecIds")) {
        return SpecKind::AdobeFlow;
    }
    if (hasJsonKey(head, "account_id")
        && (hasJsonKey(head, "run_online_evaluation") || hasJsonKey(head, "theme_id")
            || hasJsonKey(head, "created_by_identity_type"))) {
        return SpecKind::ScaleGp;
    }
    return SpecKind::PlainJson;
}

QString id(SpecKind kind)
{
    return QLatin1String(infoFor(kind).id);
}

bool fromId(const QString& id, SpecKind* kind)
{
    for (const KindInfo& info : kKinds) {
        if (id == QLatin1String(info.id)) {
            *kind = info.kind;
            return true;
        }
    }
    return false;
}

QString displayName(SpecKind kind)
{
    return QCoreApplication::translate("SpecKinds", infoFor(kind).displayName);
}

SpecFormat formatOf(SpecKind kind)
{
    return infoFor(kind).format;
}

} // namespace SpecKinds
