#include "SyncBanner.h"

#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>

SyncBanner::SyncBanner(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_resolveButton(new QPushButton(tr("Resolve &Conflict…"), this))
    , m_compareButton(new QPushButton(tr("Co&mpare"), this))
    , m_exportButton(new QPushButton(tr("E&xport Draft…"), this))
    , m_syncButton(new QPushButton(tr("S&ync"), this))
{
    setObjectName(QStringLiteral("syncBanner"));
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("syncBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleDescription(tr("What the last sync of this spec left for you to decide."));
    m_resolveButton->setObjectName(QStringLiteral("resolveConflictButton"));
    m_resolveButton->setToolTip(tr("Merge your draft with the server's text, change by change."));
    m_compareButton->setObjectName(QStringLiteral("compareConflictButton"));
    m_compareButton->setToolTip(tr("Shows your draft beside the server's text in a tab of its own."));
    m_exportButton->setObjectName(QStringLiteral("exportDraftButton"));
    m_exportButton->setToolTip(tr("Write the draft to a file, so the work is kept outside the workspace too."));
    m_syncButton->setObjectName(QStringLiteral("syncBannerButton"));
    m_syncButton->setToolTip(tr("Send the reviewed text to the server."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_resolveButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_compareButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_exportButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_syncButton, 0, Qt::AlignVCenter);
    hide();

    connect(m_resolveButton, &QPushButton::clicked, this, &SyncBanner::resolveRequested);
    connect(m_compareButton, &QPushButton::clicked, this, &SyncBanner::compareRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &SyncBanner::exportRequested);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncBanner::syncRequested);
}

void SyncBanner::showState(SyncState state, const QString& message)
{
    QString text;
    switch (state) {
    case SyncState::Conflict:
        text = tr("Conflict: %1").arg(message);
        break;
    case SyncState::Error:
        text = tr("Not synced: %1").arg(message);
        break;
    case SyncState::Draft:
        // A plain draft needs nothing; a merge left for review says so.
        text = message;
        break;
    case SyncState::Synced:
    case SyncState::Queued:
    case SyncState::Syncing:
        break;
    }
    if (text.isEmpty()) {
        hide();
        return;
    }
    m_state = state;
    applyTint();
    m_text->setText(text);
    setAccessibleName(text);
    m_resolveButton->setVisible(state == SyncState::Conflict);
    m_compareButton->setVisible(state == SyncState::Conflict);
    // Whatever the server refused (gone, read-only, invalid), the draft is work worth keeping.
    m_exportButton->setVisible(state == SyncState::Error);
    m_syncButton->setVisible(state == SyncState::Draft);
    show();
}

void SyncBanner::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_tinting) {
        applyTint();
    }
}

void SyncBanner::applyTint()
{
    // Orange for a conflict, red for an error, blue for a merge to review: pale on the light
    // look, deep on the dark one, with the look's own text colour so the words stay readable.
    const bool dark = Theme::isDark(QApplication::palette());
    QColor tint;
    switch (m_state) {
    case SyncState::Conflict:
        tint = dark ? QColor(0x5c, 0x40, 0x14) : QColor(0xff, 0xe0, 0xb2);
        break;
    case SyncState::Error:
        tint = dark ? QColor(0x63, 0x22, 0x28) : QColor(0xff, 0xcd, 0xd2);
        break;
    default:
        tint = dark ? QColor(0x1d, 0x3b, 0x5e) : QColor(0xd6, 0xe8, 0xff);
        break;
    }
    const QScopedValueRollback<bool> tinting(m_tinting, true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, tint);
    palette.setColor(QPalette::WindowText, dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(Qt::black));
    setPalette(palette);
}

QString SyncBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}
