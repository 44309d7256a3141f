#include "DataFramerProvider.h"

#include "DataFramerFormat.h"

void DataFramerProvider::authorize(RemoteRequest& request) const
{
    request.headers << qMakePair(QByteArrayLiteral("Authorization"), "Bearer " + secret(QStringLiteral("token")));
}

QUrl DataFramerProvider::specsUrl() const
{
    return endpoint(QStringLiteral("/api/dataframer/specs/"));
}

QUrl DataFramerProvider::specUrl(const QString& specId, bool withVersions) const
{
    QUrlQuery query;
    if (withVersions) {
        query.addQueryItem(QStringLiteral("include_versions"), QStringLiteral("true"));
    }
    return endpoint(QStringLiteral("/api/dataframer/specs/%1/").arg(segment(specId)), query);
}

SpecJob* DataFramerProvider::testConnection()
{
    return listSpecs();
}

SpecJob* DataFramerProvider::listSpecs()
{
    SpecJob* job = newJob();
    sendParsed<QList<RemoteSpec>>(
        job, request("GET", specsUrl()), DataFramerFormat::parseList, [job](const QList<RemoteSpec>& specs) {
            job->reportProgress(specs.size(), specs.size());
            job->succeed(specs);
        });
    return job;
}

SpecJob* DataFramerProvider::fetchSpec(const QString& specId)
{
    return sendForSpec(request("GET", specUrl(specId, true)), DataFramerFormat::parseSpec);
}

SpecJob* DataFramerProvider::updateSpec(const QString& specId, const QByteArray& base, const QByteArray& draft)
{
    Q_UNUSED(base)
    const Parsed<QByteArray> body = DataFramerFormat::updateBody(draft);
    if (!body.ok()) {
        SpecJob* job = newJob();
        job->fail(RemoteError::refused(body.error));
        return job;
    }
    return sendForSpec(request("PUT", specUrl(specId), body.value), DataFramerFormat::parseSpec);
}
