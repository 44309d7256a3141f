#pragma once

#include "AppSettings.h"
#include "MainWindow.h"
#include "SampleSpecs.h"
#include "WorkspaceStore.h"

#include <QString>
#include <QtGlobal>

#include <memory>

/// One start of SpecDesk over a workspace folder, for the window's tests: its own store,
/// settings and window, as the app opens them.
struct WindowSession
{
    explicit WindowSession(const QString& directory)
        : settings(AppSettings::filePathForWorkspace(directory))
    {
        QString error;
        if (!store.open(directory, &error) || !SampleSpecs::seedIfNew(store, &error)) {
            qFatal("cannot open workspace: %s", qPrintable(error));
        }
        window = std::make_unique<MainWindow>(&store, &settings);
        window->show();
    }

    WorkspaceStore store;
    AppSettings settings;
    std::unique_ptr<MainWindow> window;
};
