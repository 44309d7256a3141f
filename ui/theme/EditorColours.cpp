#include "EditorColours.h"

#include "Theme.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexeryaml.h>

namespace {

/// `a` with `share` of `b` mixed in.
QColor blend(const QColor& a, const QColor& b, float share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

} // namespace

EditorColours EditorColours::forPalette(const QPalette& palette)
{
    EditorColours colours;
    colours.paper = palette.color(QPalette::Active, QPalette::Base);
    colours.text = palette.color(QPalette::Active, QPalette::Text);
    // The set follows the paper, not the window: some desktop themes pair a dark frame with
    // light text fields, and the syntax colours must read on the field.
    colours.dark = Theme::isDark(colours.paper);
    colours.marginPaper = blend(colours.paper, colours.text, 0.05f);
    colours.marginText = blend(colours.paper, colours.text, 0.55f);
    colours.caret = colours.text;
    // A faint tint of the selection colour marks the caret's line.
    colours.caretLine = blend(colours.paper, palette.color(QPalette::Active, QPalette::Highlight), 0.12f);
    colours.selection = palette.color(QPalette::Active, QPalette::Highlight);
    colours.selectionText = palette.color(QPalette::Active, QPalette::HighlightedText);
    colours.braceMatch = blend(colours.paper, QColor(0x3c, 0xb3, 0x71), 0.35f);
    colours.foldBox = colours.paper;
    colours.foldLines = colours.marginText;
    // Tints mixed into the paper keep the text readable on light and dark paper alike.
    const float tint = colours.dark ? 0.28f : 0.16f;
    colours.removedLine = blend(colours.paper, QColor(0xe0, 0x30, 0x30), tint);
    colours.addedLine = blend(colours.paper, QColor(0x30, 0xb0, 0x40), tint);
    colours.changedLine = blend(colours.paper, QColor(0xf0, 0xb0, 0x00), tint + 0.06f);
    colours.fillerLine = blend(colours.paper, colours.text, 0.06f);
    colours.removedWords = blend(colours.paper, QColor(0xe0, 0x30, 0x30), tint * 2.5f);
    colours.addedWords = blend(colours.paper, QColor(0x30, 0xb0, 0x40), tint * 2.5f);
    if (colours.dark) {
        colours.problems[0] = QColor(0xff, 0x6b, 0x6b);
        colours.problems[1] = QColor(0xff, 0xc1, 0x4d);
        colours.problems[2] = QColor(0x6c, 0xb6, 0xff);
        colours.comment = QColor(0x8a, 0x99, 0x8a);
        colours.keyword = QColor(0xc6, 0x92, 0xff);
        colours.number = QColor(0xf0, 0xa4, 0x6a);
        colours.string = QColor(0xa5, 0xd6, 0x7f);
        colours.key = QColor(0x7c, 0xc4, 0xff);
        colours.punctuation = QColor(0xc8, 0xc8, 0xc8);
        colours.syntaxError = QColor(0xff, 0x6b, 0x6b);
    } else {
        colours.problems[0] = QColor(0xd0, 0x21, 0x21);
        colours.problems[1] = QColor(0xd9, 0x8a, 0x00);
        colours.problems[2] = QColor(0x2f, 0x6f, 0xd0);
        colours.comment = QColor(0x5f, 0x7f, 0x5f);
        colours.keyword = QColor(0x7a, 0x1f, 0xa2);
        colours.number = QColor(0xa8, 0x4a, 0x00);
        colours.string = QColor(0x1b, 0x6e, 0x20);
        colours.key = QColor(0x0b, 0x4f, 0x9c);
        colours.punctuation = QColor(0x40, 0x40, 0x40);
        colours.syntaxError = QColor(0xc6, 0x28, 0x28);
    }
    return colours;
}

QColor EditorColours::yamlStyle(int style) const
{
    switch (style) {
    case QsciLexerYAML::Comment:
        return comment;
    case QsciLexerYAML::Identifier:
        return key;
    case QsciLexerYAML::Keyword:
        return keyword;
    case QsciLexerYAML::Number:
        return number;
    case QsciLexerYAML::Reference:
    case QsciLexerYAML::DocumentDelimiter:
    case QsciLexerYAML::TextBlockMarker:
        return keyword;
    case QsciLexerYAML::SyntaxErrorMarker:
        return syntaxError;
    case QsciLexerYAML::Operator:
        return punctuation;
    default:
        return text;
    }
}

QColor EditorColours::jsonStyle(int style) const
{
    switch (style) {
    case QsciLexerJSON::Number:
        return number;
    case QsciLexerJSON::String:
    case QsciLexerJSON::EscapeSequence:
        return string;
    case QsciLexerJSON::UnclosedString:
    case QsciLexerJSON::Error:
        return syntaxError;
    case QsciLexerJSON::Property:
        return key;
    case QsciLexerJSON::CommentLine:
    case QsciLexerJSON::CommentBlock:
        return comment;
    case QsciLexerJSON::Operator:
        return punctuation;
    case QsciLexerJSON::IRI:
    case QsciLexerJSON::IRICompact:
    case QsciLexerJSON::Keyword:
    case QsciLexerJSON::KeywordLD:
        return keyword;
    default:
        return text;
    }
}
