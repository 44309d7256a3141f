#include "ColdStartBench.h"

#include "MemorySecretStore.h"
#include "RemoteContext.h"
#include "SampleSpecs.h"
#include "ScaleBench.h"
#include "WorkspaceStore.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// Starts `program`, reads the "first-paint NS" line it prints on the monotonic clock with
/// SPECDESK_REPORT_FIRST_PAINT=1, then kills it. Milliseconds from launch, or -1.
double launchToFirstPaint(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SPECDESK_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    // Both programs on the same platform plugin as the bench itself (offscreen by default).
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QGuiApplication::platformName());
    process.setProcessEnvironment(environment);
    process.setStandardErrorFile(QProcess::nullDevice());
    const qint64 launched = monotonicNs();
    process.start(program, arguments);
    QByteArray output;
    qint64 painted = 0;
    while (painted == 0 && process.waitForReadyRead(30000)) {
        output += process.readAllStandardOutput();
        const qsizetype at = output.indexOf("first-paint ");
        const qsizetype end = at < 0 ? -1 : output.indexOf('\n', at);
        if (end > 0) {
            painted = output.mid(at + 12, end - at - 12).toLongLong();
        }
    }
    process.kill();
    process.waitForFinished();
    return painted > 0 ? double(painted - launched) / 1e6 : -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

namespace ColdStartBench {

Figures measure(int runs)
{
    Figures figures;
    figures.runs = runs;
    // Two workspaces, made before the launches as the app would have left them.
    QTemporaryDir samples;
    QTemporaryDir scale;
    {
        QString error;
        WorkspaceStore store;
        if (!store.open(samples.path(), &error) || !SampleSpecs::seedIfNew(store, &error)) {
            std::printf("coldstart: cannot make the sample workspace: %s\n", qPrintable(error));
            return figures;
        }
    }
    {
        QString error;
        WorkspaceStore store;
        const bool opened = store.open(scale.path(), &error) && SampleSpecs::seedIfNew(store, &error);
        RemoteContext context(&store, new MemorySecretStore);
        if (!opened || !ScaleBench::fill(&context, {}, &error)) {
            std::printf("coldstart: cannot make the 5,000-spec workspace: %s\n", qPrintable(error));
            return figures;
        }
    }
    const QString app = QStringLiteral(SPECDESK_APP_BINARY);
    const QString floor = QStringLiteral(SPECDESK_FLOOR_BINARY);
    const QStringList onSamples {QStringLiteral("--workspace"), samples.path()};
    const QStringList onScale {QStringLiteral("--workspace"), scale.path()};

    // One launch of each first, not counted: it fills the page cache and the font caches.
    launchToFirstPaint(floor, {});
    launchToFirstPaint(app, onSamples);
    launchToFirstPaint(app, onScale);
    std::vector<double> floorMs;
    std::vector<double> samplesMs;
    std::vector<double> scaleMs;
    figures.ok = true;
    for (int run = 0; run < runs; ++run) {
        // Interleaved, so a busy moment of the machine falls on all three alike.
        floorMs.push_back(launchToFirstPaint(floor, {}));
        samplesMs.push_back(launchToFirstPaint(app, onSamples));
        scaleMs.push_back(launchToFirstPaint(app, onScale));
        figures.ok = figures.ok && floorMs.back() > 0 && samplesMs.back() > 0 && scaleMs.back() > 0;
    }
    figures.floorMs = median(floorMs);
    figures.samplesMs = median(samplesMs);
    figures.scaleMs = median(scaleMs);
    return figures;
}

} // namespace ColdStartBench
