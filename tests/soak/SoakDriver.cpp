// QPixmapCache::totalUsed() is declared for Qt's own tests only; the library exports it.
#define Q_TEST_QPIXMAPCACHE
#include "SoakDriver.h"
#include "SecretsWait.h"

#include "ApiKind.h"
#include "AppSettings.h"
#include "ConflictView.h"
#include "CredentialsDialog.h"
#include "DistributionPanel.h"
#include "EditorTabs.h"
#include "HistoryPanel.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ObjectCensus.h"
#include "PropertyGroupWidget.h"
#include "RemoteContext.h"
#include "RemoteSpecOpener.h"
#include "RemoteTreeController.h"
#include "SampleSpecs.h"
#include "SandboxCredentials.h"
#include "SandboxFault.h"
#include "SandboxFaults.h"
#include "ShareRow.h"
#include "SpecComparison.h"
#include "SpecEditor.h"
#include "SpecSyncTask.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "SyncController.h"
#include "SyncEngine.h"
#include "WorkspaceStore.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QPixmapCache>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSysInfo>
#include <QTest>
#include <QThread>
#include <QTreeView>

#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace {

const QByteArray kNotesPrefix = "# soak notes:";
constexpr qsizetype kLongestZone = 120; ///< typing past this deletes instead: drafts stay small
constexpr int kSetupTimeoutMs = 60000;
constexpr int kDrainRoundTimeoutMs = 240000;
constexpr qint64 kStuckSyncMs = 10 * 60 * 1000;
/// A read retries 4 times with 30 s timeouts, or waits out a Retry-After of up to 120 s.
constexpr int kReadsTimeoutMs = 180000;
/// DataFramer keeps 30 versions a spec; before that the sandbox is reset (a server restored
/// from a backup), which the app sees as every spec changed on the server.
constexpr int kResetAtVersions = 27;

const char* const kWords[] = {"review", "later", "ok",  "check", "tone", "eu",    "apac", "refund", "plan", "billing",
                              "draft",  "note",  "fix", "todo",  "v2",   "agent", "chat", "sample", "more", "qa"};

/// The request objects that must all be gone once the app is idle.
const char* const kRequestClasses[]
    = {"RemoteCall", "HttpExchange", "SpecJob", "SpecSyncTask", "SpecPull", "SpecProvider", "QNetworkReply"};

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString megabytes(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 1) + QStringLiteral(" MB");
}

bool isPlainAscii(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ';
}

/// "Name" → "Name ~7", replacing an earlier colleague's mark, so names stay short.
QString withRevision(QString text, int revision)
{
    static const QRegularExpression mark(QStringLiteral(" ~\\d+$"));
    text.remove(mark);
    return text + QStringLiteral(" ~%1").arg(revision);
}

} // namespace

SoakDriver::SoakDriver(SoakOptions options)
    : m_options(std::move(options))
    , m_random(m_options.seed)
    , m_receiver(std::make_unique<QObject>())
{
}

SoakDriver::~SoakDriver()
{
    m_receiver.reset();
    m_window.reset();
    m_context.reset();
    m_settings.reset();
    m_store.reset();
    m_sandbox.stop();
}

int SoakDriver::run()
{
    QString error;
    if (!setUp(&error)) {
        say(QStringLiteral("soak: cannot set up: %1").arg(error));
        return 2;
    }
    soak();
    drain();
    verify();
    writeReport();
    const int status = m_report.passed() ? 0 : 1;
    if (m_options.leaveAllocated) {
        m_sandbox.stop();
        std::exit(status);
    }
    return status;
}

// ---------------------------------------------------------------------------------------------
// Setting up: a workspace, three connections to the sandbox process, the window, the specs.

bool SoakDriver::setUp(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!m_sandbox.start(m_options.sandboxProgram, error)) {
        return false;
    }
    m_store = std::make_unique<WorkspaceStore>();
    if (!m_store->open(m_dir.path(), error) || !SampleSpecs::seedIfNew(*m_store, error)) {
        return false;
    }
    m_settings = std::make_unique<AppSettings>(AppSettings::filePathForWorkspace(m_store->directory()));
    m_context = std::make_unique<RemoteContext>(m_store.get(), new MemorySecretStore);
    if (!addConnection(ApiKind::DataFramer, QStringLiteral("Sandbox DataFramer"), error)
        || !addConnection(ApiKind::ScaleGp, QStringLiteral("Sandbox Scale GP"), error)
        || !addConnection(ApiKind::Adobe, QStringLiteral("Sandbox Adobe"), error)) {
        return false;
    }
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get(), m_context.get());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        *error = QStringLiteral("the main window was never shown");
        return false;
    }
    SyncController* sync = m_window->syncController();
    QObject::connect(sync->engine(),
                     &SyncEngine::specStateChanged,
                     m_receiver.get(),
                     [this](qint64 specId, SyncState state) { onEngineState(specId, state); });
    QObject::connect(sync, &SyncController::message, m_receiver.get(), [this] {
        m_report.count(QStringLiteral("ui.status-messages"));
    });
    QObject::connect(sync->engine(), &SyncEngine::credentialsRejected, m_receiver.get(), [this] {
        m_report.count(QStringLiteral("credentials.rejected-by-server"));
    });
    return loadConnectionsAndOpenSpecs(error);
}

bool SoakDriver::addConnection(ApiKind api, const QString& name, QString* error)
{
    const SandboxCredentials sandbox;
    Connection connection;
    connection.name = name;
    connection.api = api;
    connection.baseUrl = m_sandbox.baseUrl();
    Credentials secrets;
    switch (api) {
    case ApiKind::DataFramer:
        secrets = {{QStringLiteral("token"), sandbox.dataFramerToken}};
        break;
    case ApiKind::ScaleGp:
        connection.accountId = sandbox.scaleGpAccountId;
        secrets = {{QStringLiteral("apiKey"), sandbox.scaleGpApiKey}};
        break;
    case ApiKind::Adobe:
        connection.baseUrl.setPath(QStringLiteral("/data/foundation/flowservice"));
        connection.imsOrgId = sandbox.adobeOrgId;
        connection.sandboxName = sandbox.adobeSandboxName;
        secrets = {{QStringLiteral("accessToken"), sandbox.adobeAccessToken},
                   {QStringLiteral("apiKey"), sandbox.adobeApiKey}};
        break;
    }
    const qint64 id = m_context->connections().add(connection, error);
    if (id == 0) {
        return false;
    }
    const std::optional<Connection> stored = m_context->connections().connection(id);
    return stored && SecretsWait::store(m_context->credentials(), *stored, secrets, error);
}

