#include "RemoteError.h"

#include "RemoteJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RemoteErrors)
};

RemoteError::Kind kindForStatus(int status)
{
    if (status == 401) {
        return RemoteError::Kind::Unauthorized;
    }
    if (status == 403) {
        return RemoteError::Kind::Forbidden;
    }
    if (status == 404) {
        return RemoteError::Kind::NotFound;
    }
    if (status == 429) {
        return RemoteError::Kind::RateLimited;
    }
    if (status >= 500) {
        return RemoteError::Kind::ServerError;
    }
    return RemoteError::Kind::Rejected;
}

QString sentenceForStatus(int status)
{
    switch (status) {
    case 400:
        return Text::tr("The server refused the request (400 Bad Request).");
    case 401:
        return Text::tr(
            "The server did not accept the credentials (401). Check the key or token; it may have expired.");
    case 403:
        return Text::tr("The credentials are valid but not allowed to do this (403 Forbidden).");
    case 404:
        return Text::tr("The server does not have this spec (404 Not Found). It may have been deleted.");
    case 409:
        return Text::tr("The server reported a conflict (409).");
    case 422:
        return Text::tr("The server found invalid fields in the request (422).");
    case 429:
        return Text::tr("The server is limiting requests (429 Too Many Requests).");
    default:
        break;
    }
    if (status >= 500) {
        return Text::tr("The server had an internal problem (%1). Try again later.").arg(status);
    }
    return Text::tr("The server answered with HTTP status %1.").arg(status);
}

/// A short, printable excerpt of a body that is not in any known shape.
QString excerpt(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(400)).simplified();
    text.removeIf([](QChar c) { return !c.isPrint(); });
    if (text.size() > 200) {
        text = text.left(197) + QStringLiteral("...");
    }
    return text;
}

QString joinedStrings(const rapidjson::Value& value)
{
    if (value.IsString()) {
        return QString::fromUtf8(value.GetString(), static_cast<qsizetype>(value.GetStringLength()));
    }
    QStringList parts;
    if (value.IsArray()) {
        for (const auto& item : value.GetArray()) {
            parts << (item.IsString() ? joinedStrings(item) : RemoteJson::describe(item));
        }
    } else {
        parts << RemoteJson::describe(value);
    }
    return parts.join(QLatin1Char(' '));
}

/// FastAPI's 422 `detail[]`: {loc: ["body", "name"], msg, type, input}.
QList<FieldError> validationDetails(const rapidjson::Value& detail)
{
    QList<FieldError> fields;
    for (const auto& item : detail.GetArray()) {
        FieldError field;
        if (const rapidjson::Value* loc = RemoteJson::member(item, "loc"); loc != nullptr && loc->IsArray()) {
            QStringList path;
            for (const auto& part : loc->GetArray()) {
                path << (part.IsString() ? joinedStrings(part) : RemoteJson::describe(part));
            }
            if (path.size() > 1 && path.first() == QLatin1String("body")) {
                path.removeFirst();
            }
            field.field = path.join(QLatin1Char('.'));
        }
        field.message = RemoteJson::string(item, "msg");
        if (field.message.isEmpty()) {
            field.message = RemoteJson::describe(item);
        }
        fields << field;
    }
    return fields;
}

void readDataFramer(const rapidjson::Value& root, RemoteError& error)
{
    // Django REST Framework: {"detail": "..."} or a map of field -> [messages].
    for (const char* key : {"detail", "error", "message"}) {
        const QString text = RemoteJson::string(root, key);
        if (!text.isEmpty()) {
            error.message = text;
            return;
        }
    }
    for (const auto& entry : root.GetObject()) {
        const QString name = QString::fromUtf8(entry.name.GetString());
        const QString text = joinedStrings(entry.value);
        if (name == QLatin1String("non_field_errors")) {
            error.message = text;
        } else {
            error.fields << FieldError {name, text};
        }
    }
}

void readScaleGp(const rapidjson::Value& root, RemoteError& error)
{
    const rapidjson::Value* detail = RemoteJson::member(root, "detail");
    if (detail == nullptr) {
        error.message = RemoteJson::string(root, "message");
        return;
    }
    if (detail->IsArray()) {
        error.fields = validationDetails(*detail);
        return;
    }
    error.message = joinedStrings(*detail);
}

