#pragma once

#include "AppSettings.h"
#include "MemorySecretStore.h"
#include "RemoteContext.h"
#include "SandboxServer.h"
#include "WorkspaceStore.h"

#include <QTemporaryDir>

#include <memory>

/// What the GUI tests against the sandbox start from: a temporary workspace with its settings
/// (autosave after 100 ms), a remote context with in-memory secrets, and a listening sandbox.
/// A test class derives from it after QObject and calls these from init() and cleanup().
class SandboxWorkspaceFixture
{
protected:
    bool openWorkspace(QString* error)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<WorkspaceStore>();
        if (!m_store->open(m_dir->path(), error)) {
            return false;
        }
        m_settings = std::make_unique<AppSettings>(AppSettings::filePathForWorkspace(m_dir->path()));
        m_settings->setValue(AppSettings::Key::AutosaveDelayMs, 100);
        m_context = std::make_unique<RemoteContext>(m_store.get(), new MemorySecretStore);
        m_server = std::make_unique<SandboxServer>();
        return m_server->listen(0, error);
    }

    /// Closes in dependency order; the test's window must be gone first.
    void closeWorkspace()
    {
        m_context.reset();
        m_server.reset();
        m_settings.reset();
        m_store.reset();
        m_dir.reset();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<RemoteContext> m_context;
    std::unique_ptr<SandboxServer> m_server;
};
