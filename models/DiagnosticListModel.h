#pragma once

#include "Diagnostic.h"

#include <QAbstractTableModel>

/// The rows of the Problems panel: one diagnostic each, as severity, location and message.
class DiagnosticListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        LocationColumn,
        MessageColumn,
        ColumnCount,
    };
    enum Role {
        OffsetRole = Qt::UserRole + 1, ///< qint64 byte offset, for jumping to the place
    };

    explicit DiagnosticListModel(QObject* parent = nullptr);

    void setDiagnostics(const Diagnostics& diagnostics);
    const Diagnostics& diagnostics() const { return m_diagnostics; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Diagnostics m_diagnostics;
};