void readAdobe(const rapidjson::Value& root, RemoteError& error)
{
    // The gateway: {"error_code": "403003", "message": "Api Key is invalid"}.
    const QString code = RemoteJson::member(root, "error_code") != nullptr
                             ? joinedStrings(*RemoteJson::member(root, "error_code"))
                             : QString();
    if (!code.isEmpty()) {
        error.message = Text::tr("%1 (Adobe gateway error %2)").arg(RemoteJson::string(root, "message"), code);
        return;
    }
    // Flow Service, RFC 7807-like: {type, title, status, detail | report{detailed-message}}.
    QString detailText = RemoteJson::string(root, "detail");
    if (const rapidjson::Value* report = RemoteJson::member(root, "report"); report != nullptr) {
        const QString detailed = RemoteJson::string(*report, "detailed-message");
        if (!detailed.isEmpty()) {
            detailText = detailed;
        }
    }
    if (detailText.isEmpty()) {
        detailText = RemoteJson::string(root, "errorMessage");
    }
    const QString title = RemoteJson::string(root, "title");
    QString typeCode = RemoteJson::string(root, "type").section(QLatin1Char('/'), -1);
    if (title.isEmpty() && detailText.isEmpty()) {
        error.message = RemoteJson::string(root, "message");
        return;
    }
    error.message
        = title.isEmpty() || detailText.isEmpty() ? title + detailText : Text::tr("%1: %2").arg(title, detailText);
    if (!typeCode.isEmpty()) {
        error.message += Text::tr(" (%1)").arg(typeCode);
    }
}

} // namespace

QString RemoteError::fullMessage() const
{
    QString text = message;
    for (const FieldError& field : fields) {
        text += QLatin1Char('\n')
                + (field.field.isEmpty() ? field.message : Text::tr("%1: %2").arg(field.field, field.message));
    }
    return text;
}

RemoteError RemoteError::refused(const QString& text)
{
    RemoteError error;
    error.kind = Kind::Refused;
    error.message = text;
    return error;
}

RemoteError RemoteError::untrusted(const QString& host, const QStringList& problems)
{
    RemoteError error;
    error.kind = Kind::Untrusted;
    // A certificate problem is never waved through: say so, and what to check.
    error.message = QCoreApplication::translate("RemoteError",
                                                "The secure connection to %1 failed, so nothing was sent: %2. "
                                                "Check the server's certificate and the system's trusted "
                                                "certificates, or ask the server's administrator.")
                        .arg(host, problems.join(QStringLiteral("; ")));
    return error;
}

RemoteError RemoteError::badReply(const QString& text)
{
    RemoteError error;
    error.kind = Kind::BadReply;
    error.message = text;
    return error;
}

namespace RemoteErrors {

RemoteError fromReply(ApiKind api, int status, const QByteArray& body, const QByteArray& retryAfter)
{
    RemoteError error;
    error.kind = kindForStatus(status);
    error.httpStatus = status;
    error.retryAfterSeconds = parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());

    rapidjson::Document document;
    QString parseError;
    if (!body.trimmed().isEmpty() && RemoteJson::parse(body, document, &parseError) && document.IsObject()) {
        switch (api) {
        case ApiKind::DataFramer:
            readDataFramer(document, error);
            break;
        case ApiKind::ScaleGp:
            readScaleGp(document, error);
            break;
        case ApiKind::Adobe:
            readAdobe(document, error);
            break;
        }
    } else if (!body.trimmed().isEmpty()) {
        error.message = excerpt(body);
    }

    // Lead with the plain sentence for the status; the server's own words follow.
    const QString sentence = sentenceForStatus(status);
    if (error.message.isEmpty()) {
        error.message = sentence;
    } else if (status == 401 || status == 403 || status == 429 || status >= 500) {
        error.message = Text::tr("%1 The server said: %2").arg(sentence, error.message);
    }
    if (status == 429 && error.retryAfterSeconds >= 0) {
        error.message += QCoreApplication::translate(
            "RemoteErrors", " Try again in %n second(s).", nullptr, error.retryAfterSeconds);
    }
    return error;
}

