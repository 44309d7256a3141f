#include "AdobeProvider.h"

#include "AdobeFormat.h"

namespace {

constexpr int maxPages = 1000;

} // namespace

void AdobeProvider::authorize(RemoteRequest& request) const
{
    request.headers << qMakePair(QByteArrayLiteral("Authorization"), "Bearer " + secret(QStringLiteral("accessToken")));
    request.headers << qMakePair(QByteArrayLiteral("x-api-key"), secret(QStringLiteral("apiKey")));
    request.headers << qMakePair(QByteArrayLiteral("x-gw-ims-org-id"), connection().imsOrgId.toUtf8());
    request.headers << qMakePair(QByteArrayLiteral("x-sandbox-name"), connection().sandboxName.toUtf8());
}

SpecJob* AdobeProvider::testConnection()
{
    SpecJob* job = newJob();
    send(job, request("GET", endpoint(QStringLiteral("/flowSpecs"))), [this, job](const RemoteResponse& response) {
        const Parsed<RemoteSpecPage> parsed = AdobeFormat::parseList(response.body);
        if (!parsed.ok()) {
            failBadReply(job, parsed.error);
            return;
        }
        job->succeed({});
    });
    return job;
}

SpecJob* AdobeProvider::listSpecs()
{
    SpecJob* job = newJob();
    requestList(job, std::make_shared<QList<RemoteSpec>>(), endpoint(QStringLiteral("/flowSpecs")), 1);
    return job;
}

QUrl AdobeProvider::nextPageUrl(const QString& href) const
{
    const QUrl next(href);
    if (next.isRelative()) {
        // Flow Service links are relative to the service root: "/flowSpecs?continuationToken=...".
        const QString path = next.path(QUrl::FullyEncoded);
        QUrlQuery query(next.query(QUrl::FullyEncoded));
        return endpoint(path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path, query);
    }
    const QUrl base = connection().baseUrl;
    if (next.scheme() != base.scheme() || next.host() != base.host() || next.port() != base.port()) {
        return {};
    }
    return next;
}

void AdobeProvider::requestList(SpecJob* job, std::shared_ptr<QList<RemoteSpec>> specs, const QUrl& url, int page)
{
    sendParsed<RemoteSpecPage>(
        job, request("GET", url), AdobeFormat::parseList, [this, job, specs, page](const RemoteSpecPage& listed) {
            *specs << listed.specs;
            job->reportProgress(specs->size(), -1);
            const QUrl next = listed.nextLink.isEmpty() ? QUrl() : nextPageUrl(listed.nextLink);
            if (!next.isValid() || next.isEmpty() || listed.specs.isEmpty() || page >= maxPages) {
                job->succeed(*specs);
                return;
            }
            requestList(job, specs, next, page + 1);
        });
}

SpecJob* AdobeProvider::fetchSpec(const QString& specId)
{
    return sendForSpec(request("GET", endpoint(QStringLiteral("/flowSpecs/%1").arg(segment(specId)))),
                       AdobeFormat::parseSpec);
}

SpecJob* AdobeProvider::updateSpec(const QString& specId, const QByteArray& base, const QByteArray& draft)
{
    Q_UNUSED(base)
    const Parsed<QByteArray> body = AdobeFormat::putBody(draft, specId);
    if (!body.ok()) {
        SpecJob* job = newJob();
        job->fail(RemoteError::refused(body.error));
        return job;
    }
    return sendForSpec(request("PUT", endpoint(QStringLiteral("/flowSpecs/%1").arg(segment(specId))), body.value),
                       AdobeFormat::parseSpec);
}
