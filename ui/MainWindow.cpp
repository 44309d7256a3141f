#include "MainWindow.h"

#include "AccessibleChrome.h"
#include "ActionCatalog.h"
#include "AppSettings.h"
#include "CommandPalette.h"
#include "ConnectionsDialog.h"
#include "DiskFileGuard.h"
#include "DistributionPanel.h"
#include "DocumentParser.h"
#include "EditorAreaMaximizer.h"
#include "EditorTabs.h"
#include "FileDropTarget.h"
#include "FindBar.h"
#include "FindInSpecsDialog.h"
#include "FocusWalk.h"
#include "HistoryPanel.h"
#include "KeyboardContextMenu.h"
#include "LongOperations.h"
#include "MemorySecretStore.h"
#include "NewSpecs.h"
#include "OpenableFile.h"
#include "OutlinePanel.h"
#include "PlainToolTip.h"
#include "ProblemsPanel.h"
#include "ProgressStrip.h"
#include "RecentFiles.h"
#include "RemoteContext.h"
#include "RemoteSpecOpener.h"
#include "RemoteTreeController.h"
#include "ResourceIcons.h"
#include "ResourcePaths.h"
#include "ScreenFit.h"
#include "SessionSecretStore.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SpecEditor.h"
#include "SpecFileIO.h"
#include "SpecFormPanel.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "SyncController.h"
#include "SyncState.h"
#include "WelcomeView.h"
#include "WorkspaceStore.h"
#include "WorkspaceThread.h"
#include "WorkspaceWatcher.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSlider>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kStatusMessageMs = 8000;

QIcon actionIcon(const QString& name)
{
    return ResourceIcons::themed(ResourcePaths::actionIcon(name));
}

/// A status icon at the label font's height, drawn for the screen's pixel ratio.
void showStatusIcon(QLabel* label, const QString& path)
{
    const int side = label->fontMetrics().height();
    label->setPixmap(ResourceIcons::icon(path).pixmap(QSize(side, side), label->devicePixelRatioF()));
}
const QString kFilesCollectionType = QStringLiteral("files");
} // namespace

