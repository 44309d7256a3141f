#include "DraftText.h"
#include "StoreQuery.h"
#include "SyncJournal.h"
#include "WorkspaceStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <array>

/// Drafts stored as a full text plus splices (DraftText): whatever the edits, every reader, in
/// this connection or another (the sync journal's too), sees exactly the text saved, and a small edit writes a small
/// row.
class TestDraftSplices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void spliceBetweenTwoTextsRebuildsTheSecond();
    void fingerprintSplicesRebuildTheSecondText();
    void bigDraftEditsReadBackExactly();
    void randomEditsReadBackExactlyFromEveryConnection();
    void oneCharacterInAMegabyteWritesASmallRow();
    void compactionKeepsTheText();
    void anotherWriterDropsTheSplicesAndIsNeverOverwritten();
    void spliceThatDoesNotFitIsRefused();
    void aTextKnownToBeStoredIsNotReadBack();
    void syncSnapshotIsTheDraftWithOrWithoutSplices();

private:
    qint64 addSpec(const QByteArray& content);
    int spliceCount(qint64 specId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    /// The draft writer's connection (DraftWriter's store), and one more that only reads.
    std::unique_ptr<WorkspaceStore> m_writer;
    std::unique_ptr<WorkspaceStore> m_reader;
};

namespace {

/// Bytes to insert: plain ASCII, multi-byte UTF-8 (2, 3 and 4 bytes), CRLF and LF endings.
const QList<QByteArray> kPieces {"a",
                                 "key: value\n",
                                 "\r\n",
                                 "\n",
                                 "é",
                                 "日本語",
                                 "🙂",
                                 "  - item: \"ß\"\r\n",
                                 "\t",
                                 QByteArray("\0", 1)};

/// A random position of `text`: its start, its end or anywhere, a third of the time each.
qsizetype randomPosition(QRandomGenerator& random, qsizetype size)
{
    switch (random.bounded(3)) {
    case 0:
        return 0;
    case 1:
        return size;
    default:
        return random.bounded(int(size) + 1);
    }
}

/// One random edit of `text`: an insert, a delete or a replacement, of one piece or several.
QByteArray randomEdit(QRandomGenerator& random, const QByteArray& text)
{
    // Now and then a paste of 10 to 40 KB, which folds the splices into the text sooner or later.
    if (random.bounded(50) == 0) {
        QByteArray pasted;
        for (const qsizetype size = random.bounded(10, 40) * 1024; pasted.size() < size;) {
            pasted += kPieces.at(random.bounded(int(kPieces.size())));
        }
        return QByteArray(text).insert(randomPosition(random, text.size()), pasted);
    }
    const qsizetype start = randomPosition(random, text.size());
    const qsizetype longest = std::min<qsizetype>(text.size() - start, random.bounded(2) == 0 ? 3 : 300);
    const qsizetype removed = random.bounded(3) == 0 || longest == 0 ? 0 : random.bounded(int(longest) + 1);
    QByteArray inserted;
    if (random.bounded(4) != 0) {
        for (int i = random.bounded(1, 6); i > 0; --i) {
            inserted += kPieces.at(random.bounded(int(kPieces.size())));
        }
    }
    QByteArray edited = text;
    edited.replace(start, removed, inserted);
    return edited;
}

QByteArray megabyteOfYaml()
{
    QByteArray text;
    for (int i = 0; text.size() < 1024 * 1024; ++i) {
        text += "- name: field" + QByteArray::number(i) + "\r\n  description: \"Grüße, 日本 🙂\"\r\n";
    }
    return text;
}

/// Bytes this process has handed to write() and its kin so far (Linux).
qint64 bytesWrittenByThisProcess()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : io.readAll().split('\n')) {
        if (line.startsWith("wchar:")) {
            return line.mid(6).trimmed().toLongLong();
        }
    }
    return -1;
}

} // namespace

void TestDraftSplices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_writer = std::make_unique<WorkspaceStore>();
    m_reader = std::make_unique<WorkspaceStore>();
    QString error;
    QVERIFY2(m_writer->open(m_dir->path(), &error), qPrintable(error));
    QVERIFY2(m_reader->open(m_dir->path(), &error), qPrintable(error));
}

void TestDraftSplices::cleanup()
{
    m_reader.reset();
    m_writer.reset();
    m_dir.reset();
}

