#include "EditorPage.h"

#include "FileChangeBanner.h"
#include "ResourceIcons.h"
#include "ResourcePaths.h"
#include "SpecEditor.h"
#include "SyncBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EditorPage::EditorPage(SpecEditor* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_restoreButton(new QPushButton(tr("&Restore Archived Spec"), m_banner))
    , m_syncBanner(new SyncBanner(this))
    , m_fileChangeBanner(new FileChangeBanner(this))
{
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    m_banner->setPalette(palette);
    auto* icon = new QLabel(m_banner);
    icon->setPixmap(ResourceIcons::icon(ResourcePaths::lockIcon(true)).pixmap(16, 16));
    m_bannerText->setObjectName(QStringLiteral("readOnlyBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerText->setAccessibleDescription(tr("Why the server takes no edits to this spec now."));
    m_restoreButton->setObjectName(QStringLiteral("restoreSpecButton"));
    m_restoreButton->setAccessibleDescription(tr("Asks the server to restore this archived spec for editing."));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(icon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_restoreButton, 0, Qt::AlignVCenter);
    m_banner->hide();

    editor->setParent(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_syncBanner);
    layout->addWidget(m_fileChangeBanner);
    layout->addWidget(editor, 1);
    setFocusProxy(editor);

    connect(m_restoreButton, &QPushButton::clicked, this, &EditorPage::restoreRequested);
}

void EditorPage::setReadOnlyReason(const QString& reason, bool canRestore)
{
    m_editor->setReadOnly(!reason.isEmpty());
    m_bannerText->setText(reason.isEmpty() ? QString() : tr("Read-only: %1").arg(reason));
    m_banner->setAccessibleName(m_bannerText->text());
    m_restoreButton->setVisible(canRestore);
    m_banner->setVisible(!reason.isEmpty());
}

QString EditorPage::readOnlyReason() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

bool EditorPage::setSyncState(SyncState state, const QString& message)
{
    if (state == m_syncState && message == m_syncMessage) {
        return false;
    }
    m_syncState = state;
    m_syncMessage = message;
    m_syncBanner->showState(state, message);
    return true;
}
