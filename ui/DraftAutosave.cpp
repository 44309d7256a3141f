#include "DraftAutosave.h"

#include "DraftWriter.h"
#include "SpecEditor.h"
#include "StoreQuery.h"

DraftAutosave::DraftAutosave(SpecEditor* editor, DraftWriter* writer, WorkspaceStore* store, int delayMs)
    : QObject(editor)
    , m_editor(editor)
    , m_writer(writer)
    , m_store(store)
    , m_knownHash(StoreQuery::hashOf(editor->content()))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::saveInBackground);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DraftAutosave::saveInBackground);
    connect(editor, &SpecEditor::contentChanged, this, &DraftAutosave::onTextChanged);
    connect(writer, &DraftWriter::written, this, &DraftAutosave::onWritten);
    // What the editor loaded is what is stored: the writer's first splice starts from it.
    m_writer->rememberStored(editor->specId(), m_knownHash, editor->content());
}

bool DraftAutosave::hasPendingChanges() const
{
    // Scintilla's save point marks what was last handed to the writer: any edit since leaves it,
    // however it was made, so a missed notification can never skip a save.
    return m_pending || m_editor->isModified();
}

void DraftAutosave::setDelayMs(int delayMs)
{
    if (delayMs == m_timer.interval()) {
        return;
    }
    // Changing an active timer's interval restarts it, which could stretch the wait past either
    // delay; an edit already waiting is written now instead.
    const bool waiting = m_timer.isActive();
    m_timer.stop();
    m_timer.setInterval(delayMs);
    if (waiting) {
        saveInBackground();
    }
}

void DraftAutosave::onTextChanged()
{
    m_pending = true;
    // Restarting the timer here would put the write off for as long as the typing lasts.
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

void DraftAutosave::saveInBackground()
{
    // Until the user chooses, every write would be refused again.
    if (!hasPendingChanges() || m_changedElsewhere) {
        return;
    }
    m_pending = false;
    m_editor->setModified(false);
    // One copy of the text is all the work done here: the writer hashes it and finds what
    // changed. The writes still on their way are named by number, and their hashes known there.
    m_inFlight.append(m_writer->writeLater(m_editor->specId(), m_editor->content(), {m_knownHash}, m_inFlight));
}

bool DraftAutosave::knows(const QByteArray& storedHash) const
{
    return storedHash == m_knownHash;
}

void DraftAutosave::onWritten(qint64 specId,
                              const QByteArray& hash,
                              WorkspaceStore::DraftSave outcome,
                              const QString& error,
                              quint64 write)
{
    // A write that flush() overtook is stale: flush() already said how the text ended.
    if (specId != m_editor->specId() || !m_inFlight.removeOne(write)) {
        return;
    }
    switch (outcome) {
    case WorkspaceStore::DraftSave::Saved:
        markSaved(hash);
        break;
    case WorkspaceStore::DraftSave::ChangedElsewhere:
        markChangedElsewhere();
        break;
    case WorkspaceStore::DraftSave::Failed:
        m_pending = true; // keep it for the next try
        reportFailure(error);
        break;
    }
    if (m_inFlight.isEmpty()) {
        Q_EMIT writesLanded();
    }
}

bool DraftAutosave::flush()
{
    // An edit whose report is still queued is in the text written now: no second write after.
    m_editor->reportChangesNow();
    m_timer.stop();
    if (!hasPendingChanges()) {
        return true;
    }
    if (m_changedElsewhere) {
        Q_EMIT changedElsewhere();
        return false;
    }
    QString error;
    QByteArray hash;
    const WorkspaceStore::DraftSave outcome
        = m_writer->writeAndWait(m_editor->specId(), m_editor->content(), {m_knownHash}, &error, m_inFlight, &hash);
    // The writer runs writes in order, so every queued one has finished by now.
    const bool wasWriting = !std::exchange(m_inFlight, {}).isEmpty();
    switch (outcome) {
    case WorkspaceStore::DraftSave::Saved:
        m_pending = false;
        m_editor->setModified(false);
        markSaved(hash);
        break;
    case WorkspaceStore::DraftSave::ChangedElsewhere:
        m_pending = true;
        markChangedElsewhere();
        break;
    case WorkspaceStore::DraftSave::Failed:
        m_pending = true;
        reportFailure(error);
        break;
    }
    if (wasWriting) {
        Q_EMIT writesLanded();
    }
    return outcome == WorkspaceStore::DraftSave::Saved;
}

void DraftAutosave::markSaved(const QByteArray& hash)
{
    m_knownHash = hash;
    setFailing(false);
    m_store->announceSpecChanged(m_editor->specId());
    Q_EMIT saved();
}

void DraftAutosave::markChangedElsewhere()
{
    // The text stays pending, and a choice (keepMine(), takeStoredText()) lets writes go on.
    m_pending = true;
    m_changedElsewhere = true;
    setFailing(false);
    Q_EMIT changedElsewhere();
}

void DraftAutosave::keepMine(const QByteArray& storedHash)
{
    m_knownHash = storedHash;
    m_changedElsewhere = false;
    m_pending = true;
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

void DraftAutosave::takeStoredText(const QByteArray& text)
{
    m_timer.stop();
    m_knownHash = StoreQuery::hashOf(text);
    m_changedElsewhere = false;
    m_pending = false;
    m_editor->setModified(false);
    setFailing(false);
}

void DraftAutosave::reportFailure(const QString& error)
{
    // Tried again on its own, a little later each time, until the workspace takes the text.
    constexpr int kFirstRetryMs = 1000;
    constexpr int kLongestRetryMs = 10000;
    m_retryDelayMs = m_failing ? std::min(kLongestRetryMs, m_retryDelayMs * 2) : kFirstRetryMs;
    m_retryTimer.start(m_retryDelayMs);
    if (!m_failing) {
        Q_EMIT saveFailed(
            tr("Your edits are still in the editor but could not be saved: %1 SpecDesk keeps trying.").arg(error));
    }
    setFailing(true);
}

void DraftAutosave::setFailing(bool failing)
{
    if (failing == m_failing) {
        return;
    }
    m_failing = failing;
    if (!failing) {
        m_retryTimer.stop();
    }
    Q_EMIT failingChanged(failing);
}
