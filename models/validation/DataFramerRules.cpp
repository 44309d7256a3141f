#include "DiagnosticSink.h"
#include "SpecValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DataFramerRules)
};

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

const QStringList& editableKeys()
{
    static const QStringList keys {QStringLiteral("description"),
                                   QStringLiteral("requirements"),
                                   QStringLiteral("data_property_variations"),
                                   QStringLiteral("selected_sql_schema_column"),
                                   QStringLiteral("selected_sql_query_columns")};
    return keys;
}

bool isText(const SpecNode& node)
{
    return node.isScalar() && node.style != SpecNode::Style::Null;
}

/// Whether a scalar is a string to a YAML reader. Plain `42`, `true`, `yes` or `~` are numbers,
/// booleans and nulls to the server's reader (YAML 1.1, as PyYAML reads it), not text.
bool isString(const SpecTree& tree, qint32 index)
{
    const SpecNode& node = tree.node(index);
    if (!node.isScalar() || node.style == SpecNode::Style::Null) {
        return false;
    }
    if (node.style != SpecNode::Style::Plain) {
        return true;
    }
    static const QRegularExpression notText(QStringLiteral(
        "^(~|null|Null|NULL|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|[-+]?(0|[1-9][0-9_]*|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+)"
        "|[-+]?([0-9][0-9_]*\\.[0-9_]*|\\.[0-9_]+)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)$"));
    return !notText.match(qs(tree.value(index))).hasMatch();
}

/// A percentage as written: a plain (unquoted) YAML number.
std::optional<double> numberIn(const SpecTree& tree, qint32 index)
{
    const SpecNode& node = tree.node(index);
    if (!node.isScalar() || node.style != SpecNode::Style::Plain) {
        return std::nullopt;
    }
    bool ok = false;
    const double value = QByteArrayView(tree.value(index)).toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 10);
}

class Checker
{
public:
    Checker(const SpecTree& tree, const QByteArray& text)
        : m_tree(tree)
        , m_sink(tree, text)
    {
    }

    Diagnostics run()
    {
        const qint32 root = m_tree.root();
        if (!m_tree.node(root).isMapping()) {
            m_sink.error(root,
                         QStringLiteral("dataframer-not-mapping"),
                         Text::tr("A DataFramer spec is a YAML mapping with spec: at the top."));
            return m_sink.takeDiagnostics();
        }
        const qint32 legacy = m_tree.child(root, "specification");
        if (legacy != SpecTree::kNoNode) {
            m_sink.atKey(Diagnostic::Severity::Error,
                         legacy,
                         QStringLiteral("dataframer-legacy-shape"),
                         Text::tr("This is the legacy DataFramer shape (specification:, axis_name, possible_values). "
                                  "Current specs use spec: with data_property_variations, each with property_name, "
                                  "property_values and base_distributions."));
        }
        if (m_tree.laterDocumentAt() >= 0) {
            m_sink.atOffset(Diagnostic::Severity::Error,
                            m_tree.laterDocumentAt(),
                            QStringLiteral("dataframer-several-documents"),
                            Text::tr("A DataFramer spec is one YAML document; the server refuses a second one "
                                     "starting here. Remove the '---' and what follows, or merge it into spec:."));
        }
        const qint32 spec = m_tree.child(root, "spec");
        if (spec == SpecTree::kNoNode) {
            if (legacy == SpecTree::kNoNode) {
                m_sink.atOpening(Diagnostic::Severity::Error,
                                 root,
                                 QStringLiteral("dataframer-missing-spec"),
                                 Text::tr("A DataFramer spec needs a spec: key at the top."));
            }
            return m_sink.takeDiagnostics();
        }
        checkTopLevel(root);
        checkSpec(spec);
        return m_sink.takeDiagnostics();
    }

private:
    void checkTopLevel(qint32 root)
    {
        for (qint32 entry = m_tree.node(root).firstChild(); entry != SpecTree::kNoNode;
             entry = m_tree.node(entry).nextSibling) {
            const QString key = qs(m_tree.keyOf(entry));
            if (key == QLatin1String("metadata")) {
                m_sink.atKey(Diagnostic::Severity::Info,
                             entry,
                             QStringLiteral("dataframer-metadata-readonly"),
                             Text::tr("metadata is read-only: the server ignores it when the spec is saved."));
            } else if (key != QLatin1String("spec") && key != QLatin1String("specification")) {
                m_sink.atKey(Diagnostic::Severity::Warning,
                             entry,
                             QStringLiteral("dataframer-unknown-top-level"),
                             Text::tr("Only spec: is saved; '%1' is ignored.").arg(key));
            }
        }
    }

