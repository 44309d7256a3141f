#include "SampleSpecs.h"

#include "ResourcePaths.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QFile>

namespace {

const QString kSeededKey = QStringLiteral("samples_seeded");

struct Sample
{
    const char* title;
    SpecKind kind;
    QString (*resourcePath)();
};

const Sample kSamples[] = {
    {QT_TRANSLATE_NOOP("SampleSpecs", "Customer support conversations"),
     SpecKind::DataFramer,
     &ResourcePaths::sampleDataFramer},
    {QT_TRANSLATE_NOOP("SampleSpecs", "Claims triage assistant"), SpecKind::ScaleGp, &ResourcePaths::sampleScaleGp},
    {QT_TRANSLATE_NOOP("SampleSpecs", "RestStorageToAEP flow"), SpecKind::AdobeFlow, &ResourcePaths::sampleAdobeFlow},
};

} // namespace

namespace SampleSpecs {

QString localCollectionName()
{
    return QCoreApplication::translate("SampleSpecs", "Local");
}

qint64 localCollection(WorkspaceStore& store, QString* error)
{
    if (const auto local = store.collectionByType(QStringLiteral("local"))) {
        return local->id;
    }
    return store.addCollection(localCollectionName(), QStringLiteral("local"), error);
}

bool seedIfNew(WorkspaceStore& store, QString* error)
{
    if (!store.metaValue(kSeededKey).isEmpty()) {
        return true;
    }
    const qint64 collectionId = localCollection(store, error);
    if (collectionId == 0) {
        return false;
    }
    for (const Sample& sample : kSamples) {
        QFile file(sample.resourcePath());
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("SampleSpecs", "The sample %1 is missing from this build.")
                         .arg(file.fileName());
            return false;
        }
        SpecRecord spec;
        spec.collectionId = collectionId;
        spec.title = QCoreApplication::translate("SampleSpecs", sample.title);
        spec.kind = sample.kind;
        spec.content = file.readAll();
        if (store.addSpec(spec, error) == 0) {
            return false;
        }
    }
    return store.setMetaValue(kSeededKey, QStringLiteral("1"), error);
}

} // namespace SampleSpecs
