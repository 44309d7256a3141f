#pragma once

#include <QWidget>

/// A thin bar that shows a property's split at a glance: one coloured segment per value, in
/// order, as wide as its share. Hovering a segment names it.
class DistributionBar : public QWidget
{
    Q_OBJECT

public:
    explicit DistributionBar(QWidget* parent = nullptr);

    /// `shares` in any unit; they are drawn relative to their sum.
    void setShares(const QStringList& names, const QList<qint64>& shares);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The colour of the segment at `index`; the rows show it too, to tie them to the bar.
    static QColor colorAt(qsizetype index);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    qsizetype segmentAt(int x) const;

    QStringList m_names;
    QList<qint64> m_shares;
    qint64 m_sum = 0;
};
