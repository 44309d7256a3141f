#include "SemanticDiff.h"

#include "PropertyDistribution.h"
#include "RemoteJson.h"
#include "SpecAnalysis.h"

#include <QCoreApplication>

#include <optional>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SemanticDiff)
};

struct DataFramerSide
{
    std::optional<DistributionSet> set;
    QString description;
    QString requirements;
    bool parsed = false;
};

DataFramerSide readDataFramer(const QByteArray& text)
{
    DataFramerSide side;
    const SpecAnalysis analysis = SpecAnalysis::analyse(text, SpecFormat::Yaml, SpecKind::DataFramer);
    const SpecTree& tree = analysis.tree;
    if (tree.isEmpty()) {
        return side;
    }
    side.parsed = true;
    const qint32 spec = tree.node(tree.root()).isMapping() ? tree.child(tree.root(), "spec") : SpecTree::kNoNode;
    if (spec != SpecTree::kNoNode && tree.node(spec).isMapping()) {
        for (const auto& [key, target] :
             {std::pair {"description", &side.description}, std::pair {"requirements", &side.requirements}}) {
            const qint32 node = tree.child(spec, key);
            if (node != SpecTree::kNoNode) {
                // The written bytes, so a change of quoting or layout counts as a change too.
                *target
                    = QString::fromUtf8(text.mid(tree.node(node).start, tree.node(node).end - tree.node(node).start));
            }
        }
    }
    side.set = DistributionSet::read(analysis);
    return side;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QList<QPair<QString, double>> sharesOf(const PropertyDistribution& property)
{
    QList<QPair<QString, double>> shares;
    const double scale = double(property.totalUnits()) / 100.0;
    for (const Share& share : property.shares) {
        if (share.units) {
            shares.append({share.value, double(*share.units) / scale});
        }
    }
    return shares;
}

void compareDataFramer(const QByteArray& before, const QByteArray& after, SemanticDiff& diff)
{
    const DataFramerSide old = readDataFramer(before);
    const DataFramerSide now = readDataFramer(after);
    if (!old.parsed || !now.parsed) {
        diff.note = Text::tr("One side does not parse, so only the text diff is shown.");
        return;
    }
    if (old.description != now.description) {
        diff.changes << Text::tr("description changed");
    }
    if (old.requirements != now.requirements) {
        diff.changes << Text::tr("requirements changed");
    }
    QList<PropertyDistribution> oldProperties = old.set ? old.set->properties : QList<PropertyDistribution>();
    const QList<PropertyDistribution> newProperties = now.set ? now.set->properties : QList<PropertyDistribution>();
    const auto find = [](const QList<PropertyDistribution>& list, const QString& name) -> const PropertyDistribution* {
        for (const PropertyDistribution& property : list) {
            if (property.name == name) {
                return &property;
            }
        }
        return nullptr;
    };
    for (const PropertyDistribution& property : newProperties) {
        const PropertyDistribution* previous = find(oldProperties, property.name);
        if (previous == nullptr) {
            diff.changes << Text::tr("+%1 (%2)").arg(property.name, property.values.join(QStringLiteral(", ")));
            diff.distributions.append({property.name, {}, sharesOf(property)});
            continue;
        }
        const QList<QPair<QString, double>> was = sharesOf(*previous);
        const QList<QPair<QString, double>> is = sharesOf(property);
        QStringList parts;
        for (const auto& current : is) {
            const QString& value = current.first;
            const double share = current.second;
            const auto match
                = std::find_if(was.cbegin(), was.cend(), [&](const auto& entry) { return entry.first == value; });
            if (match == was.cend()) {
                parts << Text::tr("+%1 %2").arg(value, number(share));
            } else if (match->second != share) {
                parts << Text::tr("%1 %2 → %3").arg(value, number(match->second), number(share));
            }
        }
        for (const auto& earlier : was) {
            const QString& value = earlier.first;
            if (std::none_of(is.cbegin(), is.cend(), [&](const auto& entry) { return entry.first == value; })) {
                parts << Text::tr("−%1").arg(value);
            }
        }
        for (const QString& value : property.values) {
            if (!previous->values.contains(value)
                && !std::any_of(is.cbegin(), is.cend(), [&](const auto& entry) { return entry.first == value; })) {
                parts << Text::tr("+%1").arg(value);
            }
        }
        if (!parts.isEmpty()) {
            diff.changes << Text::tr("%1: %2").arg(property.name, parts.join(QStringLiteral(", ")));
            diff.distributions.append({property.name, was, is});
        }
    }
    for (const PropertyDistribution& property : oldProperties) {
        if (find(newProperties, property.name) == nullptr) {
            diff.changes << Text::tr("−%1").arg(property.name);
            diff.distributions.append({property.name, sharesOf(property), {}});
        }
    }
}

void compareJson(const rapidjson::Value& before,
                 const rapidjson::Value& after,
                 const QString& path,
                 bool recurse,
                 QStringList& changes)
{
    if (before == after) {
        return;
    }
    if (!recurse || !before.IsObject() || !after.IsObject()) {
        changes << Text::tr("%1: %2 → %3").arg(path, RemoteJson::describe(before), RemoteJson::describe(after));
        return;
    }
    for (const auto& entry : after.GetObject()) {
        const QString name = QString::fromUtf8(entry.name.GetString());
        const QString childPath = path.isEmpty() ? name : path + QLatin1Char('.') + name;
        const rapidjson::Value* old = RemoteJson::member(before, entry.name.GetString());
        if (old == nullptr) {
            changes << Text::tr("+%1: %2").arg(childPath, RemoteJson::describe(entry.value));
        } else {
            compareJson(*old, entry.value, childPath, true, changes);
        }
    }
    for (const auto& entry : before.GetObject()) {
        if (RemoteJson::member(after, entry.name.GetString()) == nullptr) {
            const QString name = QString::fromUtf8(entry.name.GetString());
            changes << Text::tr("−%1").arg(path.isEmpty() ? name : path + QLatin1Char('.') + name);
        }
    }
}

} // namespace

