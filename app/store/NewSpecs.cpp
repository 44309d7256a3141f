#include "NewSpecs.h"

#include "SampleSpecs.h"
#include "SpecRecord.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QSet>

namespace {

// Each template says in its own words what goes where; the ids are placeholders a server
// replaces (Adobe's id and providerId are the documented REST storage source's form).
constexpr char kDataFramer[] = R"(spec:
  # What the generated data is about, in a sentence or two.
  description: "Describe the records to generate"
  # One requirement per line; the server reads them as written.
  requirements: |
    - Each record states its topic in the first sentence
  data_property_variations:
    - property_name: sentiment
      property_values: [positive, neutral, negative]
      # Shares of the records per value; they add up to 100.
      base_distributions:
        positive: 40
        neutral: 30
        negative: 30
)";

constexpr char kScaleGp[] = R"({
    "name": "New application",
    "description": "What the application does",
    "run_online_evaluation": false
}
)";

constexpr char kAdobe[] = R"({
    "id": "00000000-0000-4000-8000-000000000000",
    "name": "NewFlow",
    "providerId": "0ed90a81-07f4-4586-8190-b40eccef1c5a",
    "version": "1.0",
    "sourceConnectionSpecIds": [],
    "targetConnectionSpecIds": [],
    "transformationSpecs": [],
    "optionSpec": {
        "name": "OptionSpec",
        "spec": {
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {}
        }
    }
}
)";

QString titleOf(SpecKind kind)
{
    return QCoreApplication::translate("NewSpecs", "New %1").arg(SpecKinds::displayName(kind));
}

} // namespace

namespace NewSpecs {

QByteArray templateText(SpecKind kind)
{
    switch (kind) {
    case SpecKind::DataFramer:
        return QByteArray(kDataFramer);
    case SpecKind::ScaleGp:
        return QByteArray(kScaleGp);
    case SpecKind::AdobeFlow:
        return QByteArray(kAdobe);
    case SpecKind::PlainYaml:
    case SpecKind::PlainJson:
        break;
    }
    return {};
}

qint64 add(WorkspaceStore& store, SpecKind kind, QString* error)
{
    const qint64 collectionId = SampleSpecs::localCollection(store, error);
    if (collectionId == 0) {
        return 0;
    }
    QSet<QString> taken;
    for (const SpecRecord& spec : store.specSummaries(collectionId)) {
        taken.insert(spec.title);
    }
    SpecRecord spec;
    spec.collectionId = collectionId;
    spec.kind = kind;
    spec.content = templateText(kind);
    spec.title = titleOf(kind);
    for (int number = 2; taken.contains(spec.title); ++number) {
        spec.title = QCoreApplication::translate("NewSpecs", "%1 %2").arg(titleOf(kind)).arg(number);
    }
    return store.addSpec(spec, error);
}

} // namespace NewSpecs
