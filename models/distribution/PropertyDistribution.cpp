#include "PropertyDistribution.h"

#include "DistributionMath.h"
#include "SpecAnalysis.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PropertyDistribution)
};

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Strings read before, by their text in the tree (alive while a set is read). Specs repeat
/// their values and numbers across properties ("low", "high", "20"): 43,000 properties of a
/// 10 MB spec held a million small strings, half the shares' memory, and the copies made only
/// to be compared and dropped left holes between the strings that were kept.
class StringPool
{
public:
    QString get(std::string_view text)
    {
        // Short texts only, and a bounded number: a spec of unique values gains nothing.
        constexpr size_t kLongestPooled = 64;
        constexpr size_t kMostPooled = 4096;
        if (text.size() > kLongestPooled) {
            return qs(text);
        }
        const auto known = m_strings.find(text);
        if (known != m_strings.end()) {
            return known->second;
        }
        QString string = qs(text);
        if (m_strings.size() < kMostPooled) {
            m_strings.emplace(text, string);
        }
        return string;
    }

private:
    std::unordered_map<std::string_view, QString> m_strings;
};

QString pooled(std::string_view text, StringPool* pool)
{
    return pool != nullptr ? pool->get(text) : qs(text);
}

/// The share as a finite, non-negative number, or nullopt with the reason.
std::optional<double> numberOf(const SpecTree& tree, qint32 index, const QString& written, QString* problem)
{
    const SpecNode& node = tree.node(index);
    if (!node.isScalar() || node.style == SpecNode::Style::Null) {
        *problem = node.isScalar() ? Text::tr("The share is empty.")
                                   : Text::tr("The share must be a number, not a list or map.");
        return std::nullopt;
    }
    bool ok = false;
    const double value = written.toDouble(&ok);
    if (node.style != SpecNode::Style::Plain || !ok || !std::isfinite(value)) {
        *problem = Text::tr("'%1' is not a number.").arg(written.left(40));
        return std::nullopt;
    }
    if (value < 0) {
        *problem = Text::tr("A share cannot be negative.");
        return std::nullopt;
    }
    if (value > 1e12) {
        *problem = Text::tr("%1 is far beyond 100.").arg(written.left(40));
        return std::nullopt;
    }
    return value;
}

/// The property's name as written, or its place when it has none.
QString nameOf(const SpecTree& tree, qint32 variation)
{
    const SpecNode& item = tree.node(variation);
    const qint32 name = item.isMapping() ? tree.child(variation, "property_name") : SpecTree::kNoNode;
    if (name != SpecTree::kNoNode && tree.node(name).isScalar() && !tree.value(name).empty()) {
        return qs(tree.value(name));
    }
    return Text::tr("property %1").arg(item.indexInParent + 1);
}

PropertyDistribution readProperty(const SpecTree& tree, qint32 variation, StringPool* pool)
{
    PropertyDistribution property;
    const SpecNode& item = tree.node(variation);
    property.index = item.indexInParent;
    property.name = nameOf(tree, variation);
    if (!item.isMapping()) {
        property.problem
            = Text::tr("This entry is not a property (property_name, property_values, base_distributions).");
        return property;
    }
    const qint32 values = tree.child(variation, "property_values");
    if (values != SpecTree::kNoNode && tree.node(values).isSequence()) {
        // Exactly as many as there are: a list grown one by one keeps spare room, and there is
        // a list of each per property.
        property.values.reserve(tree.node(values).childCount());
        for (qint32 v = tree.node(values).firstChild(); v != SpecTree::kNoNode; v = tree.node(v).nextSibling) {
            if (tree.node(v).isScalar() && !tree.value(v).empty()) {
                property.values << pooled(tree.value(v), pool);
            }
        }
    }
    const qint32 distribution = tree.child(variation, "base_distributions");
    if (distribution == SpecTree::kNoNode) {
        property.problem = Text::tr("'%1' has no base_distributions.").arg(property.name);
        return property;
    }
    if (!tree.node(distribution).isMapping()) {
        property.problem
            = Text::tr("base_distributions of '%1' must map each value to a percentage.").arg(property.name);
        return property;
    }
    QVarLengthArray<double, 16> numbers; // on the stack: nothing freed between kept strings
    property.shares.reserve(tree.node(distribution).childCount());
    for (qint32 entry = tree.node(distribution).firstChild(); entry != SpecTree::kNoNode;
         entry = tree.node(entry).nextSibling) {
        const SpecNode& node = tree.node(entry);
        Share share;
        share.value = pooled(tree.keyOf(entry), pool);
        share.start = node.start;
        share.end = node.end;
        share.written = node.isScalar() ? pooled(tree.value(entry), pool) : QString();
        share.listed = property.values.contains(share.value);
        const std::optional<double> number = numberOf(tree, entry, share.written, &share.problem);
        numbers.append(number.value_or(-1));
        if (number) {
            property.decimals = std::max(property.decimals, DistributionMath::decimalsOf(share.written));
        }
        property.shares << share;
    }
    property.decimals = std::min(property.decimals, PropertyDistribution::kMaxDecimals);
    const qint64 scale = DistributionMath::scaleOf(property.decimals);
    for (qsizetype i = 0; i < property.shares.size(); ++i) {
        if (numbers[i] >= 0) {
            property.shares[i].units = std::llround(numbers[i] * double(scale));
        }
    }
    for (const QString& value : std::as_const(property.values)) {
        if (property.shareIndex(value) < 0) {
            property.missing << value;
        }
    }
    return property;
}

} // namespace

