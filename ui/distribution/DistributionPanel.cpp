#include "DistributionPanel.h"

#include "DistributionController.h"
#include "PropertyGroupWidget.h"
#include "SpecEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

DistributionPanel::DistributionPanel(QWidget* parent)
    : QWidget(parent)
    , m_sampleSize(new QSpinBox(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_groupsHost(new QWidget(m_scroll))
    , m_groupsLayout(new QVBoxLayout(m_groupsHost))
{
    m_sampleSize->setObjectName(QStringLiteral("sampleSizeBox"));
    m_sampleSize->setRange(1, 1'000'000'000);
    m_sampleSize->setValue(1000);
    m_sampleSize->setGroupSeparatorShown(true);
    // The unit is part of the text, so a screen reader says "1,000 rows", not a bare number.
    m_sampleSize->setSuffix(tr(" rows"));
    m_sampleSize->setAccessibleName(tr("Sample size for expected counts"));
    m_sampleSize->setToolTip(tr("How many rows to generate: each value shows how many of them to expect."));
    auto* sampleLabel = new QLabel(tr("&Sample size:"), this);
    sampleLabel->setBuddy(m_sampleSize);

    m_filter->setObjectName(QStringLiteral("propertyFilter"));
    m_filter->setPlaceholderText(tr("Filter properties"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter properties by name"));
    m_filter->setAccessibleDescription(tr("Shows only the properties whose name contains the typed text."));
    m_count->setObjectName(QStringLiteral("propertyCount"));
    m_count->setWordWrap(true);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(QStringLiteral("distributionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(12);

    m_groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_groupsLayout->addStretch();
    m_scroll->setWidget(m_groupsHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Its rows take the focus and it scrolls to them; a stop on the frame would show nothing.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setAccessibleName(tr("Properties"));
    m_scroll->setAccessibleDescription(tr("One group per property of the spec, each with a slider per value."));

    auto* top = new QHBoxLayout;
    top->addWidget(sampleLabel);
    top->addWidget(m_sampleSize);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_count);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);

    connect(m_sampleSize, &QSpinBox::valueChanged, this, [this](int value) {
        for (PropertyGroupWidget* group : std::as_const(m_groups)) {
            group->setSampleSize(value);
        }
        Q_EMIT sampleSizeChanged(value);
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (m_controller) {
            m_controller->setNameFilter(m_filter->text().trimmed()); // emits reset() once read
        } else {
            rebuild();
        }
    });
    setEditor(nullptr);
}

void DistributionPanel::setSampleSize(qint64 sampleSize)
{
    m_sampleSize->setValue(int(std::clamp<qint64>(sampleSize, 1, m_sampleSize->maximum())));
}

qint64 DistributionPanel::sampleSize() const
{
    return m_sampleSize->value();
}

void DistributionPanel::setEditor(SpecEditor* editor)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    if (m_controller) {
        m_controller->endDrag();
    }
    m_editor = editor;
    m_controller = editor ? DistributionController::of(editor) : nullptr;
    // Groups belong to one controller: start afresh.
    for (PropertyGroupWidget* group : std::as_const(m_groups)) {
        group->hide();
        group->deleteLater();
    }
    m_groups.clear();
    m_shown.clear();
    if (m_controller) {
        m_connections << connect(m_controller, &DistributionController::reset, this, &DistributionPanel::rebuild)
                      << connect(m_controller,
                                 &DistributionController::propertyChanged,
                                 this,
                                 [this](qsizetype property) {
                                     if (PropertyGroupWidget* group = m_groups.value(property)) {
                                         group->refresh();
                                     }
                                 })
                      << connect(m_controller,
                                 &DistributionController::refused,
                                 this,
                                 [this](qsizetype property, const QString& reason) {
                                     if (PropertyGroupWidget* group = m_groups.value(property)) {
                                         group->showRefusal(reason);
                                     } else {
                                         showMessage(reason);
                                     }
                                 })
                      << connect(editor, &QObject::destroyed, this, [this] {
                             m_controller = nullptr;
                             setEditor(nullptr);
                         });
        m_controller->setNameFilter(m_filter->text().trimmed());
    }
    rebuild();
}

void DistributionPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void DistributionPanel::rebuild()
{
    const auto showState = [this](const QString& message, bool keepGroups) {
        showMessage(message);
        m_scroll->setVisible(keepGroups && !m_groups.isEmpty());
        m_filter->setVisible(keepGroups && !m_groups.isEmpty());
        m_count->setVisible(keepGroups && !m_groups.isEmpty());
    };
    if (!m_controller) {
        showState(tr("No spec is open. Open a DataFramer spec to shape its distributions."), false);
        return;
    }
    const DistributionSet& set = m_controller->distributions();
    switch (set.state) {
    case DistributionSet::State::NoSpec:
        showState(tr("Reading the spec…"), true);
        return;
    case DistributionSet::State::NotParsed:
        // Keep the last good groups in sight, but frozen: the text is the truth and it is broken.
        showState(tr("The text does not parse, so the distributions cannot be read.\n%1").arg(set.reason), true);
        m_groupsHost->setEnabled(false);
        return;
    case DistributionSet::State::NotDataFramer:
    case DistributionSet::State::NoVariations:
        showState(set.reason, false);
        return;
    case DistributionSet::State::Ready:
        break;
    }
    showMessage(QString());
    m_scroll->show();
    m_groupsHost->setEnabled(true);

    // The controller reads only the properties shown: the first page of those the filter matches.
    QList<qsizetype> shown;
    qsizetype values = 0;
    for (const PropertyDistribution& property : set.properties) {
        shown << property.index;
        values += property.shares.size();
    }
    m_filter->setVisible(set.propertyCount > 1);
    m_count->setVisible(shown.size() < set.propertyCount);
    if (shown.size() < set.matchingCount) {
        m_count->setText(tr("Showing the first %1 of %2 matching properties; filter to find the others.")
                             .arg(shown.size())
                             .arg(set.matchingCount));
    } else {
        m_count->setText(tr("%1 of %2 properties match.").arg(set.matchingCount).arg(set.propertyCount));
    }
    if (shown != m_shown) {
        for (PropertyGroupWidget* group : std::as_const(m_groups)) {
            group->hide();
            group->deleteLater(); // it may be the sender of the signal that led here
        }
        m_groups.clear();
        m_shown = shown;
        for (qsizetype property = 0; property < shown.size(); ++property) {
            auto* group = new PropertyGroupWidget(m_controller, property, m_groupsHost);
            group->setSampleSize(sampleSize());
            m_groupsLayout->insertWidget(m_groupsLayout->count() - 1, group);
            m_groups << group;
            if (values <= kExpandAllUpTo) {
                group->setExpanded(true);
            }
        }
        Q_EMIT groupsShown();
        return;
    }
    for (PropertyGroupWidget* group : std::as_const(m_groups)) {
        group->refresh();
    }
    Q_EMIT groupsShown();
}
