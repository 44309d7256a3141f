#include "AppSettings.h"
#include "ProxyPolicy.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The proxy setting reaches Qt's process-wide proxy state; each case applies from a fresh state.
class TestProxyPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void systemUsesTheDesktopConfiguration();
    void noneConnectsDirectly();
    void manualUsesOneHttpProxy();
    void manualWithoutHostConnectsDirectly();
    void systemAfterManualDropsTheManualProxy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

void TestProxyPolicy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("s.ini")));
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    QNetworkProxyFactory::setUseSystemConfiguration(false);
}

void TestProxyPolicy::systemUsesTheDesktopConfiguration()
{
    QCOMPARE(m_settings->proxyMode(), AppSettings::ProxyMode::System); // the default
    ProxyPolicy::apply(*m_settings);
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
}

void TestProxyPolicy::noneConnectsDirectly()
{
    m_settings->setProxyMode(AppSettings::ProxyMode::None);
    ProxyPolicy::apply(*m_settings);
    QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
}

void TestProxyPolicy::manualUsesOneHttpProxy()
{
    m_settings->setProxyMode(AppSettings::ProxyMode::Manual);
    m_settings->setProxyHost(QStringLiteral(" proxy.example.test "));
    m_settings->setProxyPort(3128);
    ProxyPolicy::apply(*m_settings);
    QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());
    const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.hostName(), QStringLiteral("proxy.example.test"));
    QCOMPARE(proxy.port(), quint16(3128));
}

void TestProxyPolicy::manualWithoutHostConnectsDirectly()
{
    m_settings->setProxyMode(AppSettings::ProxyMode::Manual);
    ProxyPolicy::apply(*m_settings);
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
}

void TestProxyPolicy::systemAfterManualDropsTheManualProxy()
{
    m_settings->setProxyMode(AppSettings::ProxyMode::Manual);
    m_settings->setProxyHost(QStringLiteral("proxy.example.test"));
    ProxyPolicy::apply(*m_settings);
    m_settings->setProxyMode(AppSettings::ProxyMode::System);
    ProxyPolicy::apply(*m_settings);
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
    QVERIFY(QNetworkProxy::applicationProxy().type() != QNetworkProxy::HttpProxy);
}

QTEST_GUILESS_MAIN(TestProxyPolicy)
#include "TestProxyPolicy.moc"
