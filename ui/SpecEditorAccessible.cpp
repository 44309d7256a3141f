#include "SpecEditorAccessible.h"

#include "EditorCharacterIndex.h"

#include <Qsci/qsciscintillabase.h>

#include <QFontMetrics>

namespace {

QAccessibleInterface* specEditorAccessible(const QString& className, QObject* object)
{
    if (className == QLatin1String("SpecEditor") && object && object->isWidgetType()) {
        return new SpecEditorAccessible(static_cast<QsciScintillaBase*>(object));
    }
    return nullptr;
}

} // namespace

SpecEditorAccessible::SpecEditorAccessible(QsciScintillaBase* editor)
    : QAccessibleWidget(editor, QAccessible::EditableText)
{
}

void SpecEditorAccessible::install()
{
    // Factories installed later are asked first, so this one wins over QScintilla's.
    static const bool installed = [] {
        QAccessible::installFactory(&specEditorAccessible);
        return true;
    }();
    Q_UNUSED(installed);
}

QsciScintillaBase* SpecEditorAccessible::editor() const
{
    return static_cast<QsciScintillaBase*>(widget());
}

long SpecEditorAccessible::send(unsigned int message, unsigned long wParam, long lParam) const
{
    return editor()->SendScintilla(message, wParam, lParam);
}

void* SpecEditorAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface) {
        return static_cast<QAccessibleTextInterface*>(this);
    }
    if (type == QAccessible::EditableTextInterface) {
        return static_cast<QAccessibleEditableTextInterface*>(this);
    }
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State SpecEditorAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.editable = send(QsciScintillaBase::SCI_GETREADONLY) == 0;
    state.readOnly = !state.editable;
    state.multiLine = true;
    state.selectableText = true;
    return state;
}

QString SpecEditorAccessible::text(QAccessible::Text t) const
{
    // The whole text is not the editor's value: a 10 MB value would be sent on every query.
    return QAccessibleWidget::text(t);
}

QString SpecEditorAccessible::textBetween(qint64 start, qint64 end) const
{
    if (end <= start) {
        return {};
    }
    QByteArray bytes(end - start + 1, Qt::Uninitialized);
    editor()->SendScintilla(QsciScintillaBase::SCI_GETTEXTRANGE, start, end, bytes.data());
    return QString::fromUtf8(bytes.constData(), end - start);
}

void SpecEditorAccessible::selection(int selectionIndex, int* startOffset, int* endOffset) const
{
    *startOffset = *endOffset = 0;
    if (selectionIndex != 0 || selectionCount() == 0) {
        return;
    }
    *startOffset = EditorCharacterIndex::offsetOf(editor(), send(QsciScintillaBase::SCI_GETSELECTIONSTART));
    *endOffset = EditorCharacterIndex::offsetOf(editor(), send(QsciScintillaBase::SCI_GETSELECTIONEND));
}

int SpecEditorAccessible::selectionCount() const
{
    return send(QsciScintillaBase::SCI_GETSELECTIONEMPTY) != 0 ? 0 : 1;
}

void SpecEditorAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void SpecEditorAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex == 0) {
        send(QsciScintillaBase::SCI_SETEMPTYSELECTION,
             static_cast<unsigned long>(send(QsciScintillaBase::SCI_GETCURRENTPOS)));
    }
}

void SpecEditorAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex != 0) {
        return;
    }
    const qint64 anchor = EditorCharacterIndex::positionOf(editor(), startOffset);
    const qint64 caret = EditorCharacterIndex::positionOf(editor(), endOffset);
    send(QsciScintillaBase::SCI_SETSEL, static_cast<unsigned long>(anchor), static_cast<long>(caret));
}

int SpecEditorAccessible::cursorPosition() const
{
    return EditorCharacterIndex::offsetOf(editor(), send(QsciScintillaBase::SCI_GETCURRENTPOS));
}

void SpecEditorAccessible::setCursorPosition(int position)
{
    send(QsciScintillaBase::SCI_GOTOPOS,
         static_cast<unsigned long>(EditorCharacterIndex::positionOf(editor(), position)));
}

QString SpecEditorAccessible::text(int startOffset, int endOffset) const
{
    return textBetween(EditorCharacterIndex::positionOf(editor(), startOffset),
                       EditorCharacterIndex::positionOf(editor(), endOffset));
}

bool SpecEditorAccessible::unitAround(qint64 position,
                                      QAccessible::TextBoundaryType boundaryType,
                                      qint64* start,
                                      qint64* end) const
{
    const long length = send(QsciScintillaBase::SCI_GETLENGTH);
    switch (boundaryType) {
    case QAccessible::CharBoundary:
        *start = position;
        *end = send(QsciScintillaBase::SCI_POSITIONAFTER, static_cast<unsigned long>(position));
        return *end > *start;
    case QAccessible::WordBoundary:
        *start = send(QsciScintillaBase::SCI_WORDSTARTPOSITION, static_cast<unsigned long>(position), 1);
        *end = send(QsciScintillaBase::SCI_WORDENDPOSITION, static_cast<unsigned long>(position), 1);
        if (*start == *end) {
            // Between words: the word before, as Qt's own text widgets answer.
            *end = send(QsciScintillaBase::SCI_WORDSTARTPOSITION, static_cast<unsigned long>(position), 0);
            if (*end == 0) {
                return false;
            }
            *start = send(QsciScintillaBase::SCI_WORDSTARTPOSITION, static_cast<unsigned long>(*end), 1);
        }
        return true;
    case QAccessible::SentenceBoundary:
    case QAccessible::ParagraphBoundary:
    case QAccessible::LineBoundary: {
        const long line = send(QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(position));
        *start = send(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
        *end = send(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line + 1));
        if (*end < *start) {
            *end = length; // the last line
        }
        return *end > *start || line == 0;
    }
    case QAccessible::NoBoundary:
        *start = 0;
        *end = length;
        return true;
    }
    return false;
}

