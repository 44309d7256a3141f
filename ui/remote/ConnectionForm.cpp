#include "ConnectionForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace {

/// `text` with a mnemonic on the first word start (else the first letter) not yet `taken`.
QString withMnemonic(const QString& text, QString* taken)
{
    const auto pick = [&](bool wordStartsOnly) -> qsizetype {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i).toLower();
            const bool wordStart = i == 0 || !text.at(i - 1).isLetterOrNumber();
            if (c.isLetter() && (wordStart || !wordStartsOnly) && !taken->contains(c)) {
                return i;
            }
        }
        return -1;
    };
    qsizetype at = pick(true);
    if (at < 0) {
        at = pick(false);
    }
    if (at < 0) {
        return text;
    }
    taken->append(text.at(at).toLower());
    return text.left(at) + QLatin1Char('&') + text.mid(at);
}

QString capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

/// What scripts would typically call the variable; only a hint in the empty field.
QString environmentExample(ApiKind api, const QString& secretName)
{
    switch (api) {
    case ApiKind::DataFramer:
        return QStringLiteral("DATAFRAMER_API_KEY");
    case ApiKind::ScaleGp:
        return QStringLiteral("SGP_API_KEY");
    case ApiKind::Adobe:
        return secretName == QLatin1String("accessToken") ? QStringLiteral("ADOBE_ACCESS_TOKEN")
                                                          : QStringLiteral("ADOBE_API_KEY");
    }
    return {};
}

} // namespace

