#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

/// Writes one reply slowly: its head at once, then its body one byte at a time. Each byte
/// resets a client's idle timeout, so only an overall deadline ends such a request. Deletes
/// itself when the reply is written or the client has gone.
class SandboxTrickle : public QObject
{
    Q_OBJECT

public:
    SandboxTrickle(QTcpSocket* socket, QByteArray head, QByteArray body, int intervalMs, QObject* parent);

    void start();

Q_SIGNALS:
    /// Written in full, or abandoned by the client.
    void done();

private:
    void writeNextByte();

    QPointer<QTcpSocket> m_socket;
    QByteArray m_body;
    qsizetype m_next = 0;
    QTimer m_timer;
};
