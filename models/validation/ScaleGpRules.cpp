#include "DiagnosticSink.h"
#include "SpecValidator.h"

#include <QCoreApplication>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScaleGpRules)
};

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

enum class FieldType {
    Text,
    Boolean,
};

struct EditableField
{
    const char* name;
    FieldType type;
};

// What PATCH /v4/application-specs/{id} accepts; everything else is the server's.
constexpr EditableField kEditable[] = {
    {"name", FieldType::Text},
    {"description", FieldType::Text},
    {"theme_id", FieldType::Text},
    {"run_online_evaluation", FieldType::Boolean},
};
constexpr const char* kReadOnly[]
    = {"id", "account_id", "created_at", "created_by_user_id", "created_by_identity_type", "archived_at"};

const EditableField* editableField(std::string_view key)
{
    for (const EditableField& field : kEditable) {
        if (key == field.name) {
            return &field;
        }
    }
    return nullptr;
}

bool isReadOnly(std::string_view key)
{
    for (const char* name : kReadOnly) {
        if (key == name) {
            return true;
        }
    }
    return false;
}

bool isJsonString(const SpecNode& node)
{
    return node.isScalar() && node.style == SpecNode::Style::DoubleQuoted;
}

bool isJsonBoolean(const SpecTree& tree, qint32 index)
{
    const SpecNode& node = tree.node(index);
    return node.isScalar() && node.style == SpecNode::Style::Plain
           && (tree.value(index) == "true" || tree.value(index) == "false");
}

/// The value's source text in the base, to compare with the draft's, or nullopt if absent.
std::optional<QByteArray> baseSource(const SpecValidator::Context& context, std::string_view key)
{
    if (!context.baseTree || !context.baseText || context.baseTree->isEmpty()) {
        return std::nullopt;
    }
    const qint32 node = context.baseTree->child(context.baseTree->root(), key);
    if (node == SpecTree::kNoNode) {
        return std::nullopt;
    }
    const SpecNode& n = context.baseTree->node(node);
    return context.baseText->mid(n.start, n.end - n.start);
}

} // namespace

namespace ScaleGpRules {

Diagnostics check(const SpecTree& tree, const QByteArray& text, const SpecValidator::Context& context)
{
    DiagnosticSink sink(tree, text);
    const qint32 root = tree.root();
    if (!tree.node(root).isMapping()) {
        sink.error(
            root, QStringLiteral("scalegp-not-object"), Text::tr("A Scale GP application spec is a JSON object."));
        return sink.takeDiagnostics();
    }
    for (qint32 entry = tree.node(root).firstChild(); entry != SpecTree::kNoNode;
         entry = tree.node(entry).nextSibling) {
        const std::string_view key = tree.keyOf(entry);
        const SpecNode& value = tree.node(entry);
        if (const EditableField* field = editableField(key)) {
            if (value.style == SpecNode::Style::Null) {
                sink.warning(entry,
                             QStringLiteral("scalegp-null"),
                             Text::tr("'%1' is null. SpecDesk never sends null: remove the field or give it a value.")
                                 .arg(qs(key)));
            } else if (field->type == FieldType::Text && !isJsonString(value)) {
                sink.error(entry,
                           QStringLiteral("scalegp-type"),
                           Text::tr("'%1' must be a string in double quotes.").arg(qs(key)));
            } else if (field->type == FieldType::Boolean && !isJsonBoolean(tree, entry)) {
                sink.error(entry, QStringLiteral("scalegp-type"), Text::tr("'%1' must be true or false.").arg(qs(key)));
            }
        } else if (isReadOnly(key)) {
            const std::optional<QByteArray> base = baseSource(context, key);
            if (base && *base != sink.sourceOf(entry)) {
                sink.warning(entry,
                             QStringLiteral("scalegp-readonly-changed"),
                             Text::tr("'%1' is set by the server and cannot be changed; this edit will not be saved.")
                                 .arg(qs(key)));
            }
        } else {
            sink.atKey(
                Diagnostic::Severity::Warning,
                entry,
                QStringLiteral("scalegp-unknown-field"),
                Text::tr("'%1' is not a field of a Scale GP application spec; it will not be sent.").arg(qs(key)));
        }
    }
    return sink.takeDiagnostics();
}

} // namespace ScaleGpRules
