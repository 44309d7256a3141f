#include "SpecTreeDelegate.h"

#include "SpecTreeModel.h"
#include "Theme.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int kGap = 6;
constexpr int kBadgePadding = 5;
const QColor kErrorColour(0xc6, 0x28, 0x28);
/// The error red for text on the row's background: a lighter one on dark backgrounds.
const QColor kErrorTextOnDark(0xff, 0x7b, 0x7b);

QFont badgeFontOf(const QFont& font)
{
    QFont smaller = font;
    if (font.pointSizeF() > 0) {
        smaller.setPointSizeF(font.pointSizeF() * 0.85);
    } else {
        smaller.setPixelSize(std::max(8, font.pixelSize() * 85 / 100));
    }
    return smaller;
}

/// One rounded badge after the name: its word and colours.
struct Pill
{
    QString text;
    QColor fill;
    QColor ink;
};

/// The server's status first (PROCESSING, FAILED, archived), then the sync state when it asks
/// for attention. Colours follow the state: errors red, conflicts orange, queued amber.
QList<Pill> pillsOf(const QModelIndex& index, const QPalette& palette)
{
    QList<Pill> pills;
    const QString badge = index.data(SpecTreeModel::StatusBadgeRole).toString();
    if (!badge.isEmpty()) {
        const bool failed = index.data(SpecTreeModel::RemoteStatusRole).toString() == QLatin1String("failed");
        pills.append({badge,
                      failed ? kErrorColour : palette.color(QPalette::Mid),
                      failed ? QColor(Qt::white) : palette.color(QPalette::Text)});
    }
    const QString syncBadge = index.data(SpecTreeModel::SyncBadgeRole).toString();
    if (!syncBadge.isEmpty()) {
        const QString state = index.data(SpecTreeModel::SyncStateRole).toString();
        QColor fill = palette.color(QPalette::Mid);
        QColor ink = palette.color(QPalette::Text);
        if (state == QLatin1String("draft")) {
            fill = QColor(0x2f, 0x6f, 0xd0);
            ink = Qt::white;
        } else if (state == QLatin1String("queued")) {
            fill = QColor(0xb2, 0x6a, 0x00);
            ink = Qt::white;
        } else if (state == QLatin1String("conflict")) {
            fill = QColor(0xd8, 0x43, 0x15);
            ink = Qt::white;
        } else if (state == QLatin1String("error")) {
            fill = kErrorColour;
            ink = Qt::white;
        }
        pills.append({syncBadge, fill, ink});
    }
    return pills;
}

} // namespace

int SpecTreeDelegate::badgeWidth(const QFontMetrics& metrics, const QString& badge)
{
    return badge.isEmpty() ? 0 : metrics.horizontalAdvance(badge) + 2 * kBadgePadding;
}

void SpecTreeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<Pill> pills = pillsOf(index, opt.palette);
    const QString note = index.data(SpecTreeModel::StatusNoteRole).toString();
    if (pills.isEmpty() && note.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QFontMetrics metrics(opt.font);
    const QFont badgeFont = badgeFontOf(opt.font);
    const QFontMetrics badgeMetrics(badgeFont);
    int reserved = 0;
    for (const Pill& pill : pills) {
        reserved += badgeWidth(badgeMetrics, pill.text) + kGap;
    }
    // The name keeps most of the room; a note takes what is left, at least a few characters.
    const int noteMinimum
        = note.isEmpty() ? 0 : std::min(metrics.horizontalAdvance(note), metrics.averageCharWidth() * 12);
    const int nameRoom = std::max(0, textRect.width() - reserved - (noteMinimum ? noteMinimum + kGap : 0));
    opt.text = metrics.elidedText(opt.text, Qt::ElideRight, nameRoom);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    int x = textRect.left() + metrics.horizontalAdvance(opt.text) + kGap;
    const bool selected = (opt.state & QStyle::State_Selected) != 0;
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Pill& pill : pills) {
        const int width = badgeWidth(badgeMetrics, pill.text);
        const int height = badgeMetrics.height() + 2;
        const QRect rect(x, textRect.center().y() - height / 2, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pill.fill);
        painter->drawRoundedRect(rect, height / 2.0, height / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(pill.ink);
        painter->drawText(rect, Qt::AlignCenter, pill.text);
        x += width + kGap;
    }
    if (!note.isEmpty()) {
        const bool failed = index.data(SpecTreeModel::LoadStateRole).toInt() == int(SpecTreeModel::LoadState::Failed);
        const QColor error = Theme::isDark(opt.palette.color(QPalette::Base)) ? kErrorTextOnDark : kErrorColour;
        QColor colour = failed ? error : opt.palette.color(QPalette::PlaceholderText);
        if (selected) {
            colour = opt.palette.color(QPalette::HighlightedText);
        }
        painter->setFont(opt.font);
        painter->setPen(colour);
        const QRect noteRect(x, textRect.top(), std::max(0, textRect.right() - x), textRect.height());
        painter->drawText(
            noteRect, Qt::AlignVCenter | Qt::AlignLeft, metrics.elidedText(note, Qt::ElideRight, noteRect.width()));
    }
    painter->restore();
}

QSize SpecTreeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString note = index.data(SpecTreeModel::StatusNoteRole).toString();
    const QFontMetrics badgeMetrics(badgeFontOf(option.font));
    for (const QString& badge :
         {index.data(SpecTreeModel::StatusBadgeRole).toString(), index.data(SpecTreeModel::SyncBadgeRole).toString()}) {
        if (!badge.isEmpty()) {
            size.rwidth() += badgeWidth(badgeMetrics, badge) + kGap;
        }
    }
    if (!note.isEmpty()) {
        size.rwidth() += option.fontMetrics.horizontalAdvance(note) + kGap;
    }
    return size;
}
