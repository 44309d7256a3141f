#include "ConnectionForm.h"
#include "ConnectionsDialog.h"
#include "MemorySecretStore.h"
#include "RemoteContext.h"
#include "SandboxServer.h"
#include "SecretsWait.h"
#include "WorkspaceStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QString kWrongToken = QStringLiteral("sk_wrong_0000000000000000000000000000000000");

/// Answers the next message box (the removal confirmation) with the button named `text`.
void answerNextMessageBox(const QString& text)
{
    QTimer::singleShot(0, [text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        const QList<QAbstractButton*> buttons = box->buttons();
        for (QAbstractButton* button : buttons) {
            if (button->text().remove(QLatin1Char('&')) == text) {
                button->click();
                return;
            }
        }
        QFAIL("no such button in the message box");
    });
}

} // namespace

class TestConnectionsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addEditAndRemove();
    void baseUrlFollowsTheApiUntilEdited();
    void refusesPlainHttpToAnotherHost();
    void testsTheConnectionWithTheTypedSecrets();
    void secretsNeverReachTheWorkspaceFiles();
    void everyFieldIsLabelledForTheKeyboard();
    void warnsWhenSecretsLastOnlyThisSession();

private:
    template <typename T>
    T* child(const char* name) const
    {
        return m_dialog->findChild<T*>(QLatin1String(name));
    }
    QLineEdit* secretEdit(int row) const
    {
        return m_dialog->findChild<QLineEdit*>(QStringLiteral("connectionSecretEdit%1").arg(row));
    }
    QString message() const { return child<QLabel>("connectionMessageLabel")->text(); }
    /// Fills the form as a user would, for a DataFramer connection to the sandbox.
    void fillDataFramer(const QString& name, const QString& token);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    MemorySecretStore* m_secrets = nullptr;
    std::unique_ptr<RemoteContext> m_context;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ConnectionsDialog> m_dialog;
};

void TestConnectionsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WorkspaceStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->path(), &error), qPrintable(error));
    m_secrets = new MemorySecretStore;
    m_context = std::make_unique<RemoteContext>(m_store.get(), m_secrets);
    m_context->transport().setRetryPolicy({1, 10, 10, 10000, 0});
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
    m_dialog = std::make_unique<ConnectionsDialog>(m_context.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestConnectionsDialog::cleanup()
{
    m_dialog.reset();
    m_context.reset();
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}

void TestConnectionsDialog::fillDataFramer(const QString& name, const QString& token)
{
    QTest::mouseClick(child<QPushButton>("addConnectionButton"), Qt::LeftButton);
    QLineEdit* nameEdit = child<QLineEdit>("connectionNameEdit");
    QVERIFY(nameEdit->hasFocus());
    QTest::keyClicks(nameEdit, name);
    QLineEdit* url = child<QLineEdit>("connectionBaseUrlEdit");
    url->selectAll();
    QTest::keyClicks(url, m_server->baseUrl().toString());
    QTest::keyClicks(secretEdit(0), token);
}

void TestConnectionsDialog::addEditAndRemove()
{
    fillDataFramer(QStringLiteral("Team DataFramer"), m_server->credentials().dataFramerToken);
    QTest::keyClicks(child<QLineEdit>("connectionEnvironmentEdit0"), QStringLiteral("DF_TOKEN"));
    QTest::mouseClick(child<QPushButton>("saveConnectionButton"), Qt::LeftButton);
    QCOMPARE(message(), QStringLiteral("Saved."));
    std::optional<Connection> saved = m_context->connections().connectionNamed(QStringLiteral("Team DataFramer"));
    QVERIFY(saved);
    QCOMPARE(saved->api, ApiKind::DataFramer);
    QCOMPARE(saved->baseUrl, m_server->baseUrl());
    QCOMPARE(saved->secretEnvironment.value(QStringLiteral("token")), QStringLiteral("DF_TOKEN"));
    QCOMPARE(SecretsWait::resolve(m_context->credentials(), *saved).value(QStringLiteral("token")),
             m_server->credentials().dataFramerToken);
    // The secret is never shown again; the field only says where it is.
    QVERIFY(secretEdit(0)->text().isEmpty());
    QCOMPARE(secretEdit(0)->placeholderText(), QStringLiteral("stored for this session"));
    QCOMPARE(child<QListWidget>("connectionList")->count(), 1);
    QVERIFY(!child<QComboBox>("connectionApiCombo")->isEnabled());

    // Edit: a new name, and an empty secret field keeps the stored secret.
    QLineEdit* nameEdit = child<QLineEdit>("connectionNameEdit");
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, QStringLiteral("Renamed"));
    QTest::mouseClick(child<QPushButton>("saveConnectionButton"), Qt::LeftButton);
    QCOMPARE(message(), QStringLiteral("Saved."));
    saved = m_context->connections().connection(saved->id);
    QCOMPARE(saved->name, QStringLiteral("Renamed"));
    QCOMPARE(SecretsWait::resolve(m_context->credentials(), *saved).value(QStringLiteral("token")),
             m_server->credentials().dataFramerToken);
    QCOMPARE(child<QListWidget>("connectionList")->currentItem()->text(), QStringLiteral("Renamed"));

    // Remove, after a confirmation that names what goes: the cached specs.
    SpecRecord cached;
    cached.collectionId = saved->collectionId;
    cached.title = QStringLiteral("cached");
    cached.remoteId = QStringLiteral("r1");
    QString error;
    QVERIFY(m_store->addSpec(cached, &error) > 0);
    QString informative;
    QTimer::singleShot(0, [&informative] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            informative = box->informativeText();
        }
    });
    answerNextMessageBox(QStringLiteral("Cancel"));
    QTest::mouseClick(child<QPushButton>("removeConnectionButton"), Qt::LeftButton);
    QVERIFY(m_context->connections().connection(saved->id));
    QVERIFY2(informative.contains(QStringLiteral("1 cached spec")), qPrintable(informative));

    answerNextMessageBox(QStringLiteral("Remove Connection"));
    QTest::mouseClick(child<QPushButton>("removeConnectionButton"), Qt::LeftButton);
    QVERIFY(!m_context->connections().connection(saved->id));
    QVERIFY(m_store->specSummaries(saved->collectionId).isEmpty());
    QVERIFY(!m_secrets->contains(SecretStore::keyFor(m_store->workspaceId(), saved->id, QStringLiteral("token"))));
    QCOMPARE(child<QListWidget>("connectionList")->count(), 0);
    QVERIFY(message().contains(QStringLiteral("Removed")));
}