qint64 TestDraftSplices::addSpec(const QByteArray& content)
{
    QString error;
    SpecRecord spec;
    spec.collectionId = m_reader->addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
    spec.title = QStringLiteral("s");
    spec.content = content;
    return m_reader->addSpec(spec, &error);
}

int TestDraftSplices::spliceCount(qint64 specId) const
{
    QSqlQuery query(m_reader->database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM draft_splices WHERE spec_id = ?"));
    query.addBindValue(specId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void TestDraftSplices::spliceBetweenTwoTextsRebuildsTheSecond()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    QByteArray text = "start: 1\r\nname: \"é日🙂\"\n";
    QList<DraftText::Splice> splices;
    const QByteArray first = text;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray next = randomEdit(random, text);
        const DraftText::Splice splice = DraftText::between(text, next);
        QCOMPARE(DraftText::applied(text, {splice}).value(), next);
        // Nothing but the change: the common prefix and suffix are as long as they can be.
        const QByteArray removed = text.mid(splice.start, splice.end - splice.start);
        if (!removed.isEmpty() && !splice.replacement.isEmpty()) {
            QVERIFY(removed.front() != splice.replacement.front());
            QVERIFY(removed.back() != splice.replacement.back());
        }
        splices << splice;
        text = next;
    }
    QCOMPARE(DraftText::applied(first, splices).value(), text);
}

// The same with only a fingerprint of the first text: small blocks, so edits meet every case
// (at a boundary, across several, in the partial blocks at either end, texts shorter than one).
void TestDraftSplices::fingerprintSplicesRebuildTheSecondText()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    QByteArray text = "start: 1\r\nname: \"é日🙂\"\n";
    for (int i = 0; i < 400; ++i) {
        const QByteArray next = randomEdit(random, text);
        const qsizetype blockBytes = std::array {1, 2, 3, 5, 8, 64}[random.bounded(6)];
        const DraftText::Splice splice = DraftText::Fingerprint(text, blockBytes).spliceTo(next);
        QCOMPARE(DraftText::applied(text, {splice}).value(), next);
        // Less than a block more on either side than the change itself. (Where text repeats,
        // it may be placed elsewhere than between() places it, as validly.)
        const DraftText::Splice exact = DraftText::between(text, next);
        QVERIFY(splice.start <= exact.start && exact.start - splice.start < blockBytes);
        QVERIFY(splice.replacement.size() < exact.replacement.size() + 2 * blockBytes);
        QVERIFY(splice.end - splice.start < exact.end - exact.start + 2 * blockBytes);
        text = next;
    }
    // An unchanged text: nothing but the bytes after its last whole block.
    QVERIFY(DraftText::Fingerprint(text).spliceTo(text).replacement.size() < DraftText::Fingerprint::kBlockBytes);
}

// A draft past a megabyte: the writer keeps its fingerprint, not its text, and every save still
// reads back exactly, in small rows.
void TestDraftSplices::bigDraftEditsReadBackExactly()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    QByteArray expected = megabyteOfYaml() + megabyteOfYaml().left(200'000);
    const qint64 id = addSpec(expected);
    QString error;
    int spliced = 0;
    for (int i = 0; i < 40; ++i) {
        const QByteArray next = randomEdit(random, expected);
        const int before = spliceCount(id);
        QCOMPARE(m_writer->saveDraft(id, next, {StoreQuery::hashOf(expected)}, &error),
                 WorkspaceStore::DraftSave::Saved);
        expected = next;
        QCOMPARE(DraftText::read(m_reader->database(), id).value(), expected);
        QCOMPARE(m_reader->contentHash(id), StoreQuery::hashOf(expected));
        spliced += spliceCount(id) == before + 1 ? 1 : 0;
    }
    QCOMPARE(m_writer->spec(id)->content, expected);
    QVERIFY(spliced > 0); // not every save: an edit may change nothing, a paste folds them in
    // One key typed in the middle: one more row, whole blocks around the key.
    QByteArray typed = expected;
    typed.insert(typed.size() / 2, 'x');
    const int before = spliceCount(id);
    QCOMPARE(m_writer->saveDraft(id, typed, {StoreQuery::hashOf(expected)}, &error), WorkspaceStore::DraftSave::Saved);
    QCOMPARE(spliceCount(id), before + 1);
    QCOMPARE(DraftText::read(m_reader->database(), id).value(), typed);
    QSqlQuery query(m_reader->database());
    QVERIFY(query.exec(QStringLiteral("SELECT length(replacement) FROM draft_splices WHERE spec_id = %1 "
                                      "ORDER BY id DESC LIMIT 1")
                           .arg(id)));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toLongLong() <= 2 * DraftText::Fingerprint::kBlockBytes + 1,
             qPrintable(query.value(0).toString()));
}

