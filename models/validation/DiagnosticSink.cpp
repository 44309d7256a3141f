#include "DiagnosticSink.h"

#include <algorithm>

DiagnosticSink::DiagnosticSink(const SpecTree& tree, const QByteArray& text)
    : m_tree(tree)
    , m_text(text)
    , m_locator(text)
{
}

void DiagnosticSink::error(qint32 node, const QString& code, const QString& message)
{
    add(Diagnostic::Severity::Error, node, code, message);
}

void DiagnosticSink::warning(qint32 node, const QString& code, const QString& message)
{
    add(Diagnostic::Severity::Warning, node, code, message);
}

void DiagnosticSink::info(qint32 node, const QString& code, const QString& message)
{
    add(Diagnostic::Severity::Info, node, code, message);
}

void DiagnosticSink::add(Diagnostic::Severity severity, qint32 node, const QString& code, const QString& message)
{
    if (node == SpecTree::kNoNode) {
        addRange(severity, node, 0, 0, code, message);
        return;
    }
    addRange(severity, node, m_tree.node(node).start, m_tree.node(node).end, code, message);
}

void DiagnosticSink::atKey(Diagnostic::Severity severity, qint32 node, const QString& code, const QString& message)
{
    const qint32 key = node == SpecTree::kNoNode ? SpecTree::kNoNode : m_tree.keyNode(node);
    if (key == SpecTree::kNoNode) {
        add(severity, node, code, message);
        return;
    }
    addRange(severity, node, m_tree.node(key).start, m_tree.node(key).end, code, message);
}

void DiagnosticSink::atOpening(Diagnostic::Severity severity, qint32 node, const QString& code, const QString& message)
{
    const qint64 start = m_tree.node(node).start;
    const qint64 lineEnd = m_text.indexOf('\n', start);
    const qint64 end = std::min<qint64>(m_tree.node(node).end, lineEnd < 0 ? m_text.size() : lineEnd);
    addRange(severity, node, start, std::max(end, start), code, message);
}

void DiagnosticSink::atOffset(Diagnostic::Severity severity, qint64 offset, const QString& code, const QString& message)
{
    addRange(severity, SpecTree::kNoNode, offset, offset, code, message);
}

void DiagnosticSink::addRange(Diagnostic::Severity severity,
                              qint32 node,
                              qint64 start,
                              qint64 end,
                              const QString& code,
                              const QString& message)
{
    const TextLocator::LineColumn where = m_locator.locate(start);
    Diagnostic diagnostic = Diagnostic::make(severity, where.line, where.column, start, code, message);
    diagnostic.endOffset = end;
    diagnostic.path = node == SpecTree::kNoNode ? QString() : m_tree.path(node);
    m_diagnostics.append(diagnostic);
}

QByteArray DiagnosticSink::sourceOf(qint32 node) const
{
    return m_text.mid(m_tree.node(node).start, m_tree.node(node).end - m_tree.node(node).start);
}
