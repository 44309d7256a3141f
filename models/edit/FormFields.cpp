#include "FormFields.h"

#include "SpecEdits.h"
#include "SpecValidator.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

/// The non-empty lines, trimmed, each written as a string of the text's format.
QByteArrayList idItems(const QString& lines, const SpecEdits& edits)
{
    QByteArrayList items;
    for (const QString& line : lines.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            items << edits.stringText(line.trimmed());
        }
    }
    return items;
}

QByteArray indentationAt(const QByteArray& text, qint64 offset)
{
    qint64 start = offset;
    while (start > 0 && text.at(start - 1) != '\n') {
        --start;
    }
    qint64 end = start;
    while (end < text.size() && (text.at(end) == ' ' || text.at(end) == '\t')) {
        ++end;
    }
    return text.mid(start, end - start);
}

/// The array written as the one it replaces was: on one line, or one item per line at the
/// indentation its items had.
QByteArray arrayText(const QByteArray& text,
                     const SpecTree& tree,
                     qint32 array,
                     const QByteArrayList& items,
                     const SpecEdits& edits)
{
    const SpecNode& node = tree.node(array);
    const bool multiLine = node.end > node.start && text.mid(node.start, node.end - node.start).contains('\n');
    if (items.isEmpty()) {
        return QByteArray("[]");
    }
    if (!multiLine) {
        return '[' + items.join(", ") + ']';
    }
    const QByteArray outer = indentationAt(text, node.start);
    const QByteArray inner = node.firstChild() != SpecTree::kNoNode
                                 ? indentationAt(text, tree.node(node.firstChild()).start)
                                 : outer + "    ";
    const QByteArray lineBreak = edits.lineBreak();
    return '[' + lineBreak + inner + items.join(',' + lineBreak + inner) + lineBreak + outer + ']';
}

} // namespace

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
            {QStringLiteral("sourceConnectionSpecIds"),
             QCoreApplication::translate("FormFields", "Source connection specs"),
             Type::IdList,
             QCoreApplication::translate("FormFields",
                                         "The UUIDs of the connection specs it reads from, one per line.")},
            {QStringLiteral("targetConnectionSpecIds"),
             QCoreApplication::translate("FormFields", "Target connection specs"),
             Type::IdList,
             QCoreApplication::translate("FormFields",
                                         "The UUIDs of the connection specs it writes to, one per line.")},
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

std::optional<QString> linesOf(const SpecTree& tree, const QString& path)
{
    const qint32 node = tree.isEmpty() ? SpecTree::kNoNode : tree.find(path);
    if (node == SpecTree::kNoNode || !tree.node(node).isSequence()) {
        return std::nullopt;
    }
    QStringList lines;
    for (qint32 item = tree.node(node).firstChild(); item != SpecTree::kNoNode; item = tree.node(item).nextSibling) {
        if (!tree.node(item).isScalar()) {
            return std::nullopt;
        }
        const std::string_view value = tree.value(item);
        lines << QString::fromUtf8(value.data(), qsizetype(value.size()));
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<QString> shownIn(const SpecTree& tree, const FormField& field)
{
    return field.type == FormField::Type::IdList ? linesOf(tree, field.path) : valueOf(tree, field.path);
}

QString whyNotIds(const QString& lines)
{
    const QStringList all = lines.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString id = all.at(i).trimmed();
        if (!id.isEmpty() && !AdobeFlowRules::isUuid(id)) {
            return QCoreApplication::translate("FormFields",
                                               "Line %1: “%2” is not a UUID such as "
                                               "c604ff05-7f1a-43c0-8e18-33bf874cb11c.")
                .arg(i + 1)
                .arg(id);
        }
    }
    return {};
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
    if (field.type == FormField::Type::IdList) {
        const QString why = whyNotIds(value);
        if (!why.isEmpty()) {
            *error = why;
            return std::nullopt;
        }
        const qint32 array = tree.isEmpty() ? SpecTree::kNoNode : tree.find(field.path);
        if (array != SpecTree::kNoNode && tree.node(array).isSequence()) {
            return TextSplice {tree.node(array).start,
                               tree.node(array).end,
                               arrayText(text, tree, array, idItems(value, edits), edits)};
        }
        if (array != SpecTree::kNoNode) {
            *error = QCoreApplication::translate("FormFields", "%1 is not a list in the text; edit it there.")
                         .arg(field.label);
            return std::nullopt;
        }
        const QByteArray list = '[' + idItems(value, edits).join(", ") + ']';
        return edits.insertEntry(QString(), field.path, QString::fromUtf8(list), error, true);
    }
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
        const bool plainYaml = format == SpecFormat::Yaml && tree.node(node).style == SpecNode::Style::Plain;
        if (!boolean && !quotedBefore && (format == SpecFormat::Json || plainYaml)) {
            return edits.replaceScalar(field.path, edits.stringText(value), error);
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
