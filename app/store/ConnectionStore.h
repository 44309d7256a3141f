#pragma once

#include "Connection.h"

#include <QList>
#include <QString>

#include <optional>

class WorkspaceStore;

/// The workspace's connections, in domain terms. Each connection owns a tree collection
/// holding its specs. Secrets are never stored here: see SecretStore.
class ConnectionStore
{
public:
    explicit ConnectionStore(WorkspaceStore* store);

    QList<Connection> connections() const;
    std::optional<Connection> connection(qint64 connectionId) const;
    std::optional<Connection> connectionNamed(const QString& name) const;
    std::optional<Connection> connectionForCollection(qint64 collectionId) const;

    /// Validates and adds a connection with its collection; returns its id, or 0 with `error`.
    qint64 add(Connection connection, QString* error);
    /// Saves a changed name, URL or settings.
    bool update(const Connection& connection, QString* error);
    /// Removes the connection and its cached specs and versions.
    bool remove(qint64 connectionId, QString* error);

private:
    std::optional<Connection> findOne(const QString& where, const QVariant& value) const;

    WorkspaceStore* m_store;
};
