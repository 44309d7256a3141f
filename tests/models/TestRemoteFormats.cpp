#include "AdobeFormat.h"
#include "DataFramerFormat.h"
#include "RemoteError.h"
#include "RemoteJson.h"
#include "ScaleGpFormat.h"

#include <QFile>
#include <QTest>

/// The providers' pure wire functions, offline: every reply shape, every request body, every
/// error shape of the three APIs, and hostile replies.
class TestRemoteFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataFramerListAcceptsBareArrayAndEnvelope();
    void dataFramerSpecWithVersionsAndStatuses();
    void dataFramerVersionsAreNumberedByCreationInEitherOrder();
    void dataFramerUpdateBodyCarriesTheTextByteForByte();
    void dataFramerUpdateBodyRefusesNonUtf8();
    void scaleGpPageAndArchivedSpec();
    void scaleGpPatchSendsOnlyChangedEditableFields();
    void scaleGpPatchRefusesNullsReadOnlyAndRemovals_data();
    void scaleGpPatchRefusesNullsReadOnlyAndRemovals();
    void scaleGpRestoreBodyIsAlone();
    void adobeListAndSingleReplies();
    void adobePutBodyKeepsFieldsAndDropsServerOwned();
    void adobePutBodyRequiresNameAndProviderId();
    void adobeSeedWithTrailingCommaGivesLocatedError();
    void errorShapes_data();
    void errorShapes();
    void scaleGpValidationErrorsArePerField();
    void retryAfterSecondsAndDate();
    void errorsNameTheRequestAndAWrongBaseUrl();
    void hostileRepliesAreErrorsNotCrashes_data();
    void hostileRepliesAreErrorsNotCrashes();
};

void TestRemoteFormats::dataFramerListAcceptsBareArrayAndEnvelope()
{
    const QByteArray item = R"({"id": "a1", "name": "One", "status": "SUCCEEDED", "content_yaml": "spec: {}\n",
                                "updated_at": "2025-01-15T14:30:00Z"})";
    const Parsed<QList<RemoteSpec>> bare = DataFramerFormat::parseList("[" + item + "]");
    QVERIFY2(bare.ok(), qPrintable(bare.error));
    QCOMPARE(bare.value.size(), 1);
    QCOMPARE(bare.value.first().id, QStringLiteral("a1"));
    QCOMPARE(bare.value.first().content, QByteArray("spec: {}\n"));
    QCOMPARE(bare.value.first().revision, QStringLiteral("2025-01-15T14:30:00Z"));
    const Parsed<QList<RemoteSpec>> envelope = DataFramerFormat::parseList(R"({"results": [)" + item + "]}");
    QVERIFY2(envelope.ok(), qPrintable(envelope.error));
    QCOMPARE(envelope.value.size(), 1);
    QVERIFY(!DataFramerFormat::parseList(R"({"items": []})").ok());
}

// A server listing versions newest first must not make v1 the newest: labels follow created_at.
void TestRemoteFormats::dataFramerVersionsAreNumberedByCreationInEitherOrder()
{
    const QByteArray oldest = R"({"content_yaml": "old\n", "created_at": "2025-01-15T10:30:00Z"})";
    const QByteArray middle = R"({"content_yaml": "mid\n", "created_at": "2025-01-15T12:00:00.250Z"})";
    const QByteArray newest = R"({"content_yaml": "new\n", "created_at": "2025-01-16T08:00:00Z"})";
    const QList<QByteArray> orders {QByteArray(oldest + "," + middle + "," + newest),
                                    QByteArray(newest + "," + middle + "," + oldest),
                                    QByteArray(middle + "," + newest + "," + oldest)};
    for (const QByteArray& versions : orders) {
        const Parsed<RemoteSpec> spec = DataFramerFormat::parseSpec(
            R"({"id": "s", "status": "SUCCEEDED", "content_yaml": "new\n", "versions": [)" + versions + "]}");
        QVERIFY2(spec.ok(), qPrintable(spec.error));
        QCOMPARE(spec.value.versions.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(spec.value.versions.at(i).number, i + 1);
        }
        QCOMPARE(spec.value.versions.at(0).content, QByteArray("old\n"));
        QCOMPARE(spec.value.versions.at(1).content, QByteArray("mid\n"));
        QCOMPARE(spec.value.versions.at(2).content, QByteArray("new\n"));
    }
}

