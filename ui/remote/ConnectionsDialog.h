#pragma once

#include "Connection.h"

#include <QDialog>

#include <memory>

class ConnectionForm;
class QLabel;
class QListWidget;
class QPushButton;
class RemoteContext;
class SpecJob;
class SpecProvider;

/// Where the user adds, edits, tests and removes the workspace's connections.
///
/// A thin layer over ConnectionStore and CredentialResolver: every check is
/// Connections::validate(), every outcome is said inline under the form (never in a message
/// box), and secrets go straight to the secret store. The one question asked in a box is the
/// confirmation before a removal, because it deletes the connection's cached specs.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionsDialog(RemoteContext* context, QWidget* parent = nullptr);
    ~ConnectionsDialog() override;

    /// Shows the connection in the form; 0 starts a new one.
    void selectConnection(qint64 connectionId);
    ConnectionForm* form() const { return m_form; }

private:
    enum class Tone {
        Info,
        Success,
        Error,
    };

    void reloadList(qint64 selectId);
    void showSelected();
    void startNew();
    void save();
    void removeSelected();
    void testConnection();
    void showMessage(const QString& text, Tone tone);
    void refreshKeychainWarning();
    qint64 selectedId() const;
    /// Where each of the connection's secrets is now, as placeholders for its empty fields.
    /// Asks the keychain, then shows them (when the connection is still the one shown).
    void showSecretPlaceholders(const Connection& connection);
    /// After a save stored (or failed to store) the typed secrets.
    void finishSave(const Connection& connection, bool secretsStored, const QString& error);
    /// Starts the test with these secrets.
    void startTest(const Connection& connection, const Credentials& credentials);

    RemoteContext* m_context;
    QListWidget* m_list;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QLabel* m_heading;
    ConnectionForm* m_form;
    QPushButton* m_testButton;
    QLabel* m_message;
    QLabel* m_keychainWarning;
    QPushButton* m_saveButton;
    std::unique_ptr<SpecProvider> m_testProvider;
    SpecJob* m_testJob = nullptr;
};
