#include "CredentialResolver.h"
#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"
#include "SecretsWait.h"
#include "SessionSecretStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

/// A keychain that is not there, as on a server without a D-Bus session.
class MissingKeychain : public SecretStore
{
public:
    int calls = 0;

    void read(const QString&, ReadCallback done) override
    {
        ++calls;
        done(Status::Unavailable, {}, QStringLiteral("no Secret Service"));
    }
    void write(const QString&, const QString&, WriteCallback done) override
    {
        ++calls;
        done(Status::Unavailable, QStringLiteral("no Secret Service"));
    }
    void remove(const QString&, WriteCallback done) override
    {
        ++calls;
        done(Status::Unavailable, QStringLiteral("no Secret Service"));
    }
    bool isPersistent() const override { return true; }
};

} // namespace

/// Secrets: the keychain, the session fallback that never writes a file, and the resolver that
/// prefers the environment variables a connection names.
class TestSecretStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryStoreRoundTrips();
    void sessionStoreFallsBackToMemoryAndSaysSo();
    void noKeychainWritesNoFile();
    void resolverPrefersTheNamedEnvironmentVariable();
    void keysKeepWorkspacesApart();
    void redactHidesSecrets();
};

void TestSecretStores::memoryStoreRoundTrips()
{
    MemorySecretStore store;
    QString secret;
    QCOMPARE(SecretsWait::read(store, QStringLiteral("k"), &secret), SecretStore::Status::NotFound);
    QCOMPARE(SecretsWait::write(store, QStringLiteral("k"), QStringLiteral("s3cret")), SecretStore::Status::Ok);
    QCOMPARE(SecretsWait::read(store, QStringLiteral("k"), &secret), SecretStore::Status::Ok);
    QCOMPARE(secret, QStringLiteral("s3cret"));
    QCOMPARE(SecretsWait::remove(store, QStringLiteral("k")), SecretStore::Status::Ok);
    QCOMPARE(SecretsWait::read(store, QStringLiteral("k"), &secret), SecretStore::Status::NotFound);
}

void TestSecretStores::sessionStoreFallsBackToMemoryAndSaysSo()
{
    auto* keychain = new MissingKeychain;
    SessionSecretStore store(keychain);
    QSignalSpy unavailable(&store, &SessionSecretStore::keychainUnavailable);
    QVERIFY(store.isPersistent());
    QCOMPARE(SecretsWait::write(store, QStringLiteral("k"), QStringLiteral("s3cret")), SecretStore::Status::Ok);
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!store.isPersistent());
    QVERIFY(store.unavailableReason().contains(QLatin1String("environment variables")));
    QString secret;
    QCOMPARE(SecretsWait::read(store, QStringLiteral("k"), &secret), SecretStore::Status::Ok);
    QCOMPARE(secret, QStringLiteral("s3cret"));
    // Once known to be missing, the keychain is not asked again.
    const int calls = keychain->calls;
    QCOMPARE(SecretsWait::write(store, QStringLiteral("k2"), QStringLiteral("other")), SecretStore::Status::Ok);
    QCOMPARE(keychain->calls, calls);
    QCOMPARE(unavailable.size(), 1);
}

void TestSecretStores::noKeychainWritesNoFile()
{
    // On this machine the tests run without a D-Bus session: the real keychain is unavailable.
    // Whatever it answers, the secret must not land in a file anywhere we write.
    const QString secret = QStringLiteral("sk_never_on_disk_8c1f4e2a9b");
    SessionSecretStore store(new KeychainSecretStore);
    SecretsWait::write(store, QStringLiteral("specdesk-test/secret"), secret);
    QString read;
    QCOMPARE(SecretsWait::read(store, QStringLiteral("specdesk-test/secret"), &read), SecretStore::Status::Ok);
    QCOMPARE(read, secret);
    for (const QString& root : {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)}) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() < 10 * 1024 * 1024 && file.open(QIODevice::ReadOnly)) {
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }
    SecretsWait::remove(store, QStringLiteral("specdesk-test/secret"));
}

void TestSecretStores::resolverPrefersTheNamedEnvironmentVariable()
{
    MemorySecretStore secrets;
    Connection connection;
    connection.id = 7;
    connection.api = ApiKind::Adobe;
    connection.secretEnvironment.insert(QStringLiteral("accessToken"), QStringLiteral("AEP_TOKEN"));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AEP_TOKEN"), QStringLiteral("from-env"));
    CredentialResolver resolver(&secrets, QStringLiteral("ws"), environment);
    QString error;
    QVERIFY(SecretsWait::store(resolver,
                               connection,
                               {{QStringLiteral("accessToken"), QStringLiteral("from-keychain")},
                                {QStringLiteral("apiKey"), QStringLiteral("client")}},
                               &error));
    const Credentials credentials = SecretsWait::resolve(resolver, connection);
    QCOMPARE(credentials.value(QStringLiteral("accessToken")), QStringLiteral("from-env"));
    QCOMPARE(credentials.value(QStringLiteral("apiKey")), QStringLiteral("client"));
    resolver.forget(connection);
    QVERIFY(!secrets.contains(SecretStore::keyFor(QStringLiteral("ws"), 7, QStringLiteral("apiKey"))));
}

void TestSecretStores::keysKeepWorkspacesApart()
{
    QVERIFY(SecretStore::keyFor(QStringLiteral("a"), 1, QStringLiteral("token"))
            != SecretStore::keyFor(QStringLiteral("b"), 1, QStringLiteral("token")));
}

void TestSecretStores::redactHidesSecrets()
{
    const Credentials credentials {{QStringLiteral("token"), QStringLiteral("sk_live_abcdef")}};
    QCOMPARE(Connections::redact(QStringLiteral("bad key sk_live_abcdef here"), credentials),
             QStringLiteral("bad key [secret] here"));
}

QTEST_GUILESS_MAIN(TestSecretStores)
#include "TestSecretStores.moc"