bool SoakDriver::loadConnectionsAndOpenSpecs(QString* error)
{
    SpecTreeModel* model = treeModel();
    QTreeView* view = m_window->specTreePanel()->view();
    // Expanding a connection loads its specs, as a click on its arrow does.
    const QList<Connection> connections = m_context->connections().connections();
    for (const Connection& connection : connections) {
        view->expand(viewIndex(model->indexForCollection(connection.collectionId)));
    }
    for (const Connection& connection : connections) {
        if (!waitFor([&] { return model->loadState(connection.collectionId) == SpecTreeModel::LoadState::Loaded; },
                     kSetupTimeoutMs)) {
            *error = QStringLiteral("the specs of %1 never loaded").arg(connection.name);
            return false;
        }
        // Two editable specs of each API; DataFramer's with room for versions.
        int chosen = 0;
        const QList<SpecRecord> specs = m_store->specSummaries(connection.collectionId);
        for (const SpecRecord& spec : specs) {
            if (chosen == 2 || spec.remoteStatus != RemoteStatus::Ready) {
                continue;
            }
            if (connection.api == ApiKind::DataFramer) {
                const SandboxProcess::Reply state
                    = m_sandbox.control("GET", QStringLiteral("/state/dataframer/") + spec.remoteId);
                if (!state.ok() || state.object().value(QLatin1String("versionCount")).toInt() >= 20) {
                    continue;
                }
                m_dataFramerCollections << connection.collectionId;
            }
            m_specs.append({spec.id, spec.title, spec.remoteId, connection.api, spec.kind});
            ++chosen;
        }
    }
    // And the local DataFramer sample, whose sliders need no server.
    if (const std::optional<CollectionRecord> local = m_store->collectionByType(QStringLiteral("local"))) {
        const QList<SpecRecord> specs = m_store->specSummaries(local->id);
        for (const SpecRecord& spec : specs) {
            if (spec.kind == SpecKind::DataFramer) {
                m_specs.append({spec.id, spec.title, QString(), std::nullopt, spec.kind});
                break;
            }
        }
    }
    for (const Spec& spec : std::as_const(m_specs)) {
        activateInTree(spec.id);
        if (!waitFor([&] { return m_window->editorTabs()->editorForSpec(spec.id) != nullptr; }, kSetupTimeoutMs)) {
            *error = QStringLiteral("“%1” never opened").arg(spec.title);
            return false;
        }
    }
    QStringList titles;
    for (const Spec& spec : std::as_const(m_specs)) {
        titles << (spec.api ? ApiKinds::displayName(*spec.api) : QStringLiteral("local")) + QStringLiteral(": ")
                      + spec.title;
    }
    m_report.note(QStringLiteral("Specs open: %1.").arg(titles.join(QStringLiteral("; "))));
    return true;
}

// ---------------------------------------------------------------------------------------------
// The run itself.

void SoakDriver::soak()
{
    const qint64 warmupMs = qint64(double(m_options.durationMs) * m_options.warmupFraction);
    say(QStringLiteral("soak: %1 min with %2 specs open, warm-up %3 s, seed %4; sandbox at %5")
            .arg(double(m_options.durationMs) / 60000.0, 0, 'f', 1)
            .arg(m_specs.size())
            .arg(warmupMs / 1000)
            .arg(m_options.seed)
            .arg(m_sandbox.baseUrl().toString()));
    m_clock.start();
    m_nextFaultMs = 2000;
    m_nextVersionCheckMs = 20000;
    m_nextLogClearMs = 60000;
    m_nextProgressMs = 60000;
    sample(true);
    while (elapsedMs() < m_options.durationMs) {
        tendDialogs(false);
        step();
        if (!m_warmupCensusTaken && elapsedMs() >= warmupMs) {
            m_warmupCensusTaken = true;
            m_censusAtWarmup = ObjectCensus::byClass();
        }
        if (elapsedMs() >= m_nextFaultMs) {
            injectFault();
            m_nextFaultMs = elapsedMs() + pick(1500, 7000);
        }
        maintainSandbox();
        if (elapsedMs() >= m_nextSampleMs) {
            sample(true);
        }
        if (elapsedMs() >= m_nextProgressMs) {
            m_nextProgressMs += 60000;
            const MemorySample& last = m_report.samples().constLast();
            const QJsonObject stats = m_sandbox.control("GET", QStringLiteral("/stats")).object();
            qint64 faults = 0;
            const QJsonObject served = stats.value(QLatin1String("faultsServed")).toObject();
            for (auto it = served.begin(); it != served.end(); ++it) {
                faults += it.value().toInteger();
            }
            say(QStringLiteral("[%1] rss %2, heap %3, %4 objects; %5 syncs, %6 of %7 requests faulted, %8 conflicts")
                    .arg(seconds(), megabytes(last.rssKb), megabytes(last.heapKb))
                    .arg(last.objects)
                    .arg(m_report.counter(QStringLiteral("sync.runs")))
                    .arg(faults)
                    .arg(stats.value(QLatin1String("requests")).toInteger())
                    .arg(m_report.counter(QStringLiteral("sync.outcome.conflict"))));
        }
        QTest::qWait(pick(80, 320));
    }
    if (!m_warmupCensusTaken) {
        m_censusAtWarmup = ObjectCensus::byClass();
    }
    sample(true);
}

void SoakDriver::step()
{
    if (!m_closedTabs.isEmpty() && chance(0.25)) {
        reopenTab();
        return;
    }
    const int roll = pick(1, 100);
    SpecEditor* editor = currentEditor();
    if (roll <= 32) {
        typeWords(editor);
    } else if (roll <= 40) {
        deleteLetters(editor);
    } else if (roll <= 52) {
        moveSlider();
    } else if (roll <= 62) {
        switchTab();
    } else if (roll <= 65) {
        m_report.count(QStringLiteral("user.sync"));
        m_window->syncController()->syncAction()->trigger();
    } else if (roll <= 66) {
        m_report.count(QStringLiteral("user.sync-all"));
        m_window->syncController()->syncAllAction()->trigger();
    } else if (roll <= 71) {
        toggleHistory();
    } else if (roll <= 73) {
        colleagueEdit();
    } else if (roll <= 74) {
        closeTab();
    } else if (roll <= 75) {
        refreshConnection();
    } else if (roll == 76 && chance(0.3)) {
        restoreFromHistory();
    }
    // Otherwise the user reads for a moment.
}

