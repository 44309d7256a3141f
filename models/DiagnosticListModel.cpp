#include "DiagnosticListModel.h"

DiagnosticListModel::DiagnosticListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticListModel::setDiagnostics(const Diagnostics& diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int DiagnosticListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Diagnostic& diagnostic = m_diagnostics.at(index.row());
    if (role == OffsetRole) {
        return diagnostic.offset;
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1 [%2]").arg(diagnostic.message, diagnostic.code);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case SeverityColumn:
        // Words, not only colour, so the severity reads in every theme and to screen readers.
        switch (diagnostic.severity) {
        case Diagnostic::Severity::Error:
            return tr("Error");
        case Diagnostic::Severity::Warning:
            return tr("Warning");
        case Diagnostic::Severity::Info:
            return tr("Info");
        }
        return {};
    case LocationColumn:
        return tr("%1:%2").arg(diagnostic.line).arg(diagnostic.column);
    case MessageColumn:
        return diagnostic.message;
    default:
        return {};
    }
}

QVariant DiagnosticListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Line:Column");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}