void TestConnectionsDialog::baseUrlFollowsTheApiUntilEdited()
{
    QTest::mouseClick(child<QPushButton>("addConnectionButton"), Qt::LeftButton);
    auto* api = child<QComboBox>("connectionApiCombo");
    auto* url = child<QLineEdit>("connectionBaseUrlEdit");
    QCOMPARE(url->text(), ApiKinds::defaultBaseUrl(ApiKind::DataFramer).toString());
    QVERIFY(!child<QLineEdit>("connectionAccountIdEdit")->isVisibleTo(m_dialog.get()));

    api->setCurrentIndex(api->findData(ApiKinds::id(ApiKind::ScaleGp)));
    QCOMPARE(url->text(), ApiKinds::defaultBaseUrl(ApiKind::ScaleGp).toString());
    QVERIFY(child<QLineEdit>("connectionAccountIdEdit")->isVisibleTo(m_dialog.get()));
    QVERIFY(!secretEdit(1)->isVisibleTo(m_dialog.get()));

    api->setCurrentIndex(api->findData(ApiKinds::id(ApiKind::Adobe)));
    QCOMPARE(url->text(), ApiKinds::defaultBaseUrl(ApiKind::Adobe).toString());
    QVERIFY(child<QLineEdit>("connectionImsOrgEdit")->isVisibleTo(m_dialog.get()));
    QVERIFY(secretEdit(1)->isVisibleTo(m_dialog.get()));
    QCOMPARE(secretEdit(0)->accessibleName(), QStringLiteral("Access token"));
    QCOMPARE(secretEdit(1)->echoMode(), QLineEdit::Password);

    // A URL the user typed stays when the API changes.
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("https://proxy.example.com"));
    api->setCurrentIndex(api->findData(ApiKinds::id(ApiKind::DataFramer)));
    QCOMPARE(url->text(), QStringLiteral("https://proxy.example.com"));
}

void TestConnectionsDialog::refusesPlainHttpToAnotherHost()
{
    fillDataFramer(QStringLiteral("Plain"), QStringLiteral("secret-token"));
    QLineEdit* url = child<QLineEdit>("connectionBaseUrlEdit");
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("http://specs.example.com"));
    QTest::mouseClick(child<QPushButton>("saveConnectionButton"), Qt::LeftButton);
    QVERIFY2(message().contains(QStringLiteral("plain http://")), qPrintable(message()));
    QVERIFY(m_context->connections().connections().isEmpty());
    // Test connection refuses before sending anything, with the same sentence.
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QVERIFY2(message().contains(QStringLiteral("plain http://")), qPrintable(message()));

    child<QCheckBox>("connectionAllowInsecureCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>("saveConnectionButton"), Qt::LeftButton);
    QCOMPARE(message(), QStringLiteral("Saved."));
    QCOMPARE(m_context->connections().connections().size(), 1);
    QVERIFY(m_context->connections().connections().constFirst().allowInsecureHttp);
}

