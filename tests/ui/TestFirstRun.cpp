#include "DistributionPanel.h"
#include "EditorTabs.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "OverlaySecretStore.h"
#include "RemoteContext.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "SeededWorkspace.h"
#include "SpecEditor.h"
#include "SpecTreeModel.h"
#include "WelcomeView.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSlider>
#include <QStackedWidget>
#include <QTest>

/// A new user's first minutes, with the keyboard alone, against the sandbox started from the
/// welcome view exactly as the app starts it: Enter on "Try the sandbox", an arrow key on the
/// first share, Ctrl+Alt+S. The draft must reach the server as one new version.
class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_workspace.open(&error), qPrintable(error));
        m_secrets = new OverlaySecretStore(new MemorySecretStore);
        m_context = std::make_unique<RemoteContext>(m_workspace.store.get(), m_secrets);
        m_window = std::make_unique<MainWindow>(m_workspace.store.get(), m_workspace.settings.get(), m_context.get());
        m_window->setSandboxStarter([this](QString* startError) -> qint64 {
            if (!m_sandbox) {
                auto session = std::make_unique<SandboxSession>();
                if (!session->start(m_context.get(), m_secrets, startError)) {
                    return 0;
                }
                m_sandbox = std::move(session);
            }
            return m_sandbox->dataFramerCollectionId();
        });
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        m_sandbox.reset();
        m_workspace.close();
    }

    void welcomeViewHasTheKeyboardOnFirstRun()
    {
        auto* stack = m_window->findChild<QStackedWidget*>();
        QCOMPARE(stack->currentWidget(), m_window->welcomeView());
        QCOMPARE(QApplication::focusWidget(), m_window->welcomeView()->trySandboxButton());
        QVERIFY(m_window->welcomeView()->addConnectionButton()->isVisible());
        QVERIFY(m_window->welcomeView()->openFileButton()->isVisible());
    }

    void enterArrowAndSyncReachTheServer()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // The sandbox starts, its DataFramer specs load, the first ready one opens, and the
        // keyboard lands on its first share.
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QSlider*>(QApplication::focusWidget()) != nullptr, 20000);
        auto* slider = qobject_cast<QSlider*>(QApplication::focusWidget());
        QVERIFY(m_window->distributionPanel()->isAncestorOf(slider));
        SpecEditor* editor = m_window->editorTabs()->currentEditor();
        QVERIFY(editor);
        const qint64 specId = editor->specId();
        const QByteArray before = editor->content();
        const qsizetype putsBefore = putCount();

        QTest::keyClick(slider, Qt::Key_Right);
        QTRY_VERIFY(editor->content() != before);
        QVERIFY(editor->isUndoAvailable());
        const QByteArray edited = editor->content();

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        auto* model = m_window->findChild<SpecTreeModel*>();
        QTRY_COMPARE_WITH_TIMEOUT(putCount(), putsBefore + 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->syncState(specId), SyncState::Synced, 20000);
        // The server holds exactly what the slider made, as one new version.
        const QJsonObject body = QJsonDocument::fromJson(lastPutBody()).object();
        QCOMPARE(body.value(QStringLiteral("content_yaml")).toString().toUtf8(), edited);
        QCOMPARE(putCount(), putsBefore + 1);
    }

private:
    qsizetype putCount() const
    {
        if (!m_sandbox) {
            return 0;
        }
        qsizetype puts = 0;
        for (const RecordedRequest& request : m_sandbox->server()->requests()) {
            puts += request.method == "PUT" ? 1 : 0;
        }
        return puts;
    }

    QByteArray lastPutBody() const
    {
        QByteArray body;
        for (const RecordedRequest& request : m_sandbox->server()->requests()) {
            if (request.method == "PUT") {
                body = request.body;
            }
        }
        return body;
    }

    SeededWorkspace m_workspace;
    OverlaySecretStore* m_secrets = nullptr;
    std::unique_ptr<RemoteContext> m_context;
    std::unique_ptr<SandboxSession> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestFirstRun)
#include "TestFirstRun.moc"
