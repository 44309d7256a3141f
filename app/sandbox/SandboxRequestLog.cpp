#include "SandboxRequestLog.h"

#include <QJsonObject>

QJsonArray SandboxRequestLog::toJson() const
{
    QJsonArray array;
    for (const RecordedRequest& request : m_requests) {
        QJsonObject headers;
        for (const auto& [name, value] : request.headers) {
            // Repeated headers are joined the way HTTP allows (RFC 9110 §5.3).
            const QString key = QString::fromLatin1(name).toLower();
            const QString text = QString::fromLatin1(value);
            headers.insert(key,
                           headers.contains(key) ? headers.value(key).toString() + QStringLiteral(", ") + text : text);
        }
        array.append(QJsonObject {
            {QStringLiteral("method"), QString::fromLatin1(request.method)},
            {QStringLiteral("path"), request.path},
            {QStringLiteral("query"), request.query},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromUtf8(request.body)},
            {QStringLiteral("receivedAtMs"), request.receivedAtMs},
        });
    }
    return array;
}
