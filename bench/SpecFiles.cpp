#include "SpecFiles.h"

#include "AppSettings.h"
#include "SampleSpecs.h"
#include "SpecGenerator.h"
#include "WorkspaceStore.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

constexpr qint64 kTenMegabytes = 10 * 1000 * 1000;

int generate(const QString& shape, const QString& path)
{
    QByteArray text;
    if (shape == QLatin1String("yaml")) {
        text = SpecGenerator::dataFramerYaml(kTenMegabytes);
    } else if (shape == QLatin1String("yaml-nested")) {
        text = SpecGenerator::dataFramerYamlNested(kTenMegabytes);
    } else if (shape == QLatin1String("json")) {
        text = SpecGenerator::adobeJson(kTenMegabytes);
    } else {
        std::fprintf(stderr, "generate: unknown shape %s (yaml, yaml-nested, json)\n", qPrintable(shape));
        return 2;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        std::fprintf(stderr, "generate: cannot write %s\n", qPrintable(path));
        return 1;
    }
    return 0;
}

/// Made as the app makes a new workspace (its sample specs), plus the spec, with the session
/// saying its tab is open, so `specdesk --workspace DIR` starts on it as it would after a restart.
int workspace(const QString& directory, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "workspace: cannot read %s\n", qPrintable(path));
        return 1;
    }
    QString error;
    WorkspaceStore store;
    if (!store.open(directory, &error) || !SampleSpecs::seedIfNew(store, &error)) {
        std::fprintf(stderr, "workspace: %s\n", qPrintable(error));
        return 1;
    }
    SpecRecord spec;
    const auto local = store.collectionByType(QStringLiteral("local"));
    spec.collectionId = local ? local->id : 0;
    spec.title = QFileInfo(path).fileName();
    spec.content = file.readAll();
    const SpecFormat format = path.endsWith(QLatin1String(".json")) ? SpecFormat::Json : SpecFormat::Yaml;
    spec.kind = SpecKinds::detect(spec.content, format);
    const qint64 id = store.addSpec(spec, &error);
    if (id == 0) {
        std::fprintf(stderr, "workspace: %s\n", qPrintable(error));
        return 1;
    }
    AppSettings settings(AppSettings::filePathForWorkspace(store.directory()));
    settings.setOpenSpecIds({id});
    settings.setValue(AppSettings::Key::CurrentSpecId, id);
    return 0;
}

} // namespace

namespace SpecFiles {

bool handles(const QStringList& arguments)
{
    return arguments.size() == 3
           && (arguments.first() == QLatin1String("generate") || arguments.first() == QLatin1String("workspace"));
}

int run(const QStringList& arguments)
{
    return arguments.first() == QLatin1String("generate") ? generate(arguments.at(1), arguments.at(2))
                                                          : workspace(arguments.at(1), arguments.at(2));
}

} // namespace SpecFiles
