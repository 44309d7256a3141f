#include "RemoteTransport.h"

#include "RemoteCall.h"

RemoteTransport::RemoteTransport(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

RemoteCall* RemoteTransport::send(const RemoteRequest& request, QObject* owner)
{
    auto* call = new RemoteCall(m_network, request, m_policy, owner);
    call->start();
    return call;
}
