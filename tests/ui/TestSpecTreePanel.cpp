#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "WorkspaceStore.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestSpecTreePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersAndActivates();
};

void TestSpecTreePanel::filtersAndActivates()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    const qint64 collection = store.addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
    qint64 claimsId = 0;
    for (const char* title : {"Claims triage", "Customer support", "Flow"}) {
        SpecRecord spec;
        spec.collectionId = collection;
        spec.title = QString::fromUtf8(title);
        spec.content = "a: 1";
        const qint64 id = store.addSpec(spec, &error);
        if (spec.title.startsWith(QLatin1String("Claims"))) {
            claimsId = id;
        }
    }
    SpecTreeModel model(&store);
    SpecTreePanel panel(&model);
    QTreeView* view = panel.view();
    QCOMPARE(view->model()->rowCount(view->model()->index(0, 0)), 3);

    QTest::keyClicks(panel.findChild<QLineEdit*>(QStringLiteral("specFilterEdit")), QStringLiteral("SUPP"));
    QCOMPARE(view->model()->rowCount(view->model()->index(0, 0)), 1);
    QCOMPARE(view->model()->index(0, 0, view->model()->index(0, 0)).data().toString(),
             QStringLiteral("Customer support"));
    panel.findChild<QLineEdit*>(QStringLiteral("specFilterEdit"))->clear();

    QSignalSpy activated(&panel, &SpecTreePanel::specActivated);
    panel.selectSpec(claimsId);
    QCOMPARE(view->currentIndex().data(SpecTreeModel::SpecIdRole).toLongLong(), claimsId);
    Q_EMIT view->activated(view->currentIndex());
    Q_EMIT view->activated(view->model()->index(0, 0)); // a collection row opens nothing
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), claimsId);
}

QTEST_MAIN(TestSpecTreePanel)
#include "TestSpecTreePanel.moc"
