#include "ScaleGpSandbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

namespace {

const QLatin1String kPrefix("/v4/");
const QLatin1String kSpecsPath("/v4/application-specs");

SandboxReply detail(int status, const QString& message)
{
    return SandboxReply::json(status, QJsonObject {{QStringLiteral("detail"), message}});
}

QJsonObject validationError(const QString& type,
                            const QJsonArray& loc,
                            const QString& message,
                            const QJsonValue& input,
                            const QJsonObject& context = {})
{
    QJsonObject error {{QStringLiteral("type"), type},
                       {QStringLiteral("loc"), loc},
                       {QStringLiteral("msg"), message},
                       {QStringLiteral("input"), input}};
    if (!context.isEmpty())
        error.insert(QStringLiteral("ctx"), context);
    return error;
}

SandboxReply unprocessable(const QJsonArray& errors)
{
    return SandboxReply::json(422, QJsonObject {{QStringLiteral("detail"), errors}});
}

/// One integer query parameter with FastAPI's bounds; appends its errors.
int queryInt(const RecordedRequest& request, const QString& name, int fallback, int maximum, QJsonArray* errors)
{
    const QStringList values = request.queryValues(name);
    if (values.isEmpty())
        return fallback;
    const QString text = values.constLast();
    const QJsonArray loc {QStringLiteral("query"), name};
    static const QRegularExpression integer(QStringLiteral("^\\s*[+-]?\\d+\\s*$"));
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (!integer.match(text).hasMatch() || !ok) {
        errors->append(validationError(QStringLiteral("int_parsing"),
                                       loc,
                                       QStringLiteral("Input should be a valid integer, unable to parse string as an "
                                                      "integer"),
                                       text));
        return fallback;
    }
    if (value < 1) {
        errors->append(validationError(QStringLiteral("greater_than_equal"),
                                       loc,
                                       QStringLiteral("Input should be greater than or equal to 1"),
                                       text,
                                       QJsonObject {{QStringLiteral("ge"), 1}}));
        return fallback;
    }
    if (maximum > 0 && value > maximum) {
        errors->append(validationError(QStringLiteral("less_than_equal"),
                                       loc,
                                       QStringLiteral("Input should be less than or equal to %1").arg(maximum),
                                       text,
                                       QJsonObject {{QStringLiteral("le"), maximum}}));
        return fallback;
    }
    return value > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(value);
}

/// pydantic's lax boolean parsing of a query string.
bool queryBool(const RecordedRequest& request, const QString& name, QJsonArray* errors)
{
    const QStringList values = request.queryValues(name);
    if (values.isEmpty())
        return false;
    const QString text = values.constLast().toLower();
    static const QStringList truthy {QStringLiteral("1"),
                                     QStringLiteral("on"),
                                     QStringLiteral("t"),
                                     QStringLiteral("true"),
                                     QStringLiteral("y"),
                                     QStringLiteral("yes")};
    static const QStringList falsy {QStringLiteral("0"),
                                    QStringLiteral("off"),
                                    QStringLiteral("f"),
                                    QStringLiteral("false"),
                                    QStringLiteral("n"),
                                    QStringLiteral("no")};
    if (truthy.contains(text))
        return true;
    if (!falsy.contains(text)) {
        errors->append(validationError(QStringLiteral("bool_parsing"),
                                       QJsonArray {QStringLiteral("query"), name},
                                       QStringLiteral("Input should be a valid boolean, unable to interpret input"),
                                       values.constLast()));
    }
    return false;
}

bool isArchived(const QJsonObject& spec)
{
    const QJsonValue archived = spec.value(QLatin1String("archived_at"));
    return archived.isString() && !archived.toString().isEmpty();
}

} // namespace

ScaleGpSandbox::ScaleGpSandbox(const SandboxCredentials& credentials)
    : m_credentials(credentials)
{
    reset();
}

bool ScaleGpSandbox::owns(const QString& path) const
{
    return path.startsWith(kPrefix);
}

