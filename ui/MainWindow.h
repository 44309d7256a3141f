#pragma once

#include "PanelCycler.h"
#include "SandboxTour.h"
#include "SpecKind.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class AppSettings;
class QAction;
class QActionGroup;
class DistributionPanel;
class EditorAreaMaximizer;
class EditorTabs;
class FindBar;
class HistoryPanel;
class LongOperations;
class OutlinePanel;
class ProblemsPanel;
class QDockWidget;
class QLabel;
class FindInSpecsDialog;
class RecentFiles;
class SpecFormPanel;
class QStackedWidget;
class RemoteContext;
class RemoteSpecOpener;
class RemoteTreeController;
class SpecEditor;
class SpecTreeModel;
class SpecTreePanel;
class SyncController;
class WelcomeView;
class WorkspaceStore;
class WorkspaceThread;
class WorkspaceWatcher;

/// SpecDesk's main window: the specs tree (left), editor tabs (centre), distributions and
/// history (right) and problems (bottom). It wires panels together and owns no domain logic.
/// Remote work goes through a RemoteContext: the app passes its own (keychain secrets); without
/// one the window makes one whose secrets live in memory only.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(WorkspaceStore* store,
               AppSettings* settings,
               RemoteContext* remote = nullptr,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a file from disk as a spec of the "Files" collection, keeping unsaved edits to it.
    bool openFile(const QString& filePath);
    /// Like openFile(), for File > Open: the file is read and stored on a thread with its own
    /// connection, so a 10 MB file never freezes the window; fileOpened() or a problem in the
    /// status bar says how it went.
    void openFileInBackground(const QString& filePath);
    /// Opens each file in its tab like File > Open (`specdesk FILE...`, a drop). Returns, and
    /// shows, a sentence for each path that is not a readable file; those are skipped.
    QStringList openFiles(const QStringList& filePaths);
    /// File > Open Recent.
    RecentFiles* recentFiles() const { return m_recent; }
    EditorTabs* editorTabs() const { return m_tabs; }
    SpecTreePanel* specTreePanel() const { return m_treePanel; }
    DistributionPanel* distributionPanel() const { return m_distributionPanel; }
    HistoryPanel* historyPanel() const { return m_historyPanel; }
    /// Tells the window's views what other processes changed in the workspace.
    WorkspaceWatcher* workspaceWatcher() const { return m_workspaceWatcher; }
    RemoteContext* remoteContext() const { return m_remote; }
    RemoteTreeController* remoteTreeController() const { return m_remoteTree; }
    SyncController* syncController() const { return m_sync; }
    /// Opens the Connections dialog (modal), showing `connectionId` when it is not 0.
    void openConnectionsDialog(qint64 connectionId = 0);
    WelcomeView* welcomeView() const { return m_welcome; }
    LongOperations* longOperations() const { return m_operations; }
    /// How "Try the sandbox" starts the bundled server; the app supplies it.
    void setSandboxStarter(SandboxTour::Starter starter);
    /// Ctrl+Shift+P and Help ▸ Keyboard Shortcuts (F1); modal, so tests drive them by timer.
    void showCommandPalette();
    void showKeyboardShortcuts();

Q_SIGNALS:
    /// openFileInBackground() finished: the spec's tab shows the file, or (0) it could not.
    void fileOpened(qint64 specId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    /// Tab walks the panels as they are laid out, skipping what is not on screen (FocusWalk).
    bool focusNextPrevChild(bool next) override;

private:
    /// A widget's panel's place in the Tab walk: left docks top to bottom, the editor, right
    /// docks, bottom docks, then the rest.
    int panelRank(const QWidget* widget) const;
    void createCentralArea();
    void createDocks();
    void createMenus();
    void createStatusBar();
    void createToolBar();
    void createPanelCycle();
    void onSandboxReady(SpecEditor* editor);
    void updateSyncIcon();
    QDockWidget* addPanel(const QString& title, const QString& objectName, QWidget* panel, Qt::DockWidgetArea area);
    void restoreSession();
    void saveSession();
    void saveOpenTabs();
    void resetLayout();

    void onCurrentEditorChanged(SpecEditor* editor);
    void showProblem(const QString& message);
    /// The files collection, made when it is missing; 0 (with `error`) when it cannot be.
    qint64 filesCollection(QString* error);
    /// Shows a spec openFileInBackground() stored (or found) on its thread.
    /// `storedText` is the file's text when it was just added as a new spec (not a known one,
    /// whose workspace text may be a draft).
    bool showOpenedFile(qint64 specId, bool added, const std::optional<QByteArray>& storedText = std::nullopt);
    void openFileFromDialog();
    void save();
    void saveAs();
    /// File ▸ Revert is there only when the current file's text or the file itself moved on.
    void updateRevertAction();
    void goToLine();
    /// File ▸ New: a spec of `kind` from its template in the Local collection, opened.
    void newSpec(SpecKind kind);
    /// Edit ▸ Find in All Specs (Ctrl+Shift+F), with the editor's selection as the text.
    void findInAllSpecs();
    void showAbout();
    /// Shows a dock and puts the keyboard in its first control.
    void focusPanel(QDockWidget* dock);
    void chooseKind(std::optional<SpecKind> kind);
    void updateKindMenu();
    void createRemoteMenu();
    void updateConnectionLabel();
    /// Opens Preferences (modal); what it applies reaches the open editors and panels at once.
    void openSettingsDialog();

    WorkspaceStore* m_store;
    AppSettings* m_settings;
    RemoteContext* m_remote;
    SpecTreeModel* m_treeModel;
    SpecTreePanel* m_treePanel = nullptr;
    EditorTabs* m_tabs = nullptr;
    WorkspaceWatcher* m_workspaceWatcher = nullptr;
    FindBar* m_findBar = nullptr;
    QStackedWidget* m_centralStack = nullptr;
    QPointer<FindInSpecsDialog> m_findInSpecs;
    SpecFormPanel* m_formPanel = nullptr;
    ProblemsPanel* m_problemsPanel = nullptr;
    OutlinePanel* m_outlinePanel = nullptr;
    DistributionPanel* m_distributionPanel = nullptr;
    HistoryPanel* m_historyPanel = nullptr;
    RemoteSpecOpener* m_opener = nullptr;
    RemoteTreeController* m_remoteTree = nullptr;
    SyncController* m_sync = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    QLabel* m_syncIcon = nullptr;
    WelcomeView* m_welcome = nullptr;
    SandboxTour* m_tour = nullptr;
    LongOperations* m_operations = nullptr;
    PanelCycler m_panels;
    QLabel* m_offlineLabel = nullptr;
    QLabel* m_offlineIcon = nullptr;
    QList<QDockWidget*> m_docks;
    EditorAreaMaximizer* m_maximizer = nullptr;
    QByteArray m_defaultState;
    bool m_restoringSession = false;
    QActionGroup* m_kindActions = nullptr;
    QAction* m_revertAction = nullptr;
    QLabel* m_caretLabel = nullptr;
    QLabel* m_kindLabel = nullptr;
    RecentFiles* m_recent = nullptr;
    /// Reads and stores the files File > Open brings; made at the first. Last: stopped first.
    std::unique_ptr<WorkspaceThread> m_fileThread;
};
