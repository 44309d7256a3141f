#pragma once

#include "Connection.h"

#include <QString>

#include <memory>

class OverlaySecretStore;
class RemoteContext;
class SandboxServer;

/// `specdesk --sandbox`: the bundled stand-in server, started in this process on a free loopback
/// port, and three connections pointing at it ("Sandbox DataFramer", "Sandbox Scale GP",
/// "Sandbox Adobe"), so SpecDesk can be tried with no account anywhere.
///
/// The port changes at every start, so the connections' URLs are brought up to date each time.
/// Their secrets are the sandbox's fixed test credentials, kept in memory for the session only.
class SandboxSession
{
public:
    SandboxSession();
    ~SandboxSession();

    bool start(RemoteContext* context, OverlaySecretStore* secrets, QString* error);
    /// Whether the workspace has the connections an earlier start made: after a restart they
    /// remain, but point at a server that is gone and have no secrets until start() again.
    static bool hasConnections(RemoteContext* context);
    bool isStarted() const { return m_dataFramerCollectionId != 0; }
    /// The specs-tree collection of "Sandbox DataFramer", where a first-time user starts.
    qint64 dataFramerCollectionId() const { return m_dataFramerCollectionId; }
    SandboxServer* server() const { return m_server.get(); }

private:
    bool ensureConnection(RemoteContext* context,
                          OverlaySecretStore* secrets,
                          Connection wanted,
                          const Credentials& credentials,
                          QString* error);

    std::unique_ptr<SandboxServer> m_server;
    qint64 m_dataFramerCollectionId = 0;
};
