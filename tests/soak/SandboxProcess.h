#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

/// The specdesk-sandbox program, started on a free loopback port for one soak run and driven
/// through its /_sandbox control endpoints. It runs in a process of its own so that the app's
/// memory is measured alone, and so that the server keeps its own event loop.
///
/// Control calls are blocking (a few milliseconds on loopback) and use a socket of their own,
/// never the app's network manager.
class SandboxProcess
{
public:
    struct Reply
    {
        int status = 0; ///< 0 when no HTTP reply came
        QByteArray body;
        QJsonObject object() const;
        bool ok() const { return status >= 200 && status < 300; }
    };

    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    bool start(const QString& program, QString* error);
    /// SIGTERM, then waits for the process to end.
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    QUrl baseUrl() const { return m_baseUrl; }

    /// One request to a control endpoint: `path` follows "/_sandbox".
    Reply control(const QByteArray& method, const QString& path, const QByteArray& body = {});

private:
    QProcess m_process;
    QUrl m_baseUrl;
};
