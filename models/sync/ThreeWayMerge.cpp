#include "ThreeWayMerge.h"

#include "AdobeFormat.h"
#include "RemoteJson.h"
#include "ScaleGpFormat.h"
#include "TextLines.h"

#include <QCoreApplication>

#include <dtl/dtl.hpp>

#include <set>
#include <string>
#include <vector>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ThreeWayMerge)
};

using Lines = TextLines::Lines;

/// Base lines (0-based) that a side deleted or replaced, and the base positions it inserted at.
std::set<long long> touchedBaseLines(const Lines& base, const Lines& side)
{
    dtl::Diff<std::string, Lines> diff(base, side);
    diff.compose();
    std::set<long long> touched;
    long long lastBase = 0;
    for (const auto& [line, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_DELETE) {
            touched.insert(info.beforeIdx - 1);
            lastBase = info.beforeIdx;
        } else if (info.type == dtl::SES_ADD) {
            touched.insert(lastBase); // an insertion touches the line after it
        } else {
            lastBase = info.beforeIdx;
        }
    }
    return touched;
}

ThreeWayMerge::Result mergeText(const QByteArray& base, const QByteArray& theirs, const QByteArray& mine)
{
    ThreeWayMerge::Result result;
    const Lines baseLines = TextLines::split(base);
    const Lines theirLines = TextLines::split(theirs);
    const Lines myLines = TextLines::split(mine);
    dtl::Diff3<std::string, Lines> diff3(myLines, baseLines, theirLines);
    diff3.compose();
    if (diff3.merge()) {
        result.clean = true;
        result.merged = TextLines::join(diff3.getMergedSequence());
        return result;
    }
    const std::set<long long> mineTouched = touchedBaseLines(baseLines, myLines);
    for (const long long line : touchedBaseLines(baseLines, theirLines)) {
        if (mineTouched.count(line) > 0 || mineTouched.count(line - 1) > 0 || mineTouched.count(line + 1) > 0) {
            result.conflicts << Text::tr("line %1").arg(line + 1);
        }
        if (result.conflicts.size() >= 20) {
            break;
        }
    }
    if (result.conflicts.isEmpty()) {
        result.conflicts << Text::tr("nearby lines");
    }
    result.conflicts.removeDuplicates();
    return result;
}

bool same(const rapidjson::Value* a, const rapidjson::Value* b)
{
    if (a == nullptr || b == nullptr) {
        return a == b;
    }
    return *a == *b;
}

class FieldMerger
{
public:
    FieldMerger(ApiKind api,
                rapidjson::Document::AllocatorType& allocator,
                QStringList& conflicts,
                const QHash<QString, ThreeWayMerge::Side>& choices,
                QList<ThreeWayMerge::FieldConflict>* details)
        : m_api(api)
        , m_allocator(allocator)
        , m_conflicts(conflicts)
        , m_choices(choices)
        , m_details(details)
    {
    }

    /// `out` starts as a copy of `mine` and receives the changes only the server made.
    void mergeObject(rapidjson::Value& out,
                     const rapidjson::Value* base,
                     const rapidjson::Value& theirs,
                     const rapidjson::Value& mine,
                     const QString& path)
    {
        std::vector<std::string> keys;
        for (const auto& entry : mine.GetObject()) {
            keys.emplace_back(entry.name.GetString(), entry.name.GetStringLength());
        }
        for (const auto& entry : theirs.GetObject()) {
            const std::string key(entry.name.GetString(), entry.name.GetStringLength());
            if (RemoteJson::member(mine, key.c_str()) == nullptr) {
                keys.push_back(key);
            }
        }
        if (base != nullptr && base->IsObject()) {
            for (const auto& entry : base->GetObject()) {
                const std::string key(entry.name.GetString(), entry.name.GetStringLength());
                if (RemoteJson::member(mine, key.c_str()) == nullptr
                    && RemoteJson::member(theirs, key.c_str()) == nullptr) {
                    keys.push_back(key);
                }
            }
        }
        for (const std::string& key : keys) {
            const QString name = QString::fromStdString(key);
            const QString fieldPath = path.isEmpty() ? name : path + QLatin1Char('.') + name;
            const rapidjson::Value* b = base != nullptr ? RemoteJson::member(*base, key.c_str()) : nullptr;
            const rapidjson::Value* t = RemoteJson::member(theirs, key.c_str());
            const rapidjson::Value* m = RemoteJson::member(mine, key.c_str());
            if (path.isEmpty() && ownedByServer(name)) {
                take(out, key, t);
                continue;
            }
            if (same(t, m) || same(t, b)) {
                continue; // nothing new from the server here
            }
            if (same(m, b)) {
                take(out, key, t); // only the server changed it
                continue;
            }
            if (m_api == ApiKind::Adobe && b != nullptr && t != nullptr && m != nullptr && b->IsObject()
                && t->IsObject() && m->IsObject()) {
                mergeObject(out[key.c_str()], b, *t, *m, fieldPath);
                continue;
            }
            const auto chosen = m_choices.constFind(fieldPath);
            if (chosen != m_choices.cend()) {
                if (*chosen == ThreeWayMerge::Side::Theirs) {
                    take(out, key, t);
                }
                continue;
            }
            m_conflicts << fieldPath;
            if (m_details) {
                *m_details << ThreeWayMerge::FieldConflict {fieldPath, compact(b), compact(m), compact(t)};
            }
        }
    }

private:
    static QByteArray compact(const rapidjson::Value* value)
    {
        return value ? RemoteJson::compact(*value) : QByteArray();
    }

