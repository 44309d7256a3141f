#include "SandboxServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

const QString kCustomerSupport = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
const QString kBillingChats = QStringLiteral("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e");
const QString kProcessing = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
const QString kFailed = QStringLiteral("9b2f3c1e-8d4a-4f5b-a6c7-d8e9f0a1b2c3");
const QString kVersionsFull = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
const QString kClaimsTriage = QStringLiteral("6f1c0a52-3b0e-4a63-9d0f-1b2a7e9c4d11");
const QString kArchivedSpec = QStringLiteral("e5a7c9d1-8f2b-4a6c-9d3e-7b1f0c2e4a81");
const QString kRestStorage = QStringLiteral("6499120c-0b15-42dc-936e-847ea3c24d72");
const QString kStreaming = QStringLiteral("e77fde5a-22a8-11ed-861d-0242ac120002");
const QString kCloudStorage = QStringLiteral("9753525b-82c7-4dce-8a9b-5ccfce2b9876");
const QString kFlowSpecs = QStringLiteral("/data/foundation/flowservice/flowSpecs");

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// What came back for one request, read once the reply finished.
struct Response
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    qint64 contentLength = -1;
    QByteArray retryAfter;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

/// Canonical text for comparing JSON: QJsonObject sorts keys, so equal structures print alike.
QByteArray canonical(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray canonical(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray seedYaml(const char* name)
{
    QFile file(QStringLiteral(":/sandbox/dataframer/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QDateTime isoTime(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopbackOnly();
    void repliesCarryContentLengthAndKeepAlive();
    void headHasNoBodyAndCloseIsHonoured();

    void dataFramerListsABareArray();
    void dataFramerGetsSpecWithVersionsOnRequest();
    void dataFramerProcessingAndFailedSpecsHaveNoContent();
    void dataFramerRefusesPutUnlessSucceeded();
    void dataFramerAuthFailures();
    void dataFramerRoutesNeedTheTrailingSlash();
    void dataFramerPutAppendsAVersionByteForByte();
    void dataFramerPutUpdatedAtStrictlyIncreases();
    void dataFramerPutValidation();
    void dataFramerInvalidYamlIsLocated();
    void dataFramerCapsVersionsAtThirty();
    void dataFramerColleagueEditAddsAVersion();

    void scaleGpPaginates();
    void scaleGpListsArchivedOnlyWhenAsked();
    void scaleGpQueryValidation();
    void scaleGpAuthFailures();
    void scaleGpGetAndNotFound();
    void scaleGpPatchUpdatesFields();
    void scaleGpPatchValidation_data();
    void scaleGpPatchValidation();
    void scaleGpDeleteArchivesAndPatchRestores();
    void scaleGpColleaguePatch();

    void adobeGatewayHeaderChecks_data();
    void adobeGatewayHeaderChecks();
    void adobeListsAndFilters();
    void adobeGetWrapsInItemsAndNotFoundShape();
    void adobePutKeepsServerFieldsAndBumpsUpdatedAt();
    void adobePutValidation();
    void adobeColleaguePutBumpsUpdatedAt();

    void faultDelayAnswersLaterWithoutBlocking();
    void faultServerErrorChangesNothing();
    void faultRateLimitSendsRetryAfter();
    void faultDropBeforeStoreLeavesStateAlone();
    void faultDropAfterStoreKeepsTheChange();
    void faultDropAfterStoreOnceIsResentByTheClient();
    void faultExpireTokenAnswersEachApisUnauthorized();
    void faultRejectQuotesTheMessageInEachApisShape();
    void faultsMatchMethodAndPathAndGetSpent();

    void controlEndpointsDriveTheServer();
    void resetRestoresSeeds();
    void statsCountRequestsFaultsAndDelayedReplies();
    void trickleAndRetryAfterDateFromTheControlEndpoint();

private:
    Response
    request(const QByteArray& method, const QString& pathAndQuery, const Headers& headers, const QByteArray& body = {});
    Response dataFramer(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {});
    Response scaleGp(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {});
    Response adobe(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {});
    Headers dataFramerHeaders() const;
    Headers scaleGpHeaders() const;
    Headers adobeHeaders() const;
    QNetworkReply*
    start(const QByteArray& method, const QString& pathAndQuery, const Headers& headers, const QByteArray& body = {});
    static Response read(QNetworkReply* reply);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
    QVERIFY(m_server->port() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TestSandboxServer::cleanup()
{
    m_network.reset();
    m_server.reset();
}

QNetworkReply* TestSandboxServer::start(const QByteArray& method,
                                        const QString& pathAndQuery,
                                        const Headers& headers,
                                        const QByteArray& body)
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + pathAndQuery));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return m_network->sendCustomRequest(request, method, body);
}

Response TestSandboxServer::read(QNetworkReply* reply)
{
    Response response;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    response.finished = reply->isFinished() || finished.wait(20000);
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.body = reply->readAll();
    response.contentType = reply->rawHeader("Content-Type");
    response.contentLength
        = reply->hasRawHeader("Content-Length") ? reply->rawHeader("Content-Length").toLongLong() : -1;
    response.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return response;
}

Response TestSandboxServer::request(const QByteArray& method,
                                    const QString& pathAndQuery,
                                    const Headers& headers,
                                    const QByteArray& body)
{
    return read(start(method, pathAndQuery, headers, body));
}

Headers TestSandboxServer::dataFramerHeaders() const
{
    return {{"Authorization", "Bearer " + m_server->credentials().dataFramerToken.toUtf8()},
            {"Content-Type", "application/json"}};
}

Headers TestSandboxServer::scaleGpHeaders() const
{
    return {{"x-api-key", m_server->credentials().scaleGpApiKey.toUtf8()},
            {"x-selected-account-id", m_server->credentials().scaleGpAccountId.toUtf8()},
            {"Content-Type", "application/json"}};
}

Headers TestSandboxServer::adobeHeaders() const
{
    const SandboxCredentials& credentials = m_server->credentials();
    return {{"Authorization", "Bearer " + credentials.adobeAccessToken.toUtf8()},
            {"x-api-key", credentials.adobeApiKey.toUtf8()},
            {"x-gw-ims-org-id", credentials.adobeOrgId.toUtf8()},
            {"x-sandbox-name", credentials.adobeSandboxName.toUtf8()},
            {"Content-Type", "application/json"}};
}

Response TestSandboxServer::dataFramer(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body)
{
    return request(method, QStringLiteral("/api/dataframer") + pathAndQuery, dataFramerHeaders(), body);
}

Response TestSandboxServer::scaleGp(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body)
{
    return request(method, QStringLiteral("/v4/application-specs") + pathAndQuery, scaleGpHeaders(), body);
}

Response TestSandboxServer::adobe(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body)
{
    return request(method, kFlowSpecs + pathAndQuery, adobeHeaders(), body);
}

void TestSandboxServer::listensOnLoopbackOnly()
{
    QCOMPARE(m_server->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    const QList<QTcpServer*> servers = m_server->servers();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.constFirst()->serverAddress(), QHostAddress(QHostAddress::LocalHost));
}

void TestSandboxServer::repliesCarryContentLengthAndKeepAlive()
{
    // Two requests on one raw connection: the first answer must be delimited exactly by its
    // Content-Length for the second to be read at all.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray received;
    const auto answers = [&socket, &received] {
        received += socket.readAll();
        return received.count("HTTP/1.1 401 Unauthorized\r\n");
    };
    for (int round = 1; round <= 2; ++round) {
        socket.write("GET /api/dataframer/specs/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(answers(), round, 10000);
    }
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    const QByteArray head = received.left(headerEnd);
    QVERIFY(head.contains("\r\nContent-Type: application/json\r\n"));
    QVERIFY(head.contains("\r\nConnection: keep-alive\r\n"));
    static const QRegularExpression lengthHeader(QStringLiteral("\r\nContent-Length: (\\d+)"));
    const QRegularExpressionMatch length = lengthHeader.match(QString::fromLatin1(head));
    QVERIFY(length.hasMatch());
    const QByteArray body = received.mid(headerEnd + 4, length.captured(1).toInt());
    QCOMPARE(canonical(QJsonDocument::fromJson(body).object()),
             canonical(parse(R"({"detail": "Invalid or missing authentication token"})")));
    QVERIFY(received.mid(headerEnd + 4 + body.size()).startsWith("HTTP/1.1 401 Unauthorized\r\n"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestSandboxServer::headHasNoBodyAndCloseIsHonoured()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray received;
    const auto readAll = [&socket, &received] {
        received += socket.readAll();
        return received;
    };
    // HEAD (a method the API refuses) answers headers only; the next answer follows at once.
    socket.write("HEAD /api/dataframer/specs/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                 "GET /api/dataframer/specs/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(readAll().count("HTTP/1.1 ") == 2 && readAll().endsWith("}"), 10000);
    const qsizetype firstEnd = received.indexOf("\r\n\r\n") + 4;
    QVERIFY(received.mid(firstEnd).startsWith("HTTP/1.1 401 Unauthorized\r\n"));
    QVERIFY(received.mid(firstEnd).contains("\r\nConnection: close\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
}

void TestSandboxServer::dataFramerListsABareArray()
{
    const Response response = dataFramer("GET", QStringLiteral("/specs/"));
    QVERIFY(response.finished);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    QCOMPARE(response.contentLength, qint64(response.body.size()));
    QVERIFY(QJsonDocument::fromJson(response.body).isArray());
    const QJsonArray specs = response.array();
    QCOMPARE(specs.size(), 5);
    QStringList ids;
    for (const QJsonValue& value : specs) {
        const QJsonObject spec = value.toObject();
        ids.append(spec.value(QLatin1String("id")).toString());
        QVERIFY(!spec.contains(QLatin1String("versions")));
        for (const char* key : {"name",
                                "description",
                                "status",
                                "created_at",
                                "updated_at",
                                "dataset_id",
                                "dataset_name",
                                "dataset_type",
                                "created_by_email",
                                "runtime_params",
                                "content_yaml",
                                "error"})
            QVERIFY2(spec.contains(QLatin1String(key)), key);
    }
    QCOMPARE(ids, (QStringList {kCustomerSupport, kBillingChats, kProcessing, kFailed, kVersionsFull}));
}

void TestSandboxServer::dataFramerGetsSpecWithVersionsOnRequest()
{
    const Response plain = dataFramer("GET", QStringLiteral("/specs/%1/").arg(kCustomerSupport));
    QCOMPARE(plain.status, 200);
    const QJsonObject spec = plain.object();
    QVERIFY(!spec.contains(QLatin1String("versions")));
    QCOMPARE(spec.value(QLatin1String("name")).toString(), QStringLiteral("Customer Support Conversations Spec"));
    QCOMPARE(spec.value(QLatin1String("status")).toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(spec.value(QLatin1String("created_at")).toString(), QStringLiteral("2025-01-15T10:30:00Z"));
    QCOMPARE(spec.value(QLatin1String("updated_at")).toString(), QStringLiteral("2025-01-15T14:30:00Z"));
    QVERIFY(spec.value(QLatin1String("error")).isNull());
    QCOMPARE(spec.value(QLatin1String("content_yaml")).toString().toUtf8(), seedYaml("customer-support-v2.yaml"));

    const Response full = dataFramer("GET", QStringLiteral("/specs/%1/?include_versions=true").arg(kCustomerSupport));
    QCOMPARE(full.status, 200);
    const QJsonArray versions = full.object().value(QLatin1String("versions")).toArray();
    QCOMPARE(versions.size(), 2);
    const QByteArray v1 = versions.at(0).toObject().value(QLatin1String("content_yaml")).toString().toUtf8();
    QVERIFY(v1.startsWith("spec:\n  description: \"Customer support conversations with varying sentiment"));
    QVERIFY(v1.endsWith("        low: 30\n"));
    QCOMPARE(versions.at(1).toObject().value(QLatin1String("content_yaml")).toString().toUtf8(),
             seedYaml("customer-support-v2.yaml"));
    QVERIFY(isoTime(versions.at(0).toObject().value(QLatin1String("created_at")))
            < isoTime(versions.at(1).toObject().value(QLatin1String("created_at"))));

    // The billing seed keeps the §1 example's comments.
    const Response billing = dataFramer("GET", QStringLiteral("/specs/%1/").arg(kBillingChats));
    const QString yaml = billing.object().value(QLatin1String("content_yaml")).toString();
    QVERIFY(yaml.contains(QLatin1String("  # selected_sql_schema_column / selected_sql_query_columns")));
    QVERIFY(yaml.contains(QLatin1String("metadata:            # read-only")));
    QVERIFY(!yaml.contains(QLatin1String("...")));
    QVERIFY(billing.object().value(QLatin1String("dataset_id")).isNull());
}

void TestSandboxServer::dataFramerProcessingAndFailedSpecsHaveNoContent()
{
    const QJsonObject processing
        = dataFramer("GET", QStringLiteral("/specs/%1/?include_versions=true").arg(kProcessing)).object();
    QCOMPARE(processing.value(QLatin1String("status")).toString(), QStringLiteral("PROCESSING"));
    QVERIFY(processing.value(QLatin1String("content_yaml")).isNull());
    QVERIFY(processing.value(QLatin1String("error")).isNull());
    QCOMPARE(processing.value(QLatin1String("versions")).toArray().size(), 0);

    const QJsonObject failed
        = dataFramer("GET", QStringLiteral("/specs/%1/?include_versions=true").arg(kFailed)).object();
    QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));
    QVERIFY(failed.value(QLatin1String("content_yaml")).isNull());
    QCOMPARE(failed.value(QLatin1String("error")).toString(),
             QStringLiteral("The seed dataset could not be parsed: file 'tickets.csv' is not valid UTF-8."));
    QCOMPARE(failed.value(QLatin1String("versions")).toArray().size(), 0);

    // When processing finishes the spec has its first version.
    QVERIFY(m_server->setDataFramerStatus(kProcessing, QStringLiteral("SUCCEEDED")));
    const QJsonObject done
        = dataFramer("GET", QStringLiteral("/specs/%1/?include_versions=true").arg(kProcessing)).object();
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("SUCCEEDED"));
    QVERIFY(done.value(QLatin1String("content_yaml")).toString().startsWith(QLatin1String("spec:")));
    QCOMPARE(done.value(QLatin1String("versions")).toArray().size(), 1);
    QCOMPARE(m_server->dataFramerVersionCount(kProcessing), 1);
    QVERIFY(!m_server->setDataFramerStatus(kProcessing, QStringLiteral("READY")));
}

void TestSandboxServer::dataFramerRefusesPutUnlessSucceeded()
{
    const QByteArray body = R"({"content_yaml": "spec:\n  description: x\n"})";
    const Response processing = dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kProcessing), body);
    QCOMPARE(processing.status, 400);
    QCOMPARE(canonical(processing.object()),
             canonical(parse(R"({"detail": "Spec is not in SUCCEEDED status (current status: PROCESSING)."})")));
    const Response failed = dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kFailed), body);
    QCOMPARE(failed.status, 400);
    QCOMPARE(canonical(failed.object()),
             canonical(parse(R"({"detail": "Spec is not in SUCCEEDED status (current status: FAILED)."})")));
    QCOMPARE(m_server->dataFramerVersionCount(kProcessing), 0);
    QCOMPARE(m_server->dataFramerVersionCount(kFailed), 0);
}

void TestSandboxServer::dataFramerAuthFailures()
{
    const QByteArray expected = canonical(parse(R"({"detail": "Invalid or missing authentication token"})"));
    const Response missing = request("GET", QStringLiteral("/api/dataframer/specs/"), {});
    QCOMPARE(missing.status, 401);
    QCOMPARE(canonical(missing.object()), expected);
    const Response wrong
        = request("GET", QStringLiteral("/api/dataframer/specs/"), {{"Authorization", "Bearer sk_live_not_this_one"}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(canonical(wrong.object()), expected);
    // The right token under another scheme is still no token.
    const Response scheme = request("GET",
                                    QStringLiteral("/api/dataframer/specs/"),
                                    {{"Authorization", "Token " + m_server->credentials().dataFramerToken.toUtf8()}});
    QCOMPARE(scheme.status, 401);
    const Response put = request("PUT",
                                 QStringLiteral("/api/dataframer/specs/%1/").arg(kBillingChats),
                                 {{"Content-Type", "application/json"}},
                                 R"({"content_yaml": "spec: {}\n"})");
    QCOMPARE(put.status, 401);
    QCOMPARE(m_server->dataFramerVersionCount(kBillingChats), 1);
}

void TestSandboxServer::dataFramerRoutesNeedTheTrailingSlash()
{
    const QByteArray notFound = canonical(parse(R"({"detail": "Not found."})"));
    for (const QString& path : {QStringLiteral("/specs"),
                                QStringLiteral("/specs/%1").arg(kCustomerSupport),
                                QStringLiteral("/specs/00000000-0000-0000-0000-000000000000/"),
                                QStringLiteral("/no-such-thing/")}) {
        const Response response = dataFramer("GET", path);
        QCOMPARE(response.status, 404);
        QCOMPARE(canonical(response.object()), notFound);
    }
    const Response patch = dataFramer("PATCH", QStringLiteral("/specs/%1/").arg(kCustomerSupport), "{}");
    QCOMPARE(patch.status, 405);
    const QJsonObject notAllowed {{QStringLiteral("detail"), QStringLiteral("Method \"PATCH\" not allowed.")}};
    QCOMPARE(canonical(patch.object()), canonical(notAllowed));
    QCOMPARE(dataFramer("DELETE", QStringLiteral("/specs/%1/").arg(kCustomerSupport)).status, 405);
    QCOMPARE(dataFramer("POST", QStringLiteral("/specs/"), "{}").status, 405);
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 2);
}

void TestSandboxServer::dataFramerPutAppendsAVersionByteForByte()
{
    // CRLF, comments, tabs in a block scalar, non-ASCII and no final newline: all must survive.
    const QByteArray yaml = "# edited in SpecDesk\r\nspec:\r\n  description: \"Caf\xC3\xA9 chats \xF0\x9F\x98\x80\"  # "
                            "trailing comment\r\n  requirements: |\r\n    keep\ttabs\r\n\r\n"
                            "  data_property_variations: []\r\nmetadata:\r\n  ignored: true";
    const QJsonObject body {{QStringLiteral("content_yaml"), QString::fromUtf8(yaml)}};
    const QString before = dataFramer("GET", QStringLiteral("/specs/%1/").arg(kBillingChats))
                               .object()
                               .value(QLatin1String("updated_at"))
                               .toString();

    const Response put
        = dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kBillingChats), QJsonDocument(body).toJson());
    QCOMPARE(put.status, 200);
    const QJsonObject spec = put.object();
    QVERIFY(!spec.contains(QLatin1String("versions")));
    QCOMPARE(spec.value(QLatin1String("id")).toString(), kBillingChats);
    QCOMPARE(spec.value(QLatin1String("content_yaml")).toString().toUtf8(), yaml);
    QVERIFY(isoTime(spec.value(QLatin1String("updated_at"))) > isoTime(QJsonValue(before)));
    QVERIFY(spec.value(QLatin1String("updated_at")).toString().endsWith(QLatin1Char('Z')));

    QCOMPARE(m_server->dataFramerVersionCount(kBillingChats), 2);
    QCOMPARE(m_server->dataFramerLatestContent(kBillingChats), yaml);
    const QJsonArray versions = dataFramer("GET", QStringLiteral("/specs/%1/?include_versions=true").arg(kBillingChats))
                                    .object()
                                    .value(QLatin1String("versions"))
                                    .toArray();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(1).toObject().value(QLatin1String("content_yaml")).toString().toUtf8(), yaml);
    QCOMPARE(versions.at(0).toObject().value(QLatin1String("content_yaml")).toString().toUtf8(),
             seedYaml("saas-billing-chats-v1.yaml"));

    // The request log holds exactly what was sent.
    const RecordedRequest recorded = m_server->requests().at(1);
    QCOMPARE(recorded.method, QByteArray("PUT"));
    QCOMPARE(recorded.path, QStringLiteral("/api/dataframer/specs/%1/").arg(kBillingChats));
    QCOMPARE(recorded.header("content-type"), QByteArray("application/json"));
    QCOMPARE(recorded.header("AUTHORIZATION"), "Bearer " + m_server->credentials().dataFramerToken.toUtf8());
    QCOMPARE(QJsonDocument::fromJson(recorded.body).object(), body);
}

void TestSandboxServer::dataFramerPutUpdatedAtStrictlyIncreases()
{
    QDateTime previous;
    for (int i = 0; i < 5; ++i) {
        const QByteArray body = R"({"content_yaml": "spec:\n  description: same\n"})";
        const Response put = dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kCustomerSupport), body);
        QCOMPARE(put.status, 200);
        const QDateTime updated = isoTime(put.object().value(QLatin1String("updated_at")));
        QVERIFY(updated.isValid());
        QVERIFY(!previous.isValid() || updated > previous);
        previous = updated;
    }
    // Edits made in the same millisecond still move updated_at.
    QVERIFY(m_server->putDataFramerContentAsColleague(kCustomerSupport, "spec: {a: 1}\n"));
    QVERIFY(m_server->putDataFramerContentAsColleague(kCustomerSupport, "spec: {a: 2}\n"));
    const QJsonObject spec = dataFramer("GET", QStringLiteral("/specs/%1/").arg(kCustomerSupport)).object();
    QVERIFY(isoTime(spec.value(QLatin1String("updated_at"))) >= previous.addMSecs(2));
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 9);
}