void TestRemoteFormats::dataFramerSpecWithVersionsAndStatuses()
{
    const Parsed<RemoteSpec> spec = DataFramerFormat::parseSpec(
        R"({"id": "s", "name": "S", "status": "SUCCEEDED", "content_yaml": "spec:\n  b: 2\n",
            "versions": [{"content_yaml": "spec:\n  a: 1\n", "created_at": "2025-01-15T10:30:00Z"},
                         {"content_yaml": "spec:\n  b: 2\n", "created_at": "2025-01-15T14:30:00Z"}]})");
    QVERIFY2(spec.ok(), qPrintable(spec.error));
    QVERIFY(spec.value.isEditable());
    QVERIFY(spec.value.hasVersions);
    QCOMPARE(spec.value.versions.size(), 2);
    QCOMPARE(spec.value.versions.at(0).number, 1);
    QCOMPARE(spec.value.versions.at(0).content, QByteArray("spec:\n  a: 1\n"));
    QCOMPARE(spec.value.versions.at(1).createdAt, QDateTime(QDate(2025, 1, 15), QTime(14, 30), Qt::UTC));

    const Parsed<RemoteSpec> processing
        = DataFramerFormat::parseSpec(R"({"id": "p", "status": "PROCESSING", "content_yaml": null, "versions": []})");
    QVERIFY(processing.ok());
    QCOMPARE(processing.value.status, RemoteStatus::Processing);
    QVERIFY(!processing.value.isEditable());
    QVERIFY(processing.value.readOnlyReason().contains(QLatin1String("PROCESSING")));

    const Parsed<RemoteSpec> failed = DataFramerFormat::parseSpec(
        R"({"id": "f", "status": "FAILED", "content_yaml": null, "error": "bad seed file"})");
    QCOMPARE(failed.value.status, RemoteStatus::Failed);
    QVERIFY(failed.value.readOnlyReason().contains(QLatin1String("bad seed file")));
}

void TestRemoteFormats::dataFramerUpdateBodyCarriesTheTextByteForByte()
{
    const QByteArray yaml = "spec:\r\n  # comment \"quoted\" \\ back\r\n  description: 'caf\xc3\xa9 \xe2\x9c\x93'\r\n"
                            "  tab:\there\n\n";
    const Parsed<QByteArray> body = DataFramerFormat::updateBody(yaml);
    QVERIFY2(body.ok(), qPrintable(body.error));
    rapidjson::Document document;
    QString error;
    QVERIFY(RemoteJson::parse(body.value, document, &error));
    QVERIFY(document.IsObject());
    QCOMPARE(document.MemberCount(), 1u);
    const rapidjson::Value& text = document["content_yaml"];
    QCOMPARE(QByteArray(text.GetString(), text.GetStringLength()), yaml);
}

void TestRemoteFormats::dataFramerUpdateBodyRefusesNonUtf8()
{
    const Parsed<QByteArray> body = DataFramerFormat::updateBody("spec:\n  d: \xff\xfe\n");
    QVERIFY(!body.ok());
    QVERIFY(body.error.contains(QLatin1String("UTF-8")));
}

void TestRemoteFormats::scaleGpPageAndArchivedSpec()
{
    const Parsed<RemoteSpecPage> page = ScaleGpFormat::parsePage(
        R"({"items": [{"id": "a", "name": "A", "account_id": "x", "archived_at": null},
                      {"id": "b", "name": "B", "account_id": "x", "archived_at": "2025-03-04T10:12:33Z"}],
            "current_page": 2, "items_per_page": 2, "total_item_count": 5})");
    QVERIFY2(page.ok(), qPrintable(page.error));
    QCOMPARE(page.value.specs.size(), 2);
    QCOMPARE(page.value.currentPage, 2);
    QCOMPARE(page.value.itemsPerPage, 2);
    QCOMPARE(page.value.totalItemCount, 5);
    QCOMPARE(page.value.specs.at(0).status, RemoteStatus::Ready);
    QCOMPARE(page.value.specs.at(1).status, RemoteStatus::Archived);
    // The editor's text keeps the server's member order.
    QVERIFY(page.value.specs.at(0).content.startsWith("{\n  \"id\": \"a\",\n  \"name\": \"A\""));
}

