#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

/// One HTTP answer, built by an API and written to the socket by the server. Keeping it a value
/// lets the server hold it back (delays) or throw it away (dropped connections).
struct SandboxReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; ///< besides Content-Type, Content-Length, Connection
    QByteArray body; ///< JSON, or empty

    static SandboxReply json(int status, const QJsonObject& object);
    static SandboxReply json(int status, const QJsonArray& array);
    /// Already-serialized JSON, for bodies whose member order must survive (Adobe).
    static SandboxReply rawJson(int status, const QByteArray& json);
    static SandboxReply empty(int status);

    SandboxReply& withHeader(const QByteArray& name, const QByteArray& value);

    /// The full HTTP/1.1 message: status line, headers (exact Content-Length, Connection) and the
    /// body, which answers to HEAD leave out.
    QByteArray toHttp(bool keepAlive = true, bool withBody = true) const;
    static QByteArray reasonPhrase(int status);
};
