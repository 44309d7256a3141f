#pragma once

#include <QString>
#include <QStyledItemDelegate>

/// Tooltips that show their text exactly as it is. QToolTip, like a QLabel left at Qt::AutoText,
/// guesses: a first line that looks like markup is rendered as HTML. A spec's name, a value from
/// its file or a server's error message could then turn bold, pull in images or show links, and
/// escaping them alone is no cure, since a tooltip without markup on its first line shows the
/// escapes literally. So text from outside the app goes into tooltips through these.
namespace PlainToolTip {

/// `text` as rich text that displays exactly its characters, spaces and line breaks included.
/// An empty text stays empty, so no empty tooltip appears.
QString of(const QString& text);

} // namespace PlainToolTip

/// An item delegate whose tooltips show the model's Qt::ToolTipRole text as plain text.
class PlainToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent* event,
                   QAbstractItemView* view,
                   const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;
};