void TestSandboxServer::dataFramerPutValidation()
{
    const QString path = QStringLiteral("/specs/%1/").arg(kBillingChats);
    const QByteArray required = canonical(parse(R"({"content_yaml": ["This field is required."]})"));
    Response response = dataFramer("PUT", path, R"({"yaml": "spec: {}"})");
    QCOMPARE(response.status, 400);
    QCOMPARE(canonical(response.object()), required);

    response = dataFramer("PUT", path, R"({"content_yaml": null})");
    QCOMPARE(response.status, 400);
    QCOMPARE(canonical(response.object()), canonical(parse(R"({"content_yaml": ["This field may not be null."]})")));

    response = dataFramer("PUT", path, R"({"content_yaml": 12})");
    QCOMPARE(response.status, 400);
    QVERIFY(response.object().value(QLatin1String("content_yaml")).isArray());

    response = dataFramer("PUT", path, R"({"content_yaml": "foo: 1\n"})");
    QCOMPARE(response.status, 400);
    QCOMPARE(canonical(response.object()),
             canonical(parse(R"({"content_yaml": ["The YAML must have a 'spec' root key."]})")));

    response = dataFramer("PUT", path, R"({"content_yaml": "- spec\n"})");
    QCOMPARE(response.status, 400);
    QCOMPARE(canonical(response.object()),
             canonical(parse(R"({"content_yaml": ["The YAML must have a 'spec' root key."]})")));

    response = dataFramer("PUT", path, "not json");
    QCOMPARE(response.status, 400);
    QVERIFY(response.object().value(QLatin1String("detail")).toString().startsWith(QLatin1String("JSON parse error")));

    response = request("PUT",
                       QStringLiteral("/api/dataframer") + path,
                       {{"Authorization", dataFramerHeaders().constFirst().second}, {"Content-Type", "text/plain"}},
                       R"({"content_yaml": "spec: {}\n"})");
    QCOMPARE(response.status, 415);
    QVERIFY(response.object().value(QLatin1String("detail")).toString().contains(QLatin1String("text/plain")));

    QCOMPARE(m_server->dataFramerVersionCount(kBillingChats), 1);
}