qint64 PropertyDistribution::totalUnits() const
{
    return 100 * DistributionMath::scaleOf(decimals);
}

qint64 PropertyDistribution::sumUnits() const
{
    qint64 sum = 0;
    for (const Share& share : shares) {
        sum += share.units.value_or(0);
    }
    return sum;
}

qsizetype PropertyDistribution::shareIndex(const QString& value) const
{
    for (qsizetype i = 0; i < shares.size(); ++i) {
        if (shares[i].value == value) {
            return i;
        }
    }
    return -1;
}

PropertyDistribution PropertyDistribution::read(const SpecTree& tree, qint32 variation)
{
    return readProperty(tree, variation, nullptr);
}

DistributionSet DistributionSet::read(const SpecAnalysis& analysis, const PropertySelection& selection)
{
    DistributionSet set;
    if (analysis.kind != SpecKind::DataFramer) {
        set.state = State::NotDataFramer;
        set.reason = Text::tr("Distributions belong to DataFramer specs; this is %1.")
                         .arg(SpecKinds::displayName(analysis.kind));
        return set;
    }
    const SpecTree& tree = analysis.tree;
    if (tree.isEmpty()) {
        const auto error = std::find_if(analysis.diagnostics.cbegin(), analysis.diagnostics.cend(), [](const auto& d) {
            return d.severity == Diagnostic::Severity::Error;
        });
        if (error == analysis.diagnostics.cend()) {
            // Nothing to parse: an empty spec, such as a FAILED one the server sent no text for.
            set.state = State::NoVariations;
            set.reason = Text::tr("The spec is empty, so it has no distributions.");
            return set;
        }
        set.state = State::NotParsed;
        set.reason = Text::tr("Line %1, column %2: %3").arg(error->line).arg(error->column).arg(error->message);
        return set;
    }
    const qint32 spec = tree.node(tree.root()).isMapping() ? tree.child(tree.root(), "spec") : SpecTree::kNoNode;
    const qint32 variations = spec == SpecTree::kNoNode || !tree.node(spec).isMapping()
                                  ? SpecTree::kNoNode
                                  : tree.child(spec, "data_property_variations");
    if (variations == SpecTree::kNoNode || !tree.node(variations).isSequence()
        || tree.node(variations).childCount() == 0) {
        set.state = State::NoVariations;
        set.reason = Text::tr("This spec has no data_property_variations, so there are no distributions to shape.");
        return set;
    }
    set.state = State::Ready;
    set.propertyCount = tree.node(variations).childCount();
    const bool everyName = selection.nameContains.isEmpty();
    const qsizetype limit = selection.limit < 0 ? set.propertyCount : selection.limit;
    StringPool pool;
    set.properties.reserve(std::min(set.propertyCount, limit));
    for (qint32 item = tree.node(variations).firstChild(); item != SpecTree::kNoNode;
         item = tree.node(item).nextSibling) {
        if (!everyName && !nameOf(tree, item).contains(selection.nameContains, Qt::CaseInsensitive)) {
            continue;
        }
        ++set.matchingCount;
        if (set.properties.size() < limit) {
            set.properties << readProperty(tree, item, &pool);
        } else if (everyName) {
            set.matchingCount = set.propertyCount; // the rest match too: no need to walk them
            break;
        }
    }
    return set;
}

void DistributionSet::applied(const QList<TextSplice>& splices)
{
    QList<TextSplice> ordered = splices;
    std::sort(
        ordered.begin(), ordered.end(), [](const TextSplice& a, const TextSplice& b) { return a.start < b.start; });
    // Shares are in document order across properties, so one pass with a running shift will do.
    // A share that neither changes nor moves is not written to, so properties the edit leaves
    // alone stay shared with the analysis they came from.
    qsizetype next = 0;
    qint64 shift = 0;
    for (qsizetype p = 0; p < properties.size(); ++p) {
        const qsizetype shareCount = std::as_const(properties)[p].shares.size();
        const qint64 scale = DistributionMath::scaleOf(std::as_const(properties)[p].decimals);
        for (qsizetype s = 0; s < shareCount; ++s) {
            // Read through a const path: a write below may detach the list from the analysis.
            const qint64 start = std::as_const(properties)[p].shares[s].start;
            const qint64 end = std::as_const(properties)[p].shares[s].end;
            const auto matches = [&](const TextSplice& splice) { return splice.start == start && splice.end == end; };
            while (next < ordered.size() && ordered[next].end <= start && !matches(ordered[next])) {
                shift += ordered[next].replacement.size() - (ordered[next].end - ordered[next].start);
                ++next;
            }
            const bool replaced = next < ordered.size() && matches(ordered[next]);
            if (!replaced && shift == 0) {
                continue;
            }
            Share& changed = properties[p].shares[s];
            changed.start = start + shift;
            changed.end = end + shift;
            if (replaced) {
                const TextSplice& splice = ordered[next];
                changed.written = QString::fromUtf8(splice.replacement);
                changed.units = std::llround(changed.written.toDouble() * double(scale));
                shift += splice.replacement.size() - (splice.end - splice.start);
                changed.end = changed.start + splice.replacement.size();
                ++next;
            }
        }
    }
}
