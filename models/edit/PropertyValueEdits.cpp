#include "PropertyValueEdits.h"

#include "DistributionEdits.h"
#include "DistributionMath.h"
#include "DocumentParser.h"
#include "SpecEdits.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PropertyValueEdits)
};

/// The property with its shares in units of `decimals` places (more than it has): the numbers
/// it writes then carry them, and those it leaves keep their text.
PropertyDistribution withDecimals(PropertyDistribution property, int decimals)
{
    if (decimals <= property.decimals) {
        return property;
    }
    const qint64 factor = DistributionMath::scaleOf(decimals - property.decimals);
    for (Share& share : property.shares) {
        if (share.units) {
            *share.units *= factor;
        }
    }
    property.decimals = decimals;
    return property;
}

/// The splices joined into one, from the first change to the last; refused when they overlap
/// or (as SpecEdits checks each) when the text would no longer parse.
std::optional<TextSplice> joined(const QByteArray& text, QList<TextSplice> splices, QString* error)
{
    if (splices.isEmpty()) {
        return TextSplice {};
    }
    std::sort(splices.begin(), splices.end(), [](const TextSplice& a, const TextSplice& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    TextSplice result {splices.first().start, splices.first().start, {}};
    for (const TextSplice& splice : std::as_const(splices)) {
        if (splice.start < result.end || splice.end < splice.start || splice.end > text.size()) {
            *error = Text::tr("This change cannot be made in place here; make it in the editor.");
            return std::nullopt;
        }
        result.replacement += text.mid(result.end, splice.start - result.end) + splice.replacement;
        result.end = splice.end;
    }
    if (text.size() <= SpecEdits::kCheckedBytes) {
        const ParseResult parsed = DocumentParser::parse(result.applyTo(text), SpecFormat::Yaml);
        if (!parsed.diagnostics.isEmpty()) {
            *error = Text::tr("This change cannot be made in place here without breaking the text (%1). "
                              "Make it in the editor.")
                         .arg(parsed.diagnostics.first().message);
            return std::nullopt;
        }
    }
    return result;
}

bool isTaken(const PropertyDistribution& property, const QString& value)
{
    return property.values.contains(value) || property.shareIndex(value) >= 0;
}

/// Gives `value`, listed but without a share, one of `target` units, taken from the other
/// shares in proportion. With no other share to take from, the new one is the whole 100.
std::optional<TextSplice> withNewShare(const QByteArray& text,
                                       const SpecTree& tree,
                                       const PropertyDistribution& property,
                                       const QString& value,
                                       qint64 target,
                                       QString* error)
{
    const qint32 distribution = DistributionEdits::nodesOf(tree, property).distribution;
    if (distribution == SpecTree::kNoNode) {
        *error = Text::tr("'%1' needs a base_distributions map first.").arg(property.name);
        return std::nullopt;
    }
    QList<qint64> units = DistributionEdits::unitsOf(property);
    QList<bool> locks = DistributionEdits::effectiveLocks(property, {});
    const qsizetype added = units.size();
    units << 0;
    locks << false;
    const qint64 total = property.totalUnits();
    QString whyNot;
    std::optional<QList<qint64>> result = DistributionMath::rebalance(units, locks, added, target, total, &whyNot);
    if (!result) {
        result = units;
        (*result)[added] = total;
    }
    QList<TextSplice> splices = DistributionEdits::splicesFor(property, *result);
    const auto share
        = SpecEdits(text, tree, SpecFormat::Yaml)
              .insertEntryInto(
                  distribution, value, DistributionMath::formatUnits((*result)[added], property.decimals), error);
    if (!share) {
        return std::nullopt;
    }
    splices << *share;
    return joined(text, splices, error);
}

/// How a key is written anew in the quoting it has: YAML's double-quoted style takes JSON's
/// escapes, so the JSON writer quotes for it.
std::optional<QByteArray>
keyWritten(const QByteArray& text, const SpecTree& tree, const SpecNode& key, const QString& name)
{
    switch (key.style) {
    case SpecNode::Style::Plain:
        return SpecEdits(text, tree, SpecFormat::Yaml).stringText(name);
    case SpecNode::Style::DoubleQuoted:
        return SpecEdits(text, tree, SpecFormat::Json).stringText(name);
    case SpecNode::Style::SingleQuoted:
        if (std::any_of(
                name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; })) {
            return SpecEdits(text, tree, SpecFormat::Json).stringText(name);
        }
        return '\'' + name.toUtf8().replace("'", "''") + '\'';
    default:
        return std::nullopt;
    }
}

} // namespace