void TestSandboxServer::dataFramerInvalidYamlIsLocated()
{
    const QString path = QStringLiteral("/specs/%1/").arg(kBillingChats);
    // An unclosed flow sequence on line 3.
    const QJsonObject body {{QStringLiteral("content_yaml"),
                             QStringLiteral("spec:\n  description: ok\n  data_property_variations: [a, b\n  x: 1\n")}};
    const Response response = dataFramer("PUT", path, QJsonDocument(body).toJson());
    QCOMPARE(response.status, 400);
    const QJsonArray messages = response.object().value(QLatin1String("content_yaml")).toArray();
    QCOMPARE(messages.size(), 1);
    const QString message = messages.at(0).toString();
    static const QRegularExpression located(QStringLiteral("^Invalid YAML at line (\\d+), column (\\d+): .+"));
    const QRegularExpressionMatch match = located.match(message);
    QVERIFY2(match.hasMatch(), qPrintable(message));
    QVERIFY(match.captured(1).toInt() >= 3);
    QVERIFY(match.captured(2).toInt() >= 1);

    // A tab-indented mapping, the classic hand-edit mistake, is located on its own line.
    const QJsonObject tabs {{QStringLiteral("content_yaml"), QStringLiteral("spec:\n  a: 1\n b: 2\n")}};
    const QString tabMessage = dataFramer("PUT", path, QJsonDocument(tabs).toJson())
                                   .object()
                                   .value(QLatin1String("content_yaml"))
                                   .toArray()
                                   .at(0)
                                   .toString();
    QVERIFY2(tabMessage.startsWith(QLatin1String("Invalid YAML at line 3, column ")), qPrintable(tabMessage));
    QCOMPARE(m_server->dataFramerVersionCount(kBillingChats), 1);
}

void TestSandboxServer::dataFramerCapsVersionsAtThirty()
{
    const QByteArray maximum = canonical(parse(R"({"detail": "Maximum versions reached (30) for this spec."})"));
    QCOMPARE(m_server->dataFramerVersionCount(kVersionsFull), 30);
    const Response full
        = dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kVersionsFull), R"({"content_yaml": "spec: {}\n"})");
    QCOMPARE(full.status, 400);
    QCOMPARE(canonical(full.object()), maximum);
    QCOMPARE(m_server->dataFramerVersionCount(kVersionsFull), 30);
    const QJsonArray versions = dataFramer("GET", QStringLiteral("/specs/%1/?include_versions=true").arg(kVersionsFull))
                                    .object()
                                    .value(QLatin1String("versions"))
                                    .toArray();
    QCOMPARE(versions.size(), 30);
    QVERIFY(versions.at(29).toObject().value(QLatin1String("content_yaml")).toString().contains(QLatin1String("30")));

    // Fill another spec from 1 to 30 versions; the 30th PUT is the last that succeeds.
    for (int version = 2; version <= 30; ++version) {
        const QJsonObject body {
            {QStringLiteral("content_yaml"), QStringLiteral("spec:\n  description: v%1\n").arg(version)}};
        const Response put
            = dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kBillingChats), QJsonDocument(body).toJson());
        QCOMPARE(put.status, 200);
    }
    QCOMPARE(m_server->dataFramerVersionCount(kBillingChats), 30);
    const Response refused
        = dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kBillingChats), R"({"content_yaml": "spec: {}\n"})");
    QCOMPARE(refused.status, 400);
    QCOMPARE(canonical(refused.object()), maximum);
    QCOMPARE(m_server->dataFramerLatestContent(kBillingChats), QByteArray("spec:\n  description: v30\n"));
    QVERIFY(!m_server->putDataFramerContentAsColleague(kBillingChats, "spec: {}\n"));
}

void TestSandboxServer::dataFramerColleagueEditAddsAVersion()
{
    const QJsonObject before = dataFramer("GET", QStringLiteral("/specs/%1/").arg(kCustomerSupport)).object();
    const QByteArray yaml = "spec:\n  description: \"A colleague's wording\"\n";
    QVERIFY(m_server->putDataFramerContentAsColleague(kCustomerSupport, yaml));
    QVERIFY(!m_server->putDataFramerContentAsColleague(kCustomerSupport, "not: [valid"));
    QVERIFY(!m_server->putDataFramerContentAsColleague(kProcessing, yaml));
    QVERIFY(!m_server->putDataFramerContentAsColleague(QStringLiteral("nope"), yaml));
    const QJsonObject after = dataFramer("GET", QStringLiteral("/specs/%1/").arg(kCustomerSupport)).object();
    QCOMPARE(after.value(QLatin1String("content_yaml")).toString().toUtf8(), yaml);
    QVERIFY(isoTime(after.value(QLatin1String("updated_at"))) > isoTime(before.value(QLatin1String("updated_at"))));
    QCOMPARE(m_server->dataFramerVersionCount(kCustomerSupport), 3);
    // Colleagues are not API requests the client made.
    QCOMPARE(m_server->requests().size(), 2);
}