    bool ownedByServer(const QString& name) const
    {
        return m_api == ApiKind::ScaleGp ? !ScaleGpFormat::editableFields().contains(name)
                                         : AdobeFormat::serverOwnedFields().contains(name);
    }

    /// Gives `out[key]` the server's value, or removes it where the server has none.
    void take(rapidjson::Value& out, const std::string& key, const rapidjson::Value* theirs)
    {
        const auto existing = out.FindMember(key.c_str());
        if (theirs == nullptr) {
            if (existing != out.MemberEnd()) {
                out.EraseMember(existing);
            }
            return;
        }
        rapidjson::Value copy(*theirs, m_allocator);
        if (existing != out.MemberEnd()) {
            existing->value = copy;
            return;
        }
        out.AddMember(rapidjson::Value(key.c_str(), static_cast<rapidjson::SizeType>(key.size()), m_allocator),
                      copy,
                      m_allocator);
    }

    ApiKind m_api;
    rapidjson::Document::AllocatorType& m_allocator;
    QStringList& m_conflicts;
    const QHash<QString, ThreeWayMerge::Side>& m_choices;
    QList<ThreeWayMerge::FieldConflict>* m_details;
};

ThreeWayMerge::Result mergeFields(ApiKind api,
                                  const QByteArray& base,
                                  const QByteArray& theirs,
                                  const QByteArray& mine,
                                  const QHash<QString, ThreeWayMerge::Side>& choices = {},
                                  QList<ThreeWayMerge::FieldConflict>* details = nullptr)
{
    ThreeWayMerge::Result result;
    rapidjson::Document baseDocument;
    rapidjson::Document theirDocument;
    rapidjson::Document myDocument;
    QString where;
    if (!RemoteJson::parse(mine, myDocument, &where) || !myDocument.IsObject()) {
        result.error = Text::tr("The draft is not a JSON object (%1); fix it, then sync again.").arg(where);
        return result;
    }
    if (!RemoteJson::parse(theirs, theirDocument, &where) || !theirDocument.IsObject()
        || !RemoteJson::parse(base, baseDocument, &where)) {
        result.error = Text::tr("The server's copy could not be read for merging.");
        return result;
    }
    rapidjson::Document out;
    out.CopyFrom(myDocument, out.GetAllocator());
    FieldMerger merger(api, out.GetAllocator(), result.conflicts, choices, details);
    merger.mergeObject(out, baseDocument.IsObject() ? &baseDocument : nullptr, theirDocument, myDocument, {});
    if (result.conflicts.isEmpty()) {
        result.clean = true;
        result.merged = RemoteJson::pretty(out);
    }
    return result;
}

} // namespace

namespace ThreeWayMerge {

Result merge(ApiKind api, const QByteArray& base, const QByteArray& theirs, const QByteArray& mine)
{
    if (api == ApiKind::DataFramer) {
        return mergeText(base, theirs, mine);
    }
    return mergeFields(api, base, theirs, mine);
}

QList<FieldConflict>
fieldConflicts(ApiKind api, const QByteArray& base, const QByteArray& theirs, const QByteArray& mine)
{
    QList<FieldConflict> conflicts;
    if (api != ApiKind::DataFramer) {
        mergeFields(api, base, theirs, mine, {}, &conflicts);
    }
    return conflicts;
}

Result mergeChoosing(ApiKind api,
                     const QByteArray& base,
                     const QByteArray& theirs,
                     const QByteArray& mine,
                     const QHash<QString, Side>& choices)
{
    if (api == ApiKind::DataFramer) {
        return mergeText(base, theirs, mine);
    }
    return mergeFields(api, base, theirs, mine, choices);
}

} // namespace ThreeWayMerge
