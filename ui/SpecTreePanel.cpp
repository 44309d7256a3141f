#include "SpecTreePanel.h"

#include "SpecTreeModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

SpecTreePanel::SpecTreePanel(SpecTreeModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filterEdit->setObjectName(QStringLiteral("specFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter specs"));
    m_filterEdit->setAccessibleName(tr("Filter specs by name"));
    m_filterEdit->setClearButtonEnabled(true);

    m_view->setObjectName(QStringLiteral("specTreeView"));
    m_view->setAccessibleName(tr("Specs"));
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->expandAll();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_view);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text);
        m_view->expandAll();
    });
    // New collections and specs appear expanded, like the ones present at start.
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const qint64 specId = index.data(SpecTreeModel::SpecIdRole).toLongLong();
        if (specId > 0) {
            Q_EMIT specActivated(specId);
        }
    });
}

void SpecTreePanel::selectSpec(qint64 specId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexForSpec(specId));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
    }
}
