#include "CommandPalette.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kActionRole = Qt::UserRole + 1;
constexpr int kPaletteWidth = 560;
constexpr int kPaletteHeight = 360;
} // namespace

CommandPalette::CommandPalette(const QList<CatalogEntry>& entries, QWidget* parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_query(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command Palette"));
    m_query->setObjectName(QStringLiteral("commandPaletteQuery"));
    m_query->setPlaceholderText(tr("Type a command, e.g. “sync all”"));
    m_query->setAccessibleName(tr("Command"));
    m_query->setAccessibleDescription(tr("Type part of a command's name; Up and Down choose, Enter runs it."));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);

    m_results->setObjectName(QStringLiteral("commandPaletteResults"));
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("Command"), tr("Shortcut"), tr("Menu")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(false);
    m_results->setAccessibleName(tr("Matching commands"));
    m_results->setAccessibleDescription(tr("Commands whose name matches what you typed; Enter runs one."));
    // Typing belongs in the query box; the list is reached with the arrow keys from there.
    m_results->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results);
    resize(kPaletteWidth, kPaletteHeight);

    connect(m_query, &QLineEdit::textChanged, this, &CommandPalette::refill);
    connect(m_query, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_results, &QTreeWidget::itemActivated, this, &CommandPalette::runCurrent);
    refill();
}

int CommandPalette::matchScore(const CatalogEntry& entry, const QString& query)
{
    const QString name = entry.name.toCaseFolded();
    const QString where = entry.menuPath.toCaseFolded();
    const QString wanted = query.simplified().toCaseFolded();
    if (wanted.isEmpty()) {
        return 0;
    }
    int score = 0;
    for (const QString& word : wanted.split(QLatin1Char(' '))) {
        const qsizetype inName = name.indexOf(word);
        if (inName == 0) {
            score += 30;
        } else if (inName > 0 && !name.at(inName - 1).isLetterOrNumber()) {
            score += 20; // the start of a later word: "all" in "Sync All"
        } else if (inName > 0) {
            score += 10;
        } else if (where.contains(word)) {
            score += 5;
        } else {
            return -1;
        }
    }
    if (name.startsWith(wanted)) {
        score += 50;
    }
    // Shorter names are the closer match when the words score alike.
    return score * 100 - static_cast<int>(std::min<qsizetype>(name.size(), 99));
}

void CommandPalette::refill()
{
    struct Match
    {
        int score;
        const CatalogEntry* entry;
    };
    QList<Match> matches;
    for (const CatalogEntry& entry : std::as_const(m_entries)) {
        const int score = matchScore(entry, m_query->text());
        if (score >= 0) {
            matches.append({score, &entry});
        }
    }
    std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        const bool aEnabled = a.entry->action->isEnabled();
        const bool bEnabled = b.entry->action->isEnabled();
        return aEnabled != bEnabled ? aEnabled : a.score > b.score;
    });
    m_results->clear();
    for (const Match& match : std::as_const(matches)) {
        QAction* action = match.entry->action;
        auto* item = new QTreeWidgetItem(
            m_results,
            {match.entry->name, action->shortcut().toString(QKeySequence::NativeText), match.entry->menuPath});
        item->setData(0, kActionRole, QVariant::fromValue(static_cast<QObject*>(action)));
        item->setIcon(0, action->icon());
        if (!action->isEnabled()) {
            item->setDisabled(true);
            item->setToolTip(0, tr("Not available right now."));
        }
    }
    m_results->setCurrentItem(m_results->topLevelItem(0));
}

QList<QAction*> CommandPalette::shownActions() const
{
    QList<QAction*> actions;
    for (int row = 0; row < m_results->topLevelItemCount(); ++row) {
        actions.append(qobject_cast<QAction*>(m_results->topLevelItem(row)->data(0, kActionRole).value<QObject*>()));
    }
    return actions;
}

void CommandPalette::runCurrent()
{
    QTreeWidgetItem* item = m_results->currentItem();
    QPointer<QAction> action = item ? qobject_cast<QAction*>(item->data(0, kActionRole).value<QObject*>()) : nullptr;
    if (!action || !action->isEnabled()) {
        return;
    }
    accept();
    // After the palette is gone, so the command finds the keyboard where the user left it.
    QTimer::singleShot(0, action, [action] {
        if (action) {
            action->trigger();
        }
    });
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // The arrows move through the results while the caret stays in the query.
            QKeyEvent forwarded(key->type(), key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_results, &forwarded);
            return true;
        }
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}