void TestConnectionsDialog::testsTheConnectionWithTheTypedSecrets()
{
    fillDataFramer(QStringLiteral("Sandbox"), kWrongToken);
    QPushButton* test = child<QPushButton>("testConnectionButton");
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!test->isEnabled());
    QTRY_VERIFY(test->isEnabled());
    QVERIFY2(message().contains(QStringLiteral("401")) || message().contains(QStringLiteral("authentication")),
             qPrintable(message()));
    QVERIFY(!message().contains(kWrongToken));
    // Nothing was saved by testing.
    QVERIFY(m_context->connections().connections().isEmpty());

    secretEdit(0)->clear();
    QTest::keyClicks(secretEdit(0), m_server->credentials().dataFramerToken);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE(message(), QStringLiteral("Connected."));

    // After saving, a test with empty secret fields uses the stored secret.
    QTest::mouseClick(child<QPushButton>("saveConnectionButton"), Qt::LeftButton);
    QCOMPARE(message(), QStringLiteral("Saved."));
    QVERIFY(secretEdit(0)->text().isEmpty());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE(message(), QStringLiteral("Connected."));

    // Adobe needs its organization and sandbox headers, and two secrets.
    QTest::mouseClick(child<QPushButton>("addConnectionButton"), Qt::LeftButton);
    auto* api = child<QComboBox>("connectionApiCombo");
    api->setCurrentIndex(api->findData(ApiKinds::id(ApiKind::Adobe)));
    QTest::keyClicks(child<QLineEdit>("connectionNameEdit"), QStringLiteral("Flows"));
    QLineEdit* url = child<QLineEdit>("connectionBaseUrlEdit");
    url->selectAll();
    QTest::keyClicks(url, m_server->baseUrl().toString() + QStringLiteral("/data/foundation/flowservice"));
    QTest::keyClicks(child<QLineEdit>("connectionImsOrgEdit"), m_server->credentials().adobeOrgId);
    QTest::keyClicks(child<QLineEdit>("connectionSandboxEdit"), m_server->credentials().adobeSandboxName);
    QTest::keyClicks(secretEdit(0), m_server->credentials().adobeAccessToken);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY(message().startsWith(QStringLiteral("Enter the")));
    QTest::keyClicks(secretEdit(1), m_server->credentials().adobeApiKey);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE(message(), QStringLiteral("Connected."));
}

void TestConnectionsDialog::secretsNeverReachTheWorkspaceFiles()
{
    const QString token = m_server->credentials().dataFramerToken;
    fillDataFramer(QStringLiteral("Sandbox"), token);
    QTest::mouseClick(child<QPushButton>("saveConnectionButton"), Qt::LeftButton);
    QCOMPARE(message(), QStringLiteral("Saved."));
    const std::optional<Connection> saved = m_context->connections().connectionNamed(QStringLiteral("Sandbox"));
    QVERIFY(saved);
    QString stored;
    QCOMPARE(SecretsWait::read(
                 *m_secrets, SecretStore::keyFor(m_store->workspaceId(), saved->id, QStringLiteral("token")), &stored),
             SecretStore::Status::Ok);
    QCOMPARE(stored, token);

    // The database, its WAL and anything else in the workspace folder: the secret in no form.
    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(token.toUtf8().toBase64()), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files > 0);
    QVERIFY(QFile::exists(m_dir->filePath(WorkspaceStore::databaseFileName())));
}

void TestConnectionsDialog::everyFieldIsLabelledForTheKeyboard()
{
    auto* api = child<QComboBox>("connectionApiCombo");
    for (ApiKind kind : {ApiKind::DataFramer, ApiKind::ScaleGp, ApiKind::Adobe}) {
        api->setCurrentIndex(api->findData(ApiKinds::id(kind)));
        QString mnemonics;
        const QList<QLabel*> labels = m_dialog->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            if (!label->isVisibleTo(m_dialog.get()) || !label->buddy()) {
                continue;
            }
            QVERIFY2(!label->buddy()->accessibleName().isEmpty(), qPrintable(label->text()));
            const qsizetype amp = label->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0, qPrintable(label->text()));
            const QChar key = label->text().at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(label->text()));
            mnemonics.append(key);
        }
        const QList<QLineEdit*> edits = m_dialog->form()->findChildren<QLineEdit*>();
        for (QLineEdit* edit : edits) {
            if (!edit->isVisibleTo(m_dialog.get()) || edit->parent() != m_dialog->form()) {
                continue;
            }
            const auto* layout = qobject_cast<QFormLayout*>(m_dialog->form()->layout());
            auto* label = qobject_cast<QLabel*>(layout->labelForField(edit));
            QVERIFY2(label && label->buddy() == edit, qPrintable(edit->objectName()));
        }
    }
}

void TestConnectionsDialog::warnsWhenSecretsLastOnlyThisSession()
{
    // The test's store is memory only, as the app's is when no keychain answers.
    QLabel* warning = child<QLabel>("keychainWarningLabel");
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("this session only")));
    QVERIFY(warning->text().contains(QStringLiteral("environment variable")));
}

QTEST_MAIN(TestConnectionsDialog)
#include "TestConnectionsDialog.moc"
