#pragma once

#include <QFrame>
#include <QPointer>

#include <memory>
#include <vector>

class DistributionBar;
class DistributionController;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;
class ShareRow;
struct PropertyDistribution;

/// One property of the open spec in the distribution panel: its name, Σ badge and bar; its
/// problems with their fixes; a row per value; and its actions. Rows are built when the
/// group is first expanded, so a spec with hundreds of properties opens at once.
class PropertyGroupWidget : public QFrame
{
    Q_OBJECT

public:
    PropertyGroupWidget(DistributionController* controller, qsizetype property, QWidget* parent = nullptr);
    ~PropertyGroupWidget() override;

    /// Shows the controller's current state of this property.
    void refresh();
    void setSampleSize(qint64 sampleSize);
    void setExpanded(bool expanded);
    bool isExpanded() const;
    void showRefusal(const QString& reason);

    qsizetype rowCount() const { return qsizetype(m_rows.size()); }
    ShareRow* row(qsizetype index) const { return m_rows.at(size_t(index)).get(); }
    QLabel* sumBadge() const { return m_sum; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* refusalLabel() const { return m_refusal; }
    DistributionBar* bar() const { return m_bar; }
    QPushButton* equalizeButton() const { return m_equalize; }
    QPushButton* normalizeButton() const { return m_normalize; }
    QPushButton* addValueButton() const { return m_addValue; }
    QLineEdit* newValueEdit() const { return m_newValue; }
    QPushButton* fixButton() const { return m_fix; }

private:
    const PropertyDistribution& property() const;
    void rebuildRows();
    void showProblems();
    void startAddingValue();
    void commitNewValue();

    QPointer<DistributionController> m_controller; ///< goes with its editor, maybe before this group
    qsizetype m_property;
    qint64 m_sampleSize = 1000;
    QToolButton* m_expander;
    QLabel* m_sum;
    DistributionBar* m_bar;
    QLabel* m_problem;
    QPushButton* m_fix;
    QPushButton* m_secondFix;
    QLabel* m_refusal;
    QWidget* m_body;
    QGridLayout* m_grid;
    QPushButton* m_equalize;
    QPushButton* m_normalize;
    QPushButton* m_addValue;
    QLineEdit* m_newValue;
    std::vector<std::unique_ptr<ShareRow>> m_rows;
    QStringList m_rowValues; ///< the values the rows were built for
    bool m_rebuildQueued = false;
};
