#pragma once

#include "Diagnostic.h"
#include "SpecTree.h"
#include "TextLocator.h"

/// Collects a validator's findings, locating each at a node's exact range in the text.
class DiagnosticSink
{
public:
    DiagnosticSink(const SpecTree& tree, const QByteArray& text);

    void error(qint32 node, const QString& code, const QString& message);
    void warning(qint32 node, const QString& code, const QString& message);
    void info(qint32 node, const QString& code, const QString& message);
    /// Reports at the key of a mapping entry (falling back to the value), where a reader looks.
    void atKey(Diagnostic::Severity severity, qint32 node, const QString& code, const QString& message);
    void add(Diagnostic::Severity severity, qint32 node, const QString& code, const QString& message);
    /// Reports on the first line of the node only: what a whole mapping lacks is marked where it
    /// opens, since a mark over the whole document would hide every other one.
    void atOpening(Diagnostic::Severity severity, qint32 node, const QString& code, const QString& message);
    /// Reports at a place in the text that no node holds (e.g. where a second YAML document starts).
    void atOffset(Diagnostic::Severity severity, qint64 offset, const QString& code, const QString& message);

    const SpecTree& tree() const { return m_tree; }
    const QByteArray& text() const { return m_text; }
    /// The node's source text, as written (quotes included).
    QByteArray sourceOf(qint32 node) const;
    Diagnostics takeDiagnostics() { return std::move(m_diagnostics); }

private:
    void addRange(Diagnostic::Severity severity,
                  qint32 node,
                  qint64 start,
                  qint64 end,
                  const QString& code,
                  const QString& message);

    const SpecTree& m_tree;
    const QByteArray& m_text;
    TextLocator m_locator;
    Diagnostics m_diagnostics;
};
