#pragma once

#include "AppSettings.h"
#include "SampleSpecs.h"
#include "WorkspaceStore.h"

#include <QTemporaryDir>

#include <memory>

/// A new user's workspace for window tests: a temporary folder with the sample specs seeded
/// and its own, empty settings (so the window starts as on a first run).
struct SeededWorkspace
{
    bool open(QString* error)
    {
        dir = std::make_unique<QTemporaryDir>();
        store = std::make_unique<WorkspaceStore>();
        if (!store->open(dir->path(), error) || !SampleSpecs::seedIfNew(*store, error)) {
            return false;
        }
        settings = std::make_unique<AppSettings>(AppSettings::filePathForWorkspace(dir->path()));
        return true;
    }

    /// Settings before the store, the folder last.
    void close()
    {
        settings.reset();
        store.reset();
        dir.reset();
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<WorkspaceStore> store;
    std::unique_ptr<AppSettings> settings;
};
