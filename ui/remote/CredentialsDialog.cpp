#include "CredentialsDialog.h"

#include "RemoteContext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CredentialsDialog::CredentialsDialog(RemoteContext* context,
                                     const Connection& connection,
                                     const QString& reason,
                                     QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_connection(connection)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Credentials for %1").arg(connection.name));
    auto* intro = new QLabel(tr("The server of “%1” refused its credentials:\n%2\n\nEnter new ones; the drafts "
                                "waiting for this connection are sent again once they are stored.")
                                 .arg(connection.name, reason),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto* form = new QFormLayout;
    for (const QString& name : Connections::secretNames(connection.api)) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name + QStringLiteral("Edit"));
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(Connections::secretLabel(connection.api, name));
        edit->setAccessibleDescription(tr("A new %1 for “%2”; it is stored as a secret, never in the workspace.")
                                           .arg(Connections::secretLabel(connection.api, name), connection.name));
        form->addRow(tr("%1:").arg(Connections::secretLabel(connection.api, name)), edit);
        m_edits.insert(name, edit);
    }
    m_error->setObjectName(QStringLiteral("credentialsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)
        ->setAccessibleDescription(tr("Stores the typed secrets and sends the waiting drafts again."));
    buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Keeps the old secrets; the drafts stay queued."));
    connect(buttons, &QDialogButtonBox::accepted, this, &CredentialsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void CredentialsDialog::accept()
{
    Credentials typed;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (!it.value()->text().isEmpty()) {
            typed.insert(it.key(), it.value()->text());
        }
    }
    if (typed.isEmpty()) {
        showError(tr("Enter at least one secret, or Cancel."));
        return;
    }
    // The keychain answers in its own time; the dialog closes once the secrets are stored.
    m_context->credentials().store(m_connection, typed, this, [this](bool stored, const QString& error) {
        if (!stored) {
            showError(tr("The secrets could not be stored: %1").arg(error));
            return;
        }
        QDialog::accept();
    });
}

void CredentialsDialog::showError(const QString& error)
{
    m_error->setText(error);
    m_error->show();
}
