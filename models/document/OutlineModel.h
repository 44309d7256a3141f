#pragma once

#include "NodeChildren.h"
#include "SpecAnalysis.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

/// The outline of a spec: its keys and items as a tree, built lazily from the parse tree so a
/// 10 MB document costs only the rows on screen. It is reset with each new analysis.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        OffsetRole = Qt::UserRole + 1, ///< qint64: where the node starts in the text
        PathRole, ///< the node's path
    };

    explicit OutlineModel(QObject* parent = nullptr);

    void setAnalysis(std::shared_ptr<const SpecAnalysis> analysis);
    /// The row of the innermost node at a byte offset, or an invalid index.
    QModelIndex indexAtOffset(qint64 offset) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    qint32 nodeOf(const QModelIndex& index) const;
    QModelIndex indexOfNode(qint32 node) const;
    const std::vector<qint32>& childrenOf(qint32 node) const;
    QString labelOf(qint32 node) const;

    std::shared_ptr<const SpecAnalysis> m_analysis;
    NodeChildren m_children;
};