void TestRemoteFormats::scaleGpPatchSendsOnlyChangedEditableFields()
{
    const QByteArray base = R"({"id": "a", "name": "Old", "description": "D", "theme_id": "t1",
                                "run_online_evaluation": false, "account_id": "x", "created_at": "2025"})";
    const QByteArray draft = R"({"id": "a", "run_online_evaluation": true, "name": "New", "description": "D",
                                 "theme_id": "t1", "account_id": "x", "created_at": "2025"})";
    const Parsed<QByteArray> patch = ScaleGpFormat::patchBody(base, draft);
    QVERIFY2(patch.ok(), qPrintable(patch.error));
    QCOMPARE(patch.value, QByteArray(R"({"run_online_evaluation":true,"name":"New"})"));

    const Parsed<QByteArray> same = ScaleGpFormat::patchBody(base, base);
    QVERIFY(same.ok());
    QVERIFY(same.value.isEmpty());
}

void TestRemoteFormats::scaleGpPatchRefusesNullsReadOnlyAndRemovals_data()
{
    QTest::addColumn<QByteArray>("draft");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("null") << QByteArray(R"({"id": "a", "name": "N", "theme_id": null, "account_id": "x"})")
                          << QStringLiteral("'theme_id' cannot be set to null");
    QTest::newRow("read-only") << QByteArray(R"({"id": "a", "name": "N", "theme_id": "t", "account_id": "y"})")
                               << QStringLiteral("'account_id' is set by the server");
    QTest::newRow("removed") << QByteArray(R"({"id": "a", "name": "N", "account_id": "x"})")
                             << QStringLiteral("'theme_id' cannot be removed");
    QTest::newRow("wrong type") << QByteArray(R"({"id": "a", "name": 5, "theme_id": "t", "account_id": "x"})")
                                << QStringLiteral("'name' must be a string");
    QTest::newRow("restore typed in") << QByteArray(R"({"id": "a", "name": "N", "theme_id": "t", "account_id": "x",
                                                        "restore": true})")
                                      << QStringLiteral("Restore action");
    QTest::newRow("not json") << QByteArray("{\"id\": \"a\",\n  \"name\": }") << QStringLiteral("line 2, column");
}

void TestRemoteFormats::scaleGpPatchRefusesNullsReadOnlyAndRemovals()
{
    QFETCH(QByteArray, draft);
    QFETCH(QString, mentions);
    const QByteArray base = R"({"id": "a", "name": "N", "theme_id": "t", "account_id": "x"})";
    const Parsed<QByteArray> patch = ScaleGpFormat::patchBody(base, draft);
    QVERIFY(!patch.ok());
    QVERIFY2(patch.error.contains(mentions), qPrintable(patch.error));
}

void TestRemoteFormats::scaleGpRestoreBodyIsAlone()
{
    QCOMPARE(ScaleGpFormat::restoreBody(), QByteArray(R"({"restore":true})"));
}

void TestRemoteFormats::adobeListAndSingleReplies()
{
    const Parsed<RemoteSpecPage> list = AdobeFormat::parseList(
        R"({"items": [{"id": "f1", "name": "One", "updatedAt": 1633080822911}],
            "_links": {"next": {"href": "/flowSpecs?continuationToken=abc"}}})");
    QVERIFY2(list.ok(), qPrintable(list.error));
    QCOMPARE(list.value.specs.first().revision, QStringLiteral("1633080822911"));
    QCOMPARE(list.value.nextLink, QStringLiteral("/flowSpecs?continuationToken=abc"));
    const Parsed<RemoteSpec> wrapped = AdobeFormat::parseSpec(R"({"items": [{"id": "f1", "name": "One"}]})");
    QVERIFY(wrapped.ok());
    QCOMPARE(wrapped.value.id, QStringLiteral("f1"));
    const Parsed<RemoteSpec> bare = AdobeFormat::parseSpec(R"({"id": "f1", "name": "One", "updatedAt": 5})");
    QVERIFY(bare.ok());
    QCOMPARE(bare.value.revision, QStringLiteral("5"));
    QVERIFY(!AdobeFormat::parseSpec(R"({"items": []})").ok());
}