ConnectionForm::ConnectionForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_api(new QComboBox(this))
    , m_allowInsecure(new QCheckBox(tr("Allow insecure &HTTP (secrets are sent unencrypted)"), this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = addLine(tr("&Name:"), QStringLiteral("connectionNameEdit"), tr("Connection name"));
    m_name->setAccessibleDescription(tr("How the connection is shown in the specs tree."));

    for (ApiKind kind : {ApiKind::DataFramer, ApiKind::ScaleGp, ApiKind::Adobe}) {
        m_api->addItem(ApiKinds::displayName(kind), ApiKinds::id(kind));
    }
    m_api->setObjectName(QStringLiteral("connectionApiCombo"));
    m_api->setAccessibleName(tr("API"));
    m_api->setAccessibleDescription(tr("The service this connection talks to; fixed once the connection is saved."));
    auto* apiLabel = new QLabel(tr("A&PI:"), this);
    apiLabel->setBuddy(m_api);
    m_layout->addRow(apiLabel, m_api);

    m_baseUrl = addLine(tr("Base &URL:"), QStringLiteral("connectionBaseUrlEdit"), tr("Base URL"));
    m_baseUrl->setAccessibleDescription(tr("The server's root address; empty means the API's documented server."));
    m_accountId = addLine(tr("Account &ID:"), QStringLiteral("connectionAccountIdEdit"), tr("Scale GP account ID"));
    m_accountId->setPlaceholderText(tr("Optional; sent as x-selected-account-id"));
    m_accountId->setAccessibleDescription(m_accountId->placeholderText());
    m_imsOrg = addLine(tr("IMS &organization:"), QStringLiteral("connectionImsOrgEdit"), tr("Adobe IMS organization"));
    m_imsOrg->setPlaceholderText(tr("e.g. 0123456789ABCDEF@AdobeOrg (x-gw-ims-org-id)"));
    m_imsOrg->setAccessibleDescription(tr("The Adobe organization the requests are made for."));
    m_sandbox = addLine(tr("Sand&box name:"), QStringLiteral("connectionSandboxEdit"), tr("Adobe sandbox name"));
    m_sandbox->setPlaceholderText(tr("e.g. prod (x-sandbox-name)"));
    m_sandbox->setAccessibleDescription(tr("The Adobe Experience Platform sandbox the flows live in."));

    for (int i = 0; i < kSecretRows; ++i) {
        SecretRow& row = m_secrets[size_t(i)];
        row.value = new QLineEdit(this);
        row.value->setObjectName(QStringLiteral("connectionSecretEdit%1").arg(i));
        row.value->setEchoMode(QLineEdit::Password);
        row.label = new QLabel(this);
        row.label->setBuddy(row.value);
        m_layout->addRow(row.label, row.value);
        row.environment = new QLineEdit(this);
        row.environment->setObjectName(QStringLiteral("connectionEnvironmentEdit%1").arg(i));
        row.environmentLabel = new QLabel(this);
        row.environmentLabel->setBuddy(row.environment);
        m_layout->addRow(row.environmentLabel, row.environment);
        connect(row.value, &QLineEdit::textEdited, this, &ConnectionForm::edited);
        connect(row.environment, &QLineEdit::textEdited, this, &ConnectionForm::edited);
    }

    m_allowInsecure->setObjectName(QStringLiteral("connectionAllowInsecureCheck"));
    m_allowInsecure->setToolTip(tr("Plain http:// is only accepted for this machine (localhost), unless this "
                                   "is checked. Anyone on the network between can then read the secrets."));
    m_layout->addRow(QString(), m_allowInsecure);

    connect(m_api, &QComboBox::currentIndexChanged, this, &ConnectionForm::onApiChanged);
    connect(m_allowInsecure, &QCheckBox::toggled, this, &ConnectionForm::edited);
    clear();
}

QLineEdit* ConnectionForm::addLine(const QString& label, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    auto* buddy = new QLabel(label, this);
    buddy->setBuddy(edit);
    m_layout->addRow(buddy, edit);
    connect(edit, &QLineEdit::textEdited, this, &ConnectionForm::edited);
    return edit;
}

ApiKind ConnectionForm::api() const
{
    ApiKind kind = ApiKind::DataFramer;
    ApiKinds::fromId(m_api->currentData().toString(), &kind);
    return kind;
}

void ConnectionForm::onApiChanged()
{
    const ApiKind kind = api();
    // Follow the API with its documented URL, unless the user typed one of their own.
    const QString typed = m_baseUrl->text().trimmed();
    const QString documented = ApiKinds::defaultBaseUrl(kind).toString();
    if (typed.isEmpty() || typed == m_defaultUrl) {
        m_baseUrl->setText(documented);
    }
    m_defaultUrl = documented;
    m_baseUrl->setPlaceholderText(documented);
    showRowsFor(kind);
    Q_EMIT edited();
}

void ConnectionForm::showRowsFor(ApiKind kind)
{
    m_layout->setRowVisible(m_accountId, kind == ApiKind::ScaleGp);
    m_layout->setRowVisible(m_imsOrg, kind == ApiKind::Adobe);
    m_layout->setRowVisible(m_sandbox, kind == ApiKind::Adobe);
    const QStringList names = Connections::secretNames(kind);
    // Letters the fixed labels and the dialog's buttons (Add, Save, Remove, Test, Connections)
    // already use as mnemonics.
    QString taken = QStringLiteral("npuiobhasrtc");
    for (int i = 0; i < kSecretRows; ++i) {
        const SecretRow& row = m_secrets[size_t(i)];
        const bool used = i < names.size();
        m_layout->setRowVisible(row.value, used);
        m_layout->setRowVisible(row.environment, used);
        if (!used) {
            continue;
        }
        const QString label = Connections::secretLabel(kind, names.at(i));
        row.label->setText(withMnemonic(capitalized(label), &taken) + QLatin1Char(':'));
        row.value->setAccessibleName(capitalized(label));
        row.value->setAccessibleDescription(tr("The %1; kept in the secret store, never in the workspace.").arg(label));
        row.environmentLabel->setText(withMnemonic(tr("Environment variable (CLI)"), &taken) + QLatin1Char(':'));
        row.environment->setAccessibleName(tr("Environment variable specdesk-cli reads the %1 from").arg(label));
        row.environment->setPlaceholderText(tr("Optional, e.g. %1").arg(environmentExample(kind, names.at(i))));
        row.environment->setToolTip(tr("specdesk-cli reads the %1 from this environment variable when it is set, "
                                       "so scripts need no keychain.")
                                        .arg(label));
    }
}

void ConnectionForm::clear()
{
    Connection fresh;
    fresh.baseUrl = ApiKinds::defaultBaseUrl(fresh.api);
    setConnection(fresh, {});
}

void ConnectionForm::setConnection(const Connection& connection, const QMap<QString, QString>& placeholders)
{
    m_connectionId = connection.id;
    m_collectionId = connection.collectionId;
    m_name->setText(connection.name);
    m_defaultUrl = ApiKinds::defaultBaseUrl(connection.api).toString();
    m_baseUrl->setText(connection.baseUrl.toString());
    {
        const QSignalBlocker blocker(m_api);
        m_api->setCurrentIndex(m_api->findData(ApiKinds::id(connection.api)));
    }
    // A saved connection keeps its API: its cached specs and secrets belong to that API.
    m_api->setEnabled(connection.id == 0);
    m_api->setToolTip(
        connection.id == 0 ? QString() : tr("A saved connection keeps its API. Add a new connection for another API."));
    m_baseUrl->setPlaceholderText(m_defaultUrl);
    m_accountId->setText(connection.accountId);
    m_imsOrg->setText(connection.imsOrgId);
    m_sandbox->setText(connection.sandboxName);
    m_allowInsecure->setChecked(connection.allowInsecureHttp);
    showRowsFor(connection.api);
    const QStringList names = Connections::secretNames(connection.api);
    for (int i = 0; i < kSecretRows && i < names.size(); ++i) {
        m_secrets[size_t(i)].environment->setText(connection.secretEnvironment.value(names.at(i)));
    }
    clearSecrets(placeholders);
}

void ConnectionForm::clearSecrets(const QMap<QString, QString>& placeholders)
{
    for (int i = 0; i < kSecretRows; ++i) {
        m_secrets[size_t(i)].value->clear();
    }
    setSecretPlaceholders(placeholders);
}

void ConnectionForm::setSecretPlaceholders(const QMap<QString, QString>& placeholders)
{
    const QStringList names = Connections::secretNames(api());
    for (int i = 0; i < kSecretRows; ++i) {
        m_secrets[size_t(i)].value->setPlaceholderText(placeholders.value(names.value(i)));
    }
}

Connection ConnectionForm::connection() const
{
    Connection connection;
    connection.id = m_connectionId;
    connection.collectionId = m_collectionId;
    connection.name = m_name->text().trimmed();
    connection.api = api();
    connection.baseUrl = QUrl(m_baseUrl->text().trimmed());
    const bool scaleGp = connection.api == ApiKind::ScaleGp;
    const bool adobe = connection.api == ApiKind::Adobe;
    connection.accountId = scaleGp ? m_accountId->text().trimmed() : QString();
    connection.imsOrgId = adobe ? m_imsOrg->text().trimmed() : QString();
    connection.sandboxName = adobe ? m_sandbox->text().trimmed() : QString();
    connection.allowInsecureHttp = m_allowInsecure->isChecked();
    const QStringList names = Connections::secretNames(connection.api);
    for (int i = 0; i < kSecretRows && i < names.size(); ++i) {
        const QString variable = m_secrets[size_t(i)].environment->text().trimmed();
        if (!variable.isEmpty()) {
            connection.secretEnvironment.insert(names.at(i), variable);
        }
    }
    return connection;
}

Credentials ConnectionForm::typedCredentials() const
{
    Credentials credentials;
    const QStringList names = Connections::secretNames(api());
    for (int i = 0; i < kSecretRows && i < names.size(); ++i) {
        // A pasted key often brings a line end along; no API's secrets begin or end in spaces.
        const QString secret = m_secrets[size_t(i)].value->text().trimmed();
        if (!secret.isEmpty()) {
            credentials.insert(names.at(i), secret);
        }
    }
    return credentials;
}
