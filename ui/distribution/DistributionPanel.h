#pragma once

#include <QWidget>

class DistributionController;
class PropertyGroupWidget;
class QLabel;
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

    qsizetype groupCount() const { return m_groups.size(); }
    PropertyGroupWidget* group(qsizetype index) const { return m_groups.value(index); }
    QLabel* messageLabel() const { return m_message; }
    QSpinBox* sampleSizeBox() const { return m_sampleSize; }

    /// Above this many values in all, groups start collapsed (their rows are built on demand).
    static constexpr qsizetype kExpandAllUpTo = 200;

Q_SIGNALS:
    void sampleSizeChanged(qint64 sampleSize);

private:
    void rebuild();
    void showMessage(const QString& text);

    SpecEditor* m_editor = nullptr;
    DistributionController* m_controller = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QSpinBox* m_sampleSize;
    QLabel* m_message;
    QScrollArea* m_scroll;
    QWidget* m_groupsHost;
    QVBoxLayout* m_groupsLayout;
    QList<PropertyGroupWidget*> m_groups;
};
