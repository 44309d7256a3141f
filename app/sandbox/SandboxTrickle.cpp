#include "SandboxTrickle.h"

#include <QTcpSocket>

SandboxTrickle::SandboxTrickle(QTcpSocket* socket, QByteArray head, QByteArray body, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_body(std::move(body))
{
    m_socket->write(head);
    m_timer.setInterval(std::max(1, intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &SandboxTrickle::writeNextByte);
}

void SandboxTrickle::start()
{
    m_timer.start();
}

void SandboxTrickle::writeNextByte()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || m_next >= m_body.size()) {
        m_timer.stop();
        Q_EMIT done();
        deleteLater();
        return;
    }
    m_socket->write(m_body.mid(m_next, 1));
    ++m_next;
}
