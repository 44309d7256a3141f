#include "ConnectionsDialog.h"

#include "ConnectionForm.h"
#include "OverlaySecretStore.h"
#include "RemoteContext.h"
#include "SecretStore.h"
#include "SessionSecretStore.h"
#include "SpecJob.h"
#include "SpecProvider.h"
#include "WorkspaceStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

/// The keychain wrapper, when the app's secret store is one or holds one.
SessionSecretStore* sessionStoreOf(SecretStore* secrets)
{
    if (auto* session = qobject_cast<SessionSecretStore*>(secrets)) {
        return session;
    }
    return secrets ? secrets->findChild<SessionSecretStore*>() : nullptr;
}

} // namespace

ConnectionsDialog::ConnectionsDialog(RemoteContext* context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("&Remove…"), this))
    , m_heading(new QLabel(this))
    , m_form(new ConnectionForm(this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_message(new QLabel(this))
    , m_keychainWarning(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));

    auto* listLabel = new QLabel(tr("&Connections:"), this);
    listLabel->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setAccessibleDescription(tr("The workspace's connections; select one to edit it in the form."));
    m_addButton->setObjectName(QStringLiteral("addConnectionButton"));
    m_addButton->setToolTip(tr("Start a new connection; Save adds it."));
    m_removeButton->setObjectName(QStringLiteral("removeConnectionButton"));
    m_removeButton->setToolTip(tr("Remove the connection with its cached specs and stored secrets."));

    m_heading->setObjectName(QStringLiteral("connectionHeading"));
    m_heading->setTextFormat(Qt::PlainText); // the connection's name
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Ask the server once, with the secrets typed here (or the stored ones)."));
    m_message->setObjectName(QStringLiteral("connectionMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleDescription(tr("What the last test or save of this connection said."));
    m_keychainWarning->setObjectName(QStringLiteral("keychainWarningLabel"));
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->setTextFormat(Qt::PlainText);
    m_keychainWarning->setFrameShape(QFrame::StyledPanel);
    m_keychainWarning->setMargin(6);
    m_saveButton->setObjectName(QStringLiteral("saveConnectionButton"));
    m_saveButton->setDefault(true);
    m_saveButton->setAccessibleDescription(tr("Saves the connection, with its secrets in the secret store."));

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(listLabel);
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_message, 1);
    auto* formColumn = new QVBoxLayout;
    formColumn->addWidget(m_heading);
    formColumn->addWidget(m_form);
    formColumn->addLayout(testRow);
    formColumn->addWidget(m_keychainWarning);
    formColumn->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addLayout(formColumn, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveButton, QDialogButtonBox::ApplyRole);
    buttons->button(QDialogButtonBox::Close)
        ->setAccessibleDescription(tr("Closes the dialog; unsaved edits are dropped."));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::showSelected);
    connect(m_addButton, &QPushButton::clicked, this, &ConnectionsDialog::startNew);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionsDialog::removeSelected);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (SessionSecretStore* session = sessionStoreOf(m_context->secrets())) {
        connect(session, &SessionSecretStore::keychainUnavailable, this, &ConnectionsDialog::refreshKeychainWarning);
    }

    resize(820, 520);
    reloadList(0);
    refreshKeychainWarning();
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::selectConnection(qint64 connectionId)
{
    reloadList(connectionId);
}

qint64 ConnectionsDialog::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ConnectionsDialog::reloadList(qint64 selectId)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        const QList<Connection> connections = m_context->connections().connections();
        for (const Connection& connection : connections) {
            auto* item = new QListWidgetItem(connection.name, m_list);
            item->setData(Qt::UserRole, connection.id);
            item->setToolTip(tr("%1 at %2").arg(ApiKinds::displayName(connection.api), connection.baseUrl.toString()));
            if (connection.id == selectId || (selectId == 0 && m_list->count() == 1)) {
                m_list->setCurrentItem(item);
            }
        }
    }
    showSelected();
}

