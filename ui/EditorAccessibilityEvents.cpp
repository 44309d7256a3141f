#include "EditorAccessibilityEvents.h"

#include "EditorCharacterIndex.h"

#include <Qsci/qsciscintillabase.h>

#include <QAccessible>

namespace {
EditorAccessibilityEvents::Delivery s_delivery = &QAccessible::updateAccessibility;
} // namespace

void EditorAccessibilityEvents::setDelivery(Delivery delivery)
{
    s_delivery = delivery ? delivery : &QAccessible::updateAccessibility;
}

void EditorAccessibilityEvents::deliver(QAccessibleEvent* event)
{
    s_delivery(event);
}

EditorAccessibilityEvents::EditorAccessibilityEvents(QsciScintillaBase* editor)
    : QObject(editor)
    , m_editor(editor)
{
}

void EditorAccessibilityEvents::setActive(bool active)
{
    if (active == m_active) {
        return;
    }
    m_active = active;
    m_pending.clear();
    m_caretOffset = m_anchorOffset = -1;
    if (active) {
        EditorCharacterIndex::allocate(m_editor);
    } else {
        EditorCharacterIndex::release(m_editor);
    }
}

void EditorAccessibilityEvents::aboutToEdit(bool insert, qint64 position, qint64 length)
{
    if (!m_active) {
        return;
    }
    // An insert reported earlier is done by now (Scintilla reports one edit at a time), and
    // this edit may move its text: send it first.
    editsDone();
    Edit edit;
    edit.insert = insert;
    edit.offset = EditorCharacterIndex::offsetOf(m_editor, position);
    edit.position = position;
    edit.length = length;
    if (!insert) {
        QByteArray bytes(length + 1, Qt::Uninitialized);
        m_editor->SendScintilla(QsciScintillaBase::SCI_GETTEXTRANGE, position, position + length, bytes.data());
        edit.removed = QString::fromUtf8(bytes.constData(), length);
    }
    m_pending.append(edit);
}

void EditorAccessibilityEvents::editsDone()
{
    const QList<Edit> edits = std::exchange(m_pending, {});
    for (const Edit& edit : edits) {
        send(edit);
    }
}

void EditorAccessibilityEvents::send(const Edit& edit)
{
    if (!edit.insert) {
        QAccessibleTextRemoveEvent event(m_editor, edit.offset, edit.removed);
        deliver(&event);
        return;
    }
    QByteArray bytes(edit.length + 1, Qt::Uninitialized);
    m_editor->SendScintilla(
        QsciScintillaBase::SCI_GETTEXTRANGE, edit.position, edit.position + edit.length, bytes.data());
    QAccessibleTextInsertEvent event(m_editor, edit.offset, QString::fromUtf8(bytes.constData(), edit.length));
    deliver(&event);
}

void EditorAccessibilityEvents::selectionUpdated()
{
    if (!m_active) {
        return;
    }
    editsDone();
    const int caret
        = EditorCharacterIndex::offsetOf(m_editor, m_editor->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS));
    const int anchor
        = EditorCharacterIndex::offsetOf(m_editor, m_editor->SendScintilla(QsciScintillaBase::SCI_GETANCHOR));
    if (caret == m_caretOffset && anchor == m_anchorOffset) {
        return;
    }
    const bool hadSelection = m_caretOffset != m_anchorOffset;
    m_caretOffset = caret;
    m_anchorOffset = anchor;
    if (caret != anchor || hadSelection) {
        QAccessibleTextSelectionEvent event(m_editor, std::min(caret, anchor), std::max(caret, anchor));
        event.setCursorPosition(caret);
        deliver(&event);
    } else {
        QAccessibleTextCursorEvent event(m_editor, caret);
        deliver(&event);
    }
}
