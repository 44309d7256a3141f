#include "RecordedRequest.h"

#include <QStringList>
#include <QUrl>

namespace {

QString decodeFormComponent(QString text)
{
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(text.toUtf8());
}

} // namespace

QByteArray RecordedRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QPair<QString, QString>> RecordedRequest::queryItems() const
{
    QList<QPair<QString, QString>> items;
    const QStringList parts = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals < 0)
            items.append({decodeFormComponent(part), QString()});
        else
            items.append({decodeFormComponent(part.left(equals)), decodeFormComponent(part.mid(equals + 1))});
    }
    return items;
}

QStringList RecordedRequest::queryValues(const QString& name) const
{
    QStringList values;
    const auto items = queryItems();
    for (const auto& [key, value] : items) {
        if (key == name)
            values.append(value);
    }
    return values;
}

QByteArray RecordedRequest::mediaType() const
{
    QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}
