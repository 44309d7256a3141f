#pragma once

#include "Connection.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

/// The fields of one connection: name, API, base URL, the API's own settings, its secrets and
/// the environment variables specdesk-cli may read them from.
///
/// Secrets typed here are handed out once (typedCredentials()) and never shown again: a stored
/// secret appears only as a placeholder, and an empty field means "keep the stored one".
class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionForm(QWidget* parent = nullptr);

    /// Shows a saved connection. `placeholders` say, by secret name, where each stored secret is.
    void setConnection(const Connection& connection, const QMap<QString, QString>& placeholders);
    /// Empties the form for a new connection of the first API.
    void clear();
    /// The connection as the form stands; id and collection are those of the one shown.
    Connection connection() const;
    /// The secrets typed in this form, by secret name; fields left empty are left out.
    Credentials typedCredentials() const;
    /// Empties the secret fields, e.g. once their secrets are stored.
    void clearSecrets(const QMap<QString, QString>& placeholders);
    /// Says where each stored secret is once the keychain has answered; typed values stay.
    void setSecretPlaceholders(const QMap<QString, QString>& placeholders);
    QLineEdit* nameEdit() const { return m_name; }

Q_SIGNALS:
    void edited();

private:
    /// Two rows hold the secrets of any API (Adobe needs two, the others one).
    static constexpr int kSecretRows = 2;
    struct SecretRow
    {
        QLabel* label = nullptr;
        QLineEdit* value = nullptr;
        QLabel* environmentLabel = nullptr;
        QLineEdit* environment = nullptr;
    };

    ApiKind api() const;
    void onApiChanged();
    /// Shows the rows the API uses and labels the secret rows with its secrets.
    void showRowsFor(ApiKind api);
    QLineEdit* addLine(const QString& label, const QString& objectName, const QString& accessibleName);

    QFormLayout* m_layout;
    QLineEdit* m_name;
    QComboBox* m_api;
    QLineEdit* m_baseUrl;
    QLineEdit* m_accountId;
    QLineEdit* m_imsOrg;
    QLineEdit* m_sandbox;
    std::array<SecretRow, kSecretRows> m_secrets;
    QCheckBox* m_allowInsecure;
    qint64 m_connectionId = 0;
    qint64 m_collectionId = 0;
    /// The documented URL the base URL field was last filled with; an edited URL is kept.
    QString m_defaultUrl;
};