SemanticDiff SemanticDiff::compute(SpecKind kind, const QByteArray& before, const QByteArray& after)
{
    SemanticDiff diff;
    if (kind == SpecKind::DataFramer) {
        compareDataFramer(before, after, diff);
        return diff;
    }
    if (kind != SpecKind::ScaleGp && kind != SpecKind::AdobeFlow) {
        return diff;
    }
    rapidjson::Document old;
    rapidjson::Document now;
    QString error;
    if (!RemoteJson::parse(before, old, &error) || !RemoteJson::parse(after, now, &error) || !old.IsObject()
        || !now.IsObject()) {
        diff.note = Text::tr("One side is not a JSON object, so only the text diff is shown.");
        return diff;
    }
    // Scale GP's fields are flat; Adobe's are followed by path into the embedded schemas.
    if (kind == SpecKind::ScaleGp) {
        for (const auto& entry : now.GetObject()) {
            const rapidjson::Value* was = RemoteJson::member(old, entry.name.GetString());
            const QString name = QString::fromUtf8(entry.name.GetString());
            if (was == nullptr) {
                diff.changes << Text::tr("+%1: %2").arg(name, RemoteJson::describe(entry.value));
            } else if (*was != entry.value) {
                diff.changes
                    << Text::tr("%1: %2 → %3").arg(name, RemoteJson::describe(*was), RemoteJson::describe(entry.value));
            }
        }
        for (const auto& entry : old.GetObject()) {
            if (RemoteJson::member(now, entry.name.GetString()) == nullptr) {
                diff.changes << Text::tr("−%1").arg(QString::fromUtf8(entry.name.GetString()));
            }
        }
        return diff;
    }
    compareJson(old, now, {}, true, diff.changes);
    return diff;
}