void ConnectionsDialog::showSelected()
{
    // A test still running belongs to the connection shown before.
    m_testJob = nullptr;
    m_testProvider.reset();
    m_testButton->setEnabled(true);
    showMessage(QString(), Tone::Info);
    const std::optional<Connection> connection = m_context->connections().connection(selectedId());
    if (!connection) {
        startNew();
        return;
    }
    m_heading->setText(tr("%1 (%2)").arg(connection->name, ApiKinds::displayName(connection->api)));
    m_form->setConnection(*connection, {});
    showSecretPlaceholders(*connection);
    m_removeButton->setEnabled(true);
}

void ConnectionsDialog::startNew()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    m_heading->setText(tr("New connection"));
    m_form->clear();
    m_removeButton->setEnabled(false);
    if (isVisible()) {
        m_form->nameEdit()->setFocus(Qt::OtherFocusReason);
    }
}

void ConnectionsDialog::showSecretPlaceholders(const Connection& connection)
{
    m_context->credentials().resolve(connection, this, [this, connection](const Credentials& stored) {
        if (selectedId() != connection.id) {
            return; // another connection is shown by now
        }
        refreshKeychainWarning();
        SecretStore* secrets = m_context->secrets();
        const auto* overlay = qobject_cast<const OverlaySecretStore*>(secrets);
        QMap<QString, QString> placeholders;
        for (const QString& name : Connections::secretNames(connection.api)) {
            const QString key = SecretStore::keyFor(m_context->workspace()->workspaceId(), connection.id, name);
            const bool persistent = overlay ? overlay->isPersistent(key) : secrets && secrets->isPersistent();
            const QString variable = connection.secretEnvironment.value(name);
            if (!variable.isEmpty() && !qEnvironmentVariable(qPrintable(variable)).isEmpty()) {
                placeholders.insert(name, tr("read from $%1").arg(variable));
            } else if (!stored.value(name).isEmpty()) {
                placeholders.insert(name, persistent ? tr("stored in keychain") : tr("stored for this session"));
            } else {
                placeholders.insert(name, tr("not stored yet"));
            }
        }
        m_form->setSecretPlaceholders(placeholders);
    });
}

void ConnectionsDialog::save()
{
    Connection connection = m_form->connection();
    const QString invalid = Connections::validate(connection);
    if (!invalid.isEmpty()) {
        showMessage(invalid, Tone::Error);
        return;
    }
    QString error;
    if (connection.id == 0) {
        connection.id = m_context->connections().add(connection, &error);
        const std::optional<Connection> added = m_context->connections().connection(connection.id);
        if (!added) {
            showMessage(error, Tone::Error);
            return;
        }
        connection = *added;
    } else if (!m_context->connections().update(connection, &error)) {
        showMessage(error, Tone::Error);
        return;
    }
    const Credentials typed = m_form->typedCredentials();
    if (typed.isEmpty()) {
        finishSave(connection, true, {});
        return;
    }
    m_context->credentials().store(connection, typed, this, [this, connection](bool stored, const QString& message) {
        finishSave(connection, stored, message);
    });
}

void ConnectionsDialog::finishSave(const Connection& connection, bool secretsStored, const QString& error)
{
    reloadList(connection.id);
    if (!secretsStored) {
        showMessage(tr("The connection is saved, but its secrets are not: %1").arg(error), Tone::Error);
        return;
    }
    m_context->credentials().resolve(connection, this, [this, connection](const Credentials& stored) {
        const QStringList missing = Connections::missingSecrets(connection, stored);
        showMessage(missing.isEmpty() ? tr("Saved.") : tr("Saved. Still missing: %1.").arg(missing.join(tr(", "))),
                    missing.isEmpty() ? Tone::Success : Tone::Info);
    });
}

