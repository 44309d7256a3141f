#include "SandboxReply.h"

#include <QJsonDocument>

SandboxReply SandboxReply::json(int status, const QJsonObject& object)
{
    return rawJson(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SandboxReply SandboxReply::json(int status, const QJsonArray& array)
{
    return rawJson(status, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

SandboxReply SandboxReply::rawJson(int status, const QByteArray& json)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = json;
    return reply;
}

SandboxReply SandboxReply::empty(int status)
{
    SandboxReply reply;
    reply.status = status;
    return reply;
}

SandboxReply& SandboxReply::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

QByteArray SandboxReply::toHttp(bool keepAlive, bool withBody) const
{
    QByteArray message = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!body.isEmpty())
        message += "Content-Type: application/json\r\n";
    message += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    message += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    for (const auto& [name, value] : headers)
        message += name + ": " + value + "\r\n";
    message += "\r\n";
    if (withBody)
        message += body;
    return message;
}

QByteArray SandboxReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "OK";
    }
}
