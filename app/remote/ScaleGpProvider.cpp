#include "ScaleGpProvider.h"

#include "ScaleGpFormat.h"

#include <QCoreApplication>

namespace {

/// More pages than any account has; stops a server that never says "last page".
constexpr int maxPages = 10000;

} // namespace

void ScaleGpProvider::authorize(RemoteRequest& request) const
{
    request.headers << qMakePair(QByteArrayLiteral("x-api-key"), secret(QStringLiteral("apiKey")));
    if (!connection().accountId.isEmpty()) {
        request.headers << qMakePair(QByteArrayLiteral("x-selected-account-id"), connection().accountId.toUtf8());
    }
}

QUrl ScaleGpProvider::pageUrl(int page, int limit) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("include_archived"), QStringLiteral("true"));
    return endpoint(QStringLiteral("/v4/application-specs"), query);
}

SpecJob* ScaleGpProvider::testConnection()
{
    SpecJob* job = newJob();
    send(job, request("GET", pageUrl(1, 1)), [this, job](const RemoteResponse& response) {
        const Parsed<RemoteSpecPage> parsed = ScaleGpFormat::parsePage(response.body);
        if (!parsed.ok()) {
            failBadReply(job, parsed.error);
            return;
        }
        job->succeed(parsed.value.specs);
    });
    return job;
}

SpecJob* ScaleGpProvider::listSpecs()
{
    SpecJob* job = newJob();
    requestPage(job, std::make_shared<Listing>(), 1);
    return job;
}

void ScaleGpProvider::requestPage(SpecJob* job, std::shared_ptr<Listing> listing, int page)
{
    const auto onPage = [this, job, listing, page](const RemoteSpecPage& listed) {
        for (const RemoteSpec& spec : listed.specs) {
            // A spec created meanwhile shifts the pages; never list one twice.
            if (!listing->seen.contains(spec.id)) {
                listing->seen.insert(spec.id);
                listing->specs << spec;
            }
        }
        const qint64 total = listed.totalItemCount;
        job->reportProgress(listing->specs.size(), total);
        const int perPage = listed.itemsPerPage > 0 ? listed.itemsPerPage : m_pageSize;
        const bool serverStalled = listed.currentPage > 0 && listed.currentPage != page;
        const bool lastPage = listed.specs.isEmpty() || (total >= 0 && qint64(page) * perPage >= total)
                              || (total < 0 && listed.specs.size() < perPage);
        if (lastPage || serverStalled || page >= maxPages) {
            job->succeed(listing->specs);
            return;
        }
        requestPage(job, listing, page + 1);
    };
    sendParsed<RemoteSpecPage>(job, request("GET", pageUrl(page, m_pageSize)), ScaleGpFormat::parsePage, onPage);
}

SpecJob* ScaleGpProvider::fetchSpec(const QString& specId)
{
    return sendForSpec(request("GET", endpoint(QStringLiteral("/v4/application-specs/%1").arg(segment(specId)))),
                       ScaleGpFormat::parseSpec);
}

SpecJob* ScaleGpProvider::updateSpec(const QString& specId, const QByteArray& base, const QByteArray& draft)
{
    const Parsed<QByteArray> body = ScaleGpFormat::patchBody(base, draft);
    if (!body.ok() || body.value.isEmpty()) {
        SpecJob* job = newJob();
        if (!body.ok()) {
            job->fail(RemoteError::refused(body.error));
        } else {
            job->succeedWithNothingSent();
        }
        return job;
    }
    return sendForSpec(
        request("PATCH", endpoint(QStringLiteral("/v4/application-specs/%1").arg(segment(specId))), body.value),
        ScaleGpFormat::parseSpec);
}

SpecJob* ScaleGpProvider::restoreSpec(const QString& specId)
{
    return sendForSpec(request("PATCH",
                               endpoint(QStringLiteral("/v4/application-specs/%1").arg(segment(specId))),
                               ScaleGpFormat::restoreBody()),
                       ScaleGpFormat::parseSpec);
}