void TestSandboxServer::scaleGpPaginates()
{
    QStringList seen;
    for (int page = 1; page <= 3; ++page) {
        const Response response = scaleGp("GET", QStringLiteral("?page=%1&limit=2").arg(page));
        QCOMPARE(response.status, 200);
        const QJsonObject object = response.object();
        QCOMPARE(object.value(QLatin1String("current_page")).toInt(), page);
        QCOMPARE(object.value(QLatin1String("items_per_page")).toInt(), 2);
        QCOMPARE(object.value(QLatin1String("total_item_count")).toInt(), 5);
        const QJsonArray items = object.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), page < 3 ? 2 : 1);
        for (const QJsonValue& item : items) {
            QVERIFY(!item.toObject().contains(QLatin1String("updated_at")));
            QCOMPARE(item.toObject().value(QLatin1String("account_id")).toString(), QStringLiteral("acc_sandbox"));
            seen.append(item.toObject().value(QLatin1String("id")).toString());
        }
    }
    QCOMPARE(seen.size(), 5);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 5);
    QVERIFY(!seen.contains(kArchivedSpec));

    const QJsonObject beyond = scaleGp("GET", QStringLiteral("?page=4&limit=2")).object();
    QCOMPARE(beyond.value(QLatin1String("items")).toArray().size(), 0);
    QCOMPARE(beyond.value(QLatin1String("total_item_count")).toInt(), 5);

    const QJsonObject defaults = scaleGp("GET", QString()).object();
    QCOMPARE(defaults.value(QLatin1String("current_page")).toInt(), 1);
    QCOMPARE(defaults.value(QLatin1String("items_per_page")).toInt(), 100);
    QCOMPARE(defaults.value(QLatin1String("items")).toArray().size(), 5);
}

void TestSandboxServer::scaleGpListsArchivedOnlyWhenAsked()
{
    const QJsonObject all = scaleGp("GET", QStringLiteral("?include_archived=true&limit=2&page=3")).object();
    QCOMPARE(all.value(QLatin1String("total_item_count")).toInt(), 6);
    QCOMPARE(all.value(QLatin1String("items")).toArray().size(), 2);
    const QJsonObject archived = all.value(QLatin1String("items")).toArray().at(1).toObject();
    QCOMPARE(archived.value(QLatin1String("id")).toString(), kArchivedSpec);
    QVERIFY(!archived.value(QLatin1String("archived_at")).toString().isEmpty());
    QCOMPARE(scaleGp("GET", QStringLiteral("?include_archived=false"))
                 .object()
                 .value(QLatin1String("total_item_count"))
                 .toInt(),
             5);
    QCOMPARE(scaleGp("GET", QStringLiteral("?account_id=acc_other"))
                 .object()
                 .value(QLatin1String("total_item_count"))
                 .toInt(),
             0);
}

void TestSandboxServer::scaleGpQueryValidation()
{
    Response response = scaleGp("GET", QStringLiteral("?limit=0"));
    QCOMPARE(response.status, 422);
    QJsonObject error = response.object().value(QLatin1String("detail")).toArray().at(0).toObject();
    QCOMPARE(canonical(error.value(QLatin1String("loc")).toArray()), QByteArray(R"(["query","limit"])"));
    QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("greater_than_equal"));
    QCOMPARE(error.value(QLatin1String("msg")).toString(),
             QStringLiteral("Input should be greater than or equal to 1"));

    response = scaleGp("GET", QStringLiteral("?limit=10001"));
    QCOMPARE(response.status, 422);
    error = response.object().value(QLatin1String("detail")).toArray().at(0).toObject();
    QCOMPARE(canonical(error.value(QLatin1String("loc")).toArray()), QByteArray(R"(["query","limit"])"));
    QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("less_than_equal"));

    QCOMPARE(scaleGp("GET", QStringLiteral("?limit=10000")).status, 200);

    response = scaleGp("GET", QStringLiteral("?page=0&limit=abc"));
    QCOMPARE(response.status, 422);
    const QJsonArray errors = response.object().value(QLatin1String("detail")).toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(canonical(errors.at(0).toObject().value(QLatin1String("loc")).toArray()),
             QByteArray(R"(["query","page"])"));
    QCOMPARE(errors.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("int_parsing"));

    response = scaleGp("GET", QStringLiteral("?include_archived=maybe"));
    QCOMPARE(response.status, 422);
}

void TestSandboxServer::scaleGpAuthFailures()
{
    const QByteArray notAuthenticated = canonical(parse(R"({"detail": "Not authenticated"})"));
    Response response = request("GET", QStringLiteral("/v4/application-specs"), {});
    QCOMPARE(response.status, 401);
    QCOMPARE(canonical(response.object()), notAuthenticated);
    response = request("GET", QStringLiteral("/v4/application-specs"), {{"x-api-key", "wrong"}});
    QCOMPARE(response.status, 401);
    QCOMPARE(canonical(response.object()), notAuthenticated);
    // Another scheme's credential is not Scale GP's.
    response = request("GET",
                       QStringLiteral("/v4/application-specs"),
                       {{"Authorization", "Bearer " + m_server->credentials().scaleGpApiKey.toUtf8()}});
    QCOMPARE(response.status, 401);

    response = request(
        "GET",
        QStringLiteral("/v4/application-specs/%1").arg(kClaimsTriage),
        {{"x-api-key", m_server->credentials().scaleGpApiKey.toUtf8()}, {"x-selected-account-id", "acc_someone_else"}});
    QCOMPARE(response.status, 403);
    QVERIFY(response.object().value(QLatin1String("detail")).isString());

    // The account header is optional.
    response = request("GET",
                       QStringLiteral("/v4/application-specs/%1").arg(kClaimsTriage),
                       {{"x-api-key", m_server->credentials().scaleGpApiKey.toUtf8()}});
    QCOMPARE(response.status, 200);
}

void TestSandboxServer::scaleGpGetAndNotFound()
{
    Response response = scaleGp("GET", QLatin1Char('/') + kClaimsTriage);
    QCOMPARE(response.status, 200);
    const QJsonObject expected = parse(R"({
        "id": "6f1c0a52-3b0e-4a63-9d0f-1b2a7e9c4d11", "account_id": "acc_sandbox",
        "name": "Claims triage assistant",
        "description": "RAG assistant answering adjusters' questions over the claims handbook",
        "theme_id": "thm_01hx9k", "run_online_evaluation": true, "created_at": "2025-03-04T10:12:33Z",
        "created_by_user_id": "usr_7a1b", "created_by_identity_type": "user", "archived_at": null})");
    QCOMPARE(canonical(response.object()), canonical(expected));
    QCOMPARE(canonical(m_server->scaleGpSpec(kClaimsTriage)), canonical(response.object()));

    response = scaleGp("GET", QLatin1Char('/') + kArchivedSpec);
    QCOMPARE(response.status, 200);
    QVERIFY(response.object().value(QLatin1String("archived_at")).isString());

    response = scaleGp("GET", QStringLiteral("/nope"));
    QCOMPARE(response.status, 404);
    QCOMPARE(canonical(response.object()), canonical(parse(R"({"detail": "Application spec not found"})")));
    response = request("GET", QStringLiteral("/v4/applications"), scaleGpHeaders());
    QCOMPARE(response.status, 404);
    QCOMPARE(canonical(response.object()), canonical(parse(R"({"detail": "Not Found"})")));
    response = scaleGp("PUT", QLatin1Char('/') + kClaimsTriage, "{}");
    QCOMPARE(response.status, 405);
    QCOMPARE(canonical(response.object()), canonical(parse(R"({"detail": "Method Not Allowed"})")));
}

void TestSandboxServer::scaleGpPatchUpdatesFields()
{
    const Response response = scaleGp("PATCH",
                                      QLatin1Char('/') + kClaimsTriage,
                                      R"({"name": "Claims triage v2", "run_online_evaluation": false,
                                          "theme_id": "thm_99", "restore": false})");
    QCOMPARE(response.status, 200);
    const QJsonObject spec = response.object();
    QCOMPARE(spec.value(QLatin1String("name")).toString(), QStringLiteral("Claims triage v2"));
    QCOMPARE(spec.value(QLatin1String("run_online_evaluation")).toBool(), false);
    QCOMPARE(spec.value(QLatin1String("theme_id")).toString(), QStringLiteral("thm_99"));
    QCOMPARE(spec.value(QLatin1String("description")).toString(),
             QStringLiteral("RAG assistant answering adjusters' questions over the claims handbook"));
    QVERIFY(!spec.contains(QLatin1String("restore")));
    QVERIFY(!spec.contains(QLatin1String("updated_at")));
    QCOMPARE(canonical(m_server->scaleGpSpec(kClaimsTriage)), canonical(spec));

    // An empty partial changes nothing and is fine.
    QCOMPARE(scaleGp("PATCH", QLatin1Char('/') + kClaimsTriage, "{}").status, 200);
}

void TestSandboxServer::scaleGpPatchValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("extra field") << QByteArray(R"({"account_id": "acc_other"})")
                                 << QByteArray(R"({"detail": [{"type": "extra_forbidden", "loc": ["body", "account_id"],
                                      "msg": "Extra inputs are not permitted", "input": "acc_other"}]})");
    QTest::newRow("null name") << QByteArray(R"({"name": null})")
                               << QByteArray(R"({"detail": [{"type": "string_type", "loc": ["body", "name"],
                                    "msg": "Input should be a valid string", "input": null}]})");
    QTest::newRow("number description") << QByteArray(
        R"({"description": 5})") << QByteArray(R"({"detail": [{"type": "string_type", "loc": ["body", "description"],
               "msg": "Input should be a valid string", "input": 5}]})");
    QTest::newRow("string boolean")
        << QByteArray(R"({"run_online_evaluation": "yes"})")
        << QByteArray(R"({"detail": [{"type": "bool_type", "loc": ["body", "run_online_evaluation"],
               "msg": "Input should be a valid boolean", "input": "yes"}]})");
    QTest::newRow("restore with fields") << QByteArray(R"({"restore": true, "name": "x"})")
                                         << QByteArray(
                                                R"({"detail": [{"type": "extra_forbidden", "loc": ["body", "name"],
               "msg": "Extra inputs are not permitted", "input": "x"}]})");
    QTest::newRow("server field") << QByteArray(R"({"created_at": "2020-01-01T00:00:00Z"})")
                                  << QByteArray(
                                         R"({"detail": [{"type": "extra_forbidden", "loc": ["body", "created_at"],
                                       "msg": "Extra inputs are not permitted", "input": "2020-01-01T00:00:00Z"}]})");
}

