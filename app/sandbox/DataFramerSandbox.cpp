#include "DataFramerSandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <yaml-cpp/yaml.h>

namespace {

const QLatin1String kPrefix("/api/dataframer/");
const QLatin1String kSpecsPath("/api/dataframer/specs/");
const QString kSeedDir = QStringLiteral(":/sandbox/dataframer/");

QByteArray readSeed(const QString& name)
{
    QFile file(kSeedDir + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Sandbox seed %s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

/// Django REST Framework's `{"detail": "..."}`.
SandboxReply detail(int status, const QString& message)
{
    return SandboxReply::json(status, QJsonObject {{QStringLiteral("detail"), message}});
}

/// DRF's field errors: `{"content_yaml": ["..."]}`.
SandboxReply fieldError(const QString& field, const QString& message)
{
    return SandboxReply::json(400, QJsonObject {{field, QJsonArray {message}}});
}

bool isTrue(const QString& text)
{
    static const QStringList truthy {QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("yes")};
    return truthy.contains(text.toLower());
}

/// Why `yaml` is not an acceptable spec, or an empty string when it is.
QString yamlProblem(const QString& yaml)
{
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        const int line = e.mark.is_null() ? 1 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 1 : e.mark.column + 1;
        return QStringLiteral("Invalid YAML at line %1, column %2: %3")
            .arg(line)
            .arg(column)
            .arg(QString::fromStdString(e.msg));
    }
    if (documents.size() > 1)
        return QStringLiteral("Invalid YAML: expected a single document in the stream, found %1.")
            .arg(documents.size());
    if (documents.empty() || !documents.front().IsMap())
        return QStringLiteral("The YAML must have a 'spec' root key.");
    const YAML::Node& root = documents.front();
    const YAML::Node spec = root["spec"];
    if (!spec.IsDefined())
        return QStringLiteral("The YAML must have a 'spec' root key.");
    if (!spec.IsMap())
        return QStringLiteral("The 'spec' root key must hold a mapping of editable fields.");
    return {};
}

} // namespace

DataFramerSandbox::DataFramerSandbox(const SandboxCredentials& credentials)
    : m_credentials(credentials)
{
    loadSeeds();
}

bool DataFramerSandbox::owns(const QString& path) const
{
    return path.startsWith(kPrefix);
}

SandboxReply DataFramerSandbox::handle(const RecordedRequest& request)
{
    // Django resolves the URL first (404 without auth), then DRF authenticates, then picks the
    // handler for the method.
    const bool isList = request.path == kSpecsPath;
    QString specId;
    if (!isList && request.path.startsWith(kSpecsPath) && request.path.endsWith(QLatin1Char('/'))) {
        specId = request.path.mid(kSpecsPath.size());
        specId.chop(1);
    }
    if (!isList && (specId.isEmpty() || specId.contains(QLatin1Char('/'))))
        return detail(404, QStringLiteral("Not found."));
    if (!authorized(request))
        return expiredCredential();

    const QByteArrayList allowed = isList ? QByteArrayList {"GET"} : QByteArrayList {"GET", "PUT"};
    if (!allowed.contains(request.method)) {
        return detail(405, QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(request.method)))
            .withHeader("Allow", allowed.join(", "));
    }
    if (isList) {
        QJsonArray specs;
        for (const Spec& spec : std::as_const(m_specs)) {
            QJsonObject summary = toJson(spec, false);
            if (!m_listsContent)
                summary.remove(QStringLiteral("content_yaml"));
            specs.append(summary);
        }
        return SandboxReply::json(200, specs);
    }
    Spec* spec = find(specId);
    if (!spec)
        return detail(404, QStringLiteral("Not found."));
    return request.method == "GET" ? getSpec(*spec, request) : putSpec(spec, request);
}

void DataFramerSandbox::reset()
{
    loadSeeds();
}

SandboxReply DataFramerSandbox::expiredCredential() const
{
    return detail(401, QStringLiteral("Invalid or missing authentication token"))
        .withHeader("WWW-Authenticate", "Bearer realm=\"api\"");
}

SandboxReply DataFramerSandbox::serverError(int status) const
{
    if (status == 500)
        return detail(status, QStringLiteral("A server error occurred."));
    if (status == 503)
        return detail(status, QStringLiteral("Service temporarily unavailable, try again later."));
    return detail(status, QString::fromLatin1(SandboxReply::reasonPhrase(status)) + QLatin1Char('.'));
}

SandboxReply DataFramerSandbox::rateLimited(int retryAfterSeconds) const
{
    return detail(429,
                  QStringLiteral("Request was throttled. Expected available in %1 second%2.")
                      .arg(retryAfterSeconds)
                      .arg(retryAfterSeconds == 1 ? QString() : QStringLiteral("s")));
}

SandboxReply DataFramerSandbox::rejection(int status, const QString& message, const QString& field) const
{
    if (!field.isEmpty()) {
        return SandboxReply::json(status, QJsonObject {{field, QJsonArray {message}}});
    }
    return detail(status, message);
}

