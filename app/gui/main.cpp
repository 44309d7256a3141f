#include "AppSettings.h"
#include "MainWindow.h"
#include "ResourcePaths.h"
#include "SampleSpecs.h"
#include "WorkspaceStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("specdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("SpecDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SPECDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.specdesk.SpecDesk"));
    QApplication::setWindowIcon(QIcon(ResourcePaths::appIcon()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop editor for data and application specs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QApplication::translate("main", "Use the workspace in DIR instead of the one in your data folder."),
        QStringLiteral("DIR"));
    parser.addOption(workspaceOption);
    parser.process(app);

    const bool customWorkspace = parser.isSet(workspaceOption);
    const QString directory = customWorkspace ? parser.value(workspaceOption) : WorkspaceStore::defaultDirectory();
    WorkspaceStore store;
    QString error;
    if (!store.open(directory, &error) || !SampleSpecs::seedIfNew(store, &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SpecDesk cannot start"), error);
        return 2;
    }
    AppSettings settings(customWorkspace ? AppSettings::filePathForWorkspace(store.directory())
                                         : AppSettings::defaultFilePath());
    MainWindow window(&store, &settings);
    window.show();
    return QApplication::exec();
}