void TestDraftSplices::randomEditsReadBackExactlyFromEveryConnection()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    QByteArray expected = "openapi: 3.0.0\r\ninfo:\r\n  title: Grüße 🙂\r\n";
    const qint64 id = addSpec(expected);
    // A remote spec, so the sync journal reads it too: in one statement without splices.
    QSqlQuery remote(m_reader->database());
    QVERIFY(remote.exec(QStringLiteral("UPDATE specs SET remote_id = 'r' WHERE id = %1").arg(id)));
    const SyncJournal journal(m_reader.get());
    bool sawSplices = false;
    bool sawCompaction = false;
    int previousCount = 0;
    for (int i = 0; i < 600; ++i) {
        const QByteArray next = randomEdit(random, expected);
        QString error;
        QCOMPARE(m_writer->saveDraft(id, next, {StoreQuery::hashOf(expected)}, &error),
                 WorkspaceStore::DraftSave::Saved);
        expected = next;
        // The writer's own connection, another connection, and the stored hash all agree.
        QCOMPARE(m_writer->spec(id)->content, expected);
        QCOMPARE(m_reader->spec(id)->content, expected);
        QCOMPARE(DraftText::read(m_reader->database(), id).value(), expected);
        QCOMPARE(journal.record(id)->content, expected);
        QCOMPARE(m_reader->contentHash(id), StoreQuery::hashOf(expected));
        const int count = spliceCount(id);
        sawSplices = sawSplices || count > 0;
        sawCompaction = sawCompaction || (count == 0 && previousCount > 0);
        previousCount = count;
    }
    QVERIFY(sawSplices);
    QVERIFY(sawCompaction);
}

