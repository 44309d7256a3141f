#include "SpecTreeDelegate.h"

#include "SpecTreeModel.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int kGap = 6;
constexpr int kBadgePadding = 5;

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

} // namespace

int SpecTreeDelegate::badgeWidth(const QFontMetrics& metrics, const QString& badge)
{
    return badge.isEmpty() ? 0 : metrics.horizontalAdvance(badge) + 2 * kBadgePadding;
}

void SpecTreeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString badge = index.data(SpecTreeModel::StatusBadgeRole).toString();
    const QString note = index.data(SpecTreeModel::StatusNoteRole).toString();
    if (badge.isEmpty() && note.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QFontMetrics metrics(opt.font);
    const QFont badgeFont = badgeFontOf(opt.font);
    const QFontMetrics badgeMetrics(badgeFont);
    const int reserved = badge.isEmpty() ? 0 : badgeWidth(badgeMetrics, badge) + kGap;
    // The name keeps most of the room; a note takes what is left, at least a few characters.
    const int noteMinimum
        = note.isEmpty() ? 0 : std::min(metrics.horizontalAdvance(note), metrics.averageCharWidth() * 12);
    const int nameRoom = std::max(0, textRect.width() - reserved - (noteMinimum ? noteMinimum + kGap : 0));
    opt.text = metrics.elidedText(opt.text, Qt::ElideRight, nameRoom);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    int x = textRect.left() + metrics.horizontalAdvance(opt.text) + kGap;
    const bool selected = (opt.state & QStyle::State_Selected) != 0;
    if (!badge.isEmpty()) {
        const int width = badgeWidth(badgeMetrics, badge);
        const int height = badgeMetrics.height() + 2;
        const QRect pill(x, textRect.center().y() - height / 2, width, height);
        const bool failed = index.data(SpecTreeModel::RemoteStatusRole).toString() == QLatin1String("failed");
        const QColor colour = failed ? QColor(0xc6, 0x28, 0x28) : opt.palette.color(QPalette::Mid);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(failed ? QColor(Qt::white) : opt.palette.color(QPalette::Text));
        painter->drawText(pill, Qt::AlignCenter, badge);
        x += width + kGap;
    }
    if (!note.isEmpty()) {
        const bool failed = index.data(SpecTreeModel::LoadStateRole).toInt() == int(SpecTreeModel::LoadState::Failed);
        QColor colour = failed ? QColor(0xc6, 0x28, 0x28) : opt.palette.color(QPalette::PlaceholderText);
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
    const QString badge = index.data(SpecTreeModel::StatusBadgeRole).toString();
    const QString note = index.data(SpecTreeModel::StatusNoteRole).toString();
    const QFont badgeFont = badgeFontOf(option.font);
    if (!badge.isEmpty()) {
        size.rwidth() += badgeWidth(QFontMetrics(badgeFont), badge) + kGap;
    }
    if (!note.isEmpty()) {
        size.rwidth() += option.fontMetrics.horizontalAdvance(note) + kGap;
    }
    return size;
}
