#include "DiskChange.h"

#include <QTest>

Q_DECLARE_METATYPE(DiskChange)

/// Issue 16: the decision table behind reloading, asking and saving over a file.
class TestDiskChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data();
    void decides();
};

void TestDiskChange::decides_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("editor");
    QTest::addColumn<std::optional<QByteArray>>("disk");
    QTest::addColumn<DiskChange>("expected");
    const std::optional<QByteArray> gone;
    QTest::newRow("nothing changed") << QByteArray("a") << QByteArray("a") << std::optional(QByteArray("a"))
                                     << DiskChange::None;
    QTest::newRow("only the editor changed")
        << QByteArray("a") << QByteArray("mine") << std::optional(QByteArray("a")) << DiskChange::None;
    QTest::newRow("only the disk changed")
        << QByteArray("a") << QByteArray("a") << std::optional(QByteArray("theirs")) << DiskChange::Reload;
    QTest::newRow("both changed") << QByteArray("a") << QByteArray("mine") << std::optional(QByteArray("theirs"))
                                  << DiskChange::Ask;
    QTest::newRow("both changed alike") << QByteArray("a") << QByteArray("same") << std::optional(QByteArray("same"))
                                        << DiskChange::Adopt;
    QTest::newRow("gone") << QByteArray("a") << QByteArray("a") << gone << DiskChange::Missing;
    // No base known (an old workspace): never reload over the editor, ask.
    QTest::newRow("no base") << QByteArray() << QByteArray("mine") << std::optional(QByteArray("theirs"))
                             << DiskChange::Ask;
}

void TestDiskChange::decides()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, editor);
    QFETCH(std::optional<QByteArray>, disk);
    QFETCH(DiskChange, expected);
    const auto isBase = [&base](const QByteArray& text) { return !base.isNull() && text == base; };
    QCOMPARE(DiskChanges::assess(editor, disk, isBase), expected);
}

QTEST_APPLESS_MAIN(TestDiskChange)
#include "TestDiskChange.moc"