std::optional<SoakDriver::Zone> SoakDriver::zoneOf(const QByteArray& text, SpecKind kind) const
{
    if (kind == SpecKind::DataFramer) {
        // A comment line of our own at the end: YAML stays valid whatever is typed there.
        static const QRegularExpression notes(QStringLiteral("^[ \\t]*# soak notes:"),
                                              QRegularExpression::MultilineOption);
        const QString asText = QString::fromLatin1(text); // byte offsets, whatever the encoding
        const QRegularExpressionMatch match = notes.match(asText);
        if (!match.hasMatch()) {
            return std::nullopt;
        }
        Zone zone;
        zone.start = match.capturedEnd();
        zone.end = text.indexOf('\n', zone.start);
        if (zone.end < 0) {
            zone.end = text.size();
        }
        return zone;
    }
    // JSON: the value of the first "description" (Scale GP) or "name" (Adobe) string.
    const QString key = kind == SpecKind::ScaleGp ? QStringLiteral("description") : QStringLiteral("name");
    const QRegularExpression field(QStringLiteral("\"%1\"\\s*:\\s*\"").arg(key));
    const QRegularExpressionMatch match = field.match(QString::fromLatin1(text));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    Zone zone;
    zone.start = match.capturedEnd();
    for (qsizetype i = zone.start; i < text.size(); ++i) {
        if (text.at(i) == '\\') {
            ++i;
        } else if (text.at(i) == '"') {
            zone.end = i;
            zone.minimum = 3;
            return zone;
        } else if (text.at(i) == '\n') {
            break;
        }
    }
    return std::nullopt;
}

void SoakDriver::typeWords(SpecEditor* editor, bool handMerge)
{
    if (!editor || editor->isReadOnly()) {
        return;
    }
    const Spec* spec = specOf(editor->specId());
    const SpecKind kind = spec ? spec->kind : SpecKind::PlainYaml;
    const QByteArray text = editor->content();
    const std::optional<Zone> zone = zoneOf(text, kind);
    if (!zone) {
        if (kind != SpecKind::DataFramer) {
            return;
        }
        // Start the notes line at the end, as a user would type it.
        editor->SendScintilla(QsciScintilla::SCI_DOCUMENTEND);
        if (!text.endsWith('\n')) {
            QTest::keyClick(editor, Qt::Key_Return);
        }
        QTest::keyClicks(editor, QString::fromLatin1(kNotesPrefix));
        m_report.count(QStringLiteral("edit.notes-lines-started"));
        return;
    }
    if (zone->length() > kLongestZone && !handMerge) {
        deleteLetters(editor);
        return;
    }
    // Mostly at the end of the zone, sometimes in its middle, never inside a character or an escape.
    qsizetype position = zone->end;
    if (chance(0.3) && zone->length() > 0) {
        const qsizetype candidate = zone->start + pick(0, int(zone->length()));
        const auto ascii = [&](qsizetype i) { return i < 0 || i >= text.size() || uchar(text.at(i)) < 0x80; };
        if (ascii(candidate) && ascii(candidate - 1) && (candidate == 0 || text.at(candidate - 1) != '\\')) {
            position = candidate;
        }
    }
    editor->SendScintilla(QsciScintilla::SCI_GOTOPOS, static_cast<unsigned long>(position));
    QString word = QString::fromLatin1(kWords[pick(0, int(std::size(kWords)) - 1)]);
    if (position > zone->start && text.at(position - 1) != ' ') {
        word.prepend(QLatin1Char(' '));
    }
    QTest::keyClicks(editor, word);
    m_report.count(handMerge ? QStringLiteral("edit.hand-merges") : QStringLiteral("edit.typed-words"));
    m_report.count(QStringLiteral("edit.keystrokes"), word.size());
}

void SoakDriver::deleteLetters(SpecEditor* editor)
{
    if (!editor || editor->isReadOnly()) {
        return;
    }
    const Spec* spec = specOf(editor->specId());
    const QByteArray text = editor->content();
    const std::optional<Zone> zone = zoneOf(text, spec ? spec->kind : SpecKind::PlainYaml);
    if (!zone) {
        return;
    }
    // Backspace over plain letters only, so a JSON escape or a character is never cut in half.
    qsizetype deletable = 0;
    while (deletable < zone->length() - zone->minimum && isPlainAscii(text.at(zone->end - deletable - 1))) {
        ++deletable;
    }
    const int count = int(std::min<qsizetype>(deletable, zone->length() > kLongestZone ? 40 : pick(2, 12)));
    if (count <= 0) {
        return;
    }
    editor->SendScintilla(QsciScintilla::SCI_GOTOPOS, static_cast<unsigned long>(zone->end));
    for (int i = 0; i < count; ++i) {
        QTest::keyClick(editor, Qt::Key_Backspace);
    }
    m_report.count(QStringLiteral("edit.deletions"));
    m_report.count(QStringLiteral("edit.keystrokes"), count);
}

void SoakDriver::moveSlider()
{
    SpecEditor* editor = currentEditor();
    const Spec* spec = editor ? specOf(editor->specId()) : nullptr;
    DistributionPanel* panel = m_window->distributionPanel();
    if (!spec || spec->kind != SpecKind::DataFramer || editor->isReadOnly() || !panel->isEnabled()
        || panel->groupCount() == 0) {
        return;
    }
    PropertyGroupWidget* group = panel->group(pick(0, int(panel->groupCount()) - 1));
    if (!group) {
        return;
    }
    if (!group->isExpanded()) {
        group->setExpanded(true);
    }
    if (chance(0.05) && group->equalizeButton()->isEnabled()) {
        group->equalizeButton()->click();
        m_report.count(QStringLiteral("edit.equalize"));
        return;
    }
    if (group->rowCount() == 0) {
        return;
    }
    QSlider* slider = group->row(pick(0, int(group->rowCount()) - 1))->slider();
    if (!slider->isEnabled()) {
        return;
    }
    const Qt::Key keys[] = {Qt::Key_Right, Qt::Key_Left, Qt::Key_PageUp, Qt::Key_PageDown};
    const Qt::Key key = keys[pick(0, 3)];
    const int presses = pick(1, 3);
    for (int i = 0; i < presses; ++i) {
        QTest::keyClick(slider, key);
    }
    m_report.count(QStringLiteral("edit.slider-moves"), presses);
}

void SoakDriver::switchTab()
{
    EditorTabs* tabs = m_window->editorTabs();
    if (tabs->count() > 1) {
        tabs->setCurrentIndex(pick(0, tabs->count() - 1));
        m_report.count(QStringLiteral("user.tab-switches"));
    }
}