void TestDraftSplices::oneCharacterInAMegabyteWritesASmallRow()
{
    const QByteArray loaded = megabyteOfYaml();
    const qint64 id = addSpec(loaded);
    QString error;
    // The writer has read the text once (what it wrote last), as after the first autosave.
    QByteArray typed = loaded;
    typed.insert(loaded.size() / 2, 'x');
    QCOMPARE(m_writer->saveDraft(id, typed, {StoreQuery::hashOf(loaded)}, &error), WorkspaceStore::DraftSave::Saved);

    QByteArray again = typed;
    again.insert(typed.size() / 3, "é");
    const qint64 before = bytesWrittenByThisProcess();
    QCOMPARE(m_writer->saveDraft(id, again, {StoreQuery::hashOf(typed)}, &error), WorkspaceStore::DraftSave::Saved);
    const qint64 written = bytesWrittenByThisProcess() - before;
    if (before >= 0) {
        // A handful of pages in the log (the splice, the row's hash and time, their indexes),
        // where writing the text again took more than a megabyte.
        qInfo("%lld bytes written for a 2-byte edit of a 1 MB draft", written);
        QVERIFY2(written < 64 * 1024, qPrintable(QString::number(written)));
    }

    // The full text was not rewritten; one row per save holds the change.
    QSqlQuery query(m_reader->database());
    query.prepare(QStringLiteral("SELECT content = ? FROM specs WHERE id = ?"));
    query.addBindValue(loaded);
    query.addBindValue(id);
    QVERIFY(query.exec() && query.next());
    QVERIFY(query.value(0).toBool());
    QVERIFY(query.exec(QStringLiteral("SELECT splice_start, splice_end, length(replacement) FROM draft_splices "
                                      "WHERE spec_id = %1 ORDER BY id")
                           .arg(id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), loaded.size() / 2);
    QCOMPARE(query.value(1).toLongLong(), loaded.size() / 2);
    QCOMPARE(query.value(2).toInt(), 1);
    // The second is measured from the fingerprint of the first save: whole blocks around it.
    QVERIFY(query.next());
    QVERIFY(query.value(0).toLongLong() <= typed.size() / 3 && query.value(1).toLongLong() >= typed.size() / 3);
    QVERIFY(query.value(2).toInt() <= 2 * DraftText::Fingerprint::kBlockBytes + 2);
    QVERIFY(!query.next());
    QCOMPARE(m_reader->spec(id)->content, again);
}

void TestDraftSplices::compactionKeepsTheText()
{
    QByteArray expected = megabyteOfYaml().left(20 * 1024);
    const qint64 id = addSpec(expected);
    QString error;
    int largest = 0;
    bool compacted = false;
    for (int i = 0; i < 2000 && !compacted; ++i) {
        QByteArray next = expected;
        next.insert((i * 7919) % next.size(), i % 2 == 0 ? "é" : "\r\n");
        QCOMPARE(m_writer->saveDraft(id, next, {StoreQuery::hashOf(expected)}, &error),
                 WorkspaceStore::DraftSave::Saved);
        expected = next;
        const int count = spliceCount(id);
        compacted = count < largest;
        largest = std::max(largest, count);
        QCOMPARE(m_reader->spec(id)->content, expected);
    }
    QVERIFY(compacted);
    QVERIFY(largest > 1);
    // Folded in: the full-text column holds the text itself.
    QSqlQuery query(m_reader->database());
    QVERIFY(query.exec(QStringLiteral("SELECT content FROM specs WHERE id = %1").arg(id)) && query.next());
    QCOMPARE(query.value(0).toByteArray(), expected);
    query.finish(); // or this connection keeps reading the workspace as it was

    // A paste of more than a quarter of the text is written with the whole text at once.
    const QByteArray pasted = expected + QByteArray(100 * 1024, 'p');
    QCOMPARE(m_writer->saveDraft(id, expected + "1", {StoreQuery::hashOf(expected)}, &error),
             WorkspaceStore::DraftSave::Saved);
    QCOMPARE(spliceCount(id), 1);
    QCOMPARE(m_writer->saveDraft(id, pasted, {StoreQuery::hashOf(expected + "1")}, &error),
             WorkspaceStore::DraftSave::Saved);
    QCOMPARE(spliceCount(id), 0);
    QCOMPARE(m_reader->spec(id)->content, pasted);
}

void TestDraftSplices::anotherWriterDropsTheSplicesAndIsNeverOverwritten()
{
    const QByteArray loaded = "a: 1\r\nb: é\r\n";
    const qint64 id = addSpec(loaded);
    QString error;
    QCOMPARE(m_writer->saveDraft(id, loaded + "c: 3\r\n", {StoreQuery::hashOf(loaded)}, &error),
             WorkspaceStore::DraftSave::Saved);
    QCOMPARE(m_writer->saveDraft(id, loaded + "c: 33\r\n", {StoreQuery::hashOf(loaded + "c: 3\r\n")}, &error),
             WorkspaceStore::DraftSave::Saved);
    QCOMPARE(spliceCount(id), 2);

    // specdesk-cli edit, with the editor's splices pending: the whole text, and no splice left.
    QVERIFY(m_reader->saveSpecContent(id, "from the CLI\n", &error));
    QCOMPARE(spliceCount(id), 0);
    QCOMPARE(m_writer->spec(id)->content, QByteArray("from the CLI\n"));

    // The editor's next save knows only its own texts: refused, nothing written.
    QCOMPARE(m_writer->saveDraft(id, loaded + "c: 333\r\n", {StoreQuery::hashOf(loaded + "c: 33\r\n")}, &error),
             WorkspaceStore::DraftSave::ChangedElsewhere);
    QCOMPARE(m_reader->spec(id)->content, QByteArray("from the CLI\n"));
    QCOMPARE(spliceCount(id), 0);

    // Keep Mine (the CLI's text seen): a splice over the CLI's text, measured from that text.
    QCOMPARE(m_writer->saveDraft(id, "from the CLI\nmine\n", {StoreQuery::hashOf("from the CLI\n")}, &error),
             WorkspaceStore::DraftSave::Saved);
    QCOMPARE(spliceCount(id), 1);
    QCOMPARE(m_reader->spec(id)->content, QByteArray("from the CLI\nmine\n"));

    // Removing the spec removes its splices.
    QVERIFY(m_reader->removeCollection(m_reader->collections().first().id, &error));
    QCOMPARE(spliceCount(id), 0);
}

void TestDraftSplices::spliceThatDoesNotFitIsRefused()
{
    QVERIFY(!DraftText::applied("abc", {{2, 5, "x"}}));
    QVERIFY(!DraftText::applied("abc", {{2, 1, "x"}}));
    QCOMPARE(DraftText::applied("abc", {{0, 3, ""}, {0, 0, "z"}}).value(), QByteArray("z"));
    QCOMPARE(DraftText::applied("", {{0, 0, "a"}, {1, 1, "b"}, {0, 1, ""}}).value(), QByteArray("b"));
}

void TestDraftSplices::syncSnapshotIsTheDraftWithOrWithoutSplices()
{
    const QByteArray loaded = megabyteOfYaml();
    const qint64 id = addSpec(loaded);
    QSqlQuery sql(m_reader->database());
    QVERIFY(sql.exec(QStringLiteral("UPDATE specs SET remote_id = 'r' WHERE id = %1").arg(id)));
    SyncJournal journal(m_reader.get());
    const auto lastSnapshot = [&] {
        QSqlQuery query(m_reader->database());
        query.prepare(QStringLiteral("SELECT content FROM spec_versions WHERE spec_id = ? AND origin = 'sync' "
                                     "ORDER BY number DESC LIMIT 1"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
    };
    // Without splices the row's text is copied by SQL.
    QVERIFY(journal.rebase(id, {}, -1, loaded, std::nullopt, SyncState::Synced, {}, QStringLiteral("sync")));
    QCOMPARE(lastSnapshot(), loaded);
    // With them, the draft is read with its splices.
    QByteArray typed = loaded;
    typed.insert(loaded.size() / 2, 'x');
    QString error;
    QCOMPARE(m_writer->saveDraft(id, typed, {StoreQuery::hashOf(loaded)}, &error), WorkspaceStore::DraftSave::Saved);
    QVERIFY(spliceCount(id) > 0);
    QVERIFY(journal.rebase(id, {}, -1, loaded, std::nullopt, SyncState::Synced, {}, QStringLiteral("sync")));
    QCOMPARE(lastSnapshot(), typed);
}

QTEST_GUILESS_MAIN(TestDraftSplices)
// An editor tells the writer the text it loaded (DraftWriter::rememberStored), so the first
// save of a 10 MB draft splices against it instead of reading the stored text back. The hint
// counts only under the hash the workspace holds.
void TestDraftSplices::aTextKnownToBeStoredIsNotReadBack()
{
    const QByteArray loaded = "a: 1\nb: 2\n";
    const qint64 id = addSpec(loaded);
    QString error;

    // A hint under the stored hash is used as it is: the splice is measured from it, which a
    // hint that lies about its hash shows (a caller never does that: it hashes what it loaded).
    m_writer->rememberStoredDraft(id, StoreQuery::hashOf(loaded), "a: 9\nb: 2\n");
    QCOMPARE(m_writer->saveDraft(id, "a: 9\nb: 2\nc: 3\n", {StoreQuery::hashOf(loaded)}, &error),
             WorkspaceStore::DraftSave::Saved);
    QCOMPARE(spliceCount(id), 1);
    const std::optional<SpecRecord> spliced = m_reader->spec(id);
    QVERIFY(spliced);
    QCOMPARE(spliced->content, QByteArray("a: 1\nb: 2\nc: 3\n"));

    // A hint under a hash the workspace does not hold is never used.
    const QByteArray stored = spliced->content;
    m_writer->rememberStoredDraft(id, StoreQuery::hashOf("other\n"), "other\n");
    QVERIFY(m_reader->saveSpecContent(id, "from the CLI\n", &error));
    m_writer->rememberStoredDraft(id, StoreQuery::hashOf(stored), "not what is stored\n");
    QCOMPARE(m_writer->saveDraft(id, "from the CLI\nmine\n", {StoreQuery::hashOf("from the CLI\n")}, &error),
             WorkspaceStore::DraftSave::Saved);
    const std::optional<SpecRecord> mine = m_reader->spec(id);
    QVERIFY(mine);
    QCOMPARE(mine->content, QByteArray("from the CLI\nmine\n"));
}

#include "TestDraftSplices.moc"
