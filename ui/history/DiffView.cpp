#include "DiffView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

QWidget* titled(QLabel* title, DiffPane* pane, QWidget* parent)
{
    auto* side = new QWidget(parent);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    title->setTextFormat(Qt::PlainText);
    title->setBuddy(pane);
    layout->addWidget(title);
    layout->addWidget(pane);
    return side;
}

} // namespace

DiffView::DiffView(QWidget* parent)
    : QWidget(parent)
    , m_olderTitle(new QLabel(this))
    , m_newerTitle(new QLabel(this))
    , m_position(new QLabel(this))
    , m_previousButton(new QPushButton(tr("&Previous Change"), this))
    , m_nextButton(new QPushButton(tr("&Next Change"), this))
    , m_inlineButton(new QPushButton(tr("&Inline"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_older(new DiffPane(this))
    , m_newer(new DiffPane(this))
    , m_newerSide(nullptr)
    , m_nextAction(new QAction(tr("Next Change"), this))
    , m_previousAction(new QAction(tr("Previous Change"), this))
{
    m_previousButton->setObjectName(QStringLiteral("previousChangeButton"));
    m_previousButton->setToolTip(tr("Previous change (Shift+F7)"));
    m_nextButton->setObjectName(QStringLiteral("nextChangeButton"));
    m_nextButton->setToolTip(tr("Next change (F7)"));
    m_inlineButton->setObjectName(QStringLiteral("inlineDiffButton"));
    m_inlineButton->setCheckable(true);
    m_inlineButton->setToolTip(tr("Show both versions in one pane, removed lines above added ones"));
    m_position->setObjectName(QStringLiteral("diffPositionLabel"));
    // Long hints wrap instead of widening the dock.
    m_position->setWordWrap(true);
    m_position->setMinimumWidth(1);
    m_older->setObjectName(QStringLiteral("olderDiffPane"));
    m_older->setAccessibleName(tr("Older version"));
    m_newer->setObjectName(QStringLiteral("newerDiffPane"));
    m_newer->setAccessibleName(tr("Newer version"));

    m_nextAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    for (QAction* action : {m_nextAction, m_previousAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_nextAction, &QAction::triggered, this, &DiffView::nextChange);
    connect(m_previousAction, &QAction::triggered, this, &DiffView::previousChange);
    connect(m_nextButton, &QPushButton::clicked, this, &DiffView::nextChange);
    connect(m_previousButton, &QPushButton::clicked, this, &DiffView::previousChange);
    connect(m_inlineButton, &QPushButton::toggled, this, &DiffView::setInline);

    m_splitter->addWidget(titled(m_olderTitle, m_older, m_splitter));
    m_newerSide = titled(m_newerTitle, m_newer, m_splitter);
    m_splitter->addWidget(m_newerSide);
    m_splitter->setChildrenCollapsible(false);
    connect(m_older->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { followScroll(m_older, m_newer); });
    connect(m_newer->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { followScroll(m_newer, m_older); });
    connect(
        m_older->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this] { followScroll(m_older, m_newer); });
    connect(
        m_newer->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this] { followScroll(m_newer, m_older); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previousButton);
    buttons->addWidget(m_nextButton);
    buttons->addStretch(1);
    buttons->addWidget(m_inlineButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    // On a line of its own: between the buttons of a narrow dock it wrapped to four lines.
    layout->addWidget(m_position);
    layout->addWidget(m_splitter, 1);
    clear(tr("Select two entries to compare them, or one and choose Compare with Editor."));
}

QList<QAction*> DiffView::navigationActions() const
{
    return {m_nextAction, m_previousAction};
}

void DiffView::showDiff(TextDiff diff, const QString& olderTitle, const QString& newerTitle)
{
    m_diff = std::move(diff);
    m_olderName = olderTitle;
    m_newerName = newerTitle;
    m_current = 0;
    m_older->setAccessibleName(tr("Older version: %1").arg(olderTitle));
    m_newer->setAccessibleName(tr("Newer version: %1").arg(newerTitle));
    rebuild();
}

void DiffView::clear(const QString& message)
{
    m_diff = {};
    m_olderName.clear();
    m_newerName.clear();
    m_current = -1;
    rebuild();
    m_position->setText(message);
}

void DiffView::setInline(bool inlineView)
{
    if (m_inline == inlineView) {
        return;
    }
    m_inline = inlineView;
    m_inlineButton->setChecked(inlineView);
    rebuild();
}

void DiffView::rebuild()
{
    const QList<TextDiff::Line>& lines = m_diff.lines;
    m_rowOfLine = QList<int>(lines.size(), 0);
    QList<DiffPane::Row> older;
    QList<DiffPane::Row> newer;
    if (m_inline) {
        for (int i = 0; i < lines.size(); ++i) {
            older.append({&lines.at(i), lines.at(i).oldNumber, lines.at(i).newNumber});
            m_rowOfLine[i] = i;
        }
    } else {
        // A change's removed and added lines pair up row by row; blank fillers pad the shorter side.
        QList<int> removed;
        QList<int> added;
        const auto flush = [&] {
            const qsizetype rows = std::max(removed.size(), added.size());
            for (qsizetype k = 0; k < rows; ++k) {
                const int row = int(older.size());
                if (k < removed.size()) {
                    older.append({&lines.at(removed.at(k)), lines.at(removed.at(k)).oldNumber, 0});
                    m_rowOfLine[removed.at(k)] = row;
                } else {
                    older.append(DiffPane::Row {});
                }
                if (k < added.size()) {
                    newer.append({&lines.at(added.at(k)), lines.at(added.at(k)).newNumber, 0});
                    m_rowOfLine[added.at(k)] = row;
                } else {
                    newer.append(DiffPane::Row {});
                }
            }
            removed.clear();
            added.clear();
        };
        for (int i = 0; i < lines.size(); ++i) {
            switch (lines.at(i).type) {
            case TextDiff::Line::Type::Same:
                flush();
                m_rowOfLine[i] = int(older.size());
                older.append({&lines.at(i), lines.at(i).oldNumber, 0});
                newer.append({&lines.at(i), lines.at(i).newNumber, 0});
                break;
            case TextDiff::Line::Type::Removed:
                removed.append(i);
                break;
            case TextDiff::Line::Type::Added:
                added.append(i);
                break;
            }
        }
        flush();
    }
    m_older->setRows(older, m_inline);
    m_newer->setRows(newer, false);
    m_newerSide->setVisible(!m_inline);
    m_older->setAccessibleDescription(m_inline ? tr("Both texts, removed lines above added ones; F7: next change.")
                                               : tr("The older text, removed lines marked; F7: next change."));
    m_newer->setAccessibleDescription(tr("The newer text, added lines marked; F7: next change."));
    m_olderTitle->setText(m_inline && !m_newerName.isEmpty() ? tr("%1 → %2").arg(m_olderName, m_newerName)
                                                             : m_olderName);
    m_newerTitle->setText(m_newerName);
    showChange(changeCount() > 0 ? std::clamp(m_current, 0, changeCount() - 1) : -1);
}

void DiffView::showChange(int change)
{
    m_current = change;
    if (change >= 0) {
        const int row = m_rowOfLine.value(m_diff.changeStarts.at(change));
        m_older->showRow(row);
        if (!m_inline) {
            m_newer->showRow(row);
        }
    }
    updateNavigation();
}

void DiffView::showLines(int olderLine, int newerLine)
{
    for (qsizetype index = 0; index < m_diff.lines.size(); ++index) {
        const TextDiff::Line& line = m_diff.lines.at(index);
        if ((line.oldNumber > 0 && line.oldNumber - 1 >= olderLine)
            || (line.newNumber > 0 && line.newNumber - 1 >= newerLine)) {
            const int row = m_rowOfLine.value(index);
            m_older->showRow(row);
            if (!m_inline) {
                m_newer->showRow(row);
            }
            return;
        }
    }
}

void DiffView::nextChange()
{
    if (m_current + 1 < changeCount()) {
        showChange(m_current + 1);
    }
}

void DiffView::previousChange()
{
    if (m_current > 0) {
        showChange(m_current - 1);
    }
}

void DiffView::updateNavigation()
{
    const int count = changeCount();
    m_nextButton->setEnabled(m_current + 1 < count);
    m_previousButton->setEnabled(m_current > 0);
    m_nextAction->setEnabled(m_nextButton->isEnabled());
    m_previousAction->setEnabled(m_previousButton->isEnabled());
    if (m_diff.lines.isEmpty()) {
        m_position->clear();
    } else if (count == 0) {
        m_position->setText(tr("No differences."));
    } else {
        m_position->setText(tr("Change %1 of %2 (−%3 +%4 lines)")
                                .arg(m_current + 1)
                                .arg(count)
                                .arg(m_diff.removedCount())
                                .arg(m_diff.addedCount()));
    }
}

void DiffView::followScroll(DiffPane* from, DiffPane* to)
{
    if (m_inline || m_following) {
        return;
    }
    m_following = true;
    to->verticalScrollBar()->setValue(from->verticalScrollBar()->value());
    to->horizontalScrollBar()->setValue(from->horizontalScrollBar()->value());
    m_following = false;
}