void SoakDriver::toggleHistory()
{
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("historyDock"));
    auto* distributions = m_window->findChild<QDockWidget*>(QStringLiteral("distributionsDock"));
    HistoryPanel* history = m_window->historyPanel();
    QListView* list = history->timelineView();
    if (m_historyOpen) {
        // Done reading: clear the comparison, and go back to the distributions (or hide the dock).
        list->clearSelection();
        if (chance(0.3)) {
            dock->toggleViewAction()->trigger();
        } else {
            distributions->raise();
        }
        m_historyOpen = false;
        m_report.count(QStringLiteral("history.closed"));
        return;
    }
    dock->show();
    dock->raise();
    m_historyOpen = true;
    const int rows = list->model()->rowCount();
    if (rows >= 2 && chance(0.6)) {
        const int first = pick(0, rows - 1);
        int second = pick(0, rows - 2);
        second += second >= first ? 1 : 0;
        QItemSelectionModel* selection = list->selectionModel();
        selection->clearSelection();
        selection->select(list->model()->index(first, 0), QItemSelectionModel::Select);
        selection->select(list->model()->index(second, 0), QItemSelectionModel::Select); // compares the two
        m_report.count(QStringLiteral("history.compared-entries"));
    } else if (rows >= 1) {
        list->selectionModel()->select(list->model()->index(pick(0, rows - 1), 0), QItemSelectionModel::ClearAndSelect);
        if (history->compareWithEditorAction()->isEnabled()) {
            history->compareWithEditorAction()->trigger();
            m_report.count(QStringLiteral("history.compared-with-editor"));
        }
    }
}

void SoakDriver::restoreFromHistory()
{
    HistoryPanel* history = m_window->historyPanel();
    QListView* list = history->timelineView();
    const int rows = list->model()->rowCount();
    if (rows < 2 || !currentEditor() || currentEditor()->isReadOnly()) {
        return;
    }
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("historyDock"));
    dock->show();
    dock->raise();
    m_historyOpen = true;
    // Row 0 is the draft; an older entry is restored into the editor as one undo step.
    list->selectionModel()->select(list->model()->index(pick(1, std::min(rows - 1, 4)), 0),
                                   QItemSelectionModel::ClearAndSelect);
    if (history->restoreAction()->isEnabled()) {
        history->restoreAction()->trigger();
        m_report.count(QStringLiteral("history.restores"));
    }
}

void SoakDriver::colleagueEdit()
{
    QList<const Spec*> remote;
    for (const Spec& spec : std::as_const(m_specs)) {
        if (spec.api) {
            remote << &spec;
        }
    }
    if (remote.isEmpty()) {
        return;
    }
    const Spec& spec = *remote.at(pick(0, int(remote.size()) - 1));
    const QString path = QStringLiteral("/%1/%2").arg(ApiKinds::id(*spec.api), spec.remoteId);
    const SandboxProcess::Reply state = m_sandbox.control("GET", QStringLiteral("/state") + path);
    if (!state.ok()) {
        return;
    }
    const int revision = ++m_colleagueRevision;
    QByteArray body;
    QString what;
    if (*spec.api == ApiKind::DataFramer) {
        QString yaml = state.object().value(QLatin1String("latestContent")).toString();
        const int choice = pick(0, 2);
        static const QRegularExpression numbers(QStringLiteral("^(\\s+[a-z_]+: )(\\d{1,2})\\s*$"),
                                                QRegularExpression::MultilineOption);
        static const QRegularExpression notesLine(QStringLiteral("^([ \\t]*# soak notes:).*$"),
                                                  QRegularExpression::MultilineOption);
        static const QRegularExpression description(QStringLiteral("^(\\s*description: \")([^\"\\n]*)(\")"),
                                                    QRegularExpression::MultilineOption);
        QList<QRegularExpressionMatch> shares;
        for (auto it = numbers.globalMatch(yaml); it.hasNext();) {
            shares << it.next();
        }
        if (choice == 0 && !shares.isEmpty()) {
            // A share moved: may overlap the user's slider.
            const QRegularExpressionMatch share = shares.at(pick(0, int(shares.size()) - 1));
            const int value = std::clamp(share.captured(2).toInt() + (chance(0.5) ? 1 : -1) * pick(1, 3), 0, 99);
            yaml.replace(share.capturedStart(2), share.capturedLength(2), QString::number(value));
            what = QStringLiteral("share");
        } else if (choice == 1 && notesLine.match(yaml).hasMatch()) {
            // The same line the user types in: a conflict if they have typed since.
            const QRegularExpressionMatch line = notesLine.match(yaml);
            yaml.replace(line.capturedStart(),
                         line.capturedLength(),
                         line.captured(1) + QStringLiteral(" colleague %1").arg(revision));
            what = QStringLiteral("notes");
        } else if (const QRegularExpressionMatch line = description.match(yaml); line.hasMatch()) {
            yaml.replace(line.capturedStart(2), line.capturedLength(2), withRevision(line.captured(2), revision));
            what = QStringLiteral("description");
        } else {
            return;
        }
        body = yaml.toUtf8();
    } else if (*spec.api == ApiKind::ScaleGp) {
        const QJsonObject current = state.object();
        QJsonObject fields;
        const int choice = pick(0, 2);
        if (choice == 0) {
            fields.insert(QStringLiteral("name"),
                          withRevision(current.value(QLatin1String("name")).toString(), revision));
            what = QStringLiteral("name");
        } else if (choice == 1 && current.value(QLatin1String("description")).isString()) {
            fields.insert(QStringLiteral("description"),
                          withRevision(current.value(QLatin1String("description")).toString(), revision));
            what = QStringLiteral("description");
        } else {
            fields.insert(QStringLiteral("run_online_evaluation"),
                          !current.value(QLatin1String("run_online_evaluation")).toBool());
            what = QStringLiteral("run_online_evaluation");
        }
        body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    } else {
        QJsonObject flow = state.object();
        if (chance(0.6)) {
            flow.insert(QStringLiteral("version"), QStringLiteral("1.%1").arg(revision));
            what = QStringLiteral("version");
        } else {
            flow.insert(QStringLiteral("name"), withRevision(flow.value(QLatin1String("name")).toString(), revision));
            what = QStringLiteral("name");
        }
        body = QJsonDocument(flow).toJson(QJsonDocument::Compact);
    }
    if (m_sandbox.control("POST", QStringLiteral("/colleague") + path, body).ok()) {
        m_report.count(QStringLiteral("colleague.%1.%2").arg(ApiKinds::id(*spec.api), what));
    }
}

