#include "SyncReport.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace {

// The context is declared, not a free tr(): lupdate files each message under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncReport)
};

QString describeOne(const SyncOutcome& outcome, const QString& title)
{
    if (outcome.action == SyncOutcome::Action::Busy) {
        return Text::tr("“%1” was not synced: %2").arg(title, outcome.message);
    }
    switch (outcome.state) {
    case SyncState::Synced:
        return outcome.action == SyncOutcome::Action::NothingToDo
                   ? Text::tr("“%1” is already as its server has it.").arg(title)
                   : Text::tr("Synced “%1”.").arg(title);
    case SyncState::Draft:
        return Text::tr("Merged “%1” with changes made on the server; review it, then sync again.").arg(title);
    case SyncState::Conflict:
        return Text::tr("“%1” conflicts with changes made on the server; nothing was sent.").arg(title);
    case SyncState::Queued:
        return Text::tr("“%1” waits for its server: %2").arg(title, outcome.message);
    case SyncState::Error:
    case SyncState::Syncing:
        break;
    }
    return Text::tr("“%1” was not synced: %2").arg(title, outcome.message);
}

} // namespace

namespace SyncReport {

QString describe(const QList<SyncOutcome>& outcomes,
                 const std::function<QString(qint64 specId)>& titleOf,
                 bool quietUnlessProgress)
{
    std::array<int, 6> counts {}; // by SyncState
    for (const SyncOutcome& outcome : outcomes) {
        // Another process is syncing it: for this run, not synced.
        ++counts.at(size_t(outcome.action == SyncOutcome::Action::Busy ? SyncState::Error : outcome.state));
    }
    const int queued = counts.at(size_t(SyncState::Queued));
    if (outcomes.isEmpty() || (quietUnlessProgress && queued == outcomes.size())) {
        return {};
    }
    if (outcomes.size() == 1) {
        return describeOne(outcomes.first(), titleOf(outcomes.first().specId));
    }
    QStringList parts;
    const auto add = [&parts, &counts](SyncState state, const char* text) {
        if (counts.at(size_t(state)) > 0) {
            parts << Text::tr(text).arg(counts.at(size_t(state)));
        }
    };
    add(SyncState::Synced, QT_TRANSLATE_NOOP("SyncReport", "%1 synced"));
    add(SyncState::Draft, QT_TRANSLATE_NOOP("SyncReport", "%1 merged for review"));
    add(SyncState::Conflict, QT_TRANSLATE_NOOP("SyncReport", "%1 in conflict"));
    add(SyncState::Queued, QT_TRANSLATE_NOOP("SyncReport", "%1 queued"));
    add(SyncState::Error, QT_TRANSLATE_NOOP("SyncReport", "%1 not synced"));
    return Text::tr("Sync finished: %1.").arg(parts.join(Text::tr(", ")));
}

} // namespace SyncReport
