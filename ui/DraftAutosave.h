#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include "WorkspaceStore.h"

class DraftWriter;
class SpecEditor;

/// Writes an editor's text into the workspace at most `delayMs` (at most 1 s) after an edit, on
/// the draft writer's thread so a big spec never stalls typing. The delay is a latency bound, not
/// a pause to wait for: the first unsaved edit starts the timer and later ones do not restart
/// it, so someone typing without a break still has their draft written every second.
///
/// A write that fails keeps the text pending and says why through saveFailed(), then tries again
/// on its own (every few seconds, and at the next change or flush()) until the disk or the
/// database takes it, so a full disk or a locked database that clears never loses typing.
/// While it fails, isFailing() says so, for the tab to show.
///
/// It remembers which stored text the editor started from (the hash of what it last loaded or
/// saved), and each write only replaces that text. When another process (specdesk-cli edit, a
/// sync, another connection) changed the draft meanwhile, nothing is written, changedElsewhere()
/// is emitted and no more writes are tried until the user chooses: keepMine() or
/// takeStoredText(). That is not a failure, so it is not retried.
class DraftAutosave : public QObject
{
    Q_OBJECT

public:
    DraftAutosave(SpecEditor* editor, DraftWriter* writer, WorkspaceStore* store, int delayMs);

    /// Writes pending text now and waits for the disk. False (after reporting) if it failed.
    bool flush();
    bool hasPendingChanges() const;
    /// The last write failed and the text is not in the workspace yet.
    bool isFailing() const { return m_failing; }
    /// Changes the delay for edits from now on (the user changed the setting).
    void setDelayMs(int delayMs);
    /// Milliseconds until the pending text is written; -1 when no write is scheduled. Typing
    /// never moves a scheduled write later: the delay bounds how long an edit waits.
    int msUntilSave() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

    /// True when the workspace holding `storedHash` is this editor's own doing: the text it last
    /// loaded or saved. The hashes of writes on their way are known only once they land (the
    /// writer computes them), so while isWriting() the answer waits for writesLanded().
    bool knows(const QByteArray& storedHash) const;
    /// Writes are queued on the writer and have not reported back yet.
    bool isWriting() const { return !m_inFlight.isEmpty(); }
    /// The hash of the stored text this editor last loaded or saved.
    QByteArray knownHash() const { return m_knownHash; }
    /// A write found the draft changed by someone else, and the user has not chosen yet.
    bool isChangedElsewhere() const { return m_changedElsewhere; }
    /// Keep Mine: the stored text with `storedHash` was seen, and the editor's text goes over it
    /// with the next write, which is made soon.
    void keepMine(const QByteArray& storedHash);
    /// The editor now shows `text`, which the workspace holds: nothing is pending any more.
    void takeStoredText(const QByteArray& text);

Q_SIGNALS:
    void saved();
    /// A write was refused because another process changed the draft; nothing was written.
    void changedElsewhere();
    /// Once per run of failures, not at every retry.
    void saveFailed(const QString& message);
    void failingChanged(bool failing);
    /// The last write on its way reported back (saved or not); isWriting() is false again.
    void writesLanded();

private:
    void onTextChanged();
    void saveInBackground();
    void onWritten(qint64 specId,
                   const QByteArray& hash,
                   WorkspaceStore::DraftSave outcome,
                   const QString& error,
                   quint64 write);
    void markSaved(const QByteArray& hash);
    void markChangedElsewhere();
    void reportFailure(const QString& error);
    void setFailing(bool failing);

    SpecEditor* m_editor;
    DraftWriter* m_writer;
    WorkspaceStore* m_store;
    QTimer m_timer;
    QTimer m_retryTimer;
    int m_retryDelayMs = 0;
    bool m_pending = false;
    bool m_failing = false;
    bool m_changedElsewhere = false;
    /// The hash of the stored text this editor last loaded or saved.
    QByteArray m_knownHash;
    /// The numbers of the writes queued on the writer (DraftWriter::writeLater()), oldest first.
    QList<quint64> m_inFlight;
};
