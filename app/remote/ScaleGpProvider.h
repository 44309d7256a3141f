#pragma once

#include "SpecProvider.h"

#include <QSet>

/// Scale GP (EGP v4) application specs: `x-api-key`, optional `x-selected-account-id`, paged
/// lists, PATCH of the changed fields only, and `{"restore": true}` to un-archive.
class ScaleGpProvider : public SpecProvider
{
    Q_OBJECT

public:
    using SpecProvider::SpecProvider;

    /// Items asked per page (the API allows up to 10,000).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    SpecJob* testConnection() override;
    SpecJob* listSpecs() override;
    SpecJob* fetchSpec(const QString& specId) override;
    SpecJob* updateSpec(const QString& specId, const QByteArray& base, const QByteArray& draft) override;
    bool canRestore() const override { return true; }
    SpecJob* restoreSpec(const QString& specId) override;

protected:
    void authorize(RemoteRequest& request) const override;

private:
    struct Listing
    {
        QList<RemoteSpec> specs;
        QSet<QString> seen;
    };

    QUrl pageUrl(int page, int limit) const;
    void requestPage(SpecJob* job, std::shared_ptr<Listing> listing, int page);

    int m_pageSize = 100;
};
