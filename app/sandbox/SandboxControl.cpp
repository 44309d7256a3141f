#include "SandboxControl.h"

#include "SandboxFaults.h"
#include "SandboxServer.h"

#include <QJsonDocument>

namespace {

const QLatin1String kPrefix("/_sandbox");

SandboxReply error(int status, const QString& message)
{
    return SandboxReply::json(status, QJsonObject {{QStringLiteral("error"), message}});
}

SandboxReply ok(const QJsonObject& object)
{
    return SandboxReply::json(200, object);
}

} // namespace

SandboxControl::SandboxControl(SandboxServer& server)
    : m_server(server)
{
}

bool SandboxControl::owns(const QString& path)
{
    return path == kPrefix || path.startsWith(kPrefix + QLatin1Char('/'));
}

SandboxReply SandboxControl::handle(const RecordedRequest& request)
{
    const QStringList parts = request.path.mid(kPrefix.size() + 1).split(QLatin1Char('/'));
    const QString& first = parts.constFirst();
    const QByteArray& method = request.method;
    if (parts.size() == 1 && first == QLatin1String("faults"))
        return faults(request);
    if (parts.size() == 1 && first == QLatin1String("requests")) {
        if (method == "GET")
            return SandboxReply::json(200, m_server.requestsJson());
        if (method == "DELETE") {
            m_server.clearRequests();
            return ok({{QStringLiteral("cleared"), true}});
        }
        return error(405, QStringLiteral("Use GET or DELETE."));
    }
    if (parts.size() == 1 && first == QLatin1String("stats")) {
        if (method != "GET")
            return error(405, QStringLiteral("Use GET."));
        return ok(m_server.statsJson());
    }
    if (parts.size() == 1 && first == QLatin1String("reset")) {
        if (method != "POST")
            return error(405, QStringLiteral("Use POST."));
        m_server.reset();
        return ok({{QStringLiteral("reset"), true}});
    }
    if (parts.size() == 3 && first == QLatin1String("state")) {
        if (method != "GET")
            return error(405, QStringLiteral("Use GET."));
        return state(parts.at(1), parts.at(2));
    }
    if (parts.size() == 3 && first == QLatin1String("colleague")) {
        if (method != "POST")
            return error(405, QStringLiteral("Use POST."));
        return colleague(parts.at(1), parts.at(2), request.body);
    }
    if (parts.size() == 3 && first == QLatin1String("dataframer") && parts.at(2) == QLatin1String("status")) {
        if (method != "POST")
            return error(405, QStringLiteral("Use POST."));
        return dataFramerStatus(parts.at(1), request.body);
    }
    return error(404, QStringLiteral("No sandbox control endpoint at %1.").arg(request.path));
}

SandboxReply SandboxControl::faults(const RecordedRequest& request)
{
    if (request.method == "DELETE") {
        m_server.clearFaults();
        return ok({{QStringLiteral("cleared"), true}});
    }
    if (request.method != "POST")
        return error(405, QStringLiteral("Use POST or DELETE."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(400, QStringLiteral("Invalid JSON: %1").arg(parseError.errorString()));
    QList<SandboxFault> faults;
    QString message;
    const QJsonValue json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (!SandboxFaults::fromJson(json, &faults, &message))
        return error(400, message);
    for (const SandboxFault& fault : std::as_const(faults))
        m_server.addFault(fault);
    return ok({{QStringLiteral("added"), faults.size()}});
}

SandboxReply SandboxControl::state(const QString& api, const QString& id) const
{
    if (api == QLatin1String("dataframer")) {
        const int count = m_server.dataFramerVersionCount(id);
        if (count < 0)
            return error(404, QStringLiteral("No DataFramer spec %1.").arg(id));
        return ok({{QStringLiteral("versionCount"), count},
                   {QStringLiteral("latestContent"), QString::fromUtf8(m_server.dataFramerLatestContent(id))}});
    }
    const QJsonObject object = api == QLatin1String("scalegp") ? m_server.scaleGpSpec(id)
                               : api == QLatin1String("adobe") ? m_server.adobeFlowSpec(id)
                                                               : QJsonObject();
    if (object.isEmpty())
        return error(404, QStringLiteral("No %1 spec %2.").arg(api, id));
    return ok(object);
}

SandboxReply SandboxControl::colleague(const QString& api, const QString& id, const QByteArray& body)
{
    bool applied = false;
    if (api == QLatin1String("dataframer")) {
        // The body is the YAML itself, byte for byte.
        applied = m_server.putDataFramerContentAsColleague(id, body);
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (!document.isObject())
            return error(400, QStringLiteral("The body must be a JSON object."));
        if (api == QLatin1String("scalegp"))
            applied = m_server.patchScaleGpAsColleague(id, document.object());
        else if (api == QLatin1String("adobe"))
            applied = m_server.putAdobeAsColleague(id, document.object());
        else
            return error(404, QStringLiteral("Unknown API '%1'.").arg(api));
    }
    if (!applied)
        return error(409, QStringLiteral("The API refused this edit (unknown id or invalid content)."));
    return ok({{QStringLiteral("applied"), true}});
}

SandboxReply SandboxControl::dataFramerStatus(const QString& id, const QByteArray& body)
{
    const QString status = QJsonDocument::fromJson(body).object().value(QLatin1String("status")).toString();
    if (!m_server.setDataFramerStatus(id, status))
        return error(400, QStringLiteral("Unknown spec, or status is not PROCESSING, SUCCEEDED or FAILED."));
    return ok({{QStringLiteral("status"), status}});
}
