#pragma once

#include "NodeChildren.h"
#include "SpecAnalysis.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

/// The schema-bearing parts of an Adobe flow spec as a tree with the columns Name | Type | Value:
/// every top-level object or list (optionSpec, transformationSpecs, scheduleSpec, attributes, …)
/// but those the form shows as fields (the ID lists), so each nested JSON Schema is reachable.
/// Built lazily from the parse tree and reset with each analysis.
///
/// A scalar's value is editable. The model does not change the text itself: setData() hands the
/// value to the commit function, which makes the one splice of the editor's text (SchemaTreeEditor).
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        ValueColumn,
        ColumnCount,
    };
    enum Role {
        NodeRole = Qt::UserRole + 1, ///< qint32: the node in the analysis' tree
        PathRole, ///< the node's path, as SpecTree::path() writes it
    };
    /// Makes the change of a scalar's value; false when it could not be made.
    using Commit = std::function<bool(qint32 node, const QString& value)>;
    /// Where a node is, in a form that survives a new analysis and spells any key: ".key" for a
    /// mapping's entry and "[n]" for a sequence's item, from the top.
    using Location = QStringList;

    explicit SchemaTreeModel(QObject* parent = nullptr);

    void setAnalysis(std::shared_ptr<const SpecAnalysis> analysis);
    const std::shared_ptr<const SpecAnalysis>& analysis() const { return m_analysis; }
    void setReadOnly(bool readOnly);
    /// The top-level keys not shown here because the form has fields for them.
    void setShownElsewhere(const QStringList& keys) { m_shownElsewhere = keys; }
    void setCommit(Commit commit) { m_commit = std::move(commit); }

    qint32 nodeOf(const QModelIndex& index) const;
    /// The row of `node` (column `column`), or an invalid index when it is not shown.
    QModelIndex indexOfNode(qint32 node, int column = NameColumn) const;
    static Location locationOf(const SpecTree& tree, qint32 node);
    /// The node at `location` in `tree`, or SpecTree::kNoNode.
    static qint32 nodeAt(const SpecTree& tree, const Location& location);
    /// True for a mapping that reads as a JSON Schema (it has `type`, `properties`, `$ref`…).
    /// `type` counts only as the keyword, a string or a list of strings; and a schema's map of
    /// names to schemas (its `properties`, `$defs`…) is never one, whatever the names.
    static bool isSchema(const SpecTree& tree, qint32 node);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const std::vector<qint32>& childrenOf(qint32 node) const;
    bool isEditable(qint32 node) const;
    QString nameOf(qint32 node) const;
    QString typeOf(qint32 node) const;
    QString valueOf(qint32 node, bool whole) const;

    std::shared_ptr<const SpecAnalysis> m_analysis;
    /// The top-level values shown as the tree's top rows.
    std::vector<qint32> m_roots;
    QStringList m_shownElsewhere;
    NodeChildren m_children;
    /// Values written to the text whose analysis has not come yet: shown meanwhile.
    QHash<qint32, QString> m_written;
    Commit m_commit;
    bool m_readOnly = false;
};