void SoakDriver::closeTab()
{
    EditorTabs* tabs = m_window->editorTabs();
    if (tabs->count() <= 3) {
        return;
    }
    const int index = pick(0, tabs->count() - 1);
    const SpecEditor* editor = tabs->editorAt(index);
    const qint64 specId = editor ? editor->specId() : 0;
    if (tabs->closeTab(index) && editor) {
        m_closedTabs << specId;
        m_report.count(QStringLiteral("user.tabs-closed"));
    }
}

void SoakDriver::reopenTab()
{
    const qint64 specId = m_closedTabs.takeAt(pick(0, int(m_closedTabs.size()) - 1));
    // Through the tree, as a double click does: a remote spec is fetched from its server first.
    activateInTree(specId);
    m_report.count(QStringLiteral("user.tabs-reopened"));
}

void SoakDriver::refreshConnection()
{
    const QList<Connection> connections = m_context->connections().connections();
    if (connections.isEmpty()) {
        return;
    }
    const Connection& connection = connections.at(pick(0, int(connections.size()) - 1));
    QTreeView* view = m_window->specTreePanel()->view();
    view->setCurrentIndex(viewIndex(treeModel()->indexForCollection(connection.collectionId)));
    if (auto* refresh = m_window->findChild<QAction*>(QStringLiteral("refreshConnectionMenuAction"))) {
        refresh->trigger();
        m_report.count(QStringLiteral("user.connection-refreshes"));
    }
}

void SoakDriver::tendDialogs(bool draining)
{
    const SandboxCredentials sandbox;
    QHash<quintptr, qint64> seen;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (!window->isVisible()) {
            continue;
        }
        auto* credentials = qobject_cast<CredentialsDialog*>(window);
        auto* conflict = qobject_cast<ConflictView*>(window);
        if (!credentials && !conflict) {
            continue;
        }
        const quintptr key = quintptr(window);
        const qint64 firstSeen = m_dialogSeenAt.value(key, elapsedMs());
        seen.insert(key, firstSeen);
        // A person reads the dialog for a moment first.
        if (!draining && elapsedMs() - firstSeen < 1500) {
            continue;
        }
        if (credentials) {
            auto* buttons = credentials->findChild<QDialogButtonBox*>();
            if (!draining && chance(0.1)) {
                buttons->button(QDialogButtonBox::Cancel)->click();
                m_report.count(QStringLiteral("credentials.prompts-cancelled"));
                continue;
            }
            const bool adobe = credentials->secretEdit(QStringLiteral("accessToken")) != nullptr;
            if (QLineEdit* edit = credentials->secretEdit(QStringLiteral("token"))) {
                edit->setText(sandbox.dataFramerToken);
            }
            if (QLineEdit* edit = credentials->secretEdit(QStringLiteral("accessToken"))) {
                edit->setText(sandbox.adobeAccessToken);
            }
            if (QLineEdit* edit = credentials->secretEdit(QStringLiteral("apiKey"))) {
                edit->setText(adobe ? sandbox.adobeApiKey : sandbox.scaleGpApiKey);
            }
            buttons->button(QDialogButtonBox::Save)->click();
            m_report.count(QStringLiteral("credentials.prompts-answered"));
            continue;
        }
        if (draining) {
            // At the end a conflict is left for the user, with its message: close the view.
            conflict->reject();
            continue;
        }
        if (!chance(0.35)) {
            continue;
        }
        const int choice = pick(1, 100);
        const qint64 specId = conflict->specId();
        if (choice <= 40) {
            conflict->findChild<QPushButton*>(QStringLiteral("keepMineButton"))->click();
            m_report.count(QStringLiteral("conflict.resolved.keep-mine"));
        } else if (choice <= 70) {
            conflict->findChild<QPushButton*>(QStringLiteral("takeTheirsButton"))->click();
            m_report.count(QStringLiteral("conflict.resolved.take-theirs"));
        } else if (choice <= 95) {
            // A hand merge: typed in the spec's own editor while the view stays open.
            typeWords(m_window->editorTabs()->editorForSpec(specId), true);
            conflict->findChild<QPushButton*>(QStringLiteral("useEditorTextButton"))->click();
            m_report.count(QStringLiteral("conflict.resolved.editor-text"));
        } else {
            conflict->reject();
            m_report.count(QStringLiteral("conflict.views-closed-undecided"));
        }
    }
    m_dialogSeenAt = seen;
    if (!draining && chance(0.12)) {
        resolveSomeConflict();
    }
}

void SoakDriver::resolveSomeConflict()
{
    const QList<qint64> conflicts = specsInState(SyncState::Conflict);
    SyncController* sync = m_window->syncController();
    for (const qint64 specId : conflicts) {
        if (sync->conflictView(specId)) {
            return; // one at a time, as a person would
        }
    }
    if (conflicts.isEmpty()) {
        return;
    }
    const qint64 specId = conflicts.at(pick(0, int(conflicts.size()) - 1));
    EditorTabs* tabs = m_window->editorTabs();
    if (!tabs->editorForSpec(specId)) {
        return;
    }
    // The tab's banner has the button; the Remote menu's action does the same for the current tab.
    tabs->openSpec(specId);
    auto* button = tabs->currentWidget()->findChild<QPushButton*>(QStringLiteral("resolveConflictButton"));
    if (button && button->isVisible()) {
        button->click();
    } else {
        sync->resolveConflictAction()->trigger();
    }
    m_report.count(QStringLiteral("conflict.views-opened"));
}

// ---------------------------------------------------------------------------------------------
// Faults, the sandbox's housekeeping, and measurements.

