#include "JsonSchemaCheck.h"

#include "DiagnosticSink.h"

#include <QCoreApplication>
#include <QFile>

// valijson's adapter must come before any RapidJSON header: it sets RapidJSON's assert handling.
#include <valijson/adapters/rapidjson_adapter.hpp>

#include <rapidjson/document.h>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <memory>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchemaCheck)
};

/// The draft-07 meta-schema, parsed once. It comes from Debian's python3-jsonschema package
/// and is compiled into the resources (see resources/CMakeLists.txt).
const valijson::Schema* metaSchema()
{
    static const std::unique_ptr<valijson::Schema> schema = [] {
        QFile file(QStringLiteral(":/schemas/json-schema-draft-07.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            return std::unique_ptr<valijson::Schema>();
        }
        const QByteArray json = file.readAll();
        rapidjson::Document document;
        document.Parse(json.constData(), size_t(json.size()));
        if (document.HasParseError()) {
            return std::unique_ptr<valijson::Schema>();
        }
        auto parsed = std::make_unique<valijson::Schema>();
        try {
            valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
            valijson::adapters::RapidJsonAdapter adapter(document);
            parser.populateSchema(adapter, *parsed);
        } catch (const std::exception&) {
            return std::unique_ptr<valijson::Schema>();
        }
        return parsed;
    }();
    return schema.get();
}

/// Follows valijson's context ("<root>", "[properties]", "[0]") down the spec's own tree.
qint32 nodeFor(const SpecTree& tree, qint32 schemaNode, const std::vector<std::string>& context)
{
    qint32 node = schemaNode;
    for (const std::string& step : context) {
        if (step.size() < 3 || step.front() != '[' || step.back() != ']') {
            continue;
        }
        const std::string inner = step.substr(1, step.size() - 2);
        qint32 next = SpecTree::kNoNode;
        if (tree.node(node).isSequence()) {
            bool ok = false;
            const int index = QString::fromStdString(inner).toInt(&ok);
            next = ok ? tree.item(node, index) : SpecTree::kNoNode;
        } else {
            next = tree.child(node, inner);
        }
        if (next == SpecTree::kNoNode) {
            break;
        }
        node = next;
    }
    return node;
}

QString plainDescription(const valijson::ValidationResults::Error& error)
{
    if (!error.context.empty() && error.context.back() == "[type]") {
        return Text::tr(
            "'type' must be one of array, boolean, integer, null, number, object and string, or a list of them.");
    }
    return QString::fromStdString(error.description);
}

} // namespace

namespace JsonSchemaCheck {

bool metaSchemaAvailable()
{
    return metaSchema() != nullptr;
}

void check(DiagnosticSink& sink, qint32 schemaNode)
{
    const valijson::Schema* schema = metaSchema();
    if (!schema) {
        sink.warning(
            schemaNode,
            QStringLiteral("schema-check-unavailable"),
            Text::tr("The JSON Schema meta-schema is missing from this build, so this schema was not checked."));
        return;
    }
    const SpecNode& schemaText = sink.tree().node(schemaNode);
    if (schemaText.end - schemaText.start > kMaxCheckedBytes) {
        sink.info(schemaNode,
                  QStringLiteral("schema-check-skipped"),
                  Text::tr("This embedded JSON Schema is %L1 KB, too large to check against draft-07 here; "
                           "SpecDesk checks schemas of up to %L2 KB.")
                      .arg((schemaText.end - schemaText.start) / 1024)
                      .arg(kMaxCheckedBytes / 1024));
        return;
    }
    const QByteArray source = sink.sourceOf(schemaNode);
    rapidjson::Document document;
    document.Parse(source.constData(), size_t(source.size()));
    if (document.HasParseError()) {
        return; // the whole spec already failed to parse; its syntax error says more
    }
    valijson::Validator validator;
    valijson::adapters::RapidJsonAdapter target(document);
    // Without a results object valijson stops at the first failure and records nothing; a
    // valid schema, the common case, is checked several times faster that way.
    if (validator.validate(*schema, target, nullptr)) {
        return;
    }
    valijson::ValidationResults results;
    validator.validate(*schema, target, &results);
    // valijson reports a failure and then every enclosing rule it broke; only the deepest
    // say what is wrong, so drop any error whose place encloses another error's place.
    std::vector<valijson::ValidationResults::Error> errors;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        errors.push_back(error);
    }
    const auto encloses = [](const std::vector<std::string>& outer, const std::vector<std::string>& inner) {
        return outer.size() < inner.size() && std::equal(outer.begin(), outer.end(), inner.begin());
    };
    const QString schemaPath = sink.tree().path(schemaNode);
    std::vector<std::vector<std::string>> reported;
    for (const auto& candidate : errors) {
        const bool enclosing = std::any_of(errors.begin(), errors.end(), [&](const auto& other) {
            return encloses(candidate.context, other.context);
        });
        // Alternatives of one rule (anyOf) fail at the same place: the first says it best.
        if (enclosing || std::find(reported.begin(), reported.end(), candidate.context) != reported.end()) {
            continue;
        }
        reported.push_back(candidate.context);
        const qint32 node = nodeFor(sink.tree(), schemaNode, candidate.context);
        QString where = sink.tree().path(node);
        where = where.startsWith(schemaPath) ? where.mid(schemaPath.size()) : where;
        sink.error(node,
                   QStringLiteral("adobe-schema-invalid"),
                   Text::tr("The JSON Schema in %1 is not valid draft-07%2: %3")
                       .arg(schemaPath,
                            where.isEmpty()
                                ? QString()
                                : Text::tr(" (at %1)").arg(where.mid(where.startsWith(QLatin1Char('.')) ? 1 : 0)),
                            plainDescription(candidate)));
    }
}

} // namespace JsonSchemaCheck
