#include "SchemaTreeModel.h"

#include <QRegularExpression>

#include <optional>

namespace {

constexpr int kPreviewLength = 120;
constexpr int kListedItems = 8;

QString textOf(std::string_view value)
{
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

QString preview(const QString& value)
{
    QString text = value.left(kPreviewLength * 2);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > kPreviewLength ? text.left(kPreviewLength) + QStringLiteral("…") : text;
}

bool isNumber(std::string_view value)
{
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    return number.match(textOf(value)).hasMatch();
}

enum class ScalarType {
    String,
    Number,
    Boolean,
    Null,
};

/// What a scalar holds: a quoted one is a string, a plain one what it reads as.
ScalarType scalarTypeOf(const SpecTree& tree, qint32 node)
{
    const SpecNode& n = tree.node(node);
    if (n.style != SpecNode::Style::Plain) {
        return n.style == SpecNode::Style::Null ? ScalarType::Null : ScalarType::String;
    }
    const std::string_view value = tree.value(node);
    if (value == "true" || value == "false") {
        return ScalarType::Boolean;
    }
    if (value == "null" || value == "~") {
        return ScalarType::Null;
    }
    return isNumber(value) ? ScalarType::Number : ScalarType::String;
}

bool isString(const SpecTree& tree, qint32 node)
{
    return tree.node(node).isScalar() && scalarTypeOf(tree, node) == ScalarType::String;
}

/// The names the JSON Schema `type` keyword of the mapping `node` gives: its string, or its
/// array of strings. nullopt when `node` has no `type`, or one that is not that keyword: an
/// object is the schema of a property NAMED "type" (in a `properties` map), a boolean a
/// boolean schema.
std::optional<QStringList> schemaTypesOf(const SpecTree& tree, qint32 node)
{
    const qint32 type = tree.child(node, "type");
    if (type == SpecTree::kNoNode) {
        return std::nullopt;
    }
    if (isString(tree, type)) {
        return QStringList {textOf(tree.value(type))};
    }
    if (!tree.node(type).isSequence()) {
        return std::nullopt;
    }
    QStringList types;
    for (qint32 t = tree.node(type).firstChild(); t != SpecTree::kNoNode; t = tree.node(t).nextSibling) {
        if (!isString(tree, t)) {
            return std::nullopt;
        }
        types << textOf(tree.value(t));
    }
    return types;
}

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void SchemaTreeModel::setAnalysis(std::shared_ptr<const SpecAnalysis> analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_children.reset(m_analysis ? &m_analysis->tree : nullptr);
    m_written.clear();
    m_roots.clear();
    const SpecTree* tree = m_analysis ? &m_analysis->tree : nullptr;
    if (tree && !tree->isEmpty() && tree->node(tree->root()).isMapping()) {
        for (qint32 c = tree->node(tree->root()).firstChild(); c != SpecTree::kNoNode; c = tree->node(c).nextSibling) {
            if (tree->node(c).isCollection() && !m_shownElsewhere.contains(textOf(tree->keyOf(c)))) {
                m_roots.push_back(c);
            }
        }
    }
    endResetModel();
}

void SchemaTreeModel::setReadOnly(bool readOnly)
{
    // Only the flags change; a view asks for them when it is about to edit.
    m_readOnly = readOnly;
}

const std::vector<qint32>& SchemaTreeModel::childrenOf(qint32 node) const
{
    if (node == SpecTree::kNoNode) {
        return m_roots;
    }
    return m_children.of(node);
}

// The invisible top stands for no node; below it are the roots, then their descendants.
qint32 SchemaTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? qint32(index.internalId()) : SpecTree::kNoNode;
}

QModelIndex SchemaTreeModel::indexOfNode(qint32 node, int column) const
{
    if (!m_analysis || node == SpecTree::kNoNode || node >= m_analysis->tree.size()) {
        return {};
    }
    const SpecTree& tree = m_analysis->tree;
    if (tree.node(node).parent == tree.root()) {
        const auto root = std::find(m_roots.begin(), m_roots.end(), node);
        return root == m_roots.end() ? QModelIndex() : createIndex(int(root - m_roots.begin()), column, quintptr(node));
    }
    // Shown only below a root.
    qint32 top = node;
    while (top != SpecTree::kNoNode && tree.node(top).parent != tree.root()) {
        top = tree.node(top).parent;
    }
    if (top == SpecTree::kNoNode || std::find(m_roots.begin(), m_roots.end(), top) == m_roots.end()) {
        return {};
    }
    return createIndex(int(tree.node(node).indexInParent), column, quintptr(node));
}

SchemaTreeModel::Location SchemaTreeModel::locationOf(const SpecTree& tree, qint32 node)
{
    Location location;
    for (qint32 n = node; n != SpecTree::kNoNode && tree.node(n).parent != SpecTree::kNoNode; n = tree.node(n).parent) {
        if (tree.node(tree.node(n).parent).isSequence()) {
            location.prepend(QStringLiteral("[%1]").arg(tree.node(n).indexInParent));
        } else {
            location.prepend(QLatin1Char('.') + textOf(tree.keyOf(n)));
        }
    }
    return location;
}

qint32 SchemaTreeModel::nodeAt(const SpecTree& tree, const Location& location)
{
    qint32 node = tree.root();
    for (const QString& step : location) {
        if (node == SpecTree::kNoNode) {
            break;
        }
        if (step.startsWith(QLatin1Char('['))) {
            bool ok = false;
            const int item = step.mid(1, step.size() - 2).toInt(&ok);
            node = ok && tree.node(node).isSequence() ? tree.item(node, item) : SpecTree::kNoNode;
        } else {
            node = tree.node(node).isMapping() ? tree.child(node, step.mid(1).toStdString()) : SpecTree::kNoNode;
        }
    }
    return node;
}

bool SchemaTreeModel::isSchema(const SpecTree& tree, qint32 node)
{
    if (node == SpecTree::kNoNode || !tree.node(node).isMapping()) {
        return false;
    }
    // A schema's map of names to schemas is not a schema, whatever the names: a property may
    // be called "items" or "enum".
    const qint32 parent = tree.node(node).parent;
    if (parent != SpecTree::kNoNode && tree.node(parent).isMapping()) {
        const std::string_view key = tree.keyOf(node);
        for (const char* keyword : {"properties", "patternProperties", "definitions", "$defs", "dependentSchemas"}) {
            if (key == keyword && isSchema(tree, parent)) {
                return false;
            }
        }
    }
    if (schemaTypesOf(tree, node)) {
        return true;
    }
    for (const char* keyword : {"properties", "items", "$schema", "$ref", "allOf", "anyOf", "oneOf", "enum"}) {
        if (tree.child(node, keyword) != SpecTree::kNoNode) {
            return true;
        }
    }
    return false;
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, quintptr(childrenOf(nodeOf(parent)).at(size_t(row))));
}