QString SpecEditorAccessible::unitText(qint64 start, qint64 end, int* startOffset, int* endOffset) const
{
    *startOffset = EditorCharacterIndex::offsetOf(editor(), start);
    *endOffset = EditorCharacterIndex::offsetOf(editor(), end);
    return textBetween(start, end);
}

QString SpecEditorAccessible::textBeforeOffset(int offset,
                                               QAccessible::TextBoundaryType boundaryType,
                                               int* startOffset,
                                               int* endOffset) const
{
    *startOffset = *endOffset = -1;
    qint64 start = 0;
    qint64 end = 0;
    const qint64 position = EditorCharacterIndex::positionOf(editor(), offset);
    if (!unitAround(position, boundaryType, &start, &end) || start == 0) {
        return {};
    }
    const qint64 before = send(QsciScintillaBase::SCI_POSITIONBEFORE, static_cast<unsigned long>(start));
    if (!unitAround(before, boundaryType, &start, &end)) {
        return {};
    }
    return unitText(start, end, startOffset, endOffset);
}

QString SpecEditorAccessible::textAfterOffset(int offset,
                                              QAccessible::TextBoundaryType boundaryType,
                                              int* startOffset,
                                              int* endOffset) const
{
    *startOffset = *endOffset = -1;
    qint64 start = 0;
    qint64 end = 0;
    const qint64 position = EditorCharacterIndex::positionOf(editor(), offset);
    if (!unitAround(position, boundaryType, &start, &end) || end >= send(QsciScintillaBase::SCI_GETLENGTH)) {
        return {};
    }
    if (!unitAround(end, boundaryType, &start, &end)) {
        return {};
    }
    return unitText(start, end, startOffset, endOffset);
}

QString SpecEditorAccessible::textAtOffset(int offset,
                                           QAccessible::TextBoundaryType boundaryType,
                                           int* startOffset,
                                           int* endOffset) const
{
    *startOffset = *endOffset = -1;
    qint64 start = 0;
    qint64 end = 0;
    if (!unitAround(EditorCharacterIndex::positionOf(editor(), offset), boundaryType, &start, &end)) {
        return {};
    }
    return unitText(start, end, startOffset, endOffset);
}

int SpecEditorAccessible::characterCount() const
{
    return EditorCharacterIndex::characterCount(editor());
}

QRect SpecEditorAccessible::characterRect(int offset) const
{
    const qint64 position = EditorCharacterIndex::positionOf(editor(), offset);
    const int x = int(send(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0, static_cast<long>(position)));
    const int y = int(send(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0, static_cast<long>(position)));
    const int height = int(send(QsciScintillaBase::SCI_TEXTHEIGHT, 0));
    const qint64 next = send(QsciScintillaBase::SCI_POSITIONAFTER, static_cast<unsigned long>(position));
    const int nextX = int(send(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0, static_cast<long>(next)));
    const int width = next > position && nextX > x ? nextX - x : QFontMetrics(editor()->font()).averageCharWidth();
    return QRect(editor()->viewport()->mapToGlobal(QPoint(x, y)), QSize(width, height));
}

int SpecEditorAccessible::offsetAtPoint(const QPoint& point) const
{
    const QPoint local = editor()->viewport()->mapFromGlobal(point);
    const long position = send(QsciScintillaBase::SCI_POSITIONFROMPOINTCLOSE,
                               static_cast<unsigned long>(local.x()),
                               static_cast<long>(local.y()));
    return position < 0 ? -1 : EditorCharacterIndex::offsetOf(editor(), position);
}

void SpecEditorAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    const qint64 start = EditorCharacterIndex::positionOf(editor(), startIndex);
    const qint64 end = EditorCharacterIndex::positionOf(editor(), endIndex);
    send(QsciScintillaBase::SCI_SCROLLRANGE, static_cast<unsigned long>(end), static_cast<long>(start));
}

QString SpecEditorAccessible::attributes(int offset, int* startOffset, int* endOffset) const
{
    // No rich text attributes: the whole text is one run.
    Q_UNUSED(offset);
    *startOffset = 0;
    *endOffset = characterCount();
    return {};
}

void SpecEditorAccessible::deleteText(int startOffset, int endOffset)
{
    replaceText(startOffset, endOffset, QString());
}

void SpecEditorAccessible::insertText(int offset, const QString& text)
{
    replaceText(offset, offset, text);
}

void SpecEditorAccessible::replaceText(int startOffset, int endOffset, const QString& text)
{
    if (!state().editable) {
        return;
    }
    const QByteArray bytes = text.toUtf8();
    const qint64 start = EditorCharacterIndex::positionOf(editor(), startOffset);
    const qint64 end = EditorCharacterIndex::positionOf(editor(), endOffset);
    send(QsciScintillaBase::SCI_SETTARGETRANGE, static_cast<unsigned long>(start), static_cast<long>(end));
    editor()->SendScintilla(
        QsciScintillaBase::SCI_REPLACETARGET, static_cast<unsigned long>(bytes.size()), bytes.constData());
}
