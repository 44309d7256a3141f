#include "HistoryBench.h"

#include "AppSettings.h"
#include "BenchLoop.h"
#include "DraftAutosave.h"
#include "EditorPage.h"
#include "EditorTabs.h"
#include "HistoryPanel.h"
#include "HistoryTimelineModel.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "RemoteContext.h"
#include "SpecEditor.h"
#include "SpecGenerator.h"
#include "WorkspaceStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

constexpr int kServerVersions = 30; // and the pull's snapshot: 31 versions

/// Version `number` of the 1 MB spec: the same text with a few lines in fifty marked as its own.
QByteArray versionText(const QByteArray& base, int number)
{
    QList<QByteArray> lines = base.split('\n');
    for (qsizetype line = number % 50; line < lines.size(); line += 50) {
        if (!lines.at(line).trimmed().isEmpty() && !lines.at(line).contains('|')) {
            lines[line] += " # revised in version " + QByteArray::number(number);
        }
    }
    return lines.join('\n');
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

struct Workspace
{
    qint64 historySpec = 0;
    qint64 bigSpec = 0;
    QList<QByteArray> versions; ///< index n-1 is server version n
};

bool fill(WorkspaceStore* store, Workspace* workspace, double* versionBytes, double* draftBytes, QString* error)
{
    RemoteContext context(store, new MemorySecretStore);
    Connection connection;
    connection.name = QStringLiteral("Acme DataFramer");
    connection.api = ApiKind::DataFramer;
    connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nobody listens: all from the workspace
    connection.id = context.connections().add(connection, error);
    if (connection.id == 0) {
        return false;
    }
    connection = *context.connections().connection(connection.id);
    const QByteArray base = SpecGenerator::dataFramerYaml(1000 * 1000);
    QList<RemoteVersion> versions;
    for (int n = 1; n <= kServerVersions; ++n) {
        workspace->versions << versionText(base, n);
        versions << RemoteVersion {n,
                                   workspace->versions.last(),
                                   QDateTime::currentDateTimeUtc().addSecs(-3600 * (kServerVersions - n)),
                                   QStringLiteral("analyst@acme.example")};
    }
    *versionBytes = double(workspace->versions.last().size());
    RemoteSpec history;
    history.id = QStringLiteral("history-spec");
    history.name = QStringLiteral("Thirty-one versions");
    history.content = workspace->versions.last();
    history.hasContent = true;
    history.revision = QStringLiteral("r30");
    history.versions = versions;
    history.hasVersions = true;
    std::optional<RemoteSpecStore::Outcome> recorded = context.specs().record(connection, history, error);
    if (!recorded || !context.specs().replaceServerVersions(recorded->specId, versions, error)) {
        return false;
    }
    workspace->historySpec = recorded->specId;
    RemoteSpec big;
    big.id = QStringLiteral("big-spec");
    big.name = QStringLiteral("Ten megabytes");
    big.content = SpecGenerator::dataFramerYaml(10 * 1000 * 1000);
    big.hasContent = true;
    big.revision = QStringLiteral("r1");
    *draftBytes = double(big.content.size());
    recorded = context.specs().record(connection, big, error);
    if (!recorded) {
        return false;
    }
    workspace->bigSpec = recorded->specId;
    return true;
}

void typeKey(QWidget* editor, char character)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_A + (character - 'a'), Qt::NoModifier, QString(QLatin1Char(character)));
    QKeyEvent release(
        QEvent::KeyRelease, Qt::Key_A + (character - 'a'), Qt::NoModifier, QString(QLatin1Char(character)));
    QApplication::sendEvent(editor, &press);
    QApplication::sendEvent(editor, &release);
}

} // namespace