void ConnectionsDialog::removeSelected()
{
    const std::optional<Connection> connection = m_context->connections().connection(selectedId());
    if (!connection) {
        return;
    }
    const QList<SpecRecord> specs = m_context->workspace()->specSummaries(connection->collectionId);
    int edited = 0;
    for (const SpecRecord& spec : specs) {
        edited += m_context->specs().hasLocalEdits(spec.id) ? 1 : 0;
    }
    // No translations ship yet, so the plurals are spelled out rather than left as "spec(s)".
    QString detail = specs.size() == 1 ? tr("This deletes its 1 cached spec from this workspace")
                                       : tr("This deletes its %1 cached specs from this workspace").arg(specs.size());
    if (edited > 0) {
        detail += edited == 1 ? tr(", including 1 with local edits never sent to the server")
                              : tr(", including %1 with local edits never sent to the server").arg(edited);
    }
    detail += tr(", and forgets its stored secrets. Nothing changes on the server.");
    QMessageBox box(QMessageBox::Warning,
                    tr("Remove Connection"),
                    tr("Remove the connection “%1”?").arg(connection->name),
                    QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("removeConnectionBox"));
    box.setTextFormat(Qt::PlainText); // the connection's name
    box.setInformativeText(detail);
    QPushButton* remove = box.addButton(tr("&Remove Connection"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove) {
        return;
    }
    QString error;
    m_context->credentials().forget(*connection);
    if (!m_context->connections().remove(connection->id, &error)) {
        showMessage(error, Tone::Error);
        return;
    }
    reloadList(0);
    showMessage(tr("Removed “%1” and its cached specs.").arg(connection->name), Tone::Success);
}

void ConnectionsDialog::testConnection()
{
    const Connection connection = m_form->connection();
    const QString invalid = Connections::validate(connection);
    if (!invalid.isEmpty()) {
        showMessage(invalid, Tone::Error);
        return;
    }
    // The secrets typed now, else the stored ones: a test before Save uses what is on screen.
    const Credentials typed = m_form->typedCredentials();
    if (connection.id == 0) {
        startTest(connection, typed);
        return;
    }
    m_context->credentials().resolve(connection, this, [this, connection, typed](const Credentials& stored) {
        Credentials credentials = stored;
        for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
            credentials.insert(it.key(), it.value());
        }
        startTest(connection, credentials);
    });
}

void ConnectionsDialog::startTest(const Connection& connection, const Credentials& credentials)
{
    const QStringList missing = Connections::missingSecrets(connection, credentials);
    if (!missing.isEmpty()) {
        showMessage(tr("Enter the %1 first.").arg(missing.join(tr(" and "))), Tone::Error);
        return;
    }
    m_testProvider = SpecProvider::create(connection, credentials, &m_context->transport());
    SpecJob* job = m_testProvider->testConnection();
    m_testJob = job;
    m_testButton->setEnabled(false);
    showMessage(tr("Testing the connection to %1…").arg(connection.baseUrl.host()), Tone::Info);
    connect(job, &SpecJob::finished, this, [this, job] {
        if (job != m_testJob) {
            return;
        }
        m_testJob = nullptr;
        m_testButton->setEnabled(true);
        if (job->succeeded()) {
            showMessage(tr("Connected."), Tone::Success);
        } else {
            showMessage(job->error().fullMessage(), Tone::Error);
        }
    });
}

void ConnectionsDialog::showMessage(const QString& text, Tone tone)
{
    QPalette palette = this->palette();
    if (tone == Tone::Error) {
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    } else if (tone == Tone::Success) {
        palette.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
    }
    m_message->setPalette(palette);
    m_message->setText(text);
    // The text itself is the name, so it is read out as it changes; empty, the label says what it is for.
    m_message->setAccessibleName(text.isEmpty() ? tr("Connection status") : text);
}

void ConnectionsDialog::refreshKeychainWarning()
{
    SecretStore* secrets = m_context->secrets();
    if (!secrets || secrets->isPersistent()) {
        m_keychainWarning->hide();
        return;
    }
    // The keychain wrapper says why (and mentions the CLI's route); a plain memory store cannot.
    const SessionSecretStore* session = sessionStoreOf(secrets);
    m_keychainWarning->setText(
        session && !session->unavailableReason().isEmpty()
            ? session->unavailableReason()
            : tr("No system keychain is in use: secrets are kept in memory for this session only and must be "
                 "entered again after a restart. For scripts, name an environment variable for each secret; "
                 "specdesk-cli reads it from there."));
    m_keychainWarning->setAccessibleName(m_keychainWarning->text());
    m_keychainWarning->show();
}
