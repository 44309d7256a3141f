#include "SandboxFaults.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <utility>

namespace {

const std::array<std::pair<SandboxFault::Kind, QLatin1String>, 9> kKindNames {{
    {SandboxFault::Kind::Delay, QLatin1String("delay")},
    {SandboxFault::Kind::ServerError, QLatin1String("server-error")},
    {SandboxFault::Kind::DropBeforeStore, QLatin1String("drop-before-store")},
    {SandboxFault::Kind::DropAfterStore, QLatin1String("drop-after-store")},
    {SandboxFault::Kind::RateLimit, QLatin1String("rate-limit")},
    {SandboxFault::Kind::ExpireToken, QLatin1String("expire-token")},
    {SandboxFault::Kind::ServerErrorAfterStore, QLatin1String("server-error-after-store")},
    {SandboxFault::Kind::Reject, QLatin1String("reject")},
    {SandboxFault::Kind::Trickle, QLatin1String("trickle")},
}};

bool readInt(const QJsonObject& object, const QString& key, int minimum, int* value, QString* error)
{
    if (!object.contains(key))
        return true;
    const QJsonValue json = object.value(key);
    if (!json.isDouble() || json.toDouble() != double(json.toInt()) || json.toInt() < minimum) {
        *error = QStringLiteral("'%1' must be an integer of at least %2.").arg(key).arg(minimum);
        return false;
    }
    *value = json.toInt();
    return true;
}

bool readFault(const QJsonValue& json, SandboxFault* fault, QString* error)
{
    if (!json.isObject()) {
        *error = QStringLiteral("A fault must be a JSON object.");
        return false;
    }
    const QJsonObject object = json.toObject();
    static const QStringList known {QStringLiteral("kind"),
                                    QStringLiteral("method"),
                                    QStringLiteral("pathContains"),
                                    QStringLiteral("times"),
                                    QStringLiteral("delayMs"),
                                    QStringLiteral("status"),
                                    QStringLiteral("retryAfterSeconds"),
                                    QStringLiteral("retryAfterAsDate"),
                                    QStringLiteral("message"),
                                    QStringLiteral("field")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("Unknown fault key '%1'.").arg(it.key());
            return false;
        }
    }
    if (!SandboxFaults::kindFromName(object.value(QLatin1String("kind")).toString(), &fault->kind)) {
        *error = QStringLiteral("'kind' must be one of delay, server-error, drop-before-store, drop-after-store, "
                                "rate-limit, expire-token, server-error-after-store, reject, trickle.");
        return false;
    }
    for (const QLatin1String key :
         {QLatin1String("method"), QLatin1String("pathContains"), QLatin1String("message"), QLatin1String("field")}) {
        if (object.contains(key) && !object.value(key).isString()) {
            *error = QStringLiteral("'%1' must be a string.").arg(key);
            return false;
        }
    }
    if (object.contains(QLatin1String("retryAfterAsDate"))
        && !object.value(QLatin1String("retryAfterAsDate")).isBool()) {
        *error = QStringLiteral("'retryAfterAsDate' must be true or false.");
        return false;
    }
    fault->retryAfterAsDate = object.value(QLatin1String("retryAfterAsDate")).toBool();
    fault->method = object.value(QLatin1String("method")).toString().toUpper().toLatin1();
    fault->pathContains = object.value(QLatin1String("pathContains")).toString();
    fault->message = object.value(QLatin1String("message")).toString();
    fault->field = object.value(QLatin1String("field")).toString();
    if (fault->kind == SandboxFault::Kind::Reject)
        fault->status = 400; // a refusal unless told otherwise
    return readInt(object, QStringLiteral("times"), 1, &fault->times, error)
           && readInt(object, QStringLiteral("delayMs"), 0, &fault->delayMs, error)
           && readInt(object, QStringLiteral("status"), 100, &fault->status, error)
           && readInt(object, QStringLiteral("retryAfterSeconds"), 0, &fault->retryAfterSeconds, error);
}

} // namespace

void SandboxFaults::add(const SandboxFault& fault)
{
    if (fault.times > 0)
        m_faults.append(fault);
}

void SandboxFaults::clear()
{
    m_faults.clear();
}

std::optional<SandboxFault> SandboxFaults::take(const QByteArray& method, const QString& path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault& fault = m_faults[i];
        if (!fault.method.isEmpty() && fault.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!fault.pathContains.isEmpty() && !path.contains(fault.pathContains))
            continue;
        const SandboxFault hit = fault;
        if (--fault.times <= 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

bool SandboxFaults::fromJson(const QJsonValue& json, QList<SandboxFault>* faults, QString* error)
{
    const QJsonArray array = json.isArray() ? json.toArray() : QJsonArray {json};
    QList<SandboxFault> read;
    for (const QJsonValue& entry : array) {
        SandboxFault fault;
        if (!readFault(entry, &fault, error))
            return false;
        read.append(fault);
    }
    *faults = read;
    return true;
}

QString SandboxFaults::kindName(SandboxFault::Kind kind)
{
    for (const auto& [value, name] : kKindNames) {
        if (value == kind)
            return name;
    }
    return {};
}

bool SandboxFaults::kindFromName(const QString& name, SandboxFault::Kind* kind)
{
    for (const auto& [value, known] : kKindNames) {
        if (name == known) {
            *kind = value;
            return true;
        }
    }
    return false;
}