void TestRemoteFormats::adobePutBodyKeepsFieldsAndDropsServerOwned()
{
    const QByteArray draft = R"({"id": "f1", "createdAt": 1, "updatedAt": 2, "createdBy": "a", "updatedBy": "b",
        "createdClient": "c", "updatedClient": "d", "sandboxId": "s", "sandboxName": "prod", "imsOrgId": "o",
        "name": "RestStorageToAEP", "providerId": "p", "version": "1.0", "unknownFuture": {"x": [1, 2]},
        "transformationSpecs": [{"name": "Mapping", "spec": {"type": "object"}}]})";
    const Parsed<QByteArray> body = AdobeFormat::putBody(draft, QStringLiteral("f1"));
    QVERIFY2(body.ok(), qPrintable(body.error));
    QCOMPARE(
        body.value,
        QByteArray(
            R"({"id":"f1","name":"RestStorageToAEP","providerId":"p","version":"1.0",)"
            R"("unknownFuture":{"x":[1,2]},"transformationSpecs":[{"name":"Mapping","spec":{"type":"object"}}]})"));
}

void TestRemoteFormats::adobePutBodyRequiresNameAndProviderId()
{
    const Parsed<QByteArray> noName = AdobeFormat::putBody(R"({"id": "f1", "providerId": "p"})", QStringLiteral("f1"));
    QVERIFY(!noName.ok());
    QVERIFY(noName.error.contains(QLatin1String("'name'")));
    const Parsed<QByteArray> otherId
        = AdobeFormat::putBody(R"({"id": "f2", "name": "n", "providerId": "p"})", QStringLiteral("f1"));
    QVERIFY(!otherId.ok());
    QVERIFY(otherId.error.contains(QLatin1String("'id'")));
    QVERIFY(!AdobeFormat::putBody("[1]", QStringLiteral("f1")).ok());
}

void TestRemoteFormats::adobeSeedWithTrailingCommaGivesLocatedError()
{
    // The documented GET reply (kept in the tests' data) ends its items with "}," before "]".
    QFile seed(QStringLiteral(TEST_DATA_DIR "/seeds/adobe-flowspecs-response.json"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QByteArray reply = seed.readAll();
    const Parsed<RemoteSpec> parsed = AdobeFormat::parseSpec(reply);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(QLatin1String("line 177, column 3")), qPrintable(parsed.error));
}

void TestRemoteFormats::errorShapes_data()
{
    QTest::addColumn<ApiKind>("api");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("dataframer detail") << ApiKind::DataFramer << 400
                                       << QByteArray(R"({"detail": "Maximum versions reached (30) for this spec."})")
                                       << int(RemoteError::Kind::Rejected) << QStringLiteral("Maximum versions");
    QTest::newRow("dataframer field map")
        << ApiKind::DataFramer << 400 << QByteArray(R"({"content_yaml": ["This field is required."]})")
        << int(RemoteError::Kind::Rejected) << QStringLiteral("content_yaml: This field");
    QTest::newRow("dataframer 401") << ApiKind::DataFramer << 401
                                    << QByteArray(R"({"detail": "Invalid or missing authentication token"})")
                                    << int(RemoteError::Kind::Unauthorized) << QStringLiteral("Invalid or missing");
    QTest::newRow("scalegp 404") << ApiKind::ScaleGp << 404 << QByteArray(R"({"detail": "Application spec not found"})")
                                 << int(RemoteError::Kind::NotFound) << QStringLiteral("Application spec not found");
    QTest::newRow("adobe gateway") << ApiKind::Adobe << 403
                                   << QByteArray(R"({"error_code": "403003", "message": "Api Key is invalid"})")
                                   << int(RemoteError::Kind::Forbidden)
                                   << QStringLiteral("Api Key is invalid (Adobe gateway error 403003)");
    QTest::newRow("adobe flow") << ApiKind::Adobe << 404
                                << QByteArray(R"({"type": "https://ns.adobe.com/aep/errors/FLOW-1439-404",
                                                  "title": "Resource not found", "status": 404,
                                                  "report": {"detailed-message": "No flow spec f9"}})")
                                << int(RemoteError::Kind::NotFound)
                                << QStringLiteral("Resource not found: No flow spec f9 (FLOW-1439-404)");
    QTest::newRow("adobe bad request") << ApiKind::Adobe << 400
                                       << QByteArray(R"({"type": "/placeholder/type/uri", "status": 400,
                                                         "title": "BadRequestError", "detail": "Content-Type missing"})")
                                       << int(RemoteError::Kind::Rejected)
                                       << QStringLiteral("BadRequestError: Content-Type missing");
    QTest::newRow("html from a proxy") << ApiKind::ScaleGp << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                                       << int(RemoteError::Kind::ServerError) << QStringLiteral("(502)");
    QTest::newRow("empty 500") << ApiKind::DataFramer << 500 << QByteArray() << int(RemoteError::Kind::ServerError)
                               << QStringLiteral("internal problem (500)");
}