void nameRequest(RemoteError& error, ApiKind api, const QByteArray& method, const QUrl& url, const QUrl& baseUrl)
{
    if (error.kind == RemoteError::Kind::Cancelled || error.kind == RemoteError::Kind::None) {
        return;
    }
    QString shownUrl = url.toDisplayString();
    if (shownUrl.size() > 200) {
        shownUrl = shownUrl.left(197) + QStringLiteral("...");
    }
    const QString request = QString::fromLatin1(method) + QLatin1Char(' ') + shownUrl;
    error.message
        += QLatin1Char(' ')
           + (error.httpStatus > 0 ? Text::tr("(%1 answered HTTP %2.)").arg(request, QString::number(error.httpStatus))
                                   : Text::tr("(%1)").arg(request));
    if (error.httpStatus != 404) {
        return;
    }
    // A wrong base URL turns every request into a 404 whose body names nothing: say what it should be.
    const QString advice = baseUrlAdvice(api, baseUrl);
    if (!advice.isEmpty()) {
        error.message += Text::tr(" If every request fails like this, check the connection's base URL: %1").arg(advice);
    }
}

QString baseUrlAdvice(ApiKind api, const QUrl& baseUrl)
{
    const QUrl usual = ApiKinds::defaultBaseUrl(api);
    auto trimmedPath = [](const QUrl& address) {
        QString path = address.path();
        while (path.endsWith(QLatin1Char('/'))) {
            path.chop(1);
        }
        return path;
    };
    const QString usualPath = trimmedPath(usual);
    if (trimmedPath(baseUrl) == usualPath) {
        return {};
    }
    if (usualPath.isEmpty()) {
        return Text::tr("%1 base URLs are usually the server's address with no path, as in %2, and this one is %3.")
            .arg(ApiKinds::displayName(api), usual.toDisplayString(), baseUrl.toDisplayString());
    }
    return Text::tr("%1 base URLs end with %2, as in %3, and this one is %4.")
        .arg(ApiKinds::displayName(api), usualPath, usual.toDisplayString(), baseUrl.toDisplayString());
}

qint64 parseRetryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return -1;
    }
    constexpr qint64 kDayMs = 24 * 3600 * 1000;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        // Capped before multiplying: a huge number must not overflow.
        return seconds < 0 ? -1 : std::min<qint64>(seconds, kDayMs / 1000) * 1000;
    }
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) {
        return -1;
    }
    when.setTimeSpec(Qt::UTC);
    return std::clamp<qint64>(now.msecsTo(when), 0, kDayMs);
}

int parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const qint64 ms = parseRetryAfterMs(value, now);
    // Rounded up: a date 2.3 s away is 3 s, never 2, so no retry leaves before the server's time.
    return ms < 0 ? -1 : static_cast<int>((ms + 999) / 1000);
}

QString kindId(RemoteError::Kind kind)
{
    switch (kind) {
    case RemoteError::Kind::None:
        return QStringLiteral("none");
    case RemoteError::Kind::Offline:
        return QStringLiteral("offline");
    case RemoteError::Kind::Timeout:
        return QStringLiteral("timeout");
    case RemoteError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case RemoteError::Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case RemoteError::Kind::Forbidden:
        return QStringLiteral("forbidden");
    case RemoteError::Kind::NotFound:
        return QStringLiteral("not-found");
    case RemoteError::Kind::Rejected:
        return QStringLiteral("rejected");
    case RemoteError::Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case RemoteError::Kind::ServerError:
        return QStringLiteral("server-error");
    case RemoteError::Kind::BadReply:
        return QStringLiteral("bad-reply");
    case RemoteError::Kind::Refused:
        return QStringLiteral("refused");
    case RemoteError::Kind::MissingCredentials:
        return QStringLiteral("missing-credentials");
    case RemoteError::Kind::Untrusted:
        return QStringLiteral("untrusted");
    }
    return {};
}

} // namespace RemoteErrors
