#pragma once

#include "ShareSlider.h"

#include <QObject>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QToolButton;
class QWidget;
struct PropertyDistribution;

/// One value's row in a property group: name, slider, exact field, percentage, expected count,
/// lock and remove. It only shows and asks; the group's controller decides and writes.
class ShareRow : public QObject
{
    Q_OBJECT

public:
    /// Adds the row's widgets to `grid` at `row`.
    ShareRow(QGridLayout* grid, int row, qsizetype index, QWidget* parent);
    ~ShareRow() override;

    struct State
    {
        QString property;
        QString value;
        QString written;
        std::optional<qint64> units;
        int decimals = 0;
        qint64 total = 100;
        double percent = 0; ///< of the property's actual sum
        std::optional<qint64> expectedCount;
        bool locked = false;
        bool listed = true;
        QString problem;
    };
    void show(const State& state);

    QSlider* slider() const { return m_slider; }
    QDoubleSpinBox* field() const { return m_field; }
    QToolButton* lockButton() const { return m_lock; }
    QToolButton* removeButton() const { return m_remove; }
    QLabel* percentLabel() const { return m_percent; }
    QLabel* countLabel() const { return m_count; }

Q_SIGNALS:
    /// The user moved the slider or typed a value, in the property's units.
    void moved(qsizetype index, qint64 units);
    void dragStarted();
    void dragFinished();
    void lockToggled(qsizetype index, bool locked);
    void removeRequested(qsizetype index);

private:
    qsizetype m_index;
    QLabel* m_name;
    ShareSlider* m_slider;
    QDoubleSpinBox* m_field;
    QLabel* m_percent;
    QLabel* m_count;
    QToolButton* m_lock;
    QToolButton* m_remove;
    qint64 m_scale = 1;
    bool m_showing = false; ///< true while show() sets the controls, so they do not echo back
};
