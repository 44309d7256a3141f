#pragma once

#include <QColor>
#include <QPalette>

/// The editor's colours for one palette: the paper, text and selection come from the palette
/// itself; syntax, margin and problem colours come from a light or a dark set, picked by how
/// dark the palette's Base (the paper the text sits on) is.
class EditorColours
{
public:
    static EditorColours forPalette(const QPalette& palette);

    bool dark = false;
    QColor paper;
    QColor text;
    QColor marginPaper;
    QColor marginText;
    QColor caret;
    QColor caretLine;
    QColor selection;
    QColor selectionText;
    QColor braceMatch;
    QColor foldBox;
    QColor foldLines;
    /// Squiggles and margin marks, indexed by severity: error, warning, info.
    QColor problems[3];
    /// Backgrounds of diff lines, faint enough for the text colour to read on them.
    QColor removedLine;
    QColor addedLine;
    QColor changedLine;
    QColor fillerLine;
    /// Boxes around changed words, drawn under the text.
    QColor removedWords;
    QColor addedWords;

    QColor comment;
    QColor keyword;
    QColor number;
    QColor string;
    QColor key; ///< mapping keys and JSON property names
    QColor punctuation;
    QColor syntaxError;

    /// The text colour of a QsciLexerYAML or QsciLexerJSON style.
    QColor yamlStyle(int style) const;
    QColor jsonStyle(int style) const;
};