namespace PropertyValueEdits {

std::optional<PropertyDistribution> read(const SpecTree& tree, qint32 property, QString* error)
{
    const qint32 item
        = tree.isEmpty() || property < 0 ? SpecTree::kNoNode : tree.find(DistributionEdits::itemPath(property));
    if (item == SpecTree::kNoNode) {
        *error = Text::tr("The text has changed; the property is no longer where it was.");
        return std::nullopt;
    }
    return PropertyDistribution::read(tree, item);
}

QList<Row> rows(const PropertyDistribution& property)
{
    QList<Row> result;
    for (const QString& value : property.values) {
        const qsizetype share = property.shareIndex(value);
        Row row {value, {}, share >= 0, true};
        if (share >= 0) {
            row.share = property.shares[share].written;
        }
        result << row;
    }
    for (const Share& share : property.shares) {
        if (!share.listed) {
            result << Row {share.value, share.written, true, false};
        }
    }
    return result;
}

QString freshValue(const PropertyDistribution& property)
{
    for (int n = 1;; ++n) {
        const QString value = QStringLiteral("value_%1").arg(n);
        if (!isTaken(property, value)) {
            return value;
        }
    }
}

std::optional<double> parseShare(const QString& typed, const QLocale& locale, int* decimals)
{
    QString number = typed.trimmed();
    if (number.endsWith(QLatin1Char('%'))) {
        number.chop(1);
        number = number.trimmed();
    }
    const QString point = locale.decimalPoint();
    if (point != QLatin1String(".")) {
        number.replace(point, QStringLiteral("."));
    }
    static const QRegularExpression plain(QStringLiteral("^([0-9]+([.][0-9]*)?|[.][0-9]+)$"));
    if (!plain.match(number).hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value > 100) {
        return std::nullopt;
    }
    *decimals = DistributionMath::decimalsOf(number);
    return value;
}

std::optional<TextSplice> setShare(const QByteArray& text,
                                   const SpecTree& tree,
                                   qint32 property,
                                   const QString& value,
                                   const QString& typed,
                                   const QLocale& locale,
                                   QString* error)
{
    const std::optional<PropertyDistribution> current = read(tree, property, error);
    if (!current) {
        return std::nullopt;
    }
    int typedDecimals = 0;
    const std::optional<double> number = parseShare(typed, locale, &typedDecimals);
    if (!number) {
        *error = Text::tr("'%1' is not a share; type a number from 0 to 100, such as %2.")
                     .arg(typed.left(40), locale.toString(12.5));
        return std::nullopt;
    }
    if (!current->problem.isEmpty()) {
        *error = current->problem;
        return std::nullopt;
    }
    const PropertyDistribution scaled
        = withDecimals(*current, std::min(typedDecimals, int(PropertyDistribution::kMaxDecimals)));
    const qint64 units = std::llround(*number * double(DistributionMath::scaleOf(scaled.decimals)));
    const qsizetype share = scaled.shareIndex(value);
    if (share < 0) {
        if (!scaled.values.contains(value)) {
            *error = Text::tr("'%1' has no value '%2'.").arg(scaled.name, value);
            return std::nullopt;
        }
        return withNewShare(text, tree, scaled, value, units, error);
    }
    const auto splices = DistributionEdits::move(scaled, {}, share, units, error);
    if (!splices) {
        return std::nullopt;
    }
    return joined(text, *splices, error);
}

std::optional<TextSplice>
addValue(const QByteArray& text, const SpecTree& tree, qint32 property, const QString& value, QString* error)
{
    const std::optional<PropertyDistribution> current = read(tree, property, error);
    if (!current) {
        return std::nullopt;
    }
    const auto splices = DistributionEdits::addValue(tree, text, *current, value.trimmed(), error);
    if (!splices) {
        return std::nullopt;
    }
    return joined(text, *splices, error);
}

std::optional<TextSplice>
removeValue(const QByteArray& text, const SpecTree& tree, qint32 property, const QString& value, QString* error)
{
    const std::optional<PropertyDistribution> current = read(tree, property, error);
    if (!current) {
        return std::nullopt;
    }
    // The form has no locks: every share that is a number takes its part.
    const auto splices = DistributionEdits::removeValue(tree, text, *current, {}, value, error);
    if (!splices) {
        return std::nullopt;
    }
    return joined(text, *splices, error);
}

std::optional<TextSplice> renameValue(const QByteArray& text,
                                      const SpecTree& tree,
                                      qint32 property,
                                      const QString& from,
                                      const QString& to,
                                      QString* error)
{
    const std::optional<PropertyDistribution> current = read(tree, property, error);
    if (!current) {
        return std::nullopt;
    }
    const QString name = to.trimmed();
    if (name.isEmpty()) {
        *error = Text::tr("A value needs a name.");
        return std::nullopt;
    }
    if (name == from) {
        return TextSplice {};
    }
    if (isTaken(*current, name)) {
        *error = Text::tr("'%1' already has a value '%2'.").arg(current->name, name);
        return std::nullopt;
    }
    const DistributionEdits::PropertyNodes nodes = DistributionEdits::nodesOf(tree, *current);
    const qint32 item = DistributionEdits::itemWithValue(tree, nodes.values, from);
    const qint32 share = nodes.distribution == SpecTree::kNoNode ? SpecTree::kNoNode
                                                                 : tree.child(nodes.distribution, from.toStdString());
    if (item == SpecTree::kNoNode && share == SpecTree::kNoNode) {
        *error = Text::tr("'%1' has no value '%2'.").arg(current->name, from);
        return std::nullopt;
    }
    QList<TextSplice> splices;
    if (item != SpecTree::kNoNode) {
        const SpecNode& node = tree.node(item);
        if (node.style == SpecNode::Style::Plain) {
            // Quoted when plain text would read as a number or boolean, as a new value is.
            splices << TextSplice {node.start, node.end, SpecEdits(text, tree, SpecFormat::Yaml).stringText(name)};
        } else {
            const auto renamed = SpecEdits(text, tree, SpecFormat::Yaml).setScalar(tree.path(item), name, error);
            if (!renamed) {
                return std::nullopt;
            }
            splices << *renamed;
        }
    }
    if (share != SpecTree::kNoNode) {
        const qint32 key = tree.keyNode(share);
        const std::optional<QByteArray> written = key == SpecTree::kNoNode || !tree.node(key).isScalar()
                                                      ? std::nullopt
                                                      : keyWritten(text, tree, tree.node(key), name);
        if (!written) {
            *error = Text::tr("The share of '%1' has a key the form cannot rename; rename it in the editor.").arg(from);
            return std::nullopt;
        }
        splices << TextSplice {tree.node(key).start, tree.node(key).end, *written};
    }
    return joined(text, splices, error);
}

bool isNoChange(const TextSplice& splice)
{
    return splice.start == splice.end && splice.replacement.isEmpty();
}

} // namespace PropertyValueEdits
