#pragma once

#include "Diagnostic.h"
#include "QuickFixes.h"
#include "SpecDocument.h"

#include <Qsci/qsciscintilla.h>

#include <QTimer>

#include <array>
#include <optional>

class EditorAccessibilityEvents;
class QMenu;

/// The text editor for one spec: QScintilla with the YAML or JSON lexer, line numbers,
/// folding and brace matching. It holds the spec's bytes exactly (BOM, CRLF, non-ASCII).
class SpecEditor : public QsciScintilla
{
    Q_OBJECT

public:
    SpecEditor(qint64 specId, SpecKind kind, QWidget* parent = nullptr);

    qint64 specId() const { return m_specId; }
    SpecFormat format() const { return m_format; }
    /// The spec's text and its analysis (tree, kind, problems), kept up to date as the user types.
    SpecDocument* document() const { return m_document; }
    /// Changes the kind the text is read and checked as; the highlighting follows its format.
    void setKind(SpecKind kind);

    /// Replaces the whole text without an undo step: used when a spec is loaded.
    void loadContent(const QByteArray& content);
    /// The text as UTF-8 bytes, exactly as the user sees it.
    QByteArray content() const;

    const Diagnostics& diagnostics() const { return m_document->analysis()->diagnostics; }
    /// Moves the caret to a byte offset and shows it.
    void goToOffset(qint64 offset);
    /// 1-based line and column of the caret, for the status bar.
    QPair<int, int> caretLineColumn() const;

    /// Applies splices computed against the current text, all as one undo step.
    void applySplices(QList<TextSplice> splices);
    /// Makes the text `content` as one undo step (a merge, a resolved conflict), so Undo brings
    /// back what was there. Only the part that differs is replaced: the caret and the view stay
    /// put when the change is elsewhere.
    void replaceText(const QByteArray& content);
    /// The quick fixes for the problems at `position` (a byte offset), for the current text.
    QList<QuickFix> quickFixesAt(qint64 position);
    /// Shows the context menu with quick fixes at the caret (Ctrl+.).
    void showQuickFixMenu();
    /// Keeps the character index and sends text events only while assistive tools listen.
    void followAccessibility(bool active);
    /// Sends a contentChanged() still waiting for the edits to finish now, for a caller that
    /// must know every edit before it goes on (a flush before closing).
    void reportChangesNow();
    /// The font of the text and the line numbers (the user's editor font).
    void setEditorFont(const QFont& font);
    QFont editorFont() const { return m_font; }

    /// Ctrl+M: while on, Tab and Shift+Tab leave the editor instead of indenting, in every
    /// editor of the app, so keyboard users can move on without F6.
    static void setTabMovesFocus(bool moves);
    static bool tabMovesFocus();

Q_SIGNALS:
    void diagnosticsChanged();
    /// The text changed (typing, paste, undo, a structural edit). Several edits may share one
    /// signal; it arrives once they are done, from the event loop (see reportChangesNow()).
    void contentChanged();

protected:
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void aboutToEdit(bool insert, qint64 position, qint64 length);
    void dropQScintillaAccessible();
    void addQuickFixes(QMenu* menu, qint64 position);
    /// Colours the text, margins and marks after the widget's palette (see EditorColours).
    void applyColours();
    void configureLexer();
    /// The user's editor font on the lexer's text and on the margins.
    void applyFont();
    void configureMargins();
    void configureProblemMarks();
    void fitLineNumberMargin();
    void showDiagnostics();
    void showProblemsAt(int position, int x, int y);

    qint64 m_specId;
    SpecFormat m_format;
    SpecDocument* m_document;
    EditorAccessibilityEvents* m_accessibilityEvents;
    /// Announces contentChanged() once the edits reported by Scintilla are done.
    QTimer m_changeReport;
    /// The last copies content() gave out. One its takers (the analysis, the draft writer) have
    /// all let go of is written over, in pages already faulted in, instead of a new 10 MB block.
    /// Two: an autosave on its way to the disk holds one, and the analysis the current one (an
    /// edit stops it, so it lets go as typing resumes). A third, rarely needed, is not kept:
    /// kept, it was 10 MB more for every second of typing into a 10 MB spec.
    mutable std::array<QByteArray, 2> m_copies;
    /// A while after the last copy, the blocks nobody holds are let go: kept for the next burst
    /// of typing they were two 10 MB blocks of memory for nothing.
    mutable QTimer m_releaseSpareCopies;
    mutable size_t m_nextCopy = 0;
    /// The copy of the text as it is now, while no edit has begun since it was taken: the
    /// analysis, the autosave and the draft writer then share one block instead of a 10 MB
    /// copy each. Any edit, undo and redo included, is announced before it is made and drops it.
    mutable std::optional<size_t> m_current;
    bool m_loading = false;
    /// Squiggle indicator and margin marker per severity (error, warning, info).
    std::array<int, 3> m_indicators {};
    std::array<int, 3> m_markers {};
    int m_lineNumberDigits = 0;
    QFont m_font;
    bool m_applyingColours = false;
    /// Reached by Tab or Shift+Tab and not edited since: the next Tab walks on instead of
    /// indenting, so Tab alone goes round the window. Typing or a click makes Tab indent again.
    bool m_passingThrough = false;
};
