#pragma once

#include "ApiKind.h"
#include "SandboxProcess.h"
#include "SoakReport.h"
#include "SpecKind.h"
#include "SyncState.h"

#include <QElapsedTimer>
#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

class AppSettings;
class MainWindow;
class RemoteContext;
class SpecEditor;
class SpecTreeModel;
class WorkspaceStore;

struct SoakOptions
{
    qint64 durationMs = 30 * 60 * 1000;
    /// The first part of the run during which memory may grow (caches, fonts, first diffs).
    double warmupFraction = 0.2;
    int sampleIntervalMs = 5000;
    quint32 seed = 0;
    double maxGrowthPercent = 10.0;
    QString sandboxProgram;
    /// Where the report and the memory samples (CSV) go; nothing is written when empty.
    QString reportPath;
    QString samplesPath;
    /// End with exit() before tearing anything down (see --leave-allocated).
    bool leaveAllocated = false;
};

/// Long-running use of the real main window: a simulated user edits specs of all three APIs
/// and a local one (typing, deleting, the distribution sliders), syncs them, resolves what
/// conflicts, answers the credentials prompt, switches and reopens tabs and compares history,
/// while the sandbox fails requests at random and colleagues change specs on the server.
/// Memory is sampled throughout; at the end the faults stop, everything is synced once more,
/// and the run checks that no request is left and every spec ended in a state it explains.
class SoakDriver
{
public:
    explicit SoakDriver(SoakOptions options);
    ~SoakDriver();

    /// 0: passed; 1: a check failed; 2: the run could not be set up.
    int run();

private:
    struct Spec
    {
        qint64 id = 0;
        QString title;
        QString remoteId;
        std::optional<ApiKind> api; ///< none for the local spec
        SpecKind kind = SpecKind::PlainYaml;
    };
    /// Where the simulated user types in a spec: a byte range of the text.
    struct Zone
    {
        qsizetype start = 0;
        qsizetype end = 0;
        qsizetype minimum = 0; ///< shortest it may become
        qsizetype length() const { return end - start; }
    };

    bool setUp(QString* error);
    bool addConnection(ApiKind api, const QString& name, QString* error);
    bool loadConnectionsAndOpenSpecs(QString* error);
    void soak();
    void drain();
    void verify();
    void writeReport();

    // The user's actions, one per step.
    void step();
    void typeWords(SpecEditor* editor, bool handMerge = false);
    void deleteLetters(SpecEditor* editor);
    void moveSlider();
    void switchTab();
    void toggleHistory();
    void restoreFromHistory();
    void colleagueEdit();
    void closeTab();
    void reopenTab();
    void refreshConnection();
    /// Answers the credentials prompt and the conflict views, as a user would after a moment.
    void tendDialogs(bool draining);
    void resolveSomeConflict();

    // Around the user: faults, the sandbox's housekeeping, measurements.
    void injectFault();
    void maintainSandbox();
    void sample(bool active);
    void onEngineState(qint64 specId, SyncState state);

    std::optional<Zone> zoneOf(const QByteArray& text, SpecKind kind) const;
    const Spec* specOf(qint64 specId) const;
    SpecEditor* currentEditor() const;
    SpecTreeModel* treeModel() const;
    QModelIndex viewIndex(const QModelIndex& modelIndex) const;
    void activateInTree(qint64 specId);
    bool waitFor(const std::function<bool()>& condition, int timeoutMs);
    QList<qint64> specsInState(SyncState state) const;
    QString seconds() const;

    int pick(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    bool chance(double probability) { return m_random.generateDouble() < probability; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    SoakOptions m_options;
    QRandomGenerator m_random;
    SoakReport m_report;
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<RemoteContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QObject> m_receiver; ///< context of the signal connections made here
    QList<Spec> m_specs;
    QList<qint64> m_closedTabs;
    QList<qint64> m_dataFramerCollections;
    QElapsedTimer m_clock;
    qint64 m_nextSampleMs = 0;
    qint64 m_nextFaultMs = 0;
    qint64 m_nextVersionCheckMs = 0;
    qint64 m_nextLogClearMs = 0;
    qint64 m_nextProgressMs = 0;
    bool m_warmupCensusTaken = false;
    QMap<QByteArray, int> m_censusAtWarmup;
    bool m_historyOpen = false;
    int m_colleagueRevision = 0;
    /// When each dialog was first seen, to answer it after a human pause.
    QHash<quintptr, qint64> m_dialogSeenAt;
    /// Specs whose sync is running, and since when; the longest run so far.
    QHash<qint64, qint64> m_syncStartedAt;
    qint64 m_longestSyncMs = 0;
    QMap<QString, int> m_errorMessages;
};
