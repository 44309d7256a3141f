#include "FieldMergeChoices.h"

#include "PlainToolTip.h"

#include <QButtonGroup>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>

namespace {

constexpr int kMineId = 0;
constexpr int kTheirsId = 1;
constexpr int kShownValueWidth = 360;

} // namespace

FieldMergeChoices::FieldMergeChoices(const QList<ThreeWayMerge::FieldConflict>& conflicts, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fieldMergeChoices"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    for (const ThreeWayMerge::FieldConflict& conflict : conflicts) {
        const int row = int(m_paths.size());
        m_paths << conflict.path;
        auto* name = new QLabel(conflict.path, this);
        name->setTextFormat(Qt::PlainText);
        name->setToolTip(PlainToolTip::of(
            tr("Was %1 in the base").arg(conflict.base.isEmpty() ? tr("(absent)") : QString::fromUtf8(conflict.base))));
        auto* group = new QButtonGroup(this);
        m_groups << group;
        const auto shown = [this](const QByteArray& value) {
            const QString text = value.isEmpty() ? tr("(removed)") : QString::fromUtf8(value);
            // A value's '&' is a character, not a mnemonic.
            return fontMetrics()
                .elidedText(text, Qt::ElideMiddle, kShownValueWidth)
                .replace(QLatin1Char('&'), QStringLiteral("&&"));
        };
        auto* mine = new QRadioButton(tr("Mine: %1").arg(shown(conflict.mine)), this);
        auto* theirs = new QRadioButton(tr("Theirs: %1").arg(shown(conflict.theirs)), this);
        mine->setObjectName(QStringLiteral("fieldMine_") + conflict.path);
        theirs->setObjectName(QStringLiteral("fieldTheirs_") + conflict.path);
        mine->setToolTip(PlainToolTip::of(QString::fromUtf8(conflict.mine)));
        theirs->setToolTip(PlainToolTip::of(QString::fromUtf8(conflict.theirs)));
        mine->setAccessibleName(tr("%1: use mine").arg(conflict.path));
        theirs->setAccessibleName(tr("%1: use theirs").arg(conflict.path));
        mine->setAccessibleDescription(QString::fromUtf8(conflict.mine));
        theirs->setAccessibleDescription(QString::fromUtf8(conflict.theirs));
        group->addButton(mine, kMineId);
        group->addButton(theirs, kTheirsId);
        connect(group, &QButtonGroup::idToggled, this, [this](int, bool on) {
            if (on) {
                Q_EMIT choicesChanged();
            }
        });
        grid->addWidget(name, row, 0);
        grid->addWidget(mine, row, 1);
        grid->addWidget(theirs, row, 2);
    }
}

QHash<QString, ThreeWayMerge::Side> FieldMergeChoices::choices() const
{
    QHash<QString, ThreeWayMerge::Side> chosen;
    for (qsizetype index = 0; index < m_paths.size(); ++index) {
        const int id = m_groups[index]->checkedId();
        if (id == kMineId || id == kTheirsId) {
            chosen.insert(m_paths[index], id == kMineId ? ThreeWayMerge::Side::Mine : ThreeWayMerge::Side::Theirs);
        }
    }
    return chosen;
}

void FieldMergeChoices::choose(const QString& path, ThreeWayMerge::Side side)
{
    const qsizetype index = m_paths.indexOf(path);
    if (index >= 0) {
        m_groups[index]->button(side == ThreeWayMerge::Side::Mine ? kMineId : kTheirsId)->setChecked(true);
    }
}

void FieldMergeChoices::setChoices(const QHash<QString, ThreeWayMerge::Side>& choices)
{
    for (qsizetype index = 0; index < m_paths.size(); ++index) {
        QButtonGroup* group = m_groups[index];
        const QSignalBlocker blocker(group);
        const auto chosen = choices.constFind(m_paths[index]);
        if (chosen == choices.cend()) {
            // A group lets go of its checked button only while it is not exclusive.
            group->setExclusive(false);
            for (QAbstractButton* button : group->buttons()) {
                button->setChecked(false);
            }
            group->setExclusive(true);
        } else {
            group->button(*chosen == ThreeWayMerge::Side::Mine ? kMineId : kTheirsId)->setChecked(true);
        }
    }
}