void TestRemoteFormats::errorShapes()
{
    QFETCH(ApiKind, api);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    const RemoteError error = RemoteErrors::fromReply(api, status, body);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.fullMessage().contains(mentions), qPrintable(error.fullMessage()));
}

void TestRemoteFormats::scaleGpValidationErrorsArePerField()
{
    const RemoteError error = RemoteErrors::fromReply(
        ApiKind::ScaleGp,
        422,
        R"({"detail": [{"type": "extra_forbidden", "loc": ["body", "account_id"], "msg": "Extra inputs are not permitted"},
                       {"type": "string_type", "loc": ["body", "name"], "msg": "Input should be a valid string"}]})");
    QCOMPARE(error.kind, RemoteError::Kind::Rejected);
    QCOMPARE(error.fields.size(), 2);
    QCOMPARE(error.fields.at(0).field, QStringLiteral("account_id"));
    QCOMPARE(error.fields.at(1).message, QStringLiteral("Input should be a valid string"));
    QVERIFY(error.fullMessage().contains(QLatin1String("name: Input should be a valid string")));
}

void TestRemoteFormats::errorsNameTheRequestAndAWrongBaseUrl()
{
    const QUrl adobeBase(QStringLiteral("https://platform.adobe.io"));
    RemoteError adobe = RemoteErrors::fromReply(ApiKind::Adobe, 404, R"({"detail": "Not Found"})");
    RemoteErrors::nameRequest(
        adobe, ApiKind::Adobe, "GET", QUrl(QStringLiteral("https://platform.adobe.io/flowSpecs")), adobeBase);
    QCOMPARE(adobe.message,
             QStringLiteral("Not Found (GET https://platform.adobe.io/flowSpecs answered HTTP 404.) If every request "
                            "fails like this, check the connection's base URL: Adobe Flow Service base URLs end "
                            "with /data/foundation/flowservice, as in "
                            "https://platform.adobe.io/data/foundation/flowservice, and this one is "
                            "https://platform.adobe.io."));

    // The usual path (a trailing slash aside): the request is named, no other URL is suggested.
    RemoteError missing = RemoteErrors::fromReply(ApiKind::Adobe, 404, {});
    const QUrl flowService(QStringLiteral("https://platform.adobe.io/data/foundation/flowservice/"));
    RemoteErrors::nameRequest(
        missing, ApiKind::Adobe, "GET", QUrl(flowService.toString() + QStringLiteral("flowSpecs/x")), flowService);
    QVERIFY(missing.message.endsWith(QStringLiteral("flowSpecs/x answered HTTP 404.)")));
    QVERIFY(!missing.message.contains(QStringLiteral("base URL")));

    // DataFramer's base URL has no path; a 403 never suggests another URL.
    const QUrl dataFramerBase(QStringLiteral("https://df.example.com/api"));
    RemoteError notFound = RemoteErrors::fromReply(ApiKind::DataFramer, 404, {});
    RemoteErrors::nameRequest(notFound, ApiKind::DataFramer, "GET", dataFramerBase, dataFramerBase);
    QVERIFY(notFound.message.contains(QStringLiteral("are usually the server's address with no path")));
    RemoteError forbidden = RemoteErrors::fromReply(ApiKind::DataFramer, 403, {});
    RemoteErrors::nameRequest(forbidden, ApiKind::DataFramer, "PUT", dataFramerBase, dataFramerBase);
    QVERIFY(forbidden.message.endsWith(QStringLiteral("(PUT https://df.example.com/api answered HTTP 403.)")));

    // No reply: the request is named without a status; a cancellation is left alone.
    RemoteError offline;
    offline.kind = RemoteError::Kind::Offline;
    offline.message = QStringLiteral("Could not reach df.example.com: Connection refused");
    RemoteErrors::nameRequest(offline, ApiKind::DataFramer, "GET", dataFramerBase, dataFramerBase);
    QCOMPARE(offline.message,
             QStringLiteral("Could not reach df.example.com: Connection refused (GET https://df.example.com/api)"));
    RemoteError cancelled;
    cancelled.kind = RemoteError::Kind::Cancelled;
    cancelled.message = QStringLiteral("Cancelled.");
    RemoteErrors::nameRequest(cancelled, ApiKind::DataFramer, "GET", dataFramerBase, dataFramerBase);
    QCOMPARE(cancelled.message, QStringLiteral("Cancelled."));
}

