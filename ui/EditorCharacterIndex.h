#pragma once

#include <QtGlobal>

class QsciScintillaBase;

/// Converts between Scintilla's byte positions and the UTF-16 character offsets that Qt's
/// accessibility (and so every screen reader) speaks in. Scintilla keeps a UTF-16 index of line
/// starts while one is allocated, so each conversion is a binary search plus one line's
/// characters, never a count from the start of the file.
namespace EditorCharacterIndex {

/// Starts (or stops) Scintilla's UTF-16 line index; it costs a pass over the text once, then a
/// little on each edit, so it is kept only while an assistive tool listens.
void allocate(QsciScintillaBase* editor);
void release(QsciScintillaBase* editor);

int offsetOf(const QsciScintillaBase* editor, qint64 position);
qint64 positionOf(const QsciScintillaBase* editor, int offset);
/// The number of UTF-16 code units in the whole text.
int characterCount(const QsciScintillaBase* editor);

} // namespace EditorCharacterIndex