void TestSandboxServer::scaleGpPatchValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    const QByteArray before = canonical(m_server->scaleGpSpec(kClaimsTriage));
    const Response response = scaleGp("PATCH", QLatin1Char('/') + kClaimsTriage, body);
    QCOMPARE(response.status, 422);
    QCOMPARE(canonical(response.object()), canonical(QJsonDocument::fromJson(expected).object()));
    QCOMPARE(canonical(m_server->scaleGpSpec(kClaimsTriage)), before);

    const Response invalid = scaleGp("PATCH", QLatin1Char('/') + kClaimsTriage, "{\"name\": ");
    QCOMPARE(invalid.status, 422);
    const QJsonObject error = invalid.object().value(QLatin1String("detail")).toArray().at(0).toObject();
    QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("json_invalid"));
    QCOMPARE(error.value(QLatin1String("loc")).toArray().at(0).toString(), QStringLiteral("body"));
}

void TestSandboxServer::scaleGpDeleteArchivesAndPatchRestores()
{
    const Response removed = scaleGp("DELETE", QLatin1Char('/') + kClaimsTriage);
    QCOMPARE(removed.status, 200);
    QCOMPARE(canonical(removed.object()), canonical(parse(R"({"count": 1, "success": true})")));
    QVERIFY(!m_server->scaleGpSpec(kClaimsTriage).value(QLatin1String("archived_at")).toString().isEmpty());
    QCOMPARE(scaleGp("GET", QString()).object().value(QLatin1String("total_item_count")).toInt(), 4);
    QCOMPARE(scaleGp("GET", QLatin1Char('/') + kClaimsTriage).status, 200);

    const Response restored = scaleGp("PATCH", QLatin1Char('/') + kClaimsTriage, R"({"restore": true})");
    QCOMPARE(restored.status, 200);
    const QJsonValue archivedAt = restored.object().value(QLatin1String("archived_at"));
    QVERIFY(archivedAt.isNull() || archivedAt.isUndefined());
    QCOMPARE(scaleGp("GET", QString()).object().value(QLatin1String("total_item_count")).toInt(), 5);

    QVERIFY(scaleGp("PATCH", QLatin1Char('/') + kArchivedSpec, R"({"restore": true})").status == 200);
    QCOMPARE(scaleGp("GET", QString()).object().value(QLatin1String("total_item_count")).toInt(), 6);
}

void TestSandboxServer::scaleGpColleaguePatch()
{
    QVERIFY(m_server->patchScaleGpAsColleague(kClaimsTriage, {{QStringLiteral("description"), QStringLiteral("New")}}));
    QCOMPARE(scaleGp("GET", QLatin1Char('/') + kClaimsTriage).object().value(QLatin1String("description")).toString(),
             QStringLiteral("New"));
    QVERIFY(!m_server->patchScaleGpAsColleague(kClaimsTriage, {{QStringLiteral("account_id"), QStringLiteral("x")}}));
    QVERIFY(!m_server->patchScaleGpAsColleague(QStringLiteral("nope"), {}));
}

void TestSandboxServer::adobeGatewayHeaderChecks_data()
{
    QTest::addColumn<QByteArray>("dropped");
    QTest::addColumn<QByteArray>("wrongValue");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("token missing") << QByteArray("Authorization") << QByteArray() << 401
                                   << QByteArray(R"({"error_code": "403010", "message": "Oauth token is missing."})");
    QTest::newRow("token wrong") << QByteArray("Authorization") << QByteArray("Bearer expired") << 401
                                 << QByteArray(R"({"error_code": "401013", "message": "Oauth token is not valid"})");
    QTest::newRow("api key missing") << QByteArray("x-api-key") << QByteArray() << 403
                                     << QByteArray(R"({"error_code": "403000", "message": "Api Key is required"})");
    QTest::newRow("api key wrong") << QByteArray("x-api-key") << QByteArray("other-client") << 403
                                   << QByteArray(R"({"error_code": "403003", "message": "Api Key is invalid"})");
    QTest::newRow("org missing") << QByteArray("x-gw-ims-org-id") << QByteArray() << 400
                                 << QByteArray(
                                        R"({"error_code": "400003", "message": "Missing header x-gw-ims-org-id"})");
    QTest::newRow("sandbox missing") << QByteArray("x-sandbox-name") << QByteArray() << 400 << QByteArray();
    QTest::newRow("sandbox unknown") << QByteArray("x-sandbox-name") << QByteArray("dev-7") << 400 << QByteArray();
}

void TestSandboxServer::adobeGatewayHeaderChecks()
{
    QFETCH(QByteArray, dropped);
    QFETCH(QByteArray, wrongValue);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    Headers headers;
    for (const auto& header : adobeHeaders()) {
        if (header.first != dropped)
            headers.append(header);
        else if (!wrongValue.isEmpty())
            headers.append({header.first, wrongValue});
    }
    for (const QByteArray& method : {QByteArray("GET"), QByteArray("PUT")}) {
        const Response response = request(method, kFlowSpecs + QLatin1Char('/') + kRestStorage, headers, "{}");
        QCOMPARE(response.status, status);
        if (!expected.isEmpty()) {
            QCOMPARE(canonical(response.object()), canonical(QJsonDocument::fromJson(expected).object()));
        } else {
            // Flow Service's RFC 7807-like body.
            const QJsonObject body = response.object();
            QVERIFY(body.value(QLatin1String("type"))
                        .toString()
                        .startsWith(QLatin1String("https://ns.adobe.com/aep/errors/FLOW-")));
            QCOMPARE(body.value(QLatin1String("status")).toInt(), 400);
            QVERIFY(body.value(QLatin1String("title")).isString());
            QVERIFY(body.value(QLatin1String("report")).toObject().value(QLatin1String("detailed-message")).isString());
        }
    }
    QCOMPARE(m_server->adobeFlowSpec(kRestStorage).value(QLatin1String("updatedAt")).toInteger(),
             Q_INT64_C(1633080822911));
}

void TestSandboxServer::adobeListsAndFilters()
{
    Response response = adobe("GET", QString());
    QCOMPARE(response.status, 200);
    QJsonArray items = response.object().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 3);

    const auto names = [](const QJsonArray& array) {
        QStringList list;
        for (const QJsonValue& item : array)
            list.append(item.toObject().value(QLatin1String("name")).toString());
        return list;
    };
    QCOMPARE(names(items),
             (QStringList {QStringLiteral("RestStorageToAEP"),
                           QStringLiteral("GenericStreamingAEP"),
                           QStringLiteral("CloudStorageToAEP")}));

    items = adobe("GET", QStringLiteral("?property=name==GenericStreamingAEP"))
                .object()
                .value(QLatin1String("items"))
                .toArray();
    QCOMPARE(names(items), QStringList {QStringLiteral("GenericStreamingAEP")});
    const QJsonObject attributes = items.at(0).toObject().value(QLatin1String("attributes")).toObject();
    QCOMPARE(attributes.value(QLatin1String("frequency")).toString(), QStringLiteral("streaming"));

    items = adobe("GET", QStringLiteral("?property=id==%1,%2").arg(kRestStorage, kCloudStorage))
                .object()
                .value(QLatin1String("items"))
                .toArray();
    QCOMPARE(names(items), (QStringList {QStringLiteral("RestStorageToAEP"), QStringLiteral("CloudStorageToAEP")}));

    // Repeated filters AND together; percent-encoded ones decode.
    items = adobe("GET",
                  QStringLiteral("?property=id%3D%3D%1,%2&property=name==CloudStorageToAEP")
                      .arg(kRestStorage, kCloudStorage))
                .object()
                .value(QLatin1String("items"))
                .toArray();
    QCOMPARE(names(items), QStringList {QStringLiteral("CloudStorageToAEP")});
    items = adobe("GET", QStringLiteral("?property=name==RestStorageToAEP&property=name==CloudStorageToAEP"))
                .object()
                .value(QLatin1String("items"))
                .toArray();
    QCOMPARE(items.size(), 0);

    QCOMPARE(
        canonical(adobe("GET", QStringLiteral("?property=providerId==0ed90a81-07f4-4586-8190-b40eccef1c5a&count=true"))
                      .object()),
        QByteArray(R"({"count":2})"));

    // No DELETE and no PATCH on flow specs.
    QCOMPARE(adobe("DELETE", QLatin1Char('/') + kRestStorage).status, 405);
    QCOMPARE(adobe("POST", QString(), "{}").status, 405);
}

void TestSandboxServer::adobeGetWrapsInItemsAndNotFoundShape()
{
    Response response = adobe("GET", QLatin1Char('/') + kRestStorage);
    QCOMPARE(response.status, 200);
    const QJsonArray items = response.object().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject spec = items.at(0).toObject();
    QCOMPARE(spec.value(QLatin1String("id")).toString(), kRestStorage);
    QCOMPARE(spec.value(QLatin1String("providerId")).toString(),
             QStringLiteral("0ed90a81-07f4-4586-8190-b40eccef1c5a"));
    QCOMPARE(spec.value(QLatin1String("updatedAt")).toInteger(), Q_INT64_C(1633080822911));
    QVERIFY(!response.body.contains("{CREATED_BY}"));
    QVERIFY(spec.value(QLatin1String("transformationSpecs")).isArray());
    QCOMPARE(spec.value(QLatin1String("scheduleSpec"))
                 .toObject()
                 .value(QLatin1String("spec"))
                 .toObject()
                 .value(QLatin1String("required")),
             QJsonValue(QJsonArray {QStringLiteral("startTime"), QStringLiteral("frequency")}));
    // Stored in the documented member order.
    QVERIFY(response.body.startsWith(R"({"items":[{"id":"6499120c-0b15-42dc-936e-847ea3c24d72","createdAt":)"));

    response = adobe("GET", QStringLiteral("/00000000-1111-2222-3333-444444444444"));
    QCOMPARE(response.status, 404);
    const QJsonObject error = response.object();
    QCOMPARE(error.value(QLatin1String("type")).toString(),
             QStringLiteral("https://ns.adobe.com/aep/errors/FLOW-1439-404"));
    QCOMPARE(error.value(QLatin1String("title")).toString(), QStringLiteral("Resource not found"));
    QCOMPARE(error.value(QLatin1String("status")).toInt(), 404);
    const QJsonObject report = error.value(QLatin1String("report")).toObject();
    QCOMPARE(report.value(QLatin1String("id")).toString(), QStringLiteral("00000000-1111-2222-3333-444444444444"));
    QCOMPARE(report.value(QLatin1String("type")).toString(), QStringLiteral("flowSpecs"));
    QVERIFY(!report.value(QLatin1String("detailed-message")).toString().isEmpty());
    QVERIFY(!report.value(QLatin1String("request-id")).toString().isEmpty());
}

