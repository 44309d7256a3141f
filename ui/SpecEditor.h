#pragma once

#include "Diagnostic.h"
#include "SpecFormat.h"

#include <Qsci/qsciscintilla.h>

class SyntaxCheckScheduler;

/// The text editor for one spec: QScintilla with the YAML or JSON lexer, line numbers,
/// folding and brace matching. It holds the spec's bytes exactly (BOM, CRLF, non-ASCII).
class SpecEditor : public QsciScintilla
{
    Q_OBJECT

public:
    SpecEditor(qint64 specId, SpecFormat format, QWidget* parent = nullptr);

    qint64 specId() const { return m_specId; }
    SpecFormat format() const { return m_format; }

    /// Replaces the whole text without an undo step: used when a spec is loaded.
    void loadContent(const QByteArray& content);
    /// The text as UTF-8 bytes, exactly as the user sees it.
    QByteArray content() const;

    const Diagnostics& diagnostics() const { return m_diagnostics; }
    /// Moves the caret to a byte offset and shows it.
    void goToOffset(qint64 offset);
    /// 1-based line and column of the caret, for the status bar.
    QPair<int, int> caretLineColumn() const;

Q_SIGNALS:
    void diagnosticsChanged();

private:
    void configureLexer();
    void configureMargins();
    void showDiagnostics(const Diagnostics& diagnostics);

    qint64 m_specId;
    SpecFormat m_format;
    SyntaxCheckScheduler* m_syntaxCheck;
    Diagnostics m_diagnostics;
    int m_errorIndicator = 8;
    int m_errorMarker = 0;
};
