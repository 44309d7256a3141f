#include "DraftAutosave.h"

#include "SpecEditor.h"
#include "WorkspaceStore.h"

DraftAutosave::DraftAutosave(SpecEditor* editor, WorkspaceStore* store, int delayMs)
    : QObject(editor)
    , m_editor(editor)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::flush);
    connect(editor, &QsciScintilla::textChanged, this, &DraftAutosave::onTextChanged);
}

void DraftAutosave::onTextChanged()
{
    m_pending = true;
    m_timer.start();
}

bool DraftAutosave::flush()
{
    m_timer.stop();
    if (!m_pending) {
        return true;
    }
    QString error;
    if (!m_store->saveSpecContent(m_editor->specId(), m_editor->content(), &error)) {
        Q_EMIT saveFailed(tr("Your edits are still in the editor but could not be saved: %1").arg(error));
        return false;
    }
    m_pending = false;
    Q_EMIT saved();
    return true;
}
