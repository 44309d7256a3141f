#include "SpecTransfer.h"

#include "AdobeFormat.h"
#include "DocumentParser.h"
#include "RemoteJson.h"
#include "ScaleGpFormat.h"
#include "SpecEdits.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SpecTransfer)
};

/// Gives `to[key]` the value `from` has, or removes it where `from` has none.
void copyMember(rapidjson::Document& to, const rapidjson::Value& from, const QString& key)
{
    const QByteArray name = key.toUtf8();
    const rapidjson::Value* value = RemoteJson::member(from, name.constData());
    const auto existing = to.FindMember(name.constData());
    if (!value) {
        if (existing != to.MemberEnd()) {
            to.EraseMember(existing); // keeps the order of the rest
        }
        return;
    }
    rapidjson::Value copy(*value, to.GetAllocator());
    if (existing != to.MemberEnd()) {
        existing->value = copy;
        return;
    }
    to.AddMember(rapidjson::Value(name.constData(), rapidjson::SizeType(name.size()), to.GetAllocator()),
                 copy,
                 to.GetAllocator());
}

bool parseObject(const QByteArray& text, rapidjson::Document& document, const QString& side, QString* error)
{
    QString where;
    if (!RemoteJson::parse(text, document, &where) || !document.IsObject()) {
        *error = where.isEmpty() ? Text::tr("The %1 is not a JSON object.").arg(side)
                                 : Text::tr("The %1 is not valid JSON: %2").arg(side, where);
        return false;
    }
    return true;
}

/// Where the top-level `metadata` entry lies in a YAML text (key, value and its lines), or
/// nothing when the text has none.
std::optional<TextSplice> metadataEntry(const QByteArray& yaml, QString* error)
{
    const ParseResult parsed = DocumentParser::parse(yaml, SpecFormat::Yaml);
    if (parsed.tree.isEmpty()) {
        *error = parsed.diagnostics.isEmpty() ? Text::tr("The spec is empty.")
                                              : Text::tr("line %1:%2: %3")
                                                    .arg(parsed.diagnostics[0].line)
                                                    .arg(parsed.diagnostics[0].column)
                                                    .arg(parsed.diagnostics[0].message);
        return std::nullopt;
    }
    if (parsed.tree.find(QStringLiteral("metadata")) == SpecTree::kNoNode) {
        return TextSplice {yaml.size(), yaml.size(), {}};
    }
    return SpecEdits(yaml, parsed.tree, SpecFormat::Yaml).remove(QStringLiteral("metadata"), error);
}

/// The source's YAML with the target's `metadata`, which the server generates and keeps.
std::optional<QByteArray> withMetadataOf(const QByteArray& source, const QByteArray& target, QString* error)
{
    const std::optional<TextSplice> inSource = metadataEntry(source, error);
    const std::optional<TextSplice> inTarget = metadataEntry(target, error);
    if (!inSource || !inTarget) {
        return std::nullopt;
    }
    TextSplice splice = *inSource;
    splice.replacement = target.mid(inTarget->start, inTarget->end - inTarget->start);
    const QByteArray lineBreak = source.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    if (!splice.replacement.isEmpty()) {
        // The entry keeps lines of its own: after what comes before it, and before what follows.
        if (splice.start > 0 && source.at(splice.start - 1) != '\n') {
            splice.replacement.prepend(lineBreak);
        }
        if (splice.end < source.size() && !splice.replacement.endsWith('\n')) {
            splice.replacement.append(lineBreak);
        }
    }
    const QByteArray copied = splice.applyTo(source);
    const ParseResult check = DocumentParser::parse(copied, SpecFormat::Yaml);
    const bool broken
        = std::any_of(check.diagnostics.cbegin(), check.diagnostics.cend(), [](const Diagnostic& problem) {
              return problem.severity == Diagnostic::Severity::Error;
          });
    if (check.tree.isEmpty() || broken) {
        *error = Text::tr("The copy with the target's metadata would not read as YAML; copy by hand.");
        return std::nullopt;
    }
    return copied;
}

} // namespace

namespace SpecTransfer {

std::optional<QByteArray> onto(ApiKind api, const QByteArray& source, const QByteArray& target, QString* error)
{
    if (api == ApiKind::DataFramer) {
        return withMetadataOf(source, target, error);
    }
    rapidjson::Document from;
    rapidjson::Document to;
    if (!parseObject(source, from, Text::tr("spec copied"), error)
        || !parseObject(target, to, Text::tr("spec copied onto"), error)) {
        return std::nullopt;
    }
    if (api == ApiKind::ScaleGp) {
        for (const QString& field : ScaleGpFormat::editableFields()) {
            // A theme belongs to its account; and a field the source lacks (or has as null)
            // stays as the target has it, since the server refuses removing or nulling one.
            const QByteArray key = field.toUtf8();
            const rapidjson::Value* value = RemoteJson::member(from, key.constData());
            if (field != QLatin1String("theme_id") && value && !value->IsNull()) {
                copyMember(to, from, field);
            }
        }
        return RemoteJson::pretty(to);
    }
    QStringList identity = AdobeFormat::serverOwnedFields();
    identity.prepend(QStringLiteral("id"));
    for (const QString& field : std::as_const(identity)) {
        copyMember(from, to, field);
    }
    return RemoteJson::pretty(from);
}

} // namespace SpecTransfer