void TestSandboxServer::adobePutKeepsServerFieldsAndBumpsUpdatedAt()
{
    const QJsonObject original = m_server->adobeFlowSpec(kRestStorage);
    // Member order as a client might write it, with stale and forged server fields.
    const QByteArray body = R"({"id":"6499120c-0b15-42dc-936e-847ea3c24d72","name":"RestStorageToAEP",
        "providerId":"0ed90a81-07f4-4586-8190-b40eccef1c5a","version":"1.1","createdAt":1,"updatedAt":2,
        "createdBy":"forged","imsOrgId":"OTHER@AdobeOrg","sandboxName":"dev",
        "sourceConnectionSpecIds":["2d46966e-4fcc-4015-9f9e-a67594e395a3","f6c0de0c-0a42-4cd9-9139-8768bf2f1b55"],
        "targetConnectionSpecIds":["c604ff05-7f1a-43c0-8e18-33bf874cb11c"],
        "transformationSpec":[{"name":"Mapping","spec":{"type":"object"}}],
        "attributes":{"notification":{"category":"sources","flowRun":{"enabled":false}}},
        "ratio":0.1,"big":12345678901234})";
    const Response response = adobe("PUT", QLatin1Char('/') + kRestStorage, body);
    QCOMPARE(response.status, 200);
    const QJsonObject spec = response.object();
    QVERIFY(!spec.contains(QLatin1String("items")));
    QCOMPARE(spec.value(QLatin1String("id")).toString(), kRestStorage);
    for (const char* kept : {"createdAt", "createdBy", "createdClient", "sandboxId", "sandboxName", "imsOrgId"})
        QCOMPARE(spec.value(QLatin1String(kept)), original.value(QLatin1String(kept)));
    QVERIFY(spec.value(QLatin1String("updatedAt")).toInteger()
            > original.value(QLatin1String("updatedAt")).toInteger());
    QVERIFY(!spec.value(QLatin1String("updatedBy")).toString().isEmpty());
    QCOMPARE(spec.value(QLatin1String("updatedClient")).toString(), m_server->credentials().adobeApiKey);
    QCOMPARE(spec.value(QLatin1String("version")).toString(), QStringLiteral("1.1"));
    QCOMPARE(spec.value(QLatin1String("sourceConnectionSpecIds")).toArray().size(), 2);
    // Full replace: what the client left out is gone, what it named differently is kept as named.
    QVERIFY(!spec.contains(QLatin1String("optionSpec")));
    QVERIFY(!spec.contains(QLatin1String("transformationSpecs")));
    QVERIFY(spec.contains(QLatin1String("transformationSpec")));
    QVERIFY(response.body.contains(R"("ratio":0.1,"big":12345678901234)"));
    // The client's member order is kept after the server's fields.
    QVERIFY(response.body.indexOf("\"name\"") < response.body.indexOf("\"providerId\""));
    QVERIFY(response.body.indexOf("\"sourceConnectionSpecIds\"") < response.body.indexOf("\"attributes\""));

    QCOMPARE(canonical(m_server->adobeFlowSpec(kRestStorage)), canonical(spec));
    const QJsonObject fetched = adobe("GET", QLatin1Char('/') + kRestStorage)
                                    .object()
                                    .value(QLatin1String("items"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QCOMPARE(canonical(fetched), canonical(spec));

    // A second PUT moves updatedAt again.
    const Response again = adobe("PUT", QLatin1Char('/') + kRestStorage, body);
    QVERIFY(again.object().value(QLatin1String("updatedAt")).toInteger()
            > spec.value(QLatin1String("updatedAt")).toInteger());
}

void TestSandboxServer::adobePutValidation()
{
    const QString path = kFlowSpecs + QLatin1Char('/') + kRestStorage;
    const QByteArray valid = R"({"name": "RestStorageToAEP", "providerId": "0ed90a81-07f4-4586-8190-b40eccef1c5a"})";
    Headers noContentType = adobeHeaders();
    noContentType.removeLast();
    Response response = request("PUT", path, noContentType, valid);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.object().value(QLatin1String("title")).toString(), QStringLiteral("BadRequestError"));
    QCOMPARE(response.object().value(QLatin1String("status")).toInt(), 400);
    QVERIFY(response.object().value(QLatin1String("type")).isString());
    QVERIFY(response.object().value(QLatin1String("detail")).isString());

    const auto checkFlow400 = [](const Response& refused, const QString& mentions) {
        QCOMPARE(refused.status, 400);
        const QJsonObject error = refused.object();
        QVERIFY(error.value(QLatin1String("type"))
                    .toString()
                    .startsWith(QLatin1String("https://ns.adobe.com/aep/errors/FLOW-")));
        QCOMPARE(error.value(QLatin1String("status")).toInt(), 400);
        const QString message
            = error.value(QLatin1String("report")).toObject().value(QLatin1String("detailed-message")).toString();
        QVERIFY2(message.contains(mentions), qPrintable(message));
    };
    checkFlow400(adobe("PUT", QLatin1Char('/') + kRestStorage, R"({"providerId": "p"})"), QStringLiteral("'name'"));
    checkFlow400(adobe("PUT", QLatin1Char('/') + kRestStorage, R"({"name": "n", "providerId": 7})"),
                 QStringLiteral("'providerId'"));
    checkFlow400(adobe("PUT", QLatin1Char('/') + kRestStorage, R"({"id": "other", "name": "n", "providerId": "p"})"),
                 QStringLiteral("id"));
    // The seed page's own example: a trailing comma is not JSON.
    checkFlow400(adobe("PUT", QLatin1Char('/') + kRestStorage, R"({"name": "n", "providerId": "p",})"),
                 QStringLiteral("offset"));
    checkFlow400(adobe("PUT", QLatin1Char('/') + kRestStorage, R"(["name"])"), QStringLiteral("object"));
    QCOMPARE(m_server->adobeFlowSpec(kRestStorage).value(QLatin1String("updatedAt")).toInteger(),
             Q_INT64_C(1633080822911));

    QCOMPARE(adobe("PUT", QStringLiteral("/nope"), valid).status, 404);
    QCOMPARE(adobe("PUT", QLatin1Char('/') + kRestStorage, valid).status, 200);
    // Content-Type parameters are fine.
    Headers charset = noContentType;
    charset.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    QCOMPARE(request("PUT", path, charset, valid).status, 200);
}

void TestSandboxServer::adobeColleaguePutBumpsUpdatedAt()
{
    QJsonObject spec = m_server->adobeFlowSpec(kStreaming);
    const qint64 before = spec.value(QLatin1String("updatedAt")).toInteger();
    spec.insert(QStringLiteral("version"), QStringLiteral("2.0"));
    QVERIFY(m_server->putAdobeAsColleague(kStreaming, spec));
    const QJsonObject after = m_server->adobeFlowSpec(kStreaming);
    QCOMPARE(after.value(QLatin1String("version")).toString(), QStringLiteral("2.0"));
    QVERIFY(after.value(QLatin1String("updatedAt")).toInteger() > before);
    QVERIFY(after.value(QLatin1String("updatedBy")).toString() != spec.value(QLatin1String("updatedBy")).toString());
    QVERIFY(!m_server->putAdobeAsColleague(kStreaming, {{QStringLiteral("name"), QStringLiteral("no provider")}}));
}

void TestSandboxServer::faultDelayAnswersLaterWithoutBlocking()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Delay;
    fault.method = "PUT";
    fault.pathContains = kBillingChats;
    fault.delayMs = 3000;
    m_server->addFault(fault);
    QNetworkReply* slow = start("PUT",
                                QStringLiteral("/api/dataframer/specs/%1/").arg(kBillingChats),
                                dataFramerHeaders(),
                                R"({"content_yaml": "spec: {delayed: true}\n"})");
    // The server keeps serving others while the delayed answer waits.
    const Response other = scaleGp("GET", QString());
    QCOMPARE(other.status, 200);
    QVERIFY(!slow->isFinished());
    const Response delayed = read(slow);
    QVERIFY(delayed.finished);
    QCOMPARE(delayed.status, 200);
    QCOMPARE(m_server->dataFramerLatestContent(kBillingChats), QByteArray("spec: {delayed: true}\n"));
}

void TestSandboxServer::faultServerErrorChangesNothing()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServerError;
    fault.status = 500;
    fault.method = "PATCH";
    m_server->addFault(fault);
    const QByteArray body = R"({"name": "Renamed"})";
    Response response = scaleGp("PATCH", QLatin1Char('/') + kClaimsTriage, body);
    QCOMPARE(response.status, 500);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    QVERIFY(response.object().value(QLatin1String("detail")).isString());
    QCOMPARE(m_server->scaleGpSpec(kClaimsTriage).value(QLatin1String("name")).toString(),
             QStringLiteral("Claims triage assistant"));
    // Spent after one hit: the retry goes through.
    response = scaleGp("PATCH", QLatin1Char('/') + kClaimsTriage, body);
    QCOMPARE(response.status, 200);
    QCOMPARE(m_server->scaleGpSpec(kClaimsTriage).value(QLatin1String("name")).toString(), QStringLiteral("Renamed"));

    // Each API words its 5xx in its own shape.
    fault = SandboxFault();
    fault.times = 2;
    m_server->addFault(fault);
    response = dataFramer("GET", QStringLiteral("/specs/"));
    QCOMPARE(response.status, 503);
    QVERIFY(response.object().value(QLatin1String("detail")).isString());
    response = adobe("GET", QString());
    QCOMPARE(response.status, 503);
    QCOMPARE(response.object().value(QLatin1String("status")).toInt(), 503);
    QVERIFY(response.object().value(QLatin1String("report")).isObject());
    QCOMPARE(adobe("GET", QString()).status, 200);
}

