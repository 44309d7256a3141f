#pragma once

#include <QObject>
#include <QTimer>

class SpecEditor;
class WorkspaceStore;

/// Writes an editor's text into the workspace a moment after typing stops (at most 1 s).
///
/// A write that fails keeps the text pending and says why through saveFailed(); the next
/// change or flush() tries again, so a failing disk never silently drops an edit.
class DraftAutosave : public QObject
{
    Q_OBJECT

public:
    DraftAutosave(SpecEditor* editor, WorkspaceStore* store, int delayMs);

    /// Writes pending text now. Returns false (after reporting) if the workspace refused it.
    bool flush();
    bool hasPendingChanges() const { return m_pending; }

Q_SIGNALS:
    void saved();
    void saveFailed(const QString& message);

private:
    void onTextChanged();

    SpecEditor* m_editor;
    WorkspaceStore* m_store;
    QTimer m_timer;
    bool m_pending = false;
};
