#pragma once

#include "SpecAnalysis.h"
#include "TextSplice.h"

/// A change that fixes a problem, offered from the editor's context menu.
struct QuickFix
{
    QString title;
    /// Non-overlapping splices against the analysed text; apply them as one undo step.
    QList<TextSplice> splices;
};

/// The fixes SpecDesk knows for a problem: normalize shares to 100, add missing shares, remove
/// extra ones, rename transformationSpec. Empty when there is no obvious fix.
namespace QuickFixes {
QList<QuickFix> forDiagnostic(const Diagnostic& diagnostic, const SpecAnalysis& analysis, const QByteArray& text);
/// The text with every splice applied (last first, so earlier offsets stay valid).
QByteArray apply(const QByteArray& text, QList<TextSplice> splices);
} // namespace QuickFixes
