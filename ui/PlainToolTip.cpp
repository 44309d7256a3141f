#include "PlainToolTip.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

QString PlainToolTip::of(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    // The leading tag makes QToolTip take it as rich text; pre-wrap keeps spaces and line breaks
    // while long lines still wrap.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

bool PlainToolTipDelegate::helpEvent(QHelpEvent* event,
                                     QAbstractItemView* view,
                                     const QStyleOptionViewItem& option,
                                     const QModelIndex& index)
{
    if (!event || !view || event->type() != QEvent::ToolTip) {
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }
    const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    // An empty text hides a tooltip still showing for another row.
    QToolTip::showText(event->globalPos(), PlainToolTip::of(text), view->viewport(), option.rect);
    event->setAccepted(!text.isEmpty());
    return event->isAccepted();
}
