#include "WorkspaceStore.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// Makes files immutable (chattr +i) for the test's life: unlike permissions, that holds for
/// root too, which the tests run as.
class Immutable
{
public:
    explicit Immutable(QStringList paths)
        : m_paths(std::move(paths))
    {
        m_ok = QProcess::execute(QStringLiteral("chattr"), QStringList {QStringLiteral("+i")} + m_paths) == 0;
    }
    ~Immutable() { QProcess::execute(QStringLiteral("chattr"), QStringList {QStringLiteral("-i")} + m_paths); }
    Immutable(const Immutable&) = delete;
    Immutable& operator=(const Immutable&) = delete;
    bool ok() const { return m_ok; }

private:
    QStringList m_paths;
    bool m_ok = false;
};

} // namespace

/// A workspace that can only be read (a read-only disk or folder, a shared copy) still opens:
/// everything can be read, and a change fails with a sentence saying why.
class TestReadOnlyWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWorkAndChangesSayWhy();
};

void TestReadOnlyWorkspace::readsWorkAndChangesSayWhy()
{
    QTemporaryDir dir;
    QString error;
    qint64 specId = 0;
    const QByteArray text = "spec:\n  description: kept\n";
    {
        WorkspaceStore store;
        QVERIFY(store.open(dir.path(), &error));
        const qint64 collection = store.addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
        SpecRecord spec;
        spec.collectionId = collection;
        spec.title = QStringLiteral("Kept");
        spec.kind = SpecKind::DataFramer;
        spec.content = text;
        specId = store.addSpec(spec, &error);
        QVERIFY(specId > 0);
    }
    const QString database = QDir(dir.path()).filePath(WorkspaceStore::databaseFileName());
    Immutable frozen(QDir(dir.path())
                         .entryList(QDir::Files)
                         .replaceInStrings(QRegularExpression(QStringLiteral("^")), dir.path() + QLatin1Char('/'))
                     << dir.path());
    if (!frozen.ok()) {
        QSKIP("chattr +i is not available on this file system, so a read-only workspace cannot be made as root");
    }
    WorkspaceStore store;
    QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.spec(specId)->content, text);
    QVERIFY(!store.saveSpecContent(specId, "spec: {}\n", &error));
    QVERIFY2(error.contains(QLatin1String("read-only"))
                 || error.contains(QLatin1String("could not be read or written")),
             qPrintable(error));

    // The CLI reads it too, and says once that it can only read.
    QProcess show;
    show.start(QStringLiteral(SPECDESK_CLI_PATH), {QStringLiteral("--workspace"), dir.path(), QStringLiteral("list")});
    QVERIFY(show.waitForFinished(30000));
    QCOMPARE(show.exitCode(), 0);
    QVERIFY2(show.readAllStandardError().contains("can only be read"), "no note about the read-only workspace");
}

QTEST_GUILESS_MAIN(TestReadOnlyWorkspace)
#include "TestReadOnlyWorkspace.moc"