void SoakDriver::injectFault()
{
    const SandboxProcess::Reply stats = m_sandbox.control("GET", QStringLiteral("/stats"));
    if (!stats.ok() || stats.object().value(QLatin1String("faultsPending")).toInt() >= 3) {
        return;
    }
    QJsonObject fault;
    SandboxFault::Kind kind = SandboxFault::Kind::Delay;
    const int roll = pick(1, 100);
    if (roll <= 28) {
        kind = SandboxFault::Kind::Delay;
        // Mostly a slow server; now and then slower than the app's 30 s timeout.
        fault.insert(QStringLiteral("delayMs"), chance(0.06) ? pick(31000, 38000) : pick(100, 4000));
    } else if (roll <= 44) {
        kind = SandboxFault::Kind::ServerError;
        const int statuses[] = {500, 502, 503, 504};
        fault.insert(QStringLiteral("status"), statuses[pick(0, 3)]);
    } else if (roll <= 49) {
        kind = SandboxFault::Kind::ServerErrorAfterStore;
        fault.insert(QStringLiteral("status"), 500);
    } else if (roll <= 61) {
        kind = SandboxFault::Kind::DropBeforeStore;
    } else if (roll <= 72) {
        kind = SandboxFault::Kind::DropAfterStore;
    } else if (roll <= 93) {
        kind = SandboxFault::Kind::RateLimit;
        // Mostly short; sometimes longer than a sync waits within one run (60 s).
        fault.insert(QStringLiteral("retryAfterSeconds"), chance(0.04) ? pick(61, 75) : pick(1, 4));
    } else {
        kind = SandboxFault::Kind::ExpireToken;
    }
    fault.insert(QStringLiteral("kind"), SandboxFaults::kindName(kind));
    const QString paths[] = {QString(),
                             QStringLiteral("/api/dataframer/"),
                             QStringLiteral("/v4/application-specs"),
                             QStringLiteral("/flowSpecs")};
    const QString path = paths[pick(0, 3)];
    if (!path.isEmpty()) {
        fault.insert(QStringLiteral("pathContains"), path);
    }
    // Writes are where lost replies hurt; aim a third of the faults at them.
    if (chance(0.35)) {
        fault.insert(QStringLiteral("method"),
                     path == QStringLiteral("/v4/application-specs") ? QStringLiteral("PATCH")
                     : path.isEmpty() ? (chance(0.5) ? QStringLiteral("PUT") : QStringLiteral("PATCH"))
                                      : QStringLiteral("PUT"));
    } else if (chance(0.3)) {
        fault.insert(QStringLiteral("method"), QStringLiteral("GET"));
    }
    fault.insert(QStringLiteral("times"), chance(0.8) ? 1 : pick(2, 3));
    if (m_sandbox.control("POST", QStringLiteral("/faults"), QJsonDocument(fault).toJson(QJsonDocument::Compact))
            .ok()) {
        m_report.count(QStringLiteral("sandbox.faults-injected"));
    }
}

void SoakDriver::maintainSandbox()
{
    if (elapsedMs() >= m_nextVersionCheckMs) {
        m_nextVersionCheckMs = elapsedMs() + 20000;
        for (const Spec& spec : std::as_const(m_specs)) {
            if (spec.api != ApiKind::DataFramer) {
                continue;
            }
            const SandboxProcess::Reply state
                = m_sandbox.control("GET", QStringLiteral("/state/dataframer/") + spec.remoteId);
            if (state.ok() && state.object().value(QLatin1String("versionCount")).toInt() >= kResetAtVersions) {
                // Restored from a backup: every spec is back to its seed, which the app sees as
                // changes made on the server (merges and conflicts), and the faults are gone.
                m_sandbox.control("POST", QStringLiteral("/reset"));
                m_report.count(QStringLiteral("sandbox.resets"));
                say(QStringLiteral("[%1] sandbox reset: a DataFramer spec reached %2 versions")
                        .arg(seconds())
                        .arg(kResetAtVersions));
                break;
            }
        }
    }
    if (elapsedMs() >= m_nextLogClearMs) {
        // The sandbox records every request; keep its memory bounded too.
        m_nextLogClearMs = elapsedMs() + 60000;
        m_sandbox.control("DELETE", QStringLiteral("/requests"));
    }
}

void SoakDriver::sample(bool active)
{
    m_nextSampleMs = elapsedMs() + m_options.sampleIntervalMs;
    MemorySample sample;
    sample.seconds = double(elapsedMs()) / 1000.0;
    sample.rssKb = SoakReport::rssKb();
    sample.heapKb = SoakReport::heapInUseKb();
    sample.sandboxRssKb = SoakReport::rssKb(m_sandbox.pid());
    sample.pixmapCacheKb = qint64(QPixmapCache::totalUsed()) * 1024; // it counts whole MB
    sample.objects = ObjectCensus::total();
    sample.active = active;
    m_report.addSample(sample);
}

void SoakDriver::onEngineState(qint64 specId, SyncState state)
{
    if (state == SyncState::Syncing) {
        if (m_syncStartedAt.contains(specId)) {
            m_report.count(QStringLiteral("sync.retries-within-a-run"));
        } else {
            m_syncStartedAt.insert(specId, elapsedMs());
            m_report.count(QStringLiteral("sync.runs"));
        }
        return;
    }
    // A spec already in conflict ends its run at once, without starting.
    const bool ran = m_syncStartedAt.contains(specId);
    if (ran) {
        m_longestSyncMs = std::max(m_longestSyncMs, elapsedMs() - m_syncStartedAt.take(specId));
    }
    switch (state) {
    case SyncState::Synced:
        m_report.count(QStringLiteral("sync.outcome.synced"));
        break;
    case SyncState::Draft:
        m_report.count(QStringLiteral("sync.outcome.merged"));
        break;
    case SyncState::Queued:
        m_report.count(QStringLiteral("sync.outcome.queued"));
        break;
    case SyncState::Conflict:
        m_report.count(ran ? QStringLiteral("sync.outcome.conflict")
                           : QStringLiteral("sync.outcome.still-in-conflict"));
        break;
    case SyncState::Error: {
        m_report.count(QStringLiteral("sync.outcome.error"));
        const QString message = treeModel()->syncMessage(specId);
        m_errorMessages[message.left(100)] += 1;
        break;
    }
    case SyncState::Syncing:
        break;
    }
}

// ---------------------------------------------------------------------------------------------
// The end: stop, let everything settle, and check what is left.

