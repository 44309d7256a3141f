#pragma once

#include "RecordedRequest.h"
#include "SandboxReply.h"

class SandboxServer;

/// The `/_sandbox/…` endpoints: the same controls and probes SandboxServer offers in-process,
/// over HTTP, so another process (CLI tests, crash trials) can drive a running sandbox. They need
/// no credentials, are never faulted and never recorded.
class SandboxControl
{
public:
    explicit SandboxControl(SandboxServer& server);

    static bool owns(const QString& path);
    SandboxReply handle(const RecordedRequest& request);

private:
    SandboxReply faults(const RecordedRequest& request);
    SandboxReply state(const QString& api, const QString& id) const;
    SandboxReply colleague(const QString& api, const QString& id, const QByteArray& body);
    SandboxReply dataFramerStatus(const QString& id, const QByteArray& body);

    SandboxServer& m_server;
};
