#pragma once

#include "SpecProvider.h"

/// Adobe Experience Platform Flow Service flow specs: every request carries the Bearer token,
/// `x-api-key`, `x-gw-ims-org-id` and `x-sandbox-name`; an update is a full-object PUT.
class AdobeProvider : public SpecProvider
{
    Q_OBJECT

public:
    using SpecProvider::SpecProvider;

    SpecJob* testConnection() override;
    SpecJob* listSpecs() override;
    SpecJob* fetchSpec(const QString& specId) override;
    SpecJob* updateSpec(const QString& specId, const QByteArray& base, const QByteArray& draft) override;

protected:
    void authorize(RemoteRequest& request) const override;

private:
    void requestList(SpecJob* job, std::shared_ptr<QList<RemoteSpec>> specs, const QUrl& url, int page);
    /// `_links.next.href` resolved against the base URL; invalid when it points elsewhere, so
    /// the credentials never go to another host.
    QUrl nextPageUrl(const QString& href) const;
};
