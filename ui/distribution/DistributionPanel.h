#pragma once

#include "DistributionController.h"

#include <QWidget>

class PropertyGroupWidget;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSpinBox;
class QVBoxLayout;
class SpecEditor;

/// The Distributions panel: one group per property of the current DataFramer spec, with
/// sliders that keep each property at exactly 100%. It follows the current editor, and says
/// plainly when there is nothing to shape and why.
class DistributionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DistributionPanel(QWidget* parent = nullptr);

    void setEditor(SpecEditor* editor);
    /// The number of rows the expected counts are for (default 1,000).
    void setSampleSize(qint64 sampleSize);
    qint64 sampleSize() const;

    /// The groups shown, in order: group i edits the controller's property i.
    qsizetype groupCount() const { return m_groups.size(); }
    PropertyGroupWidget* group(qsizetype index) const { return m_groups.value(index); }
    QLabel* messageLabel() const { return m_message; }
    QLabel* countLabel() const { return m_count; }
    QSpinBox* sampleSizeBox() const { return m_sampleSize; }
    QLineEdit* filterEdit() const { return m_filter; }

    /// Above this many values in all, groups start collapsed (their rows are built on demand).
    static constexpr qsizetype kExpandAllUpTo = 200;
    /// At most this many groups at once; a filter finds the others. Keeps a spec with tens of
    /// thousands of properties as quick to open as a small one.
    static constexpr qsizetype kMaxGroups = DistributionController::kPageSize;

Q_SIGNALS:
    void sampleSizeChanged(qint64 sampleSize);
    /// The groups of a readable spec are on screen (after an open, a parse or a filter).
    void groupsShown();

private:
    void rebuild();
    void showMessage(const QString& text);

    SpecEditor* m_editor = nullptr;
    DistributionController* m_controller = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QSpinBox* m_sampleSize;
    QLineEdit* m_filter;
    QLabel* m_count;
    QLabel* m_message;
    QScrollArea* m_scroll;
    QWidget* m_groupsHost;
    QVBoxLayout* m_groupsLayout;
    QList<PropertyGroupWidget*> m_groups;
    QList<qsizetype> m_shown; ///< each group's place in data_property_variations
};