MainWindow::MainWindow(WorkspaceStore* store, AppSettings* settings, RemoteContext* remote, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_remote(remote ? remote : new RemoteContext(store, new MemorySecretStore, this))
    , m_treeModel(new SpecTreeModel(store, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Workspace"));
    createCentralArea();
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    createPanelCycle();
    m_defaultState = saveState();
    restoreSession();
    onCurrentEditorChanged(m_tabs->currentEditor());
    updateRevertAction();
    AccessibleChrome::describe(this);
    // Last, so the views it wakes are all there; they follow WorkspaceStore::changedByOthers().
    m_workspaceWatcher = new WorkspaceWatcher(m_store, this);
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralArea()
{
    m_tabs = new EditorTabs(m_store, m_settings, this);
    m_maximizer = new EditorAreaMaximizer(this, m_tabs);
    m_findBar = new FindBar(this);
    auto* editorArea = new QWidget(this);
    auto* layout = new QVBoxLayout(editorArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_findBar);

    m_centralStack = new QStackedWidget(this);
    m_welcome = new WelcomeView(m_centralStack);
    m_centralStack->addWidget(m_welcome);
    m_centralStack->addWidget(editorArea);
    connect(m_welcome, &WelcomeView::addConnectionRequested, this, [this] { openConnectionsDialog(); });
    connect(m_welcome, &WelcomeView::openFileRequested, this, &MainWindow::openFileFromDialog);
    setCentralWidget(m_centralStack);

    connect(m_tabs, &EditorTabs::currentEditorChanged, this, &MainWindow::onCurrentEditorChanged);
    // Keep the open tabs on disk as they change, so a crash or kill brings them back too.
    connect(m_tabs, &EditorTabs::currentEditorChanged, this, &MainWindow::saveOpenTabs);
    connect(m_tabs, &EditorTabs::openSpecsChanged, this, &MainWindow::saveOpenTabs);
    connect(m_tabs, &EditorTabs::problem, this, &MainWindow::showProblem);
    connect(m_tabs, &EditorTabs::caretMoved, this, [this](int line, int column) {
        m_caretLabel->setText(tr("Ln %1, Col %2").arg(line).arg(column));
    });
    connect(m_tabs, &EditorTabs::diagnosticsChanged, this, [this](SpecEditor* editor) {
        if (editor == m_tabs->currentEditor()) {
            m_problemsPanel->showDiagnostics(editor->diagnostics(), true);
        }
    });
}

QDockWidget*
MainWindow::addPanel(const QString& title, const QString& objectName, QWidget* panel, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_treePanel = new SpecTreePanel(m_treeModel, this);
    addPanel(tr("Specs"), QStringLiteral("specsDock"), m_treePanel, Qt::LeftDockWidgetArea);
    // Opening a spec from the tree means the user wants to type in it next. A remote spec is
    // fetched from its server first; the opener says when it is there.
    m_opener = new RemoteSpecOpener(m_remote, m_treeModel, m_tabs, this);
    connect(m_treePanel, &SpecTreePanel::specActivated, m_opener, &RemoteSpecOpener::open);
    connect(
        m_opener, &RemoteSpecOpener::opened, this, [](SpecEditor* editor) { editor->setFocus(Qt::OtherFocusReason); });
    connect(m_opener, &RemoteSpecOpener::message, this, [this](const QString& text) {
        if (text.isEmpty()) {
            statusBar()->clearMessage();
        } else {
            showProblem(text);
        }
    });
    connect(m_tabs, &EditorTabs::restoreRequested, m_opener, &RemoteSpecOpener::restore);
    // A restored spec becomes editable in its open tab (EditorTabs saw the change first).
    connect(m_store, &WorkspaceStore::specChanged, this, [this](qint64 specId) {
        SpecEditor* editor = m_tabs->currentEditor();
        if (editor && editor->specId() == specId) {
            m_distributionPanel->setEnabled(!editor->isReadOnly());
        }
    });
    m_remoteTree = new RemoteTreeController(m_remote, m_treeModel, m_treePanel, m_tabs, m_opener, this);
    connect(m_remoteTree, &RemoteTreeController::editConnectionRequested, this, &MainWindow::openConnectionsDialog);
    m_sync = new SyncController(m_remote, m_treeModel, m_treePanel, m_tabs, this);
    m_remoteTree->setSyncController(m_sync);
    connect(m_sync, &SyncController::message, this, &MainWindow::showProblem);
    connect(m_sync, &SyncController::compareDraftRequested, this, [this](qint64 specId) {
        // The spec's tab makes it History's spec; History compares and opens the window.
        m_tabs->openSpec(specId);
        if (m_historyPanel->specId() == specId) {
            m_historyPanel->compareDraftWithServer();
        } else {
            showProblem(tr("The spec could not be opened to compare it."));
        }
    });
    connect(m_sync, &SyncController::rejectedFieldsChanged, this, [this](qint64 specId) {
        if (SpecEditor* editor = m_tabs->currentEditor(); editor && editor->specId() == specId) {
            m_formPanel->setRejectedFields(m_sync->rejectedFields(specId));
        }
    });
    m_operations = new LongOperations(this);
    m_remoteTree->setLongOperations(m_operations);
    m_sync->setLongOperations(m_operations);
    m_opener->setLongOperations(m_operations);
    m_tour = new SandboxTour(m_treeModel, m_treePanel, m_opener, this);
    connect(m_welcome, &WelcomeView::trySandboxRequested, m_tour, &SandboxTour::start);
    connect(m_tour, &SandboxTour::message, this, &MainWindow::showProblem);
    connect(m_tour, &SandboxTour::ready, this, &MainWindow::onSandboxReady);

    m_outlinePanel = new OutlinePanel(this);
    auto* outline = addPanel(tr("Outline"), QStringLiteral("outlineDock"), m_outlinePanel, Qt::LeftDockWidgetArea);
    splitDockWidget(m_docks.first(), outline, Qt::Vertical);

    m_distributionPanel = new DistributionPanel(this);
    m_distributionPanel->setSampleSize(m_settings->value(AppSettings::Key::DistributionSampleSize).toLongLong());
    connect(m_distributionPanel, &DistributionPanel::sampleSizeChanged, this, [this](qint64 sampleSize) {
        m_settings->setValue(AppSettings::Key::DistributionSampleSize, sampleSize);
    });
    auto* distributions = addPanel(
        tr("Distributions"), QStringLiteral("distributionsDock"), m_distributionPanel, Qt::RightDockWidgetArea);
    m_historyPanel = new HistoryPanel(m_store, m_tabs, this);
    connect(m_historyPanel, &HistoryPanel::message, this, &MainWindow::showProblem);
    auto* history = addPanel(tr("History"), QStringLiteral("historyDock"), m_historyPanel, Qt::RightDockWidgetArea);
    tabifyDockWidget(distributions, history);
    m_formPanel = new SpecFormPanel(this);
    connect(m_formPanel, &SpecFormPanel::restoreRequested, this, [this](qint64 specId) { m_opener->restore(specId); });
    auto* form = addPanel(tr("Form"), QStringLiteral("formDock"), m_formPanel, Qt::RightDockWidgetArea);
    tabifyDockWidget(distributions, form);
    distributions->raise();

    m_problemsPanel = new ProblemsPanel(this);
    auto* problems
        = addPanel(tr("Problems"), QStringLiteral("problemsDock"), m_problemsPanel, Qt::BottomDockWidgetArea);
    resizeDocks({m_docks.first(), distributions}, {280, 420}, Qt::Horizontal);
    resizeDocks({problems}, {150}, Qt::Vertical);
    connect(m_problemsPanel, &ProblemsPanel::jumpRequested, this, [this](qint64 offset) {
        if (SpecEditor* editor = m_tabs->currentEditor()) {
            editor->goToOffset(offset);
        }
    });
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu* newMenu = fileMenu->addMenu(tr("&New"));
    newMenu->setObjectName(QStringLiteral("newSpecMenu"));
    const struct
    {
        SpecKind kind;
        const char* text;
    } newKinds[] = {{SpecKind::DataFramer, QT_TR_NOOP("&DataFramer Spec")},
                    {SpecKind::ScaleGp, QT_TR_NOOP("&Scale GP Application Spec")},
                    {SpecKind::AdobeFlow, QT_TR_NOOP("&Adobe Flow Spec")}};
    for (const auto& newKind : newKinds) {
        QAction* action = newMenu->addAction(tr(newKind.text), this, [this, kind = newKind.kind] { newSpec(kind); });
        if (newKind.kind == SpecKind::DataFramer) {
            action->setShortcut(QKeySequence::New);
        }
    }
    QAction* open = fileMenu->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openFileFromDialog);
    open->setObjectName(QStringLiteral("openAction"));
    open->setIcon(actionIcon(QStringLiteral("open")));
    m_recent = new RecentFiles(m_settings->filePath(), this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFileInBackground);
    connect(m_recent, &RecentFiles::message, this, &MainWindow::showProblem);
    fileMenu->addMenu(m_recent->menu());
    auto* drops = new FileDropTarget(this);
    connect(drops, &FileDropTarget::filesDropped, this, &MainWindow::openFiles);
    connect(drops, &FileDropTarget::message, this, &MainWindow::showProblem);
    QAction* saveAction = fileMenu->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setIcon(actionIcon(QStringLiteral("save")));
    fileMenu->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    // A copy of the text as it stands (a draft included) in a file, without linking the spec to it.
    fileMenu->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        if (SpecEditor* editor = m_tabs->currentEditor()) {
            m_sync->exportDraft(editor->specId());
        }
    });
    m_revertAction = fileMenu->addAction(tr("&Revert"), this, [this] {
        if (SpecEditor* editor = m_tabs->currentEditor()) {
            m_tabs->diskFiles()->revert(editor->specId());
        }
    });
    m_revertAction->setObjectName(QStringLiteral("revertAction"));
    m_revertAction->setStatusTip(tr("Replaces the text with its file's, as one step that Undo takes back."));
    connect(m_tabs->diskFiles(), &DiskFileGuard::stateChanged, this, &MainWindow::updateRevertAction);
    connect(m_tabs, &EditorTabs::currentEditorChanged, this, &MainWindow::updateRevertAction);
    connect(m_tabs->diskFiles(), &DiskFileGuard::saveAsRequested, this, [this](qint64 specId) {
        m_tabs->openSpec(specId);
        saveAs();
    });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Close Tab"), QKeySequence::Close, this, [this] {
        if (m_tabs->currentIndex() >= 0) {
            m_tabs->closeTab(m_tabs->currentIndex());
        }
    });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    // Edit actions act on whichever editor is current; with none open they do nothing.
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    const auto onEditor = [this](void (QsciScintilla::*method)()) {
        return [this, method] {
            if (SpecEditor* editor = m_tabs->currentEditor()) {
                (editor->*method)();
            }
        };
    };
    QAction* undo = editMenu->addAction(tr("&Undo"), QKeySequence::Undo, this, onEditor(&QsciScintilla::undo));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(actionIcon(QStringLiteral("undo")));
    QAction* redo = editMenu->addAction(tr("&Redo"), QKeySequence::Redo, this, onEditor(&QsciScintilla::redo));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(actionIcon(QStringLiteral("redo")));
    editMenu->addSeparator();
    editMenu->addAction(tr("Cu&t"), QKeySequence::Cut, this, onEditor(&QsciScintilla::cut));
    editMenu->addAction(tr("&Copy"), QKeySequence::Copy, this, onEditor(&QsciScintilla::copy));
    editMenu->addAction(tr("&Paste"), QKeySequence::Paste, this, onEditor(&QsciScintilla::paste));
    editMenu->addAction(tr("Select &All"), QKeySequence::SelectAll, this, [this] {
        if (SpecEditor* editor = m_tabs->currentEditor()) {
            editor->selectAll(true);
        }
    });
    editMenu->addSeparator();
    // Ctrl+F finds in the text, or filters the tree when the keyboard is in the specs tree.
    editMenu->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        if (m_treePanel->isAncestorOf(QApplication::focusWidget())) {
            m_treePanel->focusFilter();
        } else {
            m_findBar->activate();
        }
    });
    editMenu->addAction(tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H), m_findBar, &FindBar::activateReplace);
    editMenu->addAction(tr("Find &Next"), QKeySequence::FindNext, m_findBar, &FindBar::findNext);
    editMenu->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, m_findBar, &FindBar::findPrevious);
    editMenu->addAction(
        tr("Find in All Spe&cs…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this, &MainWindow::findInAllSpecs);
    editMenu->addAction(tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_G), this, &MainWindow::goToLine);
    editMenu->addAction(tr("&Quick Fix…"), QKeySequence(Qt::CTRL | Qt::Key_Period), this, [this] {
        if (SpecEditor* editor = m_tabs->currentEditor()) {
            editor->showQuickFixMenu();
        }
    });
    editMenu->addSeparator();
    QAction* preferences = editMenu->addAction(tr("&Preferences…"), this, &MainWindow::openSettingsDialog);
    // The platform's Preferences key where it has one, and Ctrl+, everywhere, as editors do.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferencesKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma))) {
        preferencesKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }
    preferences->setShortcuts(preferencesKeys);
    preferences->setMenuRole(QAction::PreferencesRole);

    // The kind decides how a spec is checked; SpecDesk guesses it, the user can correct it.
    QMenu* specMenu = menuBar()->addMenu(tr("&Spec"));
    QMenu* kindMenu = specMenu->addMenu(tr("Read &As"));
    m_kindActions = new QActionGroup(this);
    QAction* detect = kindMenu->addAction(tr("&Detect from the Text"), this, [this] { chooseKind(std::nullopt); });
    detect->setObjectName(QStringLiteral("detectKindAction"));
    kindMenu->addSeparator();
    for (SpecKind kind :
         {SpecKind::DataFramer, SpecKind::ScaleGp, SpecKind::AdobeFlow, SpecKind::PlainYaml, SpecKind::PlainJson}) {
        QAction* action = kindMenu->addAction(SpecKinds::displayName(kind), this, [this, kind] { chooseKind(kind); });
        action->setCheckable(true);
        action->setData(SpecKinds::id(kind));
        m_kindActions->addAction(action);
    }

    createRemoteMenu();

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : std::as_const(m_docks)) {
        viewMenu->addAction(dock->toggleViewAction());
    }
    viewMenu->addAction(m_maximizer->action());
    viewMenu->addSeparator();
    // Keyboard users reach every panel directly: Ctrl+1 … Ctrl+6.
    QMenu* goTo = viewMenu->addMenu(tr("&Go to Panel"));
    goTo->addAction(tr("&Editor"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] {
        if (SpecEditor* editor = m_tabs->currentEditor()) {
            editor->setFocus(Qt::ShortcutFocusReason);
        }
    });
    const struct
    {
        const char* objectName;
        Qt::Key key;
    } panels[] = {{"specsDock", Qt::Key_2},
                  {"distributionsDock", Qt::Key_3},
                  {"outlineDock", Qt::Key_4},
                  {"problemsDock", Qt::Key_5},
                  {"historyDock", Qt::Key_6},
                  {"formDock", Qt::Key_7}};
    for (const auto& panel : panels) {
        QDockWidget* dock = findChild<QDockWidget*>(QLatin1String(panel.objectName));
        goTo->addAction(
            dock->windowTitle(), QKeySequence(Qt::CTRL | panel.key), this, [this, dock] { focusPanel(dock); });
    }
    goTo->addSeparator();
    goTo->addAction(tr("&Next Panel"), QKeySequence(Qt::Key_F6), this, [this] { m_panels.cycle(1); });
    goTo->addAction(tr("&Previous Panel"), QKeySequence(Qt::SHIFT | Qt::Key_F6), this, [this] { m_panels.cycle(-1); });
    QAction* tabMovesFocus = viewMenu->addAction(tr("&Tab Moves Focus"));
    tabMovesFocus->setObjectName(QStringLiteral("tabMovesFocusAction"));
    tabMovesFocus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    tabMovesFocus->setCheckable(true);
    tabMovesFocus->setToolTip(tr("Tab and Shift+Tab leave the editor instead of indenting."));
    connect(tabMovesFocus, &QAction::toggled, this, [this](bool moves) {
        SpecEditor::setTabMovesFocus(moves);
        showProblem(moves ? tr("Tab moves the focus; Ctrl+M makes it indent again.")
                          : tr("Tab indents in the editor; F6 or Ctrl+M moves on."));
    });
    viewMenu->addSeparator();
    QAction* palette = viewMenu->addAction(
        tr("&Command Palette…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, &MainWindow::showCommandPalette);
    palette->setObjectName(QStringLiteral("commandPaletteAction"));
    palette->setIcon(actionIcon(QStringLiteral("command-palette")));
    viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = helpMenu->addAction(
        tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1), this, &MainWindow::showKeyboardShortcuts);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setIcon(actionIcon(QStringLiteral("keyboard")));
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About SpecDesk"), this, &MainWindow::showAbout);
}

