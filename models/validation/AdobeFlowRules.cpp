#include "DiagnosticSink.h"
#include "JsonSchemaCheck.h"
#include "SpecValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdobeFlowRules)
};

// A full PUT /flowSpecs/{id} replaces the object, so it must carry what a create needs.
constexpr const char* kRequired[]
    = {"id", "name", "providerId", "version", "sourceConnectionSpecIds", "targetConnectionSpecIds"};

bool isUuid(const SpecTree& tree, qint32 index)
{
    const SpecNode& node = tree.node(index);
    const std::string_view value = tree.value(index);
    return node.isScalar() && node.style == SpecNode::Style::DoubleQuoted
           && AdobeFlowRules::isUuid(QString::fromUtf8(value.data(), qsizetype(value.size())));
}

void checkUuid(DiagnosticSink& sink, qint32 node, const QString& what)
{
    if (!isUuid(sink.tree(), node)) {
        sink.error(node,
                   QStringLiteral("adobe-not-uuid"),
                   Text::tr("%1 must be a UUID such as \"c604ff05-7f1a-43c0-8e18-33bf874cb11c\".").arg(what));
    }
}

void checkConnectionSpecIds(DiagnosticSink& sink, qint32 root, const char* key)
{
    const SpecTree& tree = sink.tree();
    const qint32 list = tree.child(root, key);
    if (list == SpecTree::kNoNode) {
        return;
    }
    if (!tree.node(list).isSequence()) {
        sink.error(list, QStringLiteral("adobe-type"), Text::tr("%1 must be a list of UUIDs.").arg(QLatin1String(key)));
        return;
    }
    for (qint32 item = tree.node(list).firstChild(); item != SpecTree::kNoNode; item = tree.node(item).nextSibling) {
        checkUuid(sink, item, Text::tr("Each entry of %1").arg(QLatin1String(key)));
    }
}

void checkEmbeddedSchema(DiagnosticSink& sink, qint32 holder)
{
    const qint32 schema = sink.tree().child(holder, "spec");
    if (schema != SpecTree::kNoNode && sink.tree().node(schema).isMapping()) {
        JsonSchemaCheck::check(sink, schema);
    }
}

} // namespace

namespace AdobeFlowRules {

bool isUuid(const QString& text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

Diagnostics check(const SpecTree& tree, const QByteArray& text)
{
    DiagnosticSink sink(tree, text);
    const qint32 root = tree.root();
    if (!tree.node(root).isMapping()) {
        sink.error(root, QStringLiteral("adobe-not-object"), Text::tr("An Adobe flow spec is a JSON object."));
        return sink.takeDiagnostics();
    }
    for (const char* key : kRequired) {
        if (tree.child(root, key) == SpecTree::kNoNode) {
            sink.atOpening(
                Diagnostic::Severity::Error,
                root,
                QStringLiteral("adobe-missing-field"),
                Text::tr("A flow spec needs '%1': the full PUT replaces the whole object.").arg(QLatin1String(key)));
        }
    }
    for (const char* key : {"id", "providerId"}) {
        const qint32 node = tree.child(root, key);
        if (node != SpecTree::kNoNode) {
            checkUuid(sink, node, QLatin1String(key));
        }
    }
    checkConnectionSpecIds(sink, root, "sourceConnectionSpecIds");
    checkConnectionSpecIds(sink, root, "targetConnectionSpecIds");

    const qint32 singular = tree.child(root, "transformationSpec");
    if (singular != SpecTree::kNoNode) {
        sink.atKey(
            Diagnostic::Severity::Warning,
            singular,
            QStringLiteral("adobe-transformation-spec"),
            Text::tr(
                "The server names this field transformationSpecs (plural); 'transformationSpec' would be ignored."));
    }
    for (const char* key : {"optionSpec", "scheduleSpec"}) {
        const qint32 holder = tree.child(root, key);
        if (holder != SpecTree::kNoNode && tree.node(holder).isMapping()) {
            checkEmbeddedSchema(sink, holder);
        }
    }
    for (const char* key : {"transformationSpecs", "transformationSpec"}) {
        const qint32 list = tree.child(root, key);
        if (list == SpecTree::kNoNode || !tree.node(list).isSequence()) {
            continue;
        }
        for (qint32 item = tree.node(list).firstChild(); item != SpecTree::kNoNode;
             item = tree.node(item).nextSibling) {
            if (tree.node(item).isMapping()) {
                checkEmbeddedSchema(sink, item);
            }
        }
    }
    return sink.takeDiagnostics();
}

} // namespace AdobeFlowRules
