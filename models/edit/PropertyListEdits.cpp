#include "PropertyListEdits.h"

#include "DistributionEdits.h"
#include "FormFields.h"
#include "SpecEdits.h"

#include <QCoreApplication>

namespace {

qint32 listNode(const SpecTree& tree)
{
    const qint32 list = tree.isEmpty() ? SpecTree::kNoNode : tree.find(PropertyListEdits::listPath());
    return list != SpecTree::kNoNode && tree.node(list).isSequence() ? list : SpecTree::kNoNode;
}

bool noList(const SpecTree& tree, QString* error)
{
    if (listNode(tree) != SpecTree::kNoNode) {
        return false;
    }
    *error = QCoreApplication::translate("PropertyListEdits",
                                         "The text has no list of properties (spec.data_property_variations).");
    return true;
}

} // namespace

namespace PropertyListEdits {

QString listPath()
{
    return QStringLiteral("spec.data_property_variations");
}

std::optional<QStringList> names(const SpecTree& tree)
{
    const qint32 list = listNode(tree);
    if (list == SpecTree::kNoNode) {
        return std::nullopt;
    }
    QStringList result;
    for (qint32 item = tree.node(list).firstChild(); item != SpecTree::kNoNode; item = tree.node(item).nextSibling) {
        const qint32 name = tree.child(item, "property_name");
        const bool scalar = name != SpecTree::kNoNode && tree.node(name).isScalar();
        const std::string_view value = scalar ? tree.value(name) : std::string_view();
        result << QString::fromUtf8(value.data(), qsizetype(value.size()));
    }
    return result;
}

QString freshName(const SpecTree& tree)
{
    const QStringList taken = names(tree).value_or(QStringList());
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("property_%1").arg(n);
        if (!taken.contains(name)) {
            return name;
        }
    }
}

std::optional<TextSplice>
rename(const QByteArray& text, const SpecTree& tree, qint32 index, const QString& name, QString* error)
{
    if (noList(tree, error)) {
        return std::nullopt;
    }
    if (name.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("PropertyListEdits", "A property needs a name.");
        return std::nullopt;
    }
    const FormField field {DistributionEdits::itemPath(index) + QStringLiteral(".property_name"),
                           QCoreApplication::translate("PropertyListEdits", "Property name"),
                           FormField::Type::Text,
                           {}};
    return FormFields::set(text, tree, SpecFormat::Yaml, field, name.trimmed(), error);
}

std::optional<TextSplice> remove(const QByteArray& text, const SpecTree& tree, qint32 index, QString* error)
{
    if (noList(tree, error)) {
        return std::nullopt;
    }
    return SpecEdits(text, tree, SpecFormat::Yaml).remove(DistributionEdits::itemPath(index), error);
}

std::optional<TextSplice> move(const QByteArray& text, const SpecTree& tree, qint32 index, bool up, QString* error)
{
    if (noList(tree, error)) {
        return std::nullopt;
    }
    return SpecEdits(text, tree, SpecFormat::Yaml).swapItems(listPath(), up ? index - 1 : index, error);
}

std::optional<TextSplice> add(const QByteArray& text, const SpecTree& tree, const QString& name, QString* error)
{
    if (noList(tree, error)) {
        return std::nullopt;
    }
    const qint32 list = listNode(tree);
    const SpecEdits edits(text, tree, SpecFormat::Yaml);
    const QByteArray nameText = edits.stringText(name.trimmed().isEmpty() ? freshName(tree) : name.trimmed());
    const QByteArray values("property_values: [value_1, value_2]");
    const QByteArray shares("base_distributions: {value_1: 50, value_2: 50}");
    QByteArray item = "{property_name: " + nameText + ", " + values + ", " + shares + '}';
    const qint32 first = tree.node(list).firstChild();
    if (tree.node(list).style != SpecNode::Style::Flow && first != SpecTree::kNoNode && tree.node(first).isMapping()
        && tree.node(first).style == SpecNode::Style::Block) {
        // SpecEdits lines the later lines up under the first.
        const QByteArray lineBreak = edits.lineBreak();
        item = "property_name: " + nameText + lineBreak + values + lineBreak + shares;
    }
    return edits.insertItem(listPath(), tree.node(list).childCount(), QString::fromUtf8(item), error, true);
}

} // namespace PropertyListEdits
