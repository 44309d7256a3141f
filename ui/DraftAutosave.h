#pragma once

#include <QObject>
#include <QTimer>

class DraftWriter;
class SpecEditor;
class WorkspaceStore;

/// Writes an editor's text into the workspace at most `delayMs` (at most 1 s) after an edit, on
/// the draft writer's thread so a big spec never stalls typing. The delay is a latency bound, not
/// a pause to wait for: the first unsaved edit starts the timer and later ones do not restart
/// it, so someone typing without a break still has their draft written every second.
///
/// A write that fails keeps the text pending and says why through saveFailed(), then tries again
/// on its own (every few seconds, and at the next change or flush()) until the disk or the
/// database takes it, so a full disk or a locked database that clears never loses typing.
/// While it fails, isFailing() says so, for the tab to show.
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

Q_SIGNALS:
    void saved();
    /// Once per run of failures, not at every retry.
    void saveFailed(const QString& message);
    void failingChanged(bool failing);

private:
    void onTextChanged();
    void saveInBackground();
    void onWritten(qint64 specId, bool ok, const QString& error);
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
};