SandboxReply ScaleGpSandbox::handle(const RecordedRequest& request)
{
    // Starlette routes first (404, then 405), FastAPI's dependencies authenticate, then the body
    // and query are validated.
    const bool isCollection = request.path == kSpecsPath;
    QString id;
    if (!isCollection && request.path.startsWith(kSpecsPath + QLatin1Char('/')))
        id = request.path.mid(kSpecsPath.size() + 1);
    if (!isCollection && (id.isEmpty() || id.contains(QLatin1Char('/'))))
        return detail(404, QStringLiteral("Not Found"));
    const QByteArrayList allowed = isCollection ? QByteArrayList {"GET"} : QByteArrayList {"GET", "PATCH", "DELETE"};
    if (!allowed.contains(request.method))
        return detail(405, QStringLiteral("Method Not Allowed")).withHeader("Allow", allowed.join(", "));

    if (request.header("x-api-key") != m_credentials.scaleGpApiKey.toUtf8())
        return expiredCredential();
    if (request.hasHeader("x-selected-account-id")) {
        const QString account = QString::fromUtf8(request.header("x-selected-account-id"));
        if (account != m_credentials.scaleGpAccountId)
            return detail(403, QStringLiteral("You do not have access to account '%1'.").arg(account));
    }

    if (isCollection)
        return list(request);
    const qsizetype index = indexOf(id);
    if (index < 0)
        return detail(404, QStringLiteral("Application spec not found"));
    if (request.method == "GET")
        return SandboxReply::json(200, m_specs.at(index));
    if (request.method == "PATCH")
        return patch(index, request);
    // DELETE archives: the spec stays readable and include_archived lists it; PATCH restores it.
    if (!isArchived(m_specs.at(index)))
        m_specs[index].insert(QStringLiteral("archived_at"), SandboxClock::toIso(m_clock.next()));
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("count"), 1}, {QStringLiteral("success"), true}});
}

void ScaleGpSandbox::reset()
{
    m_specs.clear();
    QFile file(QStringLiteral(":/sandbox/scalegp/application-specs.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Sandbox seed %s is missing", qPrintable(file.fileName()));
    const QJsonArray seeds = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue& seed : seeds)
        m_specs.append(seed.toObject());
}

SandboxReply ScaleGpSandbox::expiredCredential() const
{
    return detail(401, QStringLiteral("Not authenticated"));
}

SandboxReply ScaleGpSandbox::serverError(int status) const
{
    return detail(status, QString::fromLatin1(SandboxReply::reasonPhrase(status)));
}

SandboxReply ScaleGpSandbox::rateLimited(int retryAfterSeconds) const
{
    return detail(429, QStringLiteral("Rate limit exceeded. Retry after %1 seconds.").arg(retryAfterSeconds));
}

SandboxReply ScaleGpSandbox::rejection(int status, const QString& message, const QString& field) const
{
    if (!field.isEmpty()) {
        // FastAPI's validation list, located in the body, as a 422 from a model's own check is.
        return SandboxReply::json(status,
                                  QJsonObject {{QStringLiteral("detail"),
                                                QJsonArray {validationError(QStringLiteral("value_error"),
                                                                            QJsonArray {QStringLiteral("body"), field},
                                                                            message,
                                                                            QJsonValue())}}});
    }
    // FastAPI's HTTPException: the message as a string `detail`.
    return detail(status, message);
}

QJsonObject ScaleGpSandbox::spec(const QString& id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? QJsonObject() : m_specs.at(index);
}

bool ScaleGpSandbox::patchAsColleague(const QString& id, const QJsonObject& fields)
{
    const qsizetype index = indexOf(id);
    if (index < 0 || !patchErrors(fields).isEmpty())
        return false;
    applyPatch(index, fields);
    return true;
}

qsizetype ScaleGpSandbox::indexOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        if (m_specs.at(i).value(QLatin1String("id")).toString() == id)
            return i;
    }
    return -1;
}

