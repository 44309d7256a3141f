#include "DraftPreflight.h"

#include "AdobeFormat.h"
#include "DiagnosticSink.h"
#include "DocumentParser.h"
#include "RemoteJson.h"
#include "ScaleGpFormat.h"
#include "SpecAnalysis.h"

#include <algorithm>
#include <functional>
#include <utility>

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Whether the API takes a top-level field of the spec from a client.
bool takes(ApiKind api, const QString& field)
{
    switch (api) {
    case ApiKind::DataFramer:
        return field == QLatin1String("spec");
    case ApiKind::ScaleGp:
        return ScaleGpFormat::editableFields().contains(field);
    case ApiKind::Adobe:
        return !AdobeFormat::serverOwnedFields().contains(field);
    }
    return true;
}

/// Why an edit of `field` does not reach the server, in a few words.
QString whyNotSent(ApiKind api, const QString& field, bool fromServer)
{
    switch (api) {
    case ApiKind::DataFramer:
        return field == QLatin1String("metadata")
                   ? DraftPreflight::tr("metadata is read-only on DataFramer; the server ignores changes to it")
                   : DraftPreflight::tr("'%1' is not part of a DataFramer spec; the server saves only spec:")
                         .arg(field);
    case ApiKind::ScaleGp:
        return fromServer ? DraftPreflight::tr("%1 is read-only on Scale GP").arg(field)
                          : DraftPreflight::tr("'%1' is not a field of a Scale GP application spec").arg(field);
    case ApiKind::Adobe:
        return DraftPreflight::tr("%1 is set by the server on Adobe").arg(field);
    }
    return {};
}

/// A top-level field's value as the server would read it, to tell whether it was edited: the
/// source text for YAML, the parsed value (so formatting does not count) for JSON.
class TopLevel
{
public:
    TopLevel(ApiKind api, const SpecTree& tree, const QByteArray& text)
        : m_tree(tree)
        , m_text(text)
    {
        if (api != ApiKind::DataFramer) {
            QString error;
            m_parsed = RemoteJson::parse(text, m_json, &error) && m_json.IsObject();
        }
    }

    bool isMapping() const { return !m_tree.isEmpty() && m_tree.node(m_tree.root()).isMapping(); }
    const SpecTree& tree() const { return m_tree; }
    qint32 entry(const QByteArray& key) const { return m_tree.child(m_tree.root(), key.toStdString()); }

    bool sameValue(const TopLevel& other, const QByteArray& key) const
    {
        const qint32 mine = entry(key);
        const qint32 theirs = other.entry(key);
        if (mine == SpecTree::kNoNode || theirs == SpecTree::kNoNode) {
            return mine == theirs;
        }
        if (m_parsed && other.m_parsed) {
            const rapidjson::Value* a = RemoteJson::member(m_json, key.constData());
            const rapidjson::Value* b = RemoteJson::member(other.m_json, key.constData());
            return a != nullptr && b != nullptr && *a == *b;
        }
        return source(mine) == other.source(theirs);
    }

    /// The text without the top-level entries (key and value) that `skip` names.
    QByteArray without(const std::function<bool(const QString&)>& skip) const
    {
        QByteArray kept;
        qint64 from = 0;
        for (qint32 entry = m_tree.node(m_tree.root()).firstChild(); entry != SpecTree::kNoNode;
             entry = m_tree.node(entry).nextSibling) {
            const qint32 key = m_tree.keyNode(entry);
            if (key == SpecTree::kNoNode || !skip(qs(m_tree.keyOf(entry)))) {
                continue;
            }
            kept += m_text.mid(from, m_tree.node(key).start - from);
            from = std::max(m_tree.node(key).end, m_tree.node(entry).end);
        }
        return kept + m_text.mid(from);
    }

private:
    QByteArray source(qint32 node) const
    {
        return m_text.mid(m_tree.node(node).start, m_tree.node(node).end - m_tree.node(node).start);
    }

    const SpecTree& m_tree;
    const QByteArray& m_text;
    rapidjson::Document m_json;
    bool m_parsed = false;
};

/// The top-level field names of both texts, the draft's first, each once.
QList<QByteArray> fieldsOf(const TopLevel& draft, const TopLevel& base)
{
    QList<QByteArray> fields;
    for (const TopLevel* side : {&draft, &base}) {
        const SpecTree& tree = side->tree();
        for (qint32 entry = tree.node(tree.root()).firstChild(); entry != SpecTree::kNoNode;
             entry = tree.node(entry).nextSibling) {
            const std::string_view key = tree.keyOf(entry);
            const QByteArray field(key.data(), qsizetype(key.size()));
            if (!field.isEmpty() && !fields.contains(field)) {
                fields << field;
            }
        }
    }
    return fields;
}

