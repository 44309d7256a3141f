#include "DraftAutosave.h"

#include "DraftWriter.h"
#include "SpecEditor.h"
#include "WorkspaceStore.h"

DraftAutosave::DraftAutosave(SpecEditor* editor, DraftWriter* writer, WorkspaceStore* store, int delayMs)
    : QObject(editor)
    , m_editor(editor)
    , m_writer(writer)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::saveInBackground);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DraftAutosave::saveInBackground);
    connect(editor, &SpecEditor::contentChanged, this, &DraftAutosave::onTextChanged);
    connect(writer, &DraftWriter::written, this, &DraftAutosave::onWritten);
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
    if (!hasPendingChanges()) {
        return;
    }
    m_pending = false;
    m_editor->setModified(false);
    m_writer->writeLater(m_editor->specId(), m_editor->content());
}

void DraftAutosave::onWritten(qint64 specId, bool ok, const QString& error)
{
    if (specId != m_editor->specId()) {
        return;
    }
    if (!ok) {
        m_pending = true; // keep it for the next try
        reportFailure(error);
        return;
    }
    setFailing(false);
    m_store->announceSpecChanged(specId);
    Q_EMIT saved();
}

bool DraftAutosave::flush()
{
    m_timer.stop();
    if (!hasPendingChanges()) {
        return true;
    }
    QString error;
    if (!m_writer->writeAndWait(m_editor->specId(), m_editor->content(), &error)) {
        m_pending = true;
        reportFailure(error);
        return false;
    }
    m_pending = false;
    m_editor->setModified(false);
    setFailing(false);
    m_store->announceSpecChanged(m_editor->specId());
    Q_EMIT saved();
    return true;
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
