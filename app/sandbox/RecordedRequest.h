#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// A request as the sandbox received it, copied out of Qt's parser so it can outlive the
/// handler (delayed answers) and be shown to tests afterwards.
struct RecordedRequest
{
    QByteArray method;
    QString path; ///< without the query
    QString query; ///< percent-encoded as sent, without the '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// When it arrived, in milliseconds since the epoch (wall clock, as Retry-After dates are),
    /// so a test can check from the server's side that a retry waited as long as it was told.
    qint64 receivedAtMs = 0;

    /// The first header of that name, compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    /// The query's name/value pairs, decoded as servers decode forms ('+' is a space).
    QList<QPair<QString, QString>> queryItems() const;
    /// Every value given for `name`, in order.
    QStringList queryValues(const QString& name) const;
    /// The media type of Content-Type, lower-cased, without parameters ("application/json").
    QByteArray mediaType() const;
};
