#include "MemorySecretStore.h"
#include "OverlaySecretStore.h"
#include "SecretsWait.h"

#include <QTest>

/// A persistent stand-in for the keychain, so the overlay's answers can be told apart.
class FakeKeychain : public MemorySecretStore
{
public:
    bool isPersistent() const override { return true; }
};

class TestOverlaySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysUnderAPrefixNeverReachTheRealStore();
};

void TestOverlaySecretStore::keysUnderAPrefixNeverReachTheRealStore()
{
    auto* keychain = new FakeKeychain;
    OverlaySecretStore overlay(keychain);
    const QString sandboxKey = SecretStore::keyFor(QStringLiteral("ws"), 1, QStringLiteral("token"));
    const QString otherKey = SecretStore::keyFor(QStringLiteral("ws"), 12, QStringLiteral("token"));
    overlay.keepInMemory(SecretStore::keyFor(QStringLiteral("ws"), 1, QString()));

    QCOMPARE(SecretsWait::write(overlay, sandboxKey, QStringLiteral("sandbox-secret")), SecretStore::Status::Ok);
    QCOMPARE(SecretsWait::write(overlay, otherKey, QStringLiteral("real-secret")), SecretStore::Status::Ok);
    QVERIFY(!keychain->contains(sandboxKey));
    QVERIFY(keychain->contains(otherKey));

    QString secret;
    QCOMPARE(SecretsWait::read(overlay, sandboxKey, &secret), SecretStore::Status::Ok);
    QCOMPARE(secret, QStringLiteral("sandbox-secret"));
    QCOMPARE(SecretsWait::read(overlay, otherKey, &secret), SecretStore::Status::Ok);
    QCOMPARE(secret, QStringLiteral("real-secret"));
    QVERIFY(!overlay.isPersistent(sandboxKey));
    QVERIFY(overlay.isPersistent(otherKey));

    QCOMPARE(SecretsWait::remove(overlay, sandboxKey), SecretStore::Status::Ok);
    QCOMPARE(SecretsWait::read(overlay, sandboxKey, &secret), SecretStore::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestOverlaySecretStore)
#include "TestOverlaySecretStore.moc"