void TestSandboxServer::faultRateLimitSendsRetryAfter()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RateLimit;
    fault.retryAfterSeconds = 7;
    fault.times = 3;
    m_server->addFault(fault);
    const Response df = dataFramer("GET", QStringLiteral("/specs/"));
    QCOMPARE(df.status, 429);
    QCOMPARE(df.retryAfter, QByteArray("7"));
    QVERIFY(df.object().value(QLatin1String("detail")).toString().contains(QLatin1String("7 seconds")));
    const Response sgp = scaleGp("GET", QString());
    QCOMPARE(sgp.status, 429);
    QCOMPARE(sgp.retryAfter, QByteArray("7"));
    QVERIFY(sgp.object().value(QLatin1String("detail")).isString());
    const Response aep = adobe("GET", QString());
    QCOMPARE(aep.status, 429);
    QCOMPARE(aep.retryAfter, QByteArray("7"));
    QVERIFY(aep.object().value(QLatin1String("error_code")).isString());
    QCOMPARE(dataFramer("GET", QStringLiteral("/specs/")).status, 200);
}

void TestSandboxServer::faultDropBeforeStoreLeavesStateAlone()
{
    // QNetworkAccessManager silently re-sends a request (once, in Qt 6.4) when the connection
    // closes before any answer; three hits make sure the client really sees the drop.
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::DropBeforeStore;
    fault.method = "PUT";
    fault.times = 3;
    m_server->addFault(fault);
    const Response response = dataFramer(
        "PUT", QStringLiteral("/specs/%1/").arg(kBillingChats), R"({"content_yaml": "spec: {dropped: before}\n"})");
    QVERIFY(response.finished);
    QCOMPARE(response.status, 0);
    QVERIFY(response.error != QNetworkReply::NoError);
    QCOMPARE(m_server->dataFramerVersionCount(kBillingChats), 1);
    QVERIFY(m_server->requests().size() >= 1);
    for (const RecordedRequest& recorded : m_server->requests())
        QCOMPARE(recorded.method, QByteArray("PUT"));
    // The faults are spent; the next PUT is stored.
    m_server->clearFaults();
    QCOMPARE(
        dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kBillingChats), R"({"content_yaml": "spec: {}\n"})").status,
        200);
    QCOMPARE(m_server->dataFramerVersionCount(kBillingChats), 2);
}

void TestSandboxServer::faultDropAfterStoreKeepsTheChange()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::DropAfterStore;
    fault.method = "PUT";
    fault.pathContains = QStringLiteral("/api/dataframer/");
    fault.times = 3;
    m_server->addFault(fault);
    const QByteArray yaml = "spec: {dropped: after}\n";
    const Response response
        = dataFramer("PUT",
                     QStringLiteral("/specs/%1/").arg(kBillingChats),
                     QJsonDocument(QJsonObject {{QStringLiteral("content_yaml"), QString::fromUtf8(yaml)}}).toJson());
    QVERIFY(response.finished);
    QCOMPARE(response.status, 0);
    QVERIFY(response.error != QNetworkReply::NoError);
    // Every attempt that reached the server was stored, though the client heard nothing back.
    const qsizetype attempts = m_server->requests().size();
    QVERIFY(attempts >= 1);
    QCOMPARE(m_server->dataFramerVersionCount(kBillingChats), 1 + int(attempts));
    QCOMPARE(m_server->dataFramerLatestContent(kBillingChats), yaml);

    // Scale GP: the PATCH lands even though its reply is lost.
    m_server->clearFaults();
    fault.method = "PATCH";
    fault.pathContains = kClaimsTriage;
    m_server->addFault(fault);
    const Response patch = scaleGp("PATCH", QLatin1Char('/') + kClaimsTriage, R"({"name": "Landed"})");
    QCOMPARE(patch.status, 0);
    QCOMPARE(m_server->scaleGpSpec(kClaimsTriage).value(QLatin1String("name")).toString(), QStringLiteral("Landed"));
}

void TestSandboxServer::faultDropAfterStoreOnceIsResentByTheClient()
{
    // A single lost reply is what a flaky network does. QNetworkAccessManager then re-sends the
    // PUT on its own, so the server may hold the version twice while the client saw one success:
    // the state always matches what reached the server.
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::DropAfterStore;
    fault.method = "PUT";
    m_server->addFault(fault);
    const Response response = dataFramer(
        "PUT", QStringLiteral("/specs/%1/").arg(kBillingChats), R"({"content_yaml": "spec: {once: true}\n"})");
    QVERIFY(response.finished);
    const qsizetype attempts = m_server->requests().size();
    QCOMPARE(m_server->dataFramerVersionCount(kBillingChats), 1 + int(attempts));
    if (response.status == 200)
        QVERIFY(attempts >= 2);
    else
        QVERIFY(response.error != QNetworkReply::NoError);
}

void TestSandboxServer::faultExpireTokenAnswersEachApisUnauthorized()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ExpireToken;
    fault.times = 3;
    m_server->addFault(fault);
    const Response df = dataFramer("GET", QStringLiteral("/specs/"));
    QCOMPARE(df.status, 401);
    QCOMPARE(canonical(df.object()), canonical(parse(R"({"detail": "Invalid or missing authentication token"})")));
    const Response sgp = scaleGp("PATCH", QLatin1Char('/') + kClaimsTriage, R"({"name": "Not stored"})");
    QCOMPARE(sgp.status, 401);
    QCOMPARE(canonical(sgp.object()), canonical(parse(R"({"detail": "Not authenticated"})")));
    QCOMPARE(m_server->scaleGpSpec(kClaimsTriage).value(QLatin1String("name")).toString(),
             QStringLiteral("Claims triage assistant"));
    const Response aep = adobe("GET", QString());
    QCOMPARE(aep.status, 401);
    QCOMPARE(canonical(aep.object()),
             canonical(parse(R"({"error_code": "401013", "message": "Oauth token is not valid"})")));
    QCOMPARE(dataFramer("GET", QStringLiteral("/specs/")).status, 200);
}

void TestSandboxServer::faultRejectQuotesTheMessageInEachApisShape()
{
    // Markup and quotes reach the client word for word, as a hostile or careless server sends them.
    const QString message = QStringLiteral("<b>bold</b><script>alert('x')</script> & \"quoted\"");
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Reject;
    fault.status = 400;
    fault.message = message;
    fault.times = 3;
    m_server->addFault(fault);
    const QByteArray yaml = "spec:\n  description: not stored\n";
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("content_yaml"), QString::fromUtf8(yaml)}})
                                .toJson(QJsonDocument::Compact);
    const Response df = dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kBillingChats), body);
    QCOMPARE(df.status, 400);
    QCOMPARE(df.contentType, QByteArray("application/json"));
    QCOMPARE(canonical(df.object()), canonical(QJsonObject {{QStringLiteral("detail"), message}}));
    QCOMPARE(m_server->dataFramerVersionCount(kBillingChats), 1); // nothing stored
    QVERIFY(m_server->dataFramerLatestContent(kBillingChats) != yaml);
    const Response sgp = scaleGp("PATCH", QLatin1Char('/') + kClaimsTriage, R"({"name": "Not stored"})");
    QCOMPARE(sgp.status, 400);
    QCOMPARE(canonical(sgp.object()), canonical(QJsonObject {{QStringLiteral("detail"), message}}));
    QCOMPARE(m_server->scaleGpSpec(kClaimsTriage).value(QLatin1String("name")).toString(),
             QStringLiteral("Claims triage assistant"));
    const Response aep = adobe("GET", QString());
    QCOMPARE(aep.status, 400);
    QCOMPARE(aep.object().value(QLatin1String("status")).toInt(), 400);
    QCOMPARE(aep.object().value(QLatin1String("title")).toString(), QStringLiteral("Bad Request"));
    QCOMPARE(aep.object().value(QLatin1String("report")).toObject().value(QLatin1String("detailed-message")).toString(),
             message);
    QCOMPARE(dataFramer("GET", QStringLiteral("/specs/")).status, 200); // spent

    // Over the control endpoint: 400 unless a status is given; no message means the reason phrase.
    const Headers json {{"Content-Type", "application/json"}};
    QJsonObject control {{QStringLiteral("kind"), QStringLiteral("reject")},
                         {QStringLiteral("message"), message},
                         {QStringLiteral("method"), QStringLiteral("GET")}};
    const auto post = [&](const QJsonObject& object) {
        return request("POST",
                       QStringLiteral("/_sandbox/faults"),
                       json,
                       QJsonDocument(object).toJson(QJsonDocument::Compact))
            .status;
    };
    QCOMPARE(post(control), 200);
    Response listed = dataFramer("GET", QStringLiteral("/specs/"));
    QCOMPARE(listed.status, 400);
    QCOMPARE(listed.object().value(QLatin1String("detail")).toString(), message);
    control.insert(QStringLiteral("status"), 422);
    control.remove(QStringLiteral("message"));
    QCOMPARE(post(control), 200);
    listed = scaleGp("GET", QString());
    QCOMPARE(listed.status, 422);
    QCOMPARE(listed.object().value(QLatin1String("detail")).toString(), QStringLiteral("Unprocessable Entity"));
    control.insert(QStringLiteral("message"), 42);
    QCOMPARE(post(control), 400);
}

