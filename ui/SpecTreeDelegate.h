#pragma once

#include "PlainToolTip.h"

/// Paints the specs tree's rows with what the server says about them: a small badge after a
/// remote spec's name (PROCESSING, FAILED, archived), a second one for its sync state when it
/// needs attention (draft, queued, syncing, conflict, error; synced specs stay quiet) and a
/// note after a connection's name ("Loading…", or in the error colour why loading failed). The text itself stays the
/// name, so the filter and keyboard search match names only; screen readers get the badge and note through the model's
/// accessible text. Tooltips quote names and server messages, so they show as plain text.
class SpecTreeDelegate : public PlainToolTipDelegate
{
    Q_OBJECT

public:
    using PlainToolTipDelegate::PlainToolTipDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static int badgeWidth(const QFontMetrics& metrics, const QString& badge);
};
