#include "ShareTrendDialog.h"

#include "ShareTrendChart.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

ShareTrendDialog::ShareTrendDialog(const QString& specTitle, ShareTrends trends, QWidget* parent)
    : QDialog(parent)
    , m_trends(std::move(trends))
    , m_property(new QComboBox(this))
    , m_chart(new ShareTrendChart(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shareTrendDialog"));
    setWindowTitle(tr("Share Trends — %1").arg(specTitle));
    m_property->setObjectName(QStringLiteral("shareTrendProperty"));
    m_property->setAccessibleName(tr("Property"));
    for (const ShareTrends::Property& property : std::as_const(m_trends.properties)) {
        m_property->addItem(property.name);
    }
    m_table->setObjectName(QStringLiteral("shareTrendTable"));
    m_table->setAccessibleName(tr("Shares per version"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* form = new QFormLayout;
    form->addRow(tr("&Property:"), m_property);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    if (m_trends.properties.isEmpty()) {
        auto* none = new QLabel(tr("No version of this spec has base_distributions to show."), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addLayout(form);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 560);
    connect(m_property, &QComboBox::currentIndexChanged, this, &ShareTrendDialog::showProperty);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showProperty(0);
}

void ShareTrendDialog::showProperty(int index)
{
    if (index < 0 || index >= m_trends.properties.size()) {
        m_table->clear();
        return;
    }
    const ShareTrends::Property& property = m_trends.properties.at(index);
    m_chart->setTrend(property, m_trends.versions);
    m_table->clear();
    m_table->setRowCount(int(property.series.size()));
    m_table->setColumnCount(int(m_trends.versions.size()));
    m_table->setHorizontalHeaderLabels(m_trends.versions);
    QStringList values;
    for (int row = 0; row < property.series.size(); ++row) {
        const ShareTrends::Series& series = property.series.at(row);
        values << series.value;
        for (int column = 0; column < series.percents.size(); ++column) {
            const std::optional<double> percent = series.percents.at(column);
            m_table->setItem(
                row,
                column,
                new QTableWidgetItem(percent ? tr("%1%").arg(QLocale().toString(*percent)) : QStringLiteral("–")));
        }
    }
    m_table->setVerticalHeaderLabels(values);
}
