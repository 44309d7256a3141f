#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>

namespace {
constexpr int kControlTimeoutMs = 15000;
} // namespace

QJsonObject SandboxProcess::Reply::object() const
{
    return QJsonDocument::fromJson(body).object();
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QString& program, QString* error)
{
    m_process.setProgram(program);
    m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0")});
    // Its stdout says where it listens; its warnings go to ours.
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("Cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            break;
        }
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine());
            const QRegularExpressionMatch match = listening.match(line);
            if (match.hasMatch()) {
                m_baseUrl = QUrl(match.captured(1));
                // The rest of its output (the credentials) is not needed: they are fixed.
                m_process.setStandardOutputFile(QProcess::nullDevice());
                return true;
            }
        }
    }
    *error = QStringLiteral("%1 did not say where it listens.").arg(program);
    stop();
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

SandboxProcess::Reply SandboxProcess::control(const QByteArray& method, const QString& path, const QByteArray& body)
{
    Reply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_baseUrl.port()));
    if (!socket.waitForConnected(kControlTimeoutMs)) {
        return reply;
    }
    const QByteArray target = QByteArrayLiteral("/_sandbox") + QUrl(path).toEncoded();
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\n";
    request += "Host: 127.0.0.1:" + QByteArray::number(m_baseUrl.port()) + "\r\n";
    request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "Connection: close\r\n\r\n";
    socket.write(request + body);
    // The server closes the connection after its answer, as asked.
    QByteArray received;
    const QDeadlineTimer deadline(kControlTimeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            received += socket.readAll();
        }
    }
    received += socket.readAll();
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        return reply;
    }
    const QList<QByteArray> statusLine = received.left(received.indexOf("\r\n")).split(' ');
    reply.status = statusLine.value(1).toInt();
    reply.body = received.mid(headEnd + 4);
    return reply;
}
