#include "SpecTreePanel.h"

#include "SpecTreeDelegate.h"
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
    // Names only: a badge or "Loading…" must not make a row match.
    m_filter->setFilterRole(SpecTreeModel::FilterTextRole);

    m_filterEdit->setObjectName(QStringLiteral("specFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter specs"));
    m_filterEdit->setAccessibleName(tr("Filter specs by name"));
    m_filterEdit->setAccessibleDescription(tr("Shows only the specs whose name contains the typed text."));
    m_filterEdit->setClearButtonEnabled(true);

    m_view->setObjectName(QStringLiteral("specTreeView"));
    m_view->setAccessibleName(tr("Specs"));
    m_view->setAccessibleDescription(
        tr("The workspace's specs by collection and connection; activate a spec to open it in the editor."));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new SpecTreeDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    expandCollections();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_view);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text);
        expandCollections();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &SpecTreePanel::onRowsInserted);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SpecTreePanel::expandCollections);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const qint64 specId = index.data(SpecTreeModel::SpecIdRole).toLongLong();
        if (specId > 0) {
            Q_EMIT specActivated(specId);
        }
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        if (index.data(SpecTreeModel::IsCollectionRole).toBool()) {
            Q_EMIT collectionExpanded(index.data(SpecTreeModel::CollectionIdRole).toLongLong());
        }
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
        const QModelIndex index = m_view->indexAt(position);
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
        }
        Q_EMIT contextMenuRequested(m_filter->mapToSource(index), m_view->viewport()->mapToGlobal(position));
    });
}

void SpecTreePanel::expandCollections()
{
    const bool filtering = !m_filterEdit->text().isEmpty();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex collection = m_filter->index(row, 0);
        const bool remote = collection.data(SpecTreeModel::IsRemoteRole).toBool();
        if (!remote || (filtering && m_filter->rowCount(collection) > 0)) {
            m_view->expand(collection);
        }
    }
}

void SpecTreePanel::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    // New local collections and specs appear expanded, like the ones present at start. A
    // connection's specs arrive while it loads, and leave its expanded state alone.
    if (parent.isValid()) {
        if (!parent.data(SpecTreeModel::IsRemoteRole).toBool()) {
            m_view->expand(parent);
        }
        return;
    }
    for (int row = first; row <= last; ++row) {
        const QModelIndex collection = m_filter->index(row, 0);
        if (!collection.data(SpecTreeModel::IsRemoteRole).toBool()) {
            m_view->expand(collection);
        }
    }
}

void SpecTreePanel::selectSpec(qint64 specId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexForSpec(specId));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
    }
}

QModelIndex SpecTreePanel::currentIndex() const
{
    return m_filter->mapToSource(m_view->currentIndex());
}

void SpecTreePanel::expandCollection(qint64 collectionId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexForCollection(collectionId));
    if (index.isValid()) {
        m_view->expand(index);
    }
}

void SpecTreePanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}
