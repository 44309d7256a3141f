#include "ProxyPolicy.h"

#include "AppSettings.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>

namespace ProxyPolicy {

void apply(const AppSettings& settings)
{
    const AppSettings::ProxyMode mode = settings.proxyMode();
    if (mode == AppSettings::ProxyMode::System) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    }
    // An application proxy only counts once the system factory is off; switching it off first
    // also drops a factory an earlier System choice installed.
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    if (mode == AppSettings::ProxyMode::Manual && !settings.proxyHost().isEmpty()) {
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost(), settings.proxyPort()));
    } else {
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }
}

} // namespace ProxyPolicy