void SoakDriver::drain()
{
    say(QStringLiteral("[%1] stopping: faults cleared, syncing everything once more").arg(seconds()));
    const qint64 drainStart = elapsedMs();
    m_sandbox.control("DELETE", QStringLiteral("/faults"));
    SyncController* sync = m_window->syncController();
    SyncEngine* engine = sync->engine();
    // Reopen what was closed, so every spec ends with the user able to see it.
    while (!m_closedTabs.isEmpty()) {
        const qint64 specId = m_closedTabs.takeFirst();
        activateInTree(specId);
        waitFor([&] { return m_window->editorTabs()->editorForSpec(specId) != nullptr; }, kSetupTimeoutMs);
    }
    const auto settled = [&] {
        tendDialogs(true);
        return !engine->isBusy() && specsInState(SyncState::Syncing).isEmpty();
    };
    waitFor(settled, kDrainRoundTimeoutMs);
    // Sync each spec once from its tab, synced ones too: a colleague may have changed one since
    // it was last synced, which only a sync finds out (and merges).
    for (const Spec& spec : std::as_const(m_specs)) {
        if (spec.api && treeModel()->syncState(spec.id) != SyncState::Conflict) {
            m_window->editorTabs()->openSpec(spec.id);
            sync->syncAction()->trigger();
            m_report.count(QStringLiteral("drain.syncs-of-each-spec"));
        }
    }
    for (int round = 1; round <= 5; ++round) {
        waitFor(settled, kDrainRoundTimeoutMs);
        const QList<qint64> pending = engine->pendingSpecs();
        if (pending.isEmpty()) {
            break;
        }
        m_report.count(QStringLiteral("drain.sync-all-rounds"));
        sync->syncAllAction()->trigger();
        if (!waitFor(settled, kDrainRoundTimeoutMs)) {
            m_report.fail(QStringLiteral("the sync engine was still busy %1 s after the last Sync All")
                              .arg(kDrainRoundTimeoutMs / 1000));
            break;
        }
        // Errors that remain are the server's final word (a version limit, say), not a fault.
        bool onlyFinal = true;
        for (const qint64 specId : engine->pendingSpecs()) {
            onlyFinal = onlyFinal && treeModel()->syncState(specId) == SyncState::Error;
        }
        if (onlyFinal && round >= 2) {
            break;
        }
    }
    // Loads of a connection's specs (F5) and fetches of a spec being opened retry on their own: a
    // read may still be waiting out a Retry-After of up to 75 s, or a third 30 s timeout. They
    // must end now that the server answers; what still runs after this is left hanging.
    auto* opener = m_window->findChild<RemoteSpecOpener*>();
    auto* tree = m_window->remoteTreeController();
    const auto readsRunning = [&] {
        for (const Connection& connection : m_context->connections().connections()) {
            if (tree->isLoading(connection.collectionId)) {
                return true;
            }
        }
        for (const Spec& spec : std::as_const(m_specs)) {
            if (opener->isBusy(spec.id)) {
                return true;
            }
        }
        return false;
    };
    const qint64 readsWaitStart = elapsedMs();
    if (readsRunning()) {
        waitFor([&] { return !readsRunning(); }, kReadsTimeoutMs);
        m_report.note(QStringLiteral("Loads and fetches still retrying at the end took %1 s more to finish.")
                          .arg((elapsedMs() - readsWaitStart) / 1000));
    }
    // Delayed answers the sandbox still owes (a client that timed out never reads them).
    waitFor(
        [&] {
            return m_sandbox.control("GET", QStringLiteral("/stats"))
                       .object()
                       .value(QLatin1String("repliesPending"))
                       .toInt()
                   == 0;
        },
        60000);
    // Let deferred deletions run.
    QTest::qWait(2000);
    m_report.note(QStringLiteral("Drain took %1 s.").arg((elapsedMs() - drainStart) / 1000));
    sample(false);
}

void SoakDriver::verify()
{
    SyncController* sync = m_window->syncController();
    SyncEngine* engine = sync->engine();

    // No request left hanging.
    int hanging = 0;
    if (engine->isBusy()) {
        ++hanging;
        m_report.fail(QStringLiteral("the sync engine is still busy"));
    }
    const int tasks = int(engine->findChildren<SpecSyncTask*>().size());
    if (tasks > 0) {
        hanging += tasks;
        m_report.fail(QStringLiteral("%1 SpecSyncTask(s) still alive").arg(tasks));
    }
    for (const char* className : kRequestClasses) {
        const int alive = ObjectCensus::countInheriting(className);
        if (alive > 0) {
            hanging += alive;
            m_report.fail(QStringLiteral("%1 %2 object(s) still alive").arg(alive).arg(QLatin1String(className)));
        }
    }
    auto* opener = m_window->findChild<RemoteSpecOpener*>();
    auto* tree = m_window->remoteTreeController();
    for (const Spec& spec : std::as_const(m_specs)) {
        if (opener && opener->isBusy(spec.id)) {
            ++hanging;
            m_report.fail(QStringLiteral("“%1” is still being fetched").arg(spec.title));
        }
    }
    for (const Connection& connection : m_context->connections().connections()) {
        if (tree->isLoading(connection.collectionId)) {
            ++hanging;
            m_report.fail(QStringLiteral("%1 is still loading its specs").arg(connection.name));
        }
    }
    for (auto it = m_syncStartedAt.cbegin(); it != m_syncStartedAt.cend(); ++it) {
        ++hanging;
        m_report.fail(
            QStringLiteral("a sync of spec %1 started at %2 s never ended").arg(it.key()).arg(it.value() / 1000));
    }
    const QJsonObject stats = m_sandbox.control("GET", QStringLiteral("/stats")).object();
    const int owed = stats.value(QLatin1String("repliesPending")).toInt();
    if (owed > 0) {
        hanging += owed;
        m_report.fail(QStringLiteral("the sandbox still owes %1 delayed answer(s)").arg(owed));
    }
    if (m_longestSyncMs > kStuckSyncMs) {
        m_report.fail(QStringLiteral("one sync ran for %1 s").arg(m_longestSyncMs / 1000));
    }
    m_report.count(QStringLiteral("end.hanging-requests"), hanging);

    // Every spec ended synced, or in a state that says why.
    m_window->editorTabs()->flushAll();
    for (const Spec& spec : std::as_const(m_specs)) {
        if (!spec.api) {
            continue;
        }
        const SyncState state = treeModel()->syncState(spec.id);
        const QString message = treeModel()->syncMessage(spec.id);
        const QString name = QStringLiteral("%1 “%2”").arg(ApiKinds::displayName(*spec.api), spec.title);
        m_report.count(QStringLiteral("end.specs.") + SyncStates::id(state));
        if (state == SyncState::Synced) {
            // Synced must mean the server holds exactly this.
            const QByteArray local = m_store->spec(spec.id)->content;
            const SandboxProcess::Reply server
                = m_sandbox.control("GET", QStringLiteral("/state/%1/%2").arg(ApiKinds::id(*spec.api), spec.remoteId));
            const QByteArray theirs = *spec.api == ApiKind::DataFramer
                                          ? server.object().value(QLatin1String("latestContent")).toString().toUtf8()
                                          : QJsonDocument(server.object()).toJson(QJsonDocument::Compact);
            if (!server.ok() || !SpecComparison::sameOnServer(*spec.api, theirs, local)) {
                m_report.fail(QStringLiteral("%1 is shown synced but the server holds something else").arg(name));
            }
            continue;
        }
        if ((state == SyncState::Conflict || state == SyncState::Error) && !message.isEmpty()) {
            m_report.note(QStringLiteral("%1 ended in %2: %3").arg(name, SyncStates::id(state), message));
            continue;
        }
        m_report.fail(
            QStringLiteral("%1 ended %2%3")
                .arg(name,
                     SyncStates::id(state),
                     message.isEmpty() ? QStringLiteral(" with no message") : QStringLiteral(": ") + message));
    }
    // Counts from the sandbox's side.
    m_report.count(QStringLiteral("sandbox.requests"), stats.value(QLatin1String("requests")).toInteger());
    const QJsonObject served = stats.value(QLatin1String("faultsServed")).toObject();
    qint64 faults = 0;
    for (auto it = served.begin(); it != served.end(); ++it) {
        m_report.count(QStringLiteral("sandbox.faults-served.") + it.key(), it.value().toInteger());
        faults += it.value().toInteger();
    }
    m_report.count(QStringLiteral("sandbox.faults-served"), faults);
    QList<QPair<int, QString>> errors;
    for (auto it = m_errorMessages.cbegin(); it != m_errorMessages.cend(); ++it) {
        errors.append({it.value(), it.key()});
    }
    std::sort(errors.begin(), errors.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype i = 0; i < std::min<qsizetype>(6, errors.size()); ++i) {
        m_report.note(QStringLiteral("Error state %1×: %2").arg(errors.at(i).first).arg(errors.at(i).second));
    }
    m_report.note(QStringLiteral("Longest sync of one spec: %1 s.").arg(double(m_longestSyncMs) / 1000.0, 0, 'f', 1));
    m_report.setCensus(m_censusAtWarmup, ObjectCensus::byClass());
}

