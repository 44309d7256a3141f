#pragma once

#include <QAccessibleWidget>

class QsciScintillaBase;

/// What a screen reader sees of a SpecEditor: its text, caret and selection, in the UTF-16
/// offsets Qt's accessibility speaks. It replaces QScintilla's own, which counts the characters
/// from the start of the file for every conversion (tens of milliseconds per keystroke and
/// caret move on a 10 MB spec); here each conversion goes through Scintilla's line index
/// (EditorCharacterIndex), so a screen-reader user types as fast as anyone.
class SpecEditorAccessible : public QAccessibleWidget,
                             public QAccessibleTextInterface,
                             public QAccessibleEditableTextInterface
{
public:
    explicit SpecEditorAccessible(QsciScintillaBase* editor);

    /// Gives every SpecEditor this interface; idempotent.
    static void install();

    void* interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::State state() const override;

    void selection(int selectionIndex, int* startOffset, int* endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(QAccessible::Text t) const override;
    QString text(int startOffset, int endOffset) const override;
    QString textBeforeOffset(int offset,
                             QAccessible::TextBoundaryType boundaryType,
                             int* startOffset,
                             int* endOffset) const override;
    QString textAfterOffset(int offset,
                            QAccessible::TextBoundaryType boundaryType,
                            int* startOffset,
                            int* endOffset) const override;
    QString textAtOffset(int offset,
                         QAccessible::TextBoundaryType boundaryType,
                         int* startOffset,
                         int* endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint& point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int* startOffset, int* endOffset) const override;

    void deleteText(int startOffset, int endOffset) override;
    void insertText(int offset, const QString& text) override;
    void replaceText(int startOffset, int endOffset, const QString& text) override;

private:
    QsciScintillaBase* editor() const;
    long send(unsigned int message, unsigned long wParam = 0, long lParam = 0) const;
    /// The text between two byte positions.
    QString textBetween(qint64 start, qint64 end) const;
    /// The unit of text (character, word, line, all) around a byte position; false if none.
    bool unitAround(qint64 position, QAccessible::TextBoundaryType boundaryType, qint64* start, qint64* end) const;
    QString unitText(qint64 start, qint64 end, int* startOffset, int* endOffset) const;
};