void MainWindow::createRemoteMenu()
{
    QMenu* remoteMenu = menuBar()->addMenu(tr("&Remote"));
    QAction* connections = remoteMenu->addAction(
        tr("&Connections…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this, [this] { openConnectionsDialog(); });
    connections->setObjectName(QStringLiteral("connectionsAction"));
    QAction* refresh = remoteMenu->addAction(
        tr("&Refresh Connection"), QKeySequence(Qt::Key_F5), m_remoteTree, &RemoteTreeController::refreshCurrent);
    refresh->setObjectName(QStringLiteral("refreshConnectionMenuAction"));
    refresh->setToolTip(tr("Loads the specs of the selected connection from its server again."));
    // After a restart the sandbox connections remain but their server and secrets do not: this
    // starts it again, as "Try the sandbox" does. Enabled once the app supplies the starter.
    QAction* startSandbox = remoteMenu->addAction(tr("Start Sand&box"), m_tour, &SandboxTour::start);
    startSandbox->setObjectName(QStringLiteral("startSandboxAction"));
    startSandbox->setToolTip(tr("Starts the bundled stand-in server and connects the Sandbox connections to it."));
    startSandbox->setEnabled(m_tour->isAvailable());
    remoteMenu->addSeparator();
    remoteMenu->addAction(m_sync->syncAction());
    remoteMenu->addAction(m_sync->syncAllAction());
    remoteMenu->addAction(m_sync->resolveConflictAction());
}

void MainWindow::openConnectionsDialog(qint64 connectionId)
{
    ConnectionsDialog dialog(m_remote, this);
    if (connectionId != 0) {
        dialog.selectConnection(connectionId);
    }
    dialog.exec();
}

void MainWindow::updateConnectionLabel()
{
    const qsizetype count = m_remote->connections().connections().size();
    m_connectionLabel->setText(count == 0   ? tr("Local only — no connections")
                               : count == 1 ? tr("1 connection")
                                            : tr("%1 connections").arg(count));
    m_connectionLabel->setToolTip(count == 0 ? tr("Specs are saved in the local workspace. Add a connection with "
                                                  "Remote ▸ Connections to work on specs on a server.")
                                             : tr("Expand a connection in the specs tree to load its specs. "
                                                  "Remote ▸ Connections manages them."));
}

void MainWindow::createStatusBar()
{
    auto* workspaceLabel = new QLabel(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_store->directory())), this);
    workspaceLabel->setObjectName(QStringLiteral("workspaceStatusLabel"));
    workspaceLabel->setTextFormat(Qt::PlainText);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    updateConnectionLabel();
    connect(m_store, &WorkspaceStore::collectionsChanged, this, &MainWindow::updateConnectionLabel);
    connect(m_store, &WorkspaceStore::collectionRemoved, this, &MainWindow::updateConnectionLabel);
    // The app's secret store is the keychain wrapper or holds it (see app/gui/main.cpp).
    auto* session = qobject_cast<SessionSecretStore*>(m_remote->secrets());
    if (!session && m_remote->secrets()) {
        session = m_remote->secrets()->findChild<SessionSecretStore*>();
    }
    if (session) {
        connect(session, &SessionSecretStore::keychainUnavailable, this, &MainWindow::showProblem);
    }
    m_kindLabel = new QLabel(this);
    m_kindLabel->setObjectName(QStringLiteral("kindStatusLabel"));
    m_caretLabel = new QLabel(this);
    m_caretLabel->setObjectName(QStringLiteral("caretStatusLabel"));
    // Where the current spec's sync stands, and how many drafts wait while the server is away.
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    m_syncLabel->setTextFormat(Qt::PlainText);
    m_syncLabel->setMaximumWidth(420);
    // The state has an icon of its own shape next to its word: colour is never the only cue.
    m_syncIcon = new QLabel(this);
    m_syncIcon->setObjectName(QStringLiteral("syncStatusIcon"));
    m_syncIcon->hide();
    connect(m_sync, &SyncController::currentStatusChanged, this, [this](const QString& text, const QString& detail) {
        m_syncLabel->setText(text);
        m_syncLabel->setToolTip(PlainToolTip::of(detail)); // the server's words
        m_syncLabel->setVisible(!text.isEmpty());
        updateSyncIcon();
    });
    m_syncLabel->hide();
    m_offlineLabel = new QLabel(this);
    m_offlineLabel->setObjectName(QStringLiteral("offlineStatusLabel"));
    m_offlineLabel->setToolTip(tr("Queued drafts are sent on their own once the server answers again."));
    m_offlineIcon = new QLabel(this);
    m_offlineIcon->setObjectName(QStringLiteral("offlineStatusIcon"));
    showStatusIcon(m_offlineIcon, ResourcePaths::statusIcon(QStringLiteral("offline")));
    connect(m_sync, &SyncController::offlineChanged, this, [this](const QString& text) {
        m_offlineLabel->setText(text);
        m_offlineLabel->setVisible(!text.isEmpty());
        m_offlineIcon->setVisible(!text.isEmpty());
    });
    m_offlineLabel->hide();
    m_offlineIcon->hide();
    statusBar()->addPermanentWidget(new ProgressStrip(m_operations, this));
    statusBar()->addPermanentWidget(m_offlineIcon);
    statusBar()->addPermanentWidget(m_offlineLabel);
    statusBar()->addPermanentWidget(m_syncIcon);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_caretLabel);
    statusBar()->addPermanentWidget(m_kindLabel);
    statusBar()->addPermanentWidget(workspaceLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

void MainWindow::restoreSession()
{
    if (!restoreGeometry(m_settings->value(AppSettings::Key::MainWindowGeometry).toByteArray())) {
        ScreenFit::firstShow(this, QSize(1280, 800));
    }
    restoreState(m_settings->value(AppSettings::Key::MainWindowState).toByteArray());
    const QScopedValueRollback<bool> restoring(m_restoringSession, true);
    const QList<qint64> openIds = m_settings->openSpecIds();
    for (qint64 specId : openIds) {
        m_tabs->openSpec(specId);
    }
    const qint64 currentId = m_settings->value(AppSettings::Key::CurrentSpecId).toLongLong();
    if (currentId > 0 && openIds.contains(currentId)) {
        m_tabs->openSpec(currentId);
    }
    // Start where the user's next move is: the open spec's text; on the very first run (no
    // window saved yet) the welcome view's "Try the sandbox"; else the specs tree.
    if (SpecEditor* editor = m_tabs->currentEditor()) {
        editor->setFocus(Qt::OtherFocusReason);
    } else if (m_settings->value(AppSettings::Key::MainWindowGeometry).toByteArray().isEmpty()) {
        m_welcome->focusFirstPath();
    } else {
        m_treePanel->view()->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::saveOpenTabs()
{
    if (m_restoringSession) {
        return;
    }
    m_settings->setOpenSpecIds(m_tabs->openSpecIds());
    m_settings->setValue(AppSettings::Key::CurrentSpecId,
                         m_tabs->currentEditor() ? m_tabs->currentEditor()->specId() : qint64(0));
    m_settings->sync();
}

void MainWindow::saveSession()
{
    m_settings->setValue(AppSettings::Key::MainWindowGeometry, saveGeometry());
    m_settings->setValue(AppSettings::Key::MainWindowState, m_maximizer->layoutToSave());
    saveOpenTabs();
}

void MainWindow::resetLayout()
{
    m_maximizer->action()->setChecked(false);
    restoreState(m_defaultState);
    for (QDockWidget* dock : std::as_const(m_docks)) {
        dock->show();
    }
}

bool MainWindow::focusNextPrevChild(bool next)
{
    const auto rank = [this](const QWidget* widget) { return panelRank(widget); };
    if (QWidget* target = FocusWalk::next(this, QApplication::focusWidget(), next, rank)) {
        target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    return QMainWindow::focusNextPrevChild(next);
}

int MainWindow::panelRank(const QWidget* widget) const
{
    constexpr int kAreaStep = 10'000'000;
    for (const QWidget* parent = widget; parent != nullptr && parent != this; parent = parent->parentWidget()) {
        if (parent == m_centralStack) {
            return 2 * kAreaStep;
        }
        if (const auto* dock = qobject_cast<const QDockWidget*>(parent)) {
            int area = 5;
            switch (dockWidgetArea(const_cast<QDockWidget*>(dock))) {
            case Qt::TopDockWidgetArea:
                area = 0;
                break;
            case Qt::LeftDockWidgetArea:
                area = 1;
                break;
            case Qt::RightDockWidgetArea:
                area = 3;
                break;
            case Qt::BottomDockWidgetArea:
                area = 4;
                break;
            default:
                break;
            }
            return area * kAreaStep + std::clamp(dock->y(), 0, 9999) * 1000 + std::clamp(dock->x() / 10, 0, 999);
        }
    }
    // The tab bars of tabbed docks belong to the main window itself: they go after the area
    // they sit in.
    const QRect central = m_centralStack->geometry();
    const QPoint middle = widget->mapTo(this, widget->rect().center());
    constexpr int kAfterArea = 9999 * 1000 + 999;
    if (middle.y() > central.bottom()) {
        return 4 * kAreaStep + kAfterArea;
    }
    if (middle.x() > central.right()) {
        return 3 * kAreaStep + kAfterArea;
    }
    if (middle.x() < central.left()) {
        return 1 * kAreaStep + kAfterArea;
    }
    return 6 * kAreaStep;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_tabs->flushAll()) {
        const auto answer = QMessageBox::warning(
            this,
            tr("Edits not saved"),
            tr("Some edits could not be written to the workspace (see the status bar). Quit anyway and lose them?"),
            QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    saveSession();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Back from a terminal where specdesk-cli ran: look at once rather than wait for the files.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_workspaceWatcher) {
        m_workspaceWatcher->check();
    }
}

void MainWindow::onCurrentEditorChanged(SpecEditor* editor)
{
    // A comparison tab keeps the tabs in view even when no editor is current.
    m_centralStack->setCurrentIndex(editor || m_tabs->count() > 0 ? 1 : 0);
    m_findBar->setEditor(editor);
    m_outlinePanel->setEditor(editor);
    m_formPanel->setEditor(editor);
    m_formPanel->setRejectedFields(editor ? m_sync->rejectedFields(editor->specId()) : QList<FieldError> {});
    m_distributionPanel->setEditor(editor);
    // A read-only spec's shares cannot be moved; the banner above the text says why.
    m_distributionPanel->setEnabled(!editor || !editor->isReadOnly());
    updateKindMenu();
    m_problemsPanel->showDiagnostics(editor ? editor->diagnostics() : Diagnostics {}, editor != nullptr);
    const std::optional<SpecRecord> spec = editor ? m_store->specSummary(editor->specId()) : std::nullopt;
    if (!spec) {
        setWindowTitle(tr("Workspace"));
        m_kindLabel->clear();
        m_caretLabel->clear();
        return;
    }
    setWindowTitle(spec->title);
    m_kindLabel->setText(SpecKinds::displayName(spec->kind));
    const auto [line, column] = editor->caretLineColumn();
    m_caretLabel->setText(tr("Ln %1, Col %2").arg(line).arg(column));
    m_treePanel->selectSpec(spec->id);
}

void MainWindow::chooseKind(std::optional<SpecKind> kind)
{
    SpecEditor* editor = m_tabs->currentEditor();
    if (!editor) {
        return;
    }
    const SpecKind chosen = kind.value_or(SpecKinds::detect(editor->content(), editor->format()));
    editor->setKind(chosen);
    QString error;
    if (!m_store->setSpecKind(editor->specId(), chosen, &error)) {
        showProblem(error);
    }
    onCurrentEditorChanged(editor);
}

void MainWindow::updateKindMenu()
{
    SpecEditor* editor = m_tabs->currentEditor();
    const std::optional<SpecKind> kind = editor ? editor->document()->chosenKind() : std::nullopt;
    for (QAction* action : m_kindActions->actions()) {
        action->setEnabled(editor != nullptr);
        action->setChecked(kind && action->data().toString() == SpecKinds::id(*kind));
    }
}

void MainWindow::showProblem(const QString& message)
{
    statusBar()->showMessage(message, kStatusMessageMs);
}

namespace {

/// The spec that holds the file: the one already linked to it, or a new one in `collectionId`.
/// Runs on whichever thread owns `store`; `added` says which it was.
qint64 storeOpenedFile(WorkspaceStore* store,
                       qint64 collectionId,
                       const QString& absolutePath,
                       const QByteArray& content,
                       bool* added,
                       QString* error)
{
    *added = false;
    if (const std::optional<SpecRecord> known = store->specByFilePath(absolutePath)) {
        // Its tab compares the file with the text last loaded or saved, and reloads or asks.
        return known->id;
    }
    SpecRecord spec;
    spec.collectionId = collectionId;
    spec.title = QFileInfo(absolutePath).fileName();
    spec.kind = SpecKinds::detect(content, SpecFormats::detect(absolutePath, content));
    spec.content = content;
    spec.filePath = absolutePath;
    const qint64 specId = store->addSpec(spec, error);
    *added = specId != 0;
    return specId;
}

} // namespace

qint64 MainWindow::filesCollection(QString* error)
{
    const std::optional<CollectionRecord> files = m_store->collectionByType(kFilesCollectionType);
    return files ? files->id : m_store->addCollection(tr("Files"), kFilesCollectionType, error);
}

bool MainWindow::openFile(const QString& filePath)
{
    const QString absolutePath = QFileInfo(filePath).absoluteFilePath();
    QByteArray content;
    QString error;
    if (!SpecFileIO::readAtMost(absolutePath, DocumentParser::kMaxBytes, &content, &error)) {
        showProblem(error);
        return false;
    }
    const qint64 collectionId = m_store->specByFilePath(absolutePath) ? 0 : filesCollection(&error);
    if (collectionId == 0 && !error.isEmpty()) {
        showProblem(error);
        return false;
    }
    bool added = false;
    const qint64 specId = storeOpenedFile(m_store, collectionId, absolutePath, content, &added, &error);
    if (specId == 0) {
        showProblem(error);
        return false;
    }
    m_recent->add(absolutePath);
    return showOpenedFile(specId, false);
}

QStringList MainWindow::openFiles(const QStringList& filePaths)
{
    QStringList problems;
    for (const QString& filePath : filePaths) {
        if (const QString problem = OpenableFile::problem(filePath); !problem.isEmpty()) {
            problems.append(problem);
        } else {
            openFileInBackground(filePath);
        }
    }
    if (!problems.isEmpty()) {
        showProblem(problems.join(QLatin1Char(' ')));
    }
    return problems;
}

void MainWindow::openFileInBackground(const QString& filePath)
{
    const QString absolutePath = QFileInfo(filePath).absoluteFilePath();
    QString error;
    // The collection's row is tiny, and made here the tree sees it at once.
    const qint64 collectionId = filesCollection(&error);
    if (collectionId == 0) {
        showProblem(error);
        Q_EMIT fileOpened(0);
        return;
    }
    if (!m_fileThread) {
        m_fileThread = std::make_unique<WorkspaceThread>(m_store->directory());
    }
    const QString opening = tr("Opening %1…").arg(QDir::toNativeSeparators(absolutePath));
    statusBar()->showMessage(opening);
    m_fileThread->post([this, collectionId, absolutePath, opening](WorkspaceStore* store, const QString& openError) {
        QString problem = openError;
        QByteArray content;
        qint64 specId = 0;
        bool added = false;
        if (store && SpecFileIO::readAtMost(absolutePath, DocumentParser::kMaxBytes, &content, &problem)) {
            specId = storeOpenedFile(store, collectionId, absolutePath, content, &added, &problem);
        }
        QMetaObject::invokeMethod(
            this,
            [this, specId, added, problem, content, absolutePath, opening] {
                // Only its own message: a problem shown since (another file's) stays.
                if (statusBar()->currentMessage() == opening) {
                    statusBar()->clearMessage();
                }
                if (specId == 0) {
                    showProblem(problem);
                    Q_EMIT fileOpened(0);
                    return;
                }
                const bool shown = showOpenedFile(specId, added, added ? std::optional(content) : std::nullopt);
                if (shown) {
                    m_recent->add(absolutePath);
                }
                Q_EMIT fileOpened(shown ? specId : 0);
            },
            Qt::QueuedConnection);
    });
}

bool MainWindow::showOpenedFile(qint64 specId, bool added, const std::optional<QByteArray>& storedText)
{
    // Stored through another connection: the tree hears of it here (unless the workspace
    // watcher already brought it).
    if (added && !m_treeModel->indexForSpec(specId).isValid()) {
        if (const std::optional<SpecRecord> summary = m_store->specSummary(specId)) {
            Q_EMIT m_store->specAdded(*summary);
        }
    }
    const bool alreadyOpen = m_tabs->editorForSpec(specId) != nullptr;
    if (!m_tabs->openSpec(specId, storedText)) {
        return false;
    }
    // An open tab is only shown again: it may not have seen the file change yet. (A new tab
    // compared its text with the file as it opened.)
    if (alreadyOpen) {
        m_tabs->diskFiles()->check(specId);
    }
    return true;
}

void MainWindow::openFileFromDialog()
{
    const QString filePath = QFileDialog::getOpenFileName(
        this, tr("Open Spec File"), QString(), tr("Specs (*.yaml *.yml *.json);;All files (*)"));
    if (!filePath.isEmpty()) {
        openFileInBackground(filePath);
    }
}

void MainWindow::save()
{
    SpecEditor* editor = m_tabs->currentEditor();
    if (!editor) {
        return;
    }
    const std::optional<SpecRecord> spec = m_store->specSummary(editor->specId());
    if (spec && !spec->filePath.isEmpty()) {
        if (m_tabs->saveCurrentToFile(spec->filePath)) {
            statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(spec->filePath)), kStatusMessageMs);
        }
    } else if (m_tabs->flushAll()) {
        statusBar()->showMessage(tr("Saved in the workspace."), kStatusMessageMs);
    }
}

void MainWindow::saveAs()
{
    SpecEditor* editor = m_tabs->currentEditor();
    if (!editor) {
        return;
    }
    const QString suffix = editor->format() == SpecFormat::Json ? QStringLiteral("json") : QStringLiteral("yaml");
    const QString filePath = QFileDialog::getSaveFileName(
        this, tr("Save Spec As"), QString(), tr("Spec (*.%1);;All files (*)").arg(suffix));
    if (!filePath.isEmpty() && m_tabs->saveCurrentToFile(filePath)) {
        statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(filePath)), kStatusMessageMs);
    }
}

