#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAccessibleEvent;
class QsciScintillaBase;

/// Tells assistive tools what changed in an editor: text inserted or removed, the caret moved,
/// the selection changed. SpecEditor reports each edit just before Scintilla makes it (the only
/// text notification it lets through, see SpecEditor::followAccessibility()); the events leave
/// once the edit is done. All of it is skipped while no assistive tool listens.
class EditorAccessibilityEvents : public QObject
{
    Q_OBJECT

public:
    explicit EditorAccessibilityEvents(QsciScintillaBase* editor);

    /// Keeps the character index (and sends events) only while a tool listens.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// Scintilla is about to insert (or remove) `length` bytes at `position`.
    void aboutToEdit(bool insert, qint64 position, qint64 length);
    /// The edits reported so far are done: sends their events.
    void editsDone();
    /// The caret or the selection may have moved.
    void selectionUpdated();

    using Delivery = void (*)(QAccessibleEvent*);
    /// Where events go: QAccessible::updateAccessibility(), which drops them unless a platform
    /// bridge is on. Tests hear them here instead, as the offscreen platform cannot switch one on.
    static void setDelivery(Delivery delivery);

private:
    struct Edit
    {
        bool insert = false;
        int offset = 0;
        qint64 position = 0;
        qint64 length = 0;
        QString removed;
    };
    void send(const Edit& edit);
    static void deliver(QAccessibleEvent* event);

    QsciScintillaBase* m_editor;
    bool m_active = false;
    /// An edit whose text is known only once Scintilla has made it.
    QList<Edit> m_pending;
    int m_caretOffset = -1;
    int m_anchorOffset = -1;
};