QModelIndex SchemaTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const qint32 parent = m_analysis->tree.node(nodeOf(child)).parent;
    return parent == m_analysis->tree.root() ? QModelIndex() : indexOfNode(parent);
}

int SchemaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_analysis || m_analysis->tree.isEmpty() || parent.column() > 0) {
        return 0;
    }
    return parent.isValid() ? m_analysis->tree.node(nodeOf(parent)).childCount() : int(m_roots.size());
}

int SchemaTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool SchemaTreeModel::isEditable(qint32 node) const
{
    const SpecTree& tree = m_analysis->tree;
    const SpecNode& n = tree.node(node);
    if (m_readOnly || !n.isScalar() || (n.end <= n.start && n.style != SpecNode::Style::Null)) {
        return false;
    }
    // SpecEdits::setScalar() finds the value by its path: a key with '.' or '[' cannot be spelled in one.
    return tree.find(tree.path(node)) == node;
}

QString SchemaTreeModel::nameOf(qint32 node) const
{
    const SpecTree& tree = m_analysis->tree;
    const SpecNode& n = tree.node(node);
    return tree.node(n.parent).isSequence() ? QStringLiteral("[%1]").arg(n.indexInParent) : textOf(tree.keyOf(node));
}

QString SchemaTreeModel::typeOf(qint32 node) const
{
    const SpecTree& tree = m_analysis->tree;
    const SpecNode& n = tree.node(node);
    switch (n.type) {
    case SpecNode::Type::Sequence:
        return tr("array");
    case SpecNode::Type::Alias:
        return tr("alias");
    case SpecNode::Type::Mapping: {
        if (!isSchema(tree, node)) {
            return tr("object");
        }
        // The schema's own type says most about it: "string schema", "object schema".
        const QStringList types = schemaTypesOf(tree, node).value_or(QStringList());
        return types.isEmpty() ? tr("schema") : tr("%1 schema").arg(types.join(QStringLiteral(" | ")));
    }
    case SpecNode::Type::Scalar:
        break;
    }
    switch (scalarTypeOf(tree, node)) {
    case ScalarType::Number:
        return tr("number");
    case ScalarType::Boolean:
        return tr("boolean");
    case ScalarType::Null:
        return tr("null");
    case ScalarType::String:
        break;
    }
    return tr("string");
}

QString SchemaTreeModel::valueOf(qint32 node, bool whole) const
{
    if (const auto written = m_written.constFind(node); written != m_written.cend()) {
        return whole ? *written : preview(*written);
    }
    const SpecTree& tree = m_analysis->tree;
    const SpecNode& n = tree.node(node);
    if (n.isScalar()) {
        const QString value = textOf(tree.value(node));
        return whole ? value : preview(value);
    }
    if (n.isMapping()) {
        return tr("%n key(s)", nullptr, n.childCount());
    }
    if (n.isSequence()) {
        // `required` and `enum` lists read at a glance.
        QStringList items;
        for (qint32 c = n.firstChild(); c != SpecTree::kNoNode && items.size() <= kListedItems;
             c = tree.node(c).nextSibling) {
            if (!tree.node(c).isScalar()) {
                return tr("%n item(s)", nullptr, n.childCount());
            }
            items << preview(textOf(tree.value(c)));
        }
        if (items.size() > kListedItems) {
            items.back() = QStringLiteral("…");
        }
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    return {};
}

QVariant SchemaTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const qint32 node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return nameOf(node);
        case TypeColumn:
            return typeOf(node);
        default:
            return valueOf(node, false);
        }
    case Qt::EditRole:
        return index.column() == ValueColumn ? valueOf(node, true) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
    case PathRole:
        return m_analysis->tree.path(node);
    case NodeRole:
        return node;
    default:
        return {};
    }
}

bool SchemaTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const qint32 node = nodeOf(index);
    const QString text = value.toString();
    if (text == valueOf(node, true) || !m_commit || !m_commit(node, text)) {
        return false;
    }
    // Shown until the analysis of the new text replaces the whole tree.
    m_written.insert(node, text);
    Q_EMIT dataChanged(index.siblingAtColumn(NameColumn), index.siblingAtColumn(ValueColumn));
    return true;
}

Qt::ItemFlags SchemaTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_analysis->tree.node(nodeOf(index)).isCollection()) {
        flags |= Qt::ItemNeverHasChildren;
    }
    if (index.column() == ValueColumn && isEditable(nodeOf(index))) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}
