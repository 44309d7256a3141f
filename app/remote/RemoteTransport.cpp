#include "RemoteTransport.h"

#include "HttpConnectionPool.h"
#include "RemoteCall.h"

RemoteTransport::RemoteTransport(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_writeConnections(new HttpConnectionPool(this))
{
}

RemoteCall* RemoteTransport::send(const RemoteRequest& request, QObject* owner)
{
    auto* call = new RemoteCall(m_network, request, m_policy, m_writeConnections, owner);
    call->start();
    return call;
}