void TestSandboxServer::faultsMatchMethodAndPathAndGetSpent()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServerError;
    fault.status = 502;
    fault.method = "PUT";
    fault.pathContains = kCustomerSupport;
    fault.times = 2;
    m_server->addFault(fault);
    SandboxFault later;
    later.kind = SandboxFault::Kind::RateLimit;
    later.method = "PUT";
    m_server->addFault(later);

    QCOMPARE(dataFramer("GET", QStringLiteral("/specs/%1/").arg(kCustomerSupport)).status, 200);
    const QByteArray body = R"({"content_yaml": "spec: {}\n"})";
    QCOMPARE(dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kBillingChats), body).status, 429);
    QCOMPARE(dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kCustomerSupport), body).status, 502);
    QCOMPARE(dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kCustomerSupport), body).status, 502);
    QCOMPARE(dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kCustomerSupport), body).status, 200);
    QCOMPARE(dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kBillingChats), body).status, 200);
    QCOMPARE(m_server->requests().size(), 6);
}

void TestSandboxServer::controlEndpointsDriveTheServer()
{
    const auto control = [this](const QByteArray& method, const QString& path, const QByteArray& body = {}) {
        return request(method, QStringLiteral("/_sandbox") + path, {{"Content-Type", "application/json"}}, body);
    };
    Response response = control("POST",
                                QStringLiteral("/faults"),
                                R"([{"kind": "server-error", "status": 504, "method": "get", "pathContains": "/v4/"},
                                    {"kind": "rate-limit", "retryAfterSeconds": 3, "times": 2}])");
    QCOMPARE(response.status, 200);
    QCOMPARE(control("POST", QStringLiteral("/faults"), R"({"kind": "explode"})").status, 400);
    QCOMPARE(control("POST", QStringLiteral("/faults"), R"({"kind": "delay", "delayMs": -1})").status, 400);
    // Control requests are neither faulted nor recorded.
    QCOMPARE(control("GET", QStringLiteral("/requests")).status, 200);

    QCOMPARE(scaleGp("GET", QString()).status, 504);
    const Response limited = dataFramer("GET", QStringLiteral("/specs/"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.retryAfter, QByteArray("3"));
    QCOMPARE(control("DELETE", QStringLiteral("/faults")).status, 200);
    QCOMPARE(dataFramer("GET", QStringLiteral("/specs/")).status, 200);

    const QJsonArray recorded = control("GET", QStringLiteral("/requests")).array();
    QCOMPARE(recorded.size(), 3);
    const QJsonObject first = recorded.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(first.value(QLatin1String("path")).toString(), QStringLiteral("/v4/application-specs"));
    QCOMPARE(first.value(QLatin1String("headers")).toObject().value(QLatin1String("x-api-key")).toString(),
             m_server->credentials().scaleGpApiKey);
    QVERIFY(first.value(QLatin1String("body")).isString());

    QVERIFY(dataFramer("PUT", QStringLiteral("/specs/%1/").arg(kBillingChats), R"({"content_yaml": "spec: {x: 1}\n"})")
                .status
            == 200);
    QCOMPARE(canonical(control("GET", QStringLiteral("/state/dataframer/%1").arg(kBillingChats)).object()),
             canonical(QJsonObject {{QStringLiteral("versionCount"), 2},
                                    {QStringLiteral("latestContent"), QStringLiteral("spec: {x: 1}\n")}}));
    QCOMPARE(control("GET", QStringLiteral("/state/dataframer/nope")).status, 404);
    QCOMPARE(control("GET", QStringLiteral("/state/adobe/%1").arg(kCloudStorage))
                 .object()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("CloudStorageToAEP"));

    QCOMPARE(control("POST", QStringLiteral("/colleague/dataframer/%1").arg(kBillingChats), "spec: {y: 2}\n").status,
             200);
    QCOMPARE(m_server->dataFramerLatestContent(kBillingChats), QByteArray("spec: {y: 2}\n"));
    QCOMPARE(
        control("POST", QStringLiteral("/dataframer/%1/status").arg(kProcessing), R"({"status": "FAILED"})").status,
        200);

    QCOMPARE(control("POST", QStringLiteral("/reset")).status, 200);
    QCOMPARE(m_server->dataFramerVersionCount(kBillingChats), 1);
    QCOMPARE(control("GET", QStringLiteral("/requests")).array().size(), 0);
    QCOMPARE(control("GET", QStringLiteral("/nothing")).status, 404);
}

void TestSandboxServer::resetRestoresSeeds()
{
    QVERIFY(m_server->putDataFramerContentAsColleague(kBillingChats, "spec: {}\n"));
    QVERIFY(m_server->patchScaleGpAsColleague(kClaimsTriage, {{QStringLiteral("name"), QStringLiteral("x")}}));
    QVERIFY(m_server->putAdobeAsColleague(
        kRestStorage,
        {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("providerId"), QStringLiteral("y")}}));
    m_server->addFault(SandboxFault());
    QCOMPARE(dataFramer("GET", QStringLiteral("/specs/")).status, 503);
    m_server->reset();
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_server->dataFramerVersionCount(kBillingChats), 1);
    QCOMPARE(m_server->scaleGpSpec(kClaimsTriage).value(QLatin1String("name")).toString(),
             QStringLiteral("Claims triage assistant"));
    QCOMPARE(m_server->adobeFlowSpec(kRestStorage).value(QLatin1String("name")).toString(),
             QStringLiteral("RestStorageToAEP"));
    QCOMPARE(dataFramer("GET", QStringLiteral("/specs/")).status, 200);
}

void TestSandboxServer::statsCountRequestsFaultsAndDelayedReplies()
{
    const auto stats = [this] { return request("GET", QStringLiteral("/_sandbox/stats"), {}).object(); };
    QCOMPARE(canonical(stats()),
             canonical(QJsonObject {{QStringLiteral("requests"), 0},
                                    {QStringLiteral("faultsServed"), QJsonObject()},
                                    {QStringLiteral("faultsPending"), 0},
                                    {QStringLiteral("repliesPending"), 0}}));
    SandboxFault delay;
    delay.kind = SandboxFault::Kind::Delay;
    delay.delayMs = 2000;
    delay.pathContains = QStringLiteral("/v4/");
    m_server->addFault(delay);
    SandboxFault busy;
    busy.kind = SandboxFault::Kind::ServerError;
    busy.pathContains = QStringLiteral("/api/dataframer/");
    busy.times = 3;
    m_server->addFault(busy);

    QNetworkReply* slow = start("GET", QStringLiteral("/v4/application-specs"), scaleGpHeaders());
    QCOMPARE(dataFramer("GET", QStringLiteral("/specs/")).status, 503);
    // The delayed answer is still owed while the server serves others.
    QTRY_COMPARE(m_server->pendingReplies(), 1);
    QJsonObject now = stats();
    QCOMPARE(now.value(QLatin1String("requests")).toInt(), 2);
    QCOMPARE(now.value(QLatin1String("repliesPending")).toInt(), 1);
    QCOMPARE(now.value(QLatin1String("faultsPending")).toInt(), 1); // the 503 has two more to go
    QCOMPARE(canonical(now.value(QLatin1String("faultsServed")).toObject()),
             canonical(QJsonObject {{QStringLiteral("delay"), 1}, {QStringLiteral("server-error"), 1}}));

    QCOMPARE(read(slow).status, 200);
    QCOMPARE(m_server->pendingReplies(), 0);
    // Totals since the start: a reset restores the seeds, not the counts.
    m_server->reset();
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->faultsServed(SandboxFault::Kind::ServerError), 1);
    now = stats();
    QCOMPARE(now.value(QLatin1String("faultsPending")).toInt(), 0);
    QCOMPARE(now.value(QLatin1String("repliesPending")).toInt(), 0);
    QCOMPARE(request("POST", QStringLiteral("/_sandbox/stats"), {}).status, 405);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
void TestSandboxServer::trickleAndRetryAfterDateFromTheControlEndpoint()
{
    const auto control = [this](const QByteArray& body) {
        return request("POST", QStringLiteral("/_sandbox/faults"), {{"Content-Type", "application/json"}}, body);
    };
    QCOMPARE(control(R"({"kind": "rate-limit", "retryAfterAsDate": "yes"})").status, 400);
    QCOMPARE(control(R"([{"kind": "rate-limit", "retryAfterSeconds": 2, "retryAfterAsDate": true, "times": 1},
                         {"kind": "trickle", "delayMs": 1, "method": "GET"}])")
                 .status,
             200);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Response limited = dataFramer("GET", QStringLiteral("/specs/"));
    QCOMPARE(limited.status, 429);
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(limited.retryAfter),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    QVERIFY2(date.isValid(), limited.retryAfter.constData());
    QDateTime utc = date;
    utc.setTimeSpec(Qt::UTC);
    QVERIFY(utc.toMSecsSinceEpoch() >= before.toMSecsSinceEpoch() + 2000);

    // The trickled reply is the API's own, byte for byte, only slow.
    const Response trickled = dataFramer("GET", QStringLiteral("/specs/%1/").arg(kCustomerSupport));
    QVERIFY(trickled.finished);
    QCOMPARE(trickled.status, 200);
    QCOMPARE(trickled.body, dataFramer("GET", QStringLiteral("/specs/%1/").arg(kCustomerSupport)).body);
    QCOMPARE(m_server->faultsServed(SandboxFault::Kind::Trickle), 1);
    QTRY_COMPARE(m_server->pendingReplies(), 0);

    const QList<RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QVERIFY(requests.first().receivedAtMs >= before.toMSecsSinceEpoch());
    QVERIFY(requests.last().receivedAtMs >= requests.first().receivedAtMs);
}

#include "TestSandboxServer.moc"
