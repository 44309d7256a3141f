#pragma once

#include "Connection.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class RemoteContext;

/// Asks for a connection's secrets again after its server refused them (a 401, an expired
/// token), and stores what is typed through the CredentialResolver. Shown once per connection
/// and not modal, so a sync of many specs never becomes a stack of the same question.
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    CredentialsDialog(RemoteContext* context, const Connection& connection, const QString& reason, QWidget* parent);

    /// The field of a secret, by secret name ("token", "apiKey", "accessToken").
    QLineEdit* secretEdit(const QString& secretName) const { return m_edits.value(secretName); }

    void accept() override;

private:
    void showError(const QString& error);

    RemoteContext* m_context;
    Connection m_connection;
    QMap<QString, QLineEdit*> m_edits;
    QLabel* m_error;
};
