#include "WelcomeView.h"

#include "ResourceIcons.h"
#include "ResourcePaths.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
constexpr int kColumnWidth = 520;
} // namespace

WelcomeView::WelcomeView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomeView"));
    auto* heading = new QLabel(tr("Welcome to SpecDesk"), this);
    heading->setObjectName(QStringLiteral("welcomeHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* intro = new QLabel(tr("Edit DataFramer, Scale GP and Adobe flow specs. Your edits are kept on this "
                                "computer as you type and reach the server when you sync."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_trySandbox = addPath(QStringLiteral("sandbox"),
                           tr("Try the sandbox"),
                           tr("Opens sample specs of all three kinds on a stand-in server that runs on this "
                              "computer. No account needed; nothing leaves your machine."));
    m_addConnection = addPath(QStringLiteral("connection"),
                              tr("Add a connection"),
                              tr("Work on your own specs in DataFramer, Scale GP or Adobe Experience Platform."));
    m_openFile = addPath(QStringLiteral("file"), tr("Open a file"), tr("Edit a YAML or JSON spec from disk."));
    connect(m_trySandbox, &QCommandLinkButton::clicked, this, &WelcomeView::trySandboxRequested);
    connect(m_addConnection, &QCommandLinkButton::clicked, this, &WelcomeView::addConnectionRequested);
    connect(m_openFile, &QCommandLinkButton::clicked, this, &WelcomeView::openFileRequested);

    auto* keys
        = new QLabel(tr("Ctrl+Shift+P finds any command · F6 moves between panels · F1 lists every shortcut"), this);
    keys->setObjectName(QStringLiteral("welcomeKeys"));
    keys->setTextFormat(Qt::PlainText);
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);

    auto* column = new QWidget(this);
    column->setMaximumWidth(kColumnWidth);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_trySandbox);
    columnLayout->addWidget(m_addConnection);
    columnLayout->addWidget(m_openFile);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(keys);

    // Stretches around the column, not an alignment: an aligned widget gets its size hint,
    // and the wrapped texts would be cut instead of taking the lines they need.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    setAccessibleName(tr("Welcome"));
    setAccessibleDescription(intro->text());
}

QCommandLinkButton* WelcomeView::addPath(const QString& iconName, const QString& title, const QString& description)
{
    auto* button = new QCommandLinkButton(title, description, this);
    button->setIcon(ResourceIcons::themed(ResourcePaths::actionIcon(iconName)));
    button->setAccessibleName(title);
    button->setAccessibleDescription(description);
    // Enter on a focused button presses it, as Space does.
    button->setAutoDefault(true);
    // Command links are flat: without a frame nobody could tell which one Enter presses.
    button->setStyleSheet(QStringLiteral("QCommandLinkButton:focus { border: 2px solid palette(highlight); "
                                         "border-radius: 4px; }"));
    return button;
}

void WelcomeView::focusFirstPath()
{
    m_trySandbox->setFocus(Qt::OtherFocusReason);
    // Styles draw the focus frame only once the keyboard has moved focus; a new user must see
    // at once where Enter goes.
    window()->setAttribute(Qt::WA_KeyboardFocusChange);
}
