#pragma once

#include "SpecProvider.h"

/// DataFramer: `/api/dataframer/specs/` with a Bearer key. Every PUT of `{content_yaml}` makes
/// a new server version (at most 30), and the server keeps them all.
class DataFramerProvider : public SpecProvider
{
    Q_OBJECT

public:
    using SpecProvider::SpecProvider;

    SpecJob* testConnection() override;
    SpecJob* listSpecs() override;
    SpecJob* fetchSpec(const QString& specId) override;
    SpecJob* updateSpec(const QString& specId, const QByteArray& base, const QByteArray& draft) override;
    bool keepsServerVersions() const override { return true; }

protected:
    void authorize(RemoteRequest& request) const override;

private:
    QUrl specsUrl() const;
    QUrl specUrl(const QString& specId, bool withVersions = false) const;
};