SandboxReply ScaleGpSandbox::list(const RecordedRequest& request) const
{
    QJsonArray errors;
    const int page = queryInt(request, QStringLiteral("page"), 1, 0, &errors);
    const int limit = queryInt(request, QStringLiteral("limit"), 100, 10000, &errors);
    const bool includeArchived = queryBool(request, QStringLiteral("include_archived"), &errors);
    if (!errors.isEmpty())
        return unprocessable(errors);
    const QStringList accounts = request.queryValues(QStringLiteral("account_id"));

    QList<QJsonObject> matching;
    for (const QJsonObject& spec : m_specs) {
        if (!includeArchived && isArchived(spec))
            continue;
        if (!accounts.isEmpty() && spec.value(QLatin1String("account_id")).toString() != accounts.constLast())
            continue;
        matching.append(spec);
    }
    QJsonArray items;
    const qint64 first = qint64(page - 1) * limit;
    for (qint64 i = first; i < matching.size() && i < first + limit; ++i)
        items.append(matching.at(i));
    return SandboxReply::json(200,
                              QJsonObject {{QStringLiteral("items"), items},
                                           {QStringLiteral("current_page"), page},
                                           {QStringLiteral("items_per_page"), limit},
                                           {QStringLiteral("total_item_count"), matching.size()}});
}

SandboxReply ScaleGpSandbox::patch(qsizetype index, const RecordedRequest& request)
{
    if (request.body.trimmed().isEmpty()) {
        return unprocessable(QJsonArray {validationError(
            QStringLiteral("missing"), QJsonArray {QStringLiteral("body")}, QStringLiteral("Field required"), {})});
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return unprocessable(
            QJsonArray {validationError(QStringLiteral("json_invalid"),
                                        QJsonArray {QStringLiteral("body"), parseError.offset},
                                        QStringLiteral("JSON decode error"),
                                        QJsonObject(),
                                        QJsonObject {{QStringLiteral("error"), parseError.errorString()}})});
    }
    if (!document.isObject()) {
        return unprocessable(QJsonArray {
            validationError(QStringLiteral("model_attributes_type"),
                            QJsonArray {QStringLiteral("body")},
                            QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                            document.isArray() ? QJsonValue(document.array()) : QJsonValue())});
    }
    const QJsonObject body = document.object();
    const QJsonArray errors = patchErrors(body);
    if (!errors.isEmpty())
        return unprocessable(errors);
    applyPatch(index, body);
    return SandboxReply::json(200, m_specs.at(index));
}

QJsonArray ScaleGpSandbox::patchErrors(const QJsonObject& body)
{
    // RestorablePartialApplicationSpecRequest: {restore: true} alone, or a partial with
    // restore false/absent. Both forbid extra keys.
    QJsonArray errors;
    const QJsonValue restore = body.value(QLatin1String("restore"));
    if (body.contains(QLatin1String("restore")) && !restore.isBool()) {
        errors.append(validationError(QStringLiteral("bool_type"),
                                      QJsonArray {QStringLiteral("body"), QStringLiteral("restore")},
                                      QStringLiteral("Input should be a valid boolean"),
                                      restore));
    }
    const bool restoring = restore.isBool() && restore.toBool();
    static const QStringList stringFields {
        QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("theme_id")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        const QJsonArray loc {QStringLiteral("body"), key};
        if (key == QLatin1String("restore"))
            continue;
        if (restoring || (!stringFields.contains(key) && key != QLatin1String("run_online_evaluation"))) {
            errors.append(validationError(
                QStringLiteral("extra_forbidden"), loc, QStringLiteral("Extra inputs are not permitted"), it.value()));
        } else if (stringFields.contains(key) && !it.value().isString()) {
            errors.append(validationError(
                QStringLiteral("string_type"), loc, QStringLiteral("Input should be a valid string"), it.value()));
        } else if (key == QLatin1String("run_online_evaluation") && !it.value().isBool()) {
            errors.append(validationError(
                QStringLiteral("bool_type"), loc, QStringLiteral("Input should be a valid boolean"), it.value()));
        }
    }
    return errors;
}

void ScaleGpSandbox::applyPatch(qsizetype index, const QJsonObject& body)
{
    QJsonObject& spec = m_specs[index];
    if (body.value(QLatin1String("restore")).toBool()) {
        spec.insert(QStringLiteral("archived_at"), QJsonValue::Null);
        return;
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("restore"))
            spec.insert(it.key(), it.value());
    }
}
