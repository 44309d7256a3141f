#pragma once

#include "ShareTrends.h"

#include <QWidget>

/// One property's shares across versions as lines, a colour per value as in the Distributions
/// panel. The numbers themselves are in the table beside it, which assistive tools read.
class ShareTrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit ShareTrendChart(QWidget* parent = nullptr);

    void setTrend(const ShareTrends::Property& property, const QStringList& versions);
    QSize sizeHint() const override { return {520, 260}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ShareTrends::Property m_property;
    QStringList m_versions;
};