void MainWindow::updateRevertAction()
{
    SpecEditor* editor = m_tabs->currentEditor();
    m_revertAction->setEnabled(editor && m_tabs->diskFiles()->canRevert(editor->specId()));
}

void MainWindow::newSpec(SpecKind kind)
{
    QString error;
    const qint64 specId = NewSpecs::add(*m_store, kind, &error);
    if (specId == 0) {
        statusBar()->showMessage(tr("No new spec: %1").arg(error), 4 * kStatusMessageMs);
        return;
    }
    if (SpecEditor* editor = m_tabs->openSpec(specId)) {
        editor->setFocus(Qt::OtherFocusReason);
    }
    statusBar()->showMessage(tr("A new %1 in Local, from its template.").arg(SpecKinds::displayName(kind)),
                             kStatusMessageMs);
}

void MainWindow::findInAllSpecs()
{
    if (!m_findInSpecs) {
        m_findInSpecs = new FindInSpecsDialog(m_store->directory(), this);
        connect(m_findInSpecs, &FindInSpecsDialog::openRequested, this, [this](qint64 specId, qint64 offset) {
            if (SpecEditor* editor = m_tabs->openSpec(specId)) {
                editor->goToOffset(offset);
                editor->setFocus(Qt::OtherFocusReason);
            }
        });
    }
    if (SpecEditor* editor = m_tabs->currentEditor(); editor && editor->hasSelectedText()) {
        const QString selected = editor->selectedText();
        if (!selected.contains(QLatin1Char('\n'))) {
            m_findInSpecs->queryEdit()->setText(selected);
        }
    }
    m_findInSpecs->show();
    m_findInSpecs->raise();
    m_findInSpecs->activateWindow();
    m_findInSpecs->queryEdit()->selectAll();
    m_findInSpecs->queryEdit()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::goToLine()
{
    SpecEditor* editor = m_tabs->currentEditor();
    if (!editor) {
        return;
    }
    bool ok = false;
    const int line = QInputDialog::getInt(
        this, tr("Go to Line"), tr("Line (1–%1):").arg(editor->lines()), 1, 1, editor->lines(), 1, &ok);
    if (ok) {
        editor->setCursorPosition(line - 1, 0);
        editor->ensureLineVisible(line - 1);
        editor->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::focusPanel(QDockWidget* dock)
{
    dock->show();
    dock->raise();
    PanelCycler::firstControlIn(dock->widget())->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About SpecDesk"),
                       tr("SpecDesk %1\n\nA desktop editor for DataFramer, Scale GP and Adobe flow specs.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::createToolBar()
{
    // The few commands a new user looks for on screen; the rest are a Ctrl+Shift+P away.
    QToolBar* toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto action = [this](const char* objectName) { return findChild<QAction*>(QLatin1String(objectName)); };
    toolBar->addAction(action("openAction"));
    toolBar->addAction(action("saveAction"));
    toolBar->addSeparator();
    toolBar->addAction(action("undoAction"));
    toolBar->addAction(action("redoAction"));
    toolBar->addSeparator();
    m_sync->syncAction()->setIcon(actionIcon(QStringLiteral("sync")));
    m_sync->syncAllAction()->setIcon(actionIcon(QStringLiteral("sync-all")));
    toolBar->addAction(m_sync->syncAction());
    toolBar->addAction(m_sync->syncAllAction());
    toolBar->addSeparator();
    toolBar->addAction(action("commandPaletteAction"));
    // Icons only for the edit commands; their words are in the tooltips and accessible names.
    for (QAction* iconOnly : {action("undoAction"), action("redoAction")}) {
        if (QWidget* button = toolBar->widgetForAction(iconOnly)) {
            static_cast<QToolButton*>(button)->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
    for (QAction* each : toolBar->actions()) {
        if (QWidget* button = toolBar->widgetForAction(each); button && !each->isSeparator()) {
            const QString name = ActionCatalog::withoutMnemonic(each->text());
            button->setAccessibleName(name);
            button->setAccessibleDescription(
                each->toolTip() != each->text() && !each->toolTip().isEmpty()
                    ? each->toolTip()
                    : tr("%1 (%2)").arg(name, each->shortcut().toString(QKeySequence::NativeText)));
        }
    }
}

void MainWindow::createPanelCycle()
{
    auto* contextMenu = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), this);
    connect(
        contextMenu, &QShortcut::activated, this, [] { KeyboardContextMenu::openFor(QApplication::focusWidget()); });
    auto* specs = findChild<QDockWidget*>(QStringLiteral("specsDock"));
    auto* outline = findChild<QDockWidget*>(QStringLiteral("outlineDock"));
    m_panels.addPanel(specs->widget(), [this] { m_treePanel->view()->setFocus(Qt::TabFocusReason); });
    m_panels.addPanel(outline->widget());
    m_panels.addPanel(m_centralStack, [this] {
        if (SpecEditor* editor = m_tabs->currentEditor()) {
            editor->setFocus(Qt::TabFocusReason);
        } else {
            m_welcome->focusFirstPath();
        }
    });
    for (const char* name : {"distributionsDock", "historyDock", "problemsDock"}) {
        m_panels.addPanel(findChild<QDockWidget*>(QLatin1String(name))->widget());
    }
}

void MainWindow::setSandboxStarter(SandboxTour::Starter starter)
{
    m_tour->setStarter(std::move(starter));
    findChild<QAction*>(QStringLiteral("startSandboxAction"))->setEnabled(m_tour->isAvailable());
}

void MainWindow::onSandboxReady(SpecEditor* editor)
{
    // Where a first-time user's next move is: the first share of the first distribution.
    Q_UNUSED(editor);
    auto* distributions = findChild<QDockWidget*>(QStringLiteral("distributionsDock"));
    distributions->show();
    distributions->raise();
    // The shares appear once the spec is parsed, which may be after the tab opened.
    const auto focusFirstShare = [this] {
        const QList<QSlider*> sliders = m_distributionPanel->findChildren<QSlider*>();
        for (QSlider* slider : sliders) {
            if (slider->isVisibleTo(m_distributionPanel) && slider->isEnabled()) {
                slider->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    };
    if (m_distributionPanel->findChildren<QSlider*>().isEmpty()) {
        connect(
            m_distributionPanel,
            &DistributionPanel::groupsShown,
            this,
            [focusFirstShare, this] { QTimer::singleShot(0, m_distributionPanel, focusFirstShare); },
            Qt::SingleShotConnection);
    } else {
        QTimer::singleShot(0, m_distributionPanel, focusFirstShare);
    }
    statusBar()->showMessage(tr("Move a share with ← and →; the others keep 100%. Then Sync (%1).")
                                 .arg(m_sync->syncAction()->shortcut().toString(QKeySequence::NativeText)),
                             4 * kStatusMessageMs);
}

void MainWindow::showCommandPalette()
{
    CommandPalette palette(ActionCatalog::collect(menuBar()), this);
    const QRect area = geometry();
    palette.move(area.center().x() - palette.width() / 2, area.top() + 60);
    palette.exec();
}

void MainWindow::showKeyboardShortcuts()
{
    ShortcutsDialog dialog(ActionCatalog::collect(menuBar()), this);
    dialog.exec();
}

void MainWindow::updateSyncIcon()
{
    SpecEditor* editor = m_tabs->currentEditor();
    if (!editor || m_syncLabel->isHidden()) {
        m_syncIcon->hide();
        return;
    }
    const SyncState state = m_treeModel->syncState(editor->specId());
    const QString path = state == SyncState::Syncing ? ResourcePaths::actionIcon(QStringLiteral("sync"))
                                                     : ResourcePaths::statusIcon(SyncStates::id(state));
    showStatusIcon(m_syncIcon, path);
    m_syncIcon->show();
}

void MainWindow::openSettingsDialog()
{
    SettingsDialog dialog(m_settings, this);
    // The dialog applies the theme and the proxy itself; the window's editors and panels follow here.
    connect(&dialog, &SettingsDialog::applied, this, [this] {
        m_tabs->applyEditorSettings();
        m_distributionPanel->setSampleSize(m_settings->distributionSampleSize());
    });
    dialog.exec();
}
