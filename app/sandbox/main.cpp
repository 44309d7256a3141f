// specdesk-sandbox: runs the loopback stand-in for the three spec APIs until SIGTERM or SIGINT,
// so other processes (CLI tests, crash trials, a developer's GUI) can talk to it.
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

/// Quits the application from the event loop when SIGTERM or SIGINT arrives.
bool quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto* notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(g_signalPipe[1], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("specdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPECDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loopback stand-in for the DataFramer, Scale GP and Adobe flow spec APIs. Control it "
        "through /_sandbox/faults, /_sandbox/requests, /_sandbox/stats, /_sandbox/reset and /_sandbox/state/…"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringList {QStringLiteral("p"), QStringLiteral("port")},
                                        QStringLiteral("Port on 127.0.0.1 to listen on; 0 picks a free one."),
                                        QStringLiteral("N"),
                                        QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "specdesk-sandbox: --port must be a number from 0 to 65535\n");
        return 2;
    }
    if (!quitOnSignals(app)) {
        std::fprintf(stderr, "specdesk-sandbox: cannot install signal handlers\n");
        return 1;
    }

    SandboxServer server;
    QString error;
    if (!server.listen(quint16(port), &error)) {
        std::fprintf(stderr, "specdesk-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QString base = server.baseUrl().toString();
    const SandboxCredentials& credentials = server.credentials();
    const QString text
        = QStringLiteral("SpecDesk sandbox listening on %1\n").arg(base)
          + QStringLiteral("DataFramer: base %1  Authorization: Bearer %2\n").arg(base, credentials.dataFramerToken)
          + QStringLiteral("Scale GP: base %1  x-api-key: %2  x-selected-account-id: %3\n")
                .arg(base, credentials.scaleGpApiKey, credentials.scaleGpAccountId)
          + QStringLiteral("Adobe: base %1/data/foundation/flowservice  Authorization: Bearer %2  x-api-key: %3  "
                           "x-gw-ims-org-id: %4  x-sandbox-name: %5\n")
                .arg(base,
                     credentials.adobeAccessToken,
                     credentials.adobeApiKey,
                     credentials.adobeOrgId,
                     credentials.adobeSandboxName);
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
    return app.exec();
}