void SoakDriver::writeReport()
{
    const double warmupSeconds = double(m_options.durationMs) * m_options.warmupFraction / 1000.0;
    const double window = std::min(30.0, warmupSeconds);
    const SoakReport::Growth rss = m_report.growth(warmupSeconds, window, &MemorySample::rssKb);
    const SoakReport::Growth heap = m_report.growth(warmupSeconds, window, &MemorySample::heapKb);
    const SoakReport::Growth sandbox = m_report.growth(warmupSeconds, window, &MemorySample::sandboxRssKb);
    const SoakReport::Growth pixmaps = m_report.growth(warmupSeconds, window, &MemorySample::pixmapCacheKb);
    const qint64 afterDrain = m_report.samples().constLast().rssKb;
    if (!rss.valid) {
        m_report.fail(QStringLiteral("too few memory samples to judge"));
    } else if (rss.percent > m_options.maxGrowthPercent) {
        m_report.fail(QStringLiteral("RSS grew %1% after warm-up (limit %2%)")
                          .arg(rss.percent, 0, 'f', 1)
                          .arg(m_options.maxGrowthPercent, 0, 'f', 0));
    }
    const auto line = [](const QString& what, const SoakReport::Growth& g) {
        return QStringLiteral("%1: end of warm-up %2, final %3, max %4, growth %5% (trend %6 MB/h)")
            .arg(what, megabytes(g.warmupKb), megabytes(g.finalKb), megabytes(g.maxKb))
            .arg(g.percent, 0, 'f', 1)
            .arg(g.slopeKbPerMinute * 60.0 / 1024.0, 0, 'f', 1);
    };
    const QStringList header {
        QStringLiteral("SpecDesk soak report"),
        QStringLiteral("Date: %1; machine: %2, %3 cores; Qt %4")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODate),
                 QSysInfo::prettyProductName(),
                 QString::number(QThread::idealThreadCount()),
                 QString::fromLatin1(qVersion())),
        QStringLiteral("Run: %1 min, warm-up %2 s (%3%), a sample every %4 s, seed %5")
            .arg(double(m_options.durationMs) / 60000.0, 0, 'f', 1)
            .arg(qint64(warmupSeconds))
            .arg(qint64(m_options.warmupFraction * 100))
            .arg(m_options.sampleIntervalMs / 1000)
            .arg(m_options.seed),
        QStringLiteral("Warm-up and final values are means over %1 s windows.").arg(qint64(window)),
        line(QStringLiteral("App RSS"), rss),
        line(QStringLiteral("App heap in use"), heap),
        line(QStringLiteral("Qt pixmap cache (part of the heap, limit %1)").arg(megabytes(QPixmapCache::cacheLimit())),
             pixmaps),
        line(QStringLiteral("Sandbox RSS (separate process, for reference)"), sandbox),
        QStringLiteral("App RSS after the final drain: %1").arg(megabytes(afterDrain)),
        QStringLiteral("Memory verdict: %1 (RSS growth %2% vs limit %3%)")
            .arg(rss.valid && rss.percent <= m_options.maxGrowthPercent ? QStringLiteral("PASS")
                                                                        : QStringLiteral("FAIL"))
            .arg(rss.percent, 0, 'f', 1)
            .arg(m_options.maxGrowthPercent, 0, 'f', 0),
        QStringLiteral("Hanging requests at the end: %1").arg(m_report.counter(QStringLiteral("end.hanging-requests"))),
    };
    const QString text = m_report.text(header);
    say(QString());
    say(text);
    if (!m_options.reportPath.isEmpty()) {
        QFile file(m_options.reportPath);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(text.toUtf8());
        }
    }
    if (!m_options.samplesPath.isEmpty()) {
        m_report.writeSamples(m_options.samplesPath);
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers.

const SoakDriver::Spec* SoakDriver::specOf(qint64 specId) const
{
    for (const Spec& spec : m_specs) {
        if (spec.id == specId) {
            return &spec;
        }
    }
    return nullptr;
}

SpecEditor* SoakDriver::currentEditor() const
{
    return m_window->editorTabs()->currentEditor();
}

SpecTreeModel* SoakDriver::treeModel() const
{
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(m_window->specTreePanel()->view()->model());
    return qobject_cast<SpecTreeModel*>(proxy->sourceModel());
}

QModelIndex SoakDriver::viewIndex(const QModelIndex& modelIndex) const
{
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(m_window->specTreePanel()->view()->model());
    return proxy->mapFromSource(modelIndex);
}

void SoakDriver::activateInTree(qint64 specId)
{
    QTreeView* view = m_window->specTreePanel()->view();
    const QModelIndex index = viewIndex(treeModel()->indexForSpec(specId));
    if (index.isValid()) {
        view->setCurrentIndex(index);
        Q_EMIT view->activated(index);
    }
}

bool SoakDriver::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

QList<qint64> SoakDriver::specsInState(SyncState state) const
{
    QList<qint64> found;
    for (const Spec& spec : m_specs) {
        if (spec.api && treeModel()->syncState(spec.id) == state) {
            found << spec.id;
        }
    }
    return found;
}

QString SoakDriver::seconds() const
{
    const qint64 s = elapsedMs() / 1000;
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}