void TestRemoteFormats::retryAfterSecondsAndDate()
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
    QCOMPARE(RemoteErrors::parseRetryAfter("7", now), 7);
    QCOMPARE(RemoteErrors::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60);
    QCOMPARE(RemoteErrors::parseRetryAfter("", now), -1);
    QCOMPARE(RemoteErrors::parseRetryAfter("soon", now), -1);
    // Found by FuzzProviderReplies: a number too big to turn into milliseconds is capped at a day.
    QCOMPARE(RemoteErrors::parseRetryAfterMs("66666666666666666", now), qint64(24) * 3600 * 1000);
    // A date 1.5 s away is waited out to the millisecond, or as 2 whole seconds, never 1.
    const QDateTime halfPast(QDate(2015, 10, 21), QTime(7, 27, 58, 500), Qt::UTC);
    QCOMPARE(RemoteErrors::parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", halfPast), 1500);
    QCOMPARE(RemoteErrors::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", halfPast), 2);
    QCOMPARE(RemoteErrors::parseRetryAfterMs("3", now), 3000);
    const RemoteError limited = RemoteErrors::fromReply(ApiKind::ScaleGp, 429, {}, "3");
    QCOMPARE(limited.kind, RemoteError::Kind::RateLimited);
    QCOMPARE(limited.retryAfterSeconds, 3);
    QVERIFY(limited.message.contains(QLatin1String("3 second")));
}

void TestRemoteFormats::hostileRepliesAreErrorsNotCrashes_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::newRow("truncated") << QByteArray(R"([{"id": "a", "name": )");
    QTest::newRow("binary") << QByteArray("\x00\xff\x01{", 4);
    QTest::newRow("wrong types") << QByteArray(R"([{"id": 5, "versions": "no"}])");
    QTest::newRow("empty") << QByteArray();
}

void TestRemoteFormats::hostileRepliesAreErrorsNotCrashes()
{
    QFETCH(QByteArray, reply);
    QVERIFY(!DataFramerFormat::parseList(reply).ok());
    QVERIFY(!DataFramerFormat::parseSpec(reply).ok());
    QVERIFY(!ScaleGpFormat::parsePage(reply).ok());
    QVERIFY(!AdobeFormat::parseList(reply).ok());
    QVERIFY(!AdobeFormat::parseSpec(reply).ok());
    QVERIFY(!RemoteErrors::fromReply(ApiKind::Adobe, 500, reply).message.isEmpty());
}

QTEST_GUILESS_MAIN(TestRemoteFormats)
#include "TestRemoteFormats.moc"