/// Scale GP refuses a PATCH naming a field it does not take, so only the editable ones go.
QByteArray editableFieldsOnly(const QByteArray& draft)
{
    rapidjson::Document document;
    QString error;
    if (!RemoteJson::parse(draft, document, &error) || !document.IsObject()) {
        return draft;
    }
    for (auto member = document.MemberBegin(); member != document.MemberEnd();) {
        if (ScaleGpFormat::editableFields().contains(QString::fromUtf8(member->name.GetString()))) {
            ++member;
        } else {
            member = document.EraseMember(member);
        }
    }
    return RemoteJson::compact(document);
}

/// Whether every top-level field of `tree` is one the API takes from a client.
bool onlyTakenFields(ApiKind api, const SpecTree& tree)
{
    if (tree.isEmpty() || !tree.node(tree.root()).isMapping()) {
        return false;
    }
    for (qint32 entry = tree.node(tree.root()).firstChild(); entry != SpecTree::kNoNode;
         entry = tree.node(entry).nextSibling) {
        if (!takes(api, qs(tree.keyOf(entry)))) {
            return false;
        }
    }
    return true;
}

/// Whether a DataFramer text plainly has `spec` as its one top-level field, seen without parsing
/// it: every line that starts at the first column, comments aside, is `spec:`, once. Anything
/// else (a flow mapping, a document marker, a quoted key, a tab) says no, and the text is parsed.
bool plainlyOnlySpec(const QByteArray& yaml)
{
    bool sawSpec = false;
    for (qsizetype at = 0; at < yaml.size();) {
        qsizetype end = yaml.indexOf('\n', at);
        end = end < 0 ? yaml.size() : end;
        const QByteArrayView line(yaml.constData() + at, end - at);
        at = end + 1;
        if (line.isEmpty() || line == "\r" || line.front() == ' ' || line.front() == '#') {
            continue;
        }
        const bool specKey = line.startsWith("spec:") && (line.size() == 5 || line.at(5) == ' ' || line.at(5) == '\r');
        if (!specKey || std::exchange(sawSpec, true)) {
            return false;
        }
    }
    return sawSpec;
}

} // namespace

DraftPreflight::Result DraftPreflight::check(ApiKind api, const QByteArray& draft, const QByteArray& base)
{
    Result result;
    result.toSend = draft;
    const SpecKind kind = ApiKinds::specKind(api);
    const SpecFormat format = SpecKinds::formatOf(kind);
    const SpecAnalysis analysis = SpecAnalysis::analyse(draft, format, kind);
    for (const Diagnostic& diagnostic : analysis.diagnostics) {
        if (diagnostic.severity == Diagnostic::Severity::Error) {
            result.errors << diagnostic;
        }
    }
    if (result.blocked() || draft == base) {
        return result;
    }
    // The usual DataFramer draft and base hold nothing but what the server takes: the base need
    // not be parsed to know that nothing else was edited.
    if (api == ApiKind::DataFramer && onlyTakenFields(api, analysis.tree) && plainlyOnlySpec(base)) {
        return result;
    }
    const ParseResult baseParse = DocumentParser::parse(base, format);
    const TopLevel mine(api, analysis.tree, draft);
    const TopLevel theirs(api, baseParse.tree, base);
    if (!mine.isMapping() || !theirs.isMapping()) {
        return result; // no base to compare with (e.g. a spec never received): the server judges
    }
    DiagnosticSink sink(analysis.tree, draft);
    for (const QByteArray& key : fieldsOf(mine, theirs)) {
        const QString field = QString::fromUtf8(key);
        if (takes(api, field) || mine.sameValue(theirs, key)) {
            continue;
        }
        const QString why = whyNotSent(api, field, theirs.entry(key) != SpecTree::kNoNode);
        result.notSentFields << why;
        // A removed field is reported where the text starts: it has no place left.
        sink.atKey(Diagnostic::Severity::Warning,
                   mine.entry(key),
                   QStringLiteral("sync-not-sent"),
                   tr("%1: this edit does not reach the server.").arg(why));
    }
    result.notSent = sink.takeDiagnostics();
    if (result.notSentFields.isEmpty()) {
        return result;
    }
    if (api == ApiKind::ScaleGp) {
        result.toSend = editableFieldsOnly(draft);
    } else if (api == ApiKind::DataFramer) {
        const auto ignored = [api](const QString& field) { return !takes(api, field); };
        if (mine.without(ignored) == theirs.without(ignored)) {
            result.toSend = base;
        }
    }
    return result;
}

QString DraftPreflight::Result::blockedMessage() const
{
    if (errors.isEmpty()) {
        return {};
    }
    const Diagnostic& first = errors.first();
    return DraftPreflight::tr("Not sent: the draft has %n error(s); the first, at line %1, column %2: %3 [%4]",
                              nullptr,
                              int(errors.size()))
        .arg(first.line)
        .arg(first.column)
        .arg(first.message, first.code);
}

QString DraftPreflight::Result::notSentMessage() const
{
    return notSentFields.isEmpty() ? QString()
                                   : DraftPreflight::tr("Not sent: %1.").arg(notSentFields.join(QStringLiteral("; ")));
}
