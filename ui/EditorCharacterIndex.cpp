#include "EditorCharacterIndex.h"

#include <Qsci/qsciscintillabase.h>

#include <algorithm>

namespace {

long send(const QsciScintillaBase* editor, unsigned int message, unsigned long wParam = 0, long lParam = 0)
{
    return editor->SendScintilla(message, wParam, lParam);
}

} // namespace

namespace EditorCharacterIndex {

void allocate(QsciScintillaBase* editor)
{
    // Reference counted by Scintilla: one allocation per editor, released the same way.
    send(editor, QsciScintillaBase::SCI_ALLOCATELINECHARACTERINDEX, QsciScintillaBase::SC_LINECHARACTERINDEX_UTF16);
}

void release(QsciScintillaBase* editor)
{
    send(editor, QsciScintillaBase::SCI_RELEASELINECHARACTERINDEX, QsciScintillaBase::SC_LINECHARACTERINDEX_UTF16);
}

int offsetOf(const QsciScintillaBase* editor, qint64 position)
{
    const long length = send(editor, QsciScintillaBase::SCI_GETLENGTH);
    const auto clamped = static_cast<unsigned long>(std::clamp<qint64>(position, 0, length));
    const long line = send(editor, QsciScintillaBase::SCI_LINEFROMPOSITION, clamped);
    const long lineStart = send(editor, QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
    const long lineOffset = send(editor,
                                 QsciScintillaBase::SCI_INDEXPOSITIONFROMLINE,
                                 static_cast<unsigned long>(line),
                                 QsciScintillaBase::SC_LINECHARACTERINDEX_UTF16);
    const long within = send(editor,
                             QsciScintillaBase::SCI_COUNTCODEUNITS,
                             static_cast<unsigned long>(lineStart),
                             static_cast<long>(clamped));
    return int(lineOffset + within);
}

qint64 positionOf(const QsciScintillaBase* editor, int offset)
{
    const long line = send(editor,
                           QsciScintillaBase::SCI_LINEFROMINDEXPOSITION,
                           static_cast<unsigned long>(std::max(offset, 0)),
                           QsciScintillaBase::SC_LINECHARACTERINDEX_UTF16);
    const long lineStart = send(editor, QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
    const long lineOffset = send(editor,
                                 QsciScintillaBase::SCI_INDEXPOSITIONFROMLINE,
                                 static_cast<unsigned long>(line),
                                 QsciScintillaBase::SC_LINECHARACTERINDEX_UTF16);
    const long within = std::max(0L, long(offset) - lineOffset);
    const long position
        = send(editor, QsciScintillaBase::SCI_POSITIONRELATIVECODEUNITS, static_cast<unsigned long>(lineStart), within);
    // Scintilla answers 0 for a place past the end of the text; that place is the end.
    return position == 0 && within > 0 ? send(editor, QsciScintillaBase::SCI_GETLENGTH) : position;
}

int characterCount(const QsciScintillaBase* editor)
{
    return offsetOf(editor, send(editor, QsciScintillaBase::SCI_GETLENGTH));
}

} // namespace EditorCharacterIndex
