#include "OutlineModel.h"

namespace {

constexpr int kPreviewLength = 48;

QString preview(std::string_view value)
{
    QString text = QString::fromUtf8(value.data(), qsizetype(std::min<size_t>(value.size(), kPreviewLength * 4)));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > kPreviewLength ? text.left(kPreviewLength) + QStringLiteral("…") : text;
}

} // namespace

OutlineModel::OutlineModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void OutlineModel::setAnalysis(std::shared_ptr<const SpecAnalysis> analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_children.reset(m_analysis ? &m_analysis->tree : nullptr);
    endResetModel();
}

const std::vector<qint32>& OutlineModel::childrenOf(qint32 node) const
{
    return m_children.of(node);
}

// Rows stand for the root's children and below; the root itself is the invisible top.
qint32 OutlineModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? qint32(index.internalId()) : (m_analysis ? m_analysis->tree.root() : SpecTree::kNoNode);
}

QModelIndex OutlineModel::indexOfNode(qint32 node) const
{
    if (!m_analysis || node == SpecTree::kNoNode || node == m_analysis->tree.root()) {
        return {};
    }
    return createIndex(m_analysis->tree.node(node).indexInParent, 0, quintptr(node));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, quintptr(childrenOf(nodeOf(parent)).at(size_t(row))));
}

QModelIndex OutlineModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    return indexOfNode(m_analysis->tree.node(nodeOf(child)).parent);
}

int OutlineModel::rowCount(const QModelIndex& parent) const
{
    if (!m_analysis || m_analysis->tree.isEmpty() || parent.column() > 0) {
        return 0;
    }
    return m_analysis->tree.node(nodeOf(parent)).childCount();
}

int OutlineModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QString OutlineModel::labelOf(qint32 node) const
{
    const SpecTree& tree = m_analysis->tree;
    const SpecNode& n = tree.node(node);
    const bool inSequence = tree.node(n.parent).isSequence();
    QString label = inSequence ? QStringLiteral("[%1]").arg(n.indexInParent)
                               : QString::fromStdString(std::string(tree.keyOf(node)));
    if (n.isScalar()) {
        return label + (inSequence ? QStringLiteral(" ") : QStringLiteral(": ")) + preview(tree.value(node));
    }
    if (inSequence && n.isMapping() && n.firstChild() != SpecTree::kNoNode && tree.node(n.firstChild()).isScalar()) {
        // "[0] property_name: sentiment" tells items apart at a glance.
        return label + QLatin1Char(' ') + QString::fromStdString(std::string(tree.keyOf(n.firstChild())))
               + QStringLiteral(": ") + preview(tree.value(n.firstChild()));
    }
    return label;
}

QVariant OutlineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const qint32 node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return labelOf(node);
    case Qt::ToolTipRole:
    case PathRole:
        return m_analysis->tree.path(node);
    case OffsetRole:
        return m_analysis->tree.node(node).start;
    default:
        return {};
    }
}

QModelIndex OutlineModel::indexAtOffset(qint64 offset) const
{
    if (!m_analysis || m_analysis->tree.isEmpty()) {
        return {};
    }
    return indexOfNode(m_analysis->tree.nodeAt(offset));
}
