#pragma once

#include "Diagnostic.h"

#include <QWidget>

class DiagnosticListModel;
class QLabel;
class QTreeView;

/// The Problems panel: the current spec's diagnostics. Activating one jumps to its place.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget* parent = nullptr);

    /// `hasDocument` tells "no spec open" apart from "this spec has no problems".
    void showDiagnostics(const Diagnostics& diagnostics, bool hasDocument);
    QTreeView* view() const { return m_view; }

Q_SIGNALS:
    void jumpRequested(qint64 offset);

private:
    DiagnosticListModel* m_model;
    QTreeView* m_view;
    QLabel* m_summaryLabel;
};
