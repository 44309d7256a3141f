#pragma once

#include "ShareTrends.h"

#include <QDialog>

class QComboBox;
class QTableWidget;
class ShareTrendChart;

/// History ▸ Share Trends: how each property's shares moved across the spec's versions, as a
/// chart and as a table of the numbers.
class ShareTrendDialog : public QDialog
{
    Q_OBJECT

public:
    ShareTrendDialog(const QString& specTitle, ShareTrends trends, QWidget* parent = nullptr);

    QComboBox* propertyBox() const { return m_property; }
    QTableWidget* table() const { return m_table; }

private:
    void showProperty(int index);

    ShareTrends m_trends;
    QComboBox* m_property;
    ShareTrendChart* m_chart;
    QTableWidget* m_table;
};