namespace HistoryBench {

Figures measure(int runs)
{
    Figures figures;
    figures.runs = runs;
    figures.versions = kServerVersions + 1;
    QTemporaryDir directory;
    Workspace workspace;
    {
        WorkspaceStore store;
        QString error;
        if (!store.open(directory.path(), &error)
            || !fill(&store, &workspace, &figures.versionBytes, &figures.draftBytes, &error)) {
            std::printf("history: cannot make the workspace: %s\n", qPrintable(error));
            figures.ok = false;
            return figures;
        }
    }
    const QByteArray bigFile = SpecGenerator::dataFramerYaml(10 * 1000 * 1000);

    WorkspaceStore store;
    QString error;
    store.open(directory.path(), &error);
    AppSettings settings(AppSettings::filePathForWorkspace(store.directory()));
    RemoteContext context(&store, new MemorySecretStore);
    MainWindow window(&store, &settings, &context);
    window.show();
    EditorTabs* tabs = window.editorTabs();
    HistoryPanel* panel = window.historyPanel();
    SpecEditor* bigEditor = tabs->openSpec(workspace.bigSpec);
    SpecEditor* historyEditor = tabs->openSpec(workspace.historySpec);
    if (!bigEditor || !historyEditor) {
        std::printf("history: the specs did not open\n");
        figures.ok = false;
        return figures;
    }
    int saves = 0;
    QObject::connect(tabs->autosaveForSpec(workspace.bigSpec), &DraftAutosave::saved, [&saves] { ++saves; });
    auto* comparisonTitle = panel->findChild<QLabel*>(QStringLiteral("comparisonTitleLabel"));
    StallProbe probe;
    runFor(1000);

    const auto select = [&](const QStringList& ids) {
        QItemSelectionModel* selection = panel->timelineView()->selectionModel();
        selection->clearSelection();
        for (const QString& id : ids) {
            selection->select(panel->timelineModel()->index(panel->timelineModel()->rowOf(id)),
                              QItemSelectionModel::Select);
        }
    };
    const auto labelOf = [&](const QString& id) {
        return panel->timelineModel()->entries().at(panel->timelineModel()->rowOf(id)).label();
    };

    std::vector<double> compareStalls, compareDone, restoreStalls, autosaveStalls, specChanged, othersChanged,
        openStalls;
    for (int run = 0; run < runs; ++run) {
        // Compare two 1 MB versions, as a Ctrl+click on the second one does.
        tabs->setCurrentWidget(tabs->pageForSpec(workspace.historySpec));
        runFor(300);
        const QString older = QStringLiteral("v%1").arg(1 + run);
        const QString newer = QStringLiteral("v%1").arg(12 + run);
        select({});
        runFor(100);
        const QString expected = QStringLiteral("%1 → %2").arg(labelOf(older), labelOf(newer));
        probe.reset();
        qint64 start = nowNs();
        select({older, newer});
        figures.ok = runUntil([&] { return comparisonTitle->text() == expected; }, 60000) && figures.ok;
        compareDone.push_back(msSince(start));
        runFor(200);
        compareStalls.push_back(probe.maxMs());

        // Restore one of them into the editor.
        const int restored = 3 + run;
        select({QStringLiteral("v%1").arg(restored)});
        runFor(200);
        probe.reset();
        panel->restoreSelected();
        figures.ok
            = runUntil([&] { return historyEditor->length() == workspace.versions.at(restored - 1).size(); }, 60000)
              && figures.ok;
        runFor(400);
        restoreStalls.push_back(probe.maxMs());
        figures.ok = historyEditor->content() == workspace.versions.at(restored - 1) && figures.ok;

        // Type a key in the 10 MB draft; its autosave is written and everyone reacts.
        tabs->setCurrentWidget(tabs->pageForSpec(workspace.bigSpec));
        runFor(500);
        const int savesBefore = saves;
        probe.reset();
        typeKey(bigEditor, 'a' + char(run % 26));
        figures.ok = runUntil([&] { return saves > savesBefore; }, 60000) && figures.ok;
        runFor(500); // the workspace watcher notices the write about 150 ms later
        autosaveStalls.push_back(probe.maxMs());
        // The same reactions, timed one by one.
        start = nowNs();
        store.announceSpecChanged(workspace.bigSpec);
        specChanged.push_back(msSince(start));
        start = nowNs();
        store.announceChangedByOthers();
        othersChanged.push_back(msSince(start));
        runFor(200);

        // File > Open of a 10 MB file.
        const QString path = directory.filePath(QStringLiteral("opened-%1.yaml").arg(run));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bigFile + "# run " + QByteArray::number(run) + '\n');
        file.close();
        const int tabsBefore = tabs->count();
        probe.reset();
        // What File > Open does with the chosen file (bench run before issue 17: openFile()).
        window.openFileInBackground(path);
        figures.ok
            = runUntil([&] { return tabs->count() == tabsBefore + 1 && tabs->currentEditor()->length() > 0; }, 60000)
              && figures.ok;
        runFor(300);
        openStalls.push_back(probe.maxMs());
        tabs->closeTab(tabs->currentIndex());
        runFor(300);
    }
    figures.compareStallMs = median(compareStalls);
    figures.compareDoneMs = median(compareDone);
    figures.restoreStallMs = median(restoreStalls);
    figures.autosaveStallMs = median(autosaveStalls);
    figures.specChangedMs = median(specChanged);
    figures.changedByOthersMs = median(othersChanged);
    figures.openStallMs = median(openStalls);
    return figures;
}

} // namespace HistoryBench
