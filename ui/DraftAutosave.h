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
/// A write that fails keeps the text pending and says why through saveFailed(); the next
/// change or flush() tries again, so a failing disk never silently drops an edit.
class DraftAutosave : public QObject
{
    Q_OBJECT

public:
    DraftAutosave(SpecEditor* editor, DraftWriter* writer, WorkspaceStore* store, int delayMs);

    /// Writes pending text now and waits for the disk. False (after reporting) if it failed.
    bool flush();
    bool hasPendingChanges() const;
    /// Changes the delay for edits from now on (the user changed the setting).
    void setDelayMs(int delayMs);

Q_SIGNALS:
    void saved();
    void saveFailed(const QString& message);

private:
    void onTextChanged();
    void saveInBackground();
    void onWritten(qint64 specId, bool ok, const QString& error);
    void reportFailure(const QString& error);

    SpecEditor* m_editor;
    DraftWriter* m_writer;
    WorkspaceStore* m_store;
    QTimer m_timer;
    bool m_pending = false;
};
