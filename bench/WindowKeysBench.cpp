#include "WindowKeysBench.h"

#include "AppSettings.h"
#include "EditorTabs.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "RemoteContext.h"
#include "SampleSpecs.h"
#include "SpecEditor.h"
#include "TimedApplication.h"
#include "WorkspaceStore.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

namespace {

/// Runs the event loop for `ms` without spinning, so the GUI thread does only what the app asks.
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

/// CPU of the whole process (every thread), in seconds.
double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

TimedApplication* application()
{
    return static_cast<TimedApplication*>(QCoreApplication::instance());
}

} // namespace

namespace WindowKeysBench {

Figures measure(const QByteArray& spec, bool forceAccessibility)
{
    Figures figures;
    QTemporaryDir directory;
    qint64 specId = 0;
    {
        // Made as the app makes a workspace, with the spec's tab open from the last session.
        WorkspaceStore store;
        QString error;
        store.open(directory.path(), &error);
        SampleSpecs::seedIfNew(store, &error);
        SpecRecord record;
        record.collectionId = store.collectionByType(QStringLiteral("local"))->id;
        record.title = QStringLiteral("big");
        record.kind = SpecKind::DataFramer;
        record.content = spec;
        specId = store.addSpec(record, &error);
        AppSettings settings(AppSettings::filePathForWorkspace(store.directory()));
        settings.setOpenSpecIds({specId});
        settings.setValue(AppSettings::Key::CurrentSpecId, specId);
    }
    QAccessible::setActive(forceAccessibility);
    WorkspaceStore store;
    QString error;
    store.open(directory.path(), &error);
    store.checkpointOffThread();
    AppSettings settings(AppSettings::filePathForWorkspace(store.directory()));
    RemoteContext context(&store, new MemorySecretStore);
    {
        MainWindow window(&store, &settings, &context);
        window.show();
        SpecEditor* editor = window.editorTabs()->editorForSpec(specId);
        if (editor == nullptr) {
            std::printf("window-keys: the spec's tab was not restored\n");
            return figures;
        }
        editor->setFocus();
        editor->SendScintilla(QsciScintillaBase::SCI_DOCUMENTEND);
        runFor(3000); // the first analysis of the opened spec
        figures.accessibility = QAccessible::isActive();

        TimedApplication* app = application();
        std::vector<double> work;
        std::vector<double> afterPause;
        for (int key = 0; key < 200; ++key) {
            app->stop();
            QElapsedTimer timer;
            timer.start();
            QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
            QApplication::sendEvent(editor, &press);
            QApplication::sendEvent(editor, &release);
            QApplication::processEvents(); // the repaint it asked for
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            work.push_back(ms);
            if (key > 0 && key % 20 == 0) {
                afterPause.push_back(ms);
            }
            // Everything else the window does until the next key, timed event by event.
            app->record(1.0);
            runFor(key % 20 == 19 ? 1200 : 60);
            const std::vector<double> between = app->takeSamples();
            work.insert(work.end(), between.begin(), between.end());
        }
        app->stop();
        const double cpuBefore = processCpuSeconds();
        QElapsedTimer idle;
        idle.start();
        app->record(1.0);
        runFor(10000);
        app->stop();
        figures.idleGuiMs = app->busyMs();
        figures.idleCpuPercent = (processCpuSeconds() - cpuBefore) / (double(idle.nsecsElapsed()) / 1e9) * 100.0;
        figures.rssMb = rssMb();
        std::sort(work.begin(), work.end());
        figures.samples = int(work.size());
        figures.p99Ms = work[size_t(double(work.size()) * 0.99)];
        figures.medianMs = work[work.size() / 2];
        figures.maxMs = work.back();
        figures.afterPauseMaxMs = *std::max_element(afterPause.begin(), afterPause.end());
    }
    QAccessible::setActive(false);
    return figures;
}

} // namespace WindowKeysBench
