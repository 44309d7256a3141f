#include "FormFields.h"

#include "SpecEdits.h"

#include <QCoreApplication>

namespace FormFields {

QList<FormField> forKind(SpecKind kind)
{
    using Type = FormField::Type;
    switch (kind) {
    case SpecKind::DataFramer:
        return {
            {QStringLiteral("spec.description"),
             QCoreApplication::translate("FormFields", "Description"),
             Type::Text,
             QCoreApplication::translate("FormFields", "What the generated data is about.")},
            {QStringLiteral("spec.requirements"),
             QCoreApplication::translate("FormFields", "Requirements"),
             Type::MultiLine,
             QCoreApplication::translate("FormFields",
                                         "What every generated record must meet, one requirement per line.")},
        };
    case SpecKind::ScaleGp:
        return {
            {QStringLiteral("name"),
             QCoreApplication::translate("FormFields", "Name"),
             Type::Text,
             QCoreApplication::translate("FormFields", "The application's name.")},
            {QStringLiteral("description"),
             QCoreApplication::translate("FormFields", "Description"),
             Type::MultiLine,
             QCoreApplication::translate("FormFields", "What the application does.")},
            {QStringLiteral("theme_id"),
             QCoreApplication::translate("FormFields", "Theme"),
             Type::Text,
             QCoreApplication::translate("FormFields", "The id of the theme its pages use.")},
            {QStringLiteral("run_online_evaluation"),
             QCoreApplication::translate("FormFields", "Run online evaluation"),
             Type::Boolean,
             QCoreApplication::translate("FormFields",
                                         "Whether Scale GP evaluates the application's answers as they are given.")},
            {QStringLiteral("id"),
             QCoreApplication::translate("FormFields", "ID"),
             Type::ReadOnly,
             QCoreApplication::translate("FormFields", "Set by Scale GP.")},
            {QStringLiteral("account_id"),
             QCoreApplication::translate("FormFields", "Account"),
             Type::ReadOnly,
             QCoreApplication::translate("FormFields", "Set by Scale GP.")},
            {QStringLiteral("created_at"),
             QCoreApplication::translate("FormFields", "Created"),
             Type::ReadOnly,
             QCoreApplication::translate("FormFields", "Set by Scale GP.")},
            {QStringLiteral("archived_at"),
             QCoreApplication::translate("FormFields", "Archived"),
             Type::ReadOnly,
             QCoreApplication::translate(
                 "FormFields", "When the application was archived; an archived spec is restored before it is edited.")},
        };
    case SpecKind::AdobeFlow:
        return {
            {QStringLiteral("name"),
             QCoreApplication::translate("FormFields", "Name"),
             Type::Text,
             QCoreApplication::translate("FormFields", "The flow spec's name.")},
            {QStringLiteral("version"),
             QCoreApplication::translate("FormFields", "Version"),
             Type::Text,
             QCoreApplication::translate("FormFields", "The flow spec's version, such as 1.0.")},
            {QStringLiteral("providerId"),
             QCoreApplication::translate("FormFields", "Provider"),
             Type::Text,
             QCoreApplication::translate("FormFields", "The UUID of the provider the flow spec belongs to.")},
            {QStringLiteral("id"),
             QCoreApplication::translate("FormFields", "ID"),
             Type::ReadOnly,
             QCoreApplication::translate("FormFields", "The flow spec's UUID.")},
        };
    case SpecKind::PlainYaml:
    case SpecKind::PlainJson:
        break;
    }
    return {};
}

std::optional<QString> valueOf(const SpecTree& tree, const QString& path)
{
    if (tree.isEmpty()) {
        return std::nullopt;
    }
    const qint32 node = tree.find(path);
    if (node == SpecTree::kNoNode || !tree.node(node).isScalar()) {
        return std::nullopt;
    }
    const std::string_view value = tree.value(node);
    const bool plain = tree.node(node).style == SpecNode::Style::Plain;
    if (tree.node(node).style == SpecNode::Style::Null || (plain && (value == "null" || value == "~"))) {
        return QString();
    }
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

std::optional<TextSplice> set(const QByteArray& text,
                              const SpecTree& tree,
                              SpecFormat format,
                              const FormField& field,
                              const QString& value,
                              QString* error)
{
    if (field.type == FormField::Type::ReadOnly) {
        *error = QCoreApplication::translate("FormFields", "%1 is set by the server.").arg(field.label);
        return std::nullopt;
    }
    const SpecEdits edits(text, tree, format);
    const bool boolean = field.type == FormField::Type::Boolean;
    const qint32 node = tree.isEmpty() ? SpecTree::kNoNode : tree.find(field.path);
    if (node != SpecTree::kNoNode) {
        if (!tree.node(node).isScalar()) {
            *error
                = QCoreApplication::translate("FormFields", "%1 holds more than one value in the text; edit it there.")
                      .arg(field.label);
            return std::nullopt;
        }
        // A string that reads as a literal (a name "true", a version 1.0) stays a string.
        const bool quotedBefore = tree.node(node).style == SpecNode::Style::DoubleQuoted
                                  || tree.node(node).style == SpecNode::Style::SingleQuoted;
        if (!boolean && !quotedBefore && format == SpecFormat::Json) {
            const QByteArray written = edits.stringText(value);
            return TextSplice {tree.node(node).start, tree.node(node).end, written};
        }
        return edits.setScalar(field.path, value, error);
    }
    const qsizetype dot = field.path.lastIndexOf(QLatin1Char('.'));
    const QString mapping = dot < 0 ? QString() : field.path.left(dot);
    const QString key = field.path.mid(dot + 1);
    const QByteArray written = boolean ? (value == QLatin1String("true") ? QByteArray("true") : QByteArray("false"))
                                       : edits.stringText(value);
    return edits.insertEntry(mapping, key, QString::fromUtf8(written), error, true);
}

} // namespace FormFields