int DataFramerSandbox::versionCount(const QString& specId) const
{
    const Spec* spec = find(specId);
    return spec ? int(spec->versions.size()) : -1;
}

QByteArray DataFramerSandbox::latestContent(const QString& specId) const
{
    const Spec* spec = find(specId);
    return spec && !spec->versions.isEmpty() ? spec->versions.constLast().contentYaml.toUtf8() : QByteArray();
}

bool DataFramerSandbox::setStatus(const QString& specId, const QString& status)
{
    Spec* spec = find(specId);
    static const QStringList statuses {
        QStringLiteral("PROCESSING"), QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED")};
    if (!spec || !statuses.contains(status))
        return false;
    spec->status = status;
    spec->updatedAt = m_clock.next();
    if (status == QLatin1String("FAILED")) {
        if (spec->error.isEmpty())
            spec->error = QStringLiteral("Spec generation failed.");
    } else {
        spec->error.clear();
    }
    if (status == QLatin1String("SUCCEEDED") && spec->versions.isEmpty() && !spec->pendingContent.isEmpty())
        spec->versions.append({spec->pendingContent, spec->updatedAt});
    return true;
}

bool DataFramerSandbox::putAsColleague(const QString& specId, const QByteArray& yaml)
{
    Spec* spec = find(specId);
    return spec && !storeVersion(spec, QString::fromUtf8(yaml));
}

bool DataFramerSandbox::addSpec(const QString& specId, const QString& name, const QByteArray& yaml)
{
    if (find(specId) != nullptr) {
        return false;
    }
    Spec spec;
    spec.id = specId;
    spec.name = name;
    spec.status = QStringLiteral("SUCCEEDED");
    spec.createdAt = m_clock.next();
    spec.updatedAt = spec.createdAt;
    spec.datasetId = QJsonValue::Null;
    spec.datasetName = QJsonValue::Null;
    spec.datasetType = QStringLiteral("MULTI_FILE");
    spec.createdByEmail = QStringLiteral("bench@sandbox.invalid");
    spec.versions.append({QString::fromUtf8(yaml), spec.createdAt});
    m_specs.append(spec);
    return true;
}

DataFramerSandbox::Spec* DataFramerSandbox::find(const QString& id)
{
    for (Spec& spec : m_specs) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

const DataFramerSandbox::Spec* DataFramerSandbox::find(const QString& id) const
{
    for (const Spec& spec : m_specs) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

QJsonObject DataFramerSandbox::toJson(const Spec& spec, bool withVersions) const
{
    // Versions and content exist only for a spec that finished; the docs say null/empty otherwise.
    const bool ready = spec.status == QLatin1String("SUCCEEDED");
    QJsonObject json {
        {QStringLiteral("id"), spec.id},
        {QStringLiteral("name"), spec.name},
        {QStringLiteral("description"), spec.description},
        {QStringLiteral("status"), spec.status},
        {QStringLiteral("created_at"), SandboxClock::toIso(spec.createdAt)},
        {QStringLiteral("updated_at"), SandboxClock::toIso(spec.updatedAt)},
        {QStringLiteral("dataset_id"), spec.datasetId},
        {QStringLiteral("dataset_name"), spec.datasetName},
        {QStringLiteral("dataset_type"), spec.datasetType},
        {QStringLiteral("created_by_email"), spec.createdByEmail},
        {QStringLiteral("runtime_params"), spec.runtimeParams},
        {QStringLiteral("content_yaml"),
         ready && !spec.versions.isEmpty() ? QJsonValue(spec.versions.constLast().contentYaml) : QJsonValue()},
        {QStringLiteral("error"),
         spec.status == QLatin1String("FAILED") ? QJsonValue(spec.error) : QJsonValue(QJsonValue::Null)},
    };
    if (withVersions) {
        QJsonArray versions;
        if (ready) {
            for (const Version& version : spec.versions) {
                const QJsonObject item {{QStringLiteral("content_yaml"), version.contentYaml},
                                        {QStringLiteral("created_at"), SandboxClock::toIso(version.createdAt)}};
                if (m_versionsNewestFirst) {
                    versions.prepend(item);
                } else {
                    versions.append(item);
                }
            }
        }
        json.insert(QStringLiteral("versions"), versions);
    }
    return json;
}

bool DataFramerSandbox::authorized(const RecordedRequest& request) const
{
    const QByteArray value = request.header("Authorization");
    const qsizetype space = value.indexOf(' ');
    return space > 0 && value.left(space).compare("Bearer", Qt::CaseInsensitive) == 0
           && value.mid(space + 1) == m_credentials.dataFramerToken.toUtf8();
}

SandboxReply DataFramerSandbox::getSpec(const Spec& spec, const RecordedRequest& request) const
{
    const QStringList include = request.queryValues(QStringLiteral("include_versions"));
    return SandboxReply::json(200, toJson(spec, !include.isEmpty() && isTrue(include.constLast())));
}

SandboxReply DataFramerSandbox::putSpec(Spec* spec, const RecordedRequest& request)
{
    const QByteArray mediaType = request.mediaType();
    QJsonObject body;
    // DRF parses only what its parsers accept; with no Content-Type at all the data is empty.
    if (!mediaType.isEmpty() && mediaType != "application/json") {
        return detail(415,
                      QStringLiteral("Unsupported media type \"%1\" in request.")
                          .arg(QString::fromLatin1(request.header("Content-Type"))));
    }
    if (!mediaType.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return detail(400, QStringLiteral("JSON parse error - %1").arg(error.errorString()));
        if (!document.isObject()) {
            return SandboxReply::json(
                400,
                QJsonObject {
                    {QStringLiteral("non_field_errors"),
                     QJsonArray {QStringLiteral("Invalid data. Expected a dictionary, but got %1.")
                                     .arg(document.isArray() ? QStringLiteral("list") : QStringLiteral("str"))}}});
        }
        body = document.object();
    }
    const QString field = QStringLiteral("content_yaml");
    if (!body.contains(field))
        return fieldError(field, QStringLiteral("This field is required."));
    const QJsonValue value = body.value(field);
    if (value.isNull())
        return fieldError(field, QStringLiteral("This field may not be null."));
    if (!value.isString())
        return fieldError(field, QStringLiteral("Not a valid string."));
    if (value.toString().trimmed().isEmpty())
        return fieldError(field, QStringLiteral("This field may not be blank."));
    if (const auto refusal = storeVersion(spec, value.toString()))
        return *refusal;
    return SandboxReply::json(200, toJson(*spec, false));
}

std::optional<SandboxReply> DataFramerSandbox::storeVersion(Spec* spec, const QString& contentYaml)
{
    if (spec->status != QLatin1String("SUCCEEDED")) {
        return detail(400, QStringLiteral("Spec is not in SUCCEEDED status (current status: %1).").arg(spec->status));
    }
    const QString problem = yamlProblem(contentYaml);
    if (!problem.isEmpty())
        return fieldError(QStringLiteral("content_yaml"), problem);
    if (spec->versions.size() >= kMaxVersions)
        return detail(400, QStringLiteral("Maximum versions reached (%1) for this spec.").arg(kMaxVersions));
    spec->updatedAt = m_clock.next();
    spec->versions.append({contentYaml, spec->updatedAt});
    return std::nullopt;
}

void DataFramerSandbox::loadSeeds()
{
    m_specs.clear();
    const QJsonArray seeds = QJsonDocument::fromJson(readSeed(QStringLiteral("specs.json"))).array();
    for (const QJsonValue& entry : seeds) {
        const QJsonObject seed = entry.toObject();
        Spec spec;
        spec.id = seed.value(QLatin1String("id")).toString();
        spec.name = seed.value(QLatin1String("name")).toString();
        spec.description = seed.value(QLatin1String("description")).toString();
        spec.status = seed.value(QLatin1String("status")).toString();
        spec.createdAt = SandboxClock::fromIso(seed.value(QLatin1String("created_at")).toString());
        spec.updatedAt = SandboxClock::fromIso(seed.value(QLatin1String("updated_at")).toString());
        spec.datasetId = seed.value(QLatin1String("dataset_id"));
        spec.datasetName = seed.value(QLatin1String("dataset_name"));
        spec.datasetType = seed.value(QLatin1String("dataset_type")).toString();
        spec.createdByEmail = seed.value(QLatin1String("created_by_email")).toString();
        spec.runtimeParams = seed.value(QLatin1String("runtime_params")).toObject();
        spec.error = seed.value(QLatin1String("error")).toString();
        const QJsonArray versions = seed.value(QLatin1String("versions")).toArray();
        for (const QJsonValue& version : versions) {
            const QJsonObject object = version.toObject();
            spec.versions.append({QString::fromUtf8(readSeed(object.value(QLatin1String("file")).toString())),
                                  SandboxClock::fromIso(object.value(QLatin1String("created_at")).toString())});
        }
        // A long history is one template numbered N times, rather than 30 near-identical files.
        const QJsonObject series = seed.value(QLatin1String("version_series")).toObject();
        if (!series.isEmpty()) {
            const QString text = QString::fromUtf8(readSeed(series.value(QLatin1String("file")).toString()));
            const QDateTime first = SandboxClock::fromIso(series.value(QLatin1String("first_created_at")).toString());
            const int count = series.value(QLatin1String("count")).toInt();
            const int stepHours = series.value(QLatin1String("step_hours")).toInt();
            for (int n = 1; n <= count; ++n) {
                spec.versions.append({QString(text).replace(QLatin1String("{version}"), QString::number(n)),
                                      first.addSecs(qint64(n - 1) * stepHours * 3600)});
            }
        }
        const QString pending = seed.value(QLatin1String("pending_file")).toString();
        if (!pending.isEmpty())
            spec.pendingContent = QString::fromUtf8(readSeed(pending));
        m_clock.observe(spec.updatedAt.toMSecsSinceEpoch());
        m_specs.append(spec);
    }
}