    void checkSpec(qint32 spec)
    {
        if (!m_tree.node(spec).isMapping()) {
            m_sink.error(
                spec, QStringLiteral("dataframer-spec-not-mapping"), Text::tr("spec: must hold a mapping of fields."));
            return;
        }
        for (qint32 entry = m_tree.node(spec).firstChild(); entry != SpecTree::kNoNode;
             entry = m_tree.node(entry).nextSibling) {
            const QString key = qs(m_tree.keyOf(entry));
            if (!editableKeys().contains(key)) {
                m_sink.atKey(Diagnostic::Severity::Error,
                             entry,
                             QStringLiteral("dataframer-unknown-key"),
                             Text::tr("'%1' is not an editable spec field. The editable fields are %2.")
                                 .arg(key, editableKeys().join(QStringLiteral(", "))));
            }
        }
        for (const char* key : {"description", "requirements"}) {
            const qint32 node = m_tree.child(spec, key);
            if (node != SpecTree::kNoNode && !isString(m_tree, node)) {
                m_sink.error(
                    node,
                    QStringLiteral("dataframer-not-text"),
                    Text::tr("%1 must be text; put it in quotes if it is meant as text.").arg(QLatin1String(key)));
            }
        }
        const qint32 variations = m_tree.child(spec, "data_property_variations");
        if (variations == SpecTree::kNoNode) {
            return;
        }
        if (!m_tree.node(variations).isSequence()) {
            m_sink.error(variations,
                         QStringLiteral("dataframer-variations-not-list"),
                         Text::tr("data_property_variations must be a list of properties."));
            return;
        }
        QSet<QString> names;
        for (qint32 item = m_tree.node(variations).firstChild(); item != SpecTree::kNoNode;
             item = m_tree.node(item).nextSibling) {
            checkVariation(item, names);
        }
    }

    void checkVariation(qint32 item, QSet<QString>& names)
    {
        if (!m_tree.node(item).isMapping()) {
            m_sink.error(item,
                         QStringLiteral("dataframer-variation-not-mapping"),
                         Text::tr("Each property needs property_name, property_values and base_distributions."));
            return;
        }
        const qint32 nameNode = m_tree.child(item, "property_name");
        QString name = Text::tr("property %1").arg(m_tree.node(item).indexInParent + 1);
        if (nameNode == SpecTree::kNoNode || !isText(m_tree.node(nameNode)) || m_tree.value(nameNode).empty()) {
            m_sink.error(nameNode == SpecTree::kNoNode ? item : nameNode,
                         QStringLiteral("dataframer-property-name-missing"),
                         Text::tr("This property needs a non-empty property_name."));
        } else {
            name = qs(m_tree.value(nameNode));
            if (names.contains(name)) {
                m_sink.error(nameNode,
                             QStringLiteral("dataframer-property-name-duplicate"),
                             Text::tr("The property name '%1' is used twice.").arg(name));
            }
            names.insert(name);
        }
        const QStringList values = checkValues(item, name);
        checkDistribution(item, name, values);
    }

