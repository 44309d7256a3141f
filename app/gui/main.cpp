#include "AppSettings.h"
#include "FirstPaintReport.h"
#include "FreedPages.h"
#include "HugePageAllocator.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "OverlaySecretStore.h"
#include "ProxyPolicy.h"
#include "RemoteContext.h"
#include "ResourcePaths.h"
#include "SampleSpecs.h"
#include "SandboxSession.h"
#include "SessionSecretStore.h"
#include "Theme.h"
#include "Translations.h"
#include "WorkspaceStore.h"
#include "WorkspaceWindowLock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>

#include <memory>

int main(int argc, char* argv[])
{
    HugePages::mapLargeBlocks();
    FreedPages::shareOneArena();
    QApplication::setApplicationName(QStringLiteral("specdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("SpecDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SPECDESK_VERSION));

    // Read the options before QApplication exists: --help and --version must work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    QCommandLineParser parser;
    // "-sandbox" is --sandbox, as Qt's own options take one dash; never -s -a -n ...
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop editor for DataFramer, Scale GP and Adobe flow specs."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QApplication::translate("main", "Use the workspace in DIR instead of the one in your data folder."),
        QStringLiteral("DIR"));
    parser.addOption(workspaceOption);
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main",
                                "Start the bundled stand-in server on a free local port and connect to it as "
                                "\"Sandbox DataFramer\", \"Sandbox Scale GP\" and \"Sandbox Adobe\"."));
    parser.addOption(sandboxOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Spec files to open, each in its own tab."),
                                 QStringLiteral("[FILE...]"));
    // Unknown options may be Qt's own (-platform, -style), which QApplication takes below.
    parser.parse(arguments);
    const bool helpAll = parser.isSet(QStringLiteral("help-all"));
    if (parser.isSet(helpOption) || helpAll) {
        // Without a QCoreApplication the parser cannot know the program's name; say it.
        QString help = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("specdesk"));
        if (helpAll) {
            help += QApplication::translate("main",
                                            "\nQt's own options are taken too, among them -platform NAME (e.g. "
                                            "offscreen), -style NAME (e.g. Fusion), -reverse and -qwindowgeometry "
                                            "WxH+X+Y.\n");
        }
        std::fputs(qPrintable(help), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("specdesk %s\n", SPECDESK_VERSION);
        return 0;
    }

    QApplication app(argc, argv);
    // Again, now that QApplication has taken its own options: "-platform offscreen" is no file,
    // and what is left unknown is a mistake (a typo of --sandbox must not start without it).
    parser.parse(QApplication::arguments());
    if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty()) {
        std::fprintf(stderr,
                     "specdesk: %s\n",
                     qPrintable(QApplication::translate("main", "unknown option '%1'; 'specdesk --help' lists them.")
                                    .arg((unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--"))
                                         + unknown.first())));
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    Translations::install();
    QApplication::setDesktopFileName(QStringLiteral("io.specdesk.SpecDesk"));
    QApplication::setWindowIcon(QIcon(ResourcePaths::appIcon()));

    const bool customWorkspace = parser.isSet(workspaceOption);
    const QString directory = customWorkspace ? parser.value(workspaceOption) : WorkspaceStore::defaultDirectory();
    WorkspaceStore store;
    QString error;
    WorkspaceWindowLock windowLock(directory);
    if (!store.open(directory, &error) || !windowLock.tryLock(&error) || !SampleSpecs::seedIfNew(store, &error)) {
        if (!files.isEmpty()) {
            // One window per workspace: the files are not passed on to the one already open.
            error += QLatin1Char(' ')
                     + QApplication::translate("main", "Not opened: %1.").arg(files.join(QStringLiteral(", ")));
        }
        // Said on the terminal too, for a start from a script or where no one sees the box.
        std::fprintf(stderr, "specdesk: %s\n", qPrintable(error));
        QMessageBox::critical(nullptr, QApplication::translate("main", "SpecDesk cannot start"), error);
        return 2;
    }
    // The window's commits (a pull storing thousands of specs, a sync) never wait for a checkpoint.
    store.checkpointOffThread();
    AppSettings settings(customWorkspace ? AppSettings::filePathForWorkspace(store.directory())
                                         : AppSettings::defaultFilePath());
    // Before any window or network request exists, so neither starts with the wrong look or route.
    Theme::apply(settings.theme());
    ProxyPolicy::apply(settings);
    // Secrets go to the system keychain, or stay in memory for the session when there is none.
    auto* secrets = new OverlaySecretStore(new SessionSecretStore(new KeychainSecretStore));
    RemoteContext remote(&store, secrets);
    std::unique_ptr<SandboxSession> sandbox;
    if (parser.isSet(sandboxOption)) {
        sandbox = std::make_unique<SandboxSession>();
    }
    if (sandbox && !sandbox->start(&remote, secrets, &error)) {
        QMessageBox::warning(nullptr,
                             QApplication::translate("main", "Sandbox not started"),
                             QApplication::translate("main", "The stand-in server could not start: %1").arg(error));
    }
    FirstPaintReport firstPaint;
    MainWindow window(&store, &settings, &remote);
    // "Try the sandbox" on the welcome view starts it here when --sandbox did not.
    window.setSandboxStarter([&sandbox, &remote, secrets](QString* startError) -> qint64 {
        if (!sandbox || !sandbox->isStarted()) {
            auto session = std::make_unique<SandboxSession>();
            if (!session->start(&remote, secrets, startError)) {
                return 0;
            }
            sandbox = std::move(session);
        }
        return sandbox->dataFramerCollectionId();
    });
    if (qEnvironmentVariableIntValue("SPECDESK_REPORT_FIRST_PAINT") == 1) {
        window.installEventFilter(&firstPaint);
    }
    window.show();
    // As File > Open does; what cannot be opened is said in the window and on the terminal.
    const QStringList problems = window.openFiles(files);
    for (const QString& problem : problems) {
        std::fprintf(stderr, "specdesk: %s\n", qPrintable(problem));
    }
    if (problems.isEmpty() && (!sandbox || !sandbox->isStarted()) && SandboxSession::hasConnections(&remote)) {
        // Else its connections would only say their secrets are missing.
        window.statusBar()->showMessage(
            QApplication::translate("main", "The sandbox is not running: Remote ▸ Start Sandbox starts it."));
    }
    return QApplication::exec();
}