    QStringList checkValues(qint32 item, const QString& name)
    {
        const qint32 valuesNode = m_tree.child(item, "property_values");
        QStringList values;
        if (valuesNode == SpecTree::kNoNode) {
            m_sink.error(
                item, QStringLiteral("dataframer-values-missing"), Text::tr("'%1' has no property_values.").arg(name));
            return values;
        }
        if (!m_tree.node(valuesNode).isSequence() || m_tree.node(valuesNode).childCount() == 0) {
            m_sink.error(valuesNode,
                         QStringLiteral("dataframer-values-empty"),
                         Text::tr("property_values of '%1' must be a non-empty list.").arg(name));
            return values;
        }
        for (qint32 v = m_tree.node(valuesNode).firstChild(); v != SpecTree::kNoNode; v = m_tree.node(v).nextSibling) {
            if (!isText(m_tree.node(v)) || m_tree.value(v).empty()) {
                m_sink.error(v,
                             QStringLiteral("dataframer-value-empty"),
                             Text::tr("Each value of '%1' must be non-empty text.").arg(name));
                continue;
            }
            const QString value = qs(m_tree.value(v));
            if (values.contains(value)) {
                m_sink.error(v,
                             QStringLiteral("dataframer-value-duplicate"),
                             Text::tr("The value '%1' is listed twice in '%2'.").arg(value, name));
                continue;
            }
            values.append(value);
        }
        return values;
    }

    void checkDistribution(qint32 item, const QString& name, const QStringList& values)
    {
        const qint32 dist = m_tree.child(item, "base_distributions");
        if (dist == SpecTree::kNoNode) {
            m_sink.error(item,
                         QStringLiteral("dataframer-distribution-missing-map"),
                         Text::tr("'%1' has no base_distributions.").arg(name));
            return;
        }
        if (!m_tree.node(dist).isMapping()) {
            m_sink.error(dist,
                         QStringLiteral("dataframer-distribution-not-mapping"),
                         Text::tr("base_distributions of '%1' must map each value to a percentage.").arg(name));
            return;
        }
        QStringList keys;
        double sum = 0;
        bool allNumbers = true;
        for (qint32 entry = m_tree.node(dist).firstChild(); entry != SpecTree::kNoNode;
             entry = m_tree.node(entry).nextSibling) {
            const QString key = qs(m_tree.keyOf(entry));
            keys.append(key);
            if (!values.contains(key)) {
                m_sink.atKey(Diagnostic::Severity::Error,
                             entry,
                             QStringLiteral("dataframer-distribution-extra"),
                             Text::tr("'%1' is not one of the property_values of '%2'.").arg(key, name));
            }
            const std::optional<double> percent = numberIn(m_tree, entry);
            if (!percent) {
                allNumbers = false;
                m_sink.error(entry,
                             QStringLiteral("dataframer-distribution-not-number"),
                             Text::tr("The share of '%1' must be a number (a percentage), not %2.")
                                 .arg(key, QString::fromUtf8(m_sink.sourceOf(entry)).left(40)));
            } else if (*percent < 0) {
                m_sink.error(entry,
                             QStringLiteral("dataframer-distribution-negative"),
                             Text::tr("The share of '%1' cannot be negative.").arg(key));
            } else {
                sum += *percent;
            }
        }
        for (const QString& value : values) {
            if (!keys.contains(value)) {
                m_sink.error(dist,
                             QStringLiteral("dataframer-distribution-missing"),
                             Text::tr("base_distributions of '%1' has no share for '%2'.").arg(name, value));
            }
        }
        if (allNumbers && std::abs(sum - 100.0) > 0.01) {
            m_sink.error(dist,
                         QStringLiteral("dataframer-distribution-sum"),
                         Text::tr("The shares of '%1' add up to %2, not 100.").arg(name, formatNumber(sum)));
        }
    }

    const SpecTree& m_tree;
    DiagnosticSink m_sink;
};

} // namespace

namespace DataFramerRules {

Diagnostics check(const SpecTree& tree, const QByteArray& text)
{
    return Checker(tree, text).run();
}

} // namespace DataFramerRules
