#include "FindInSpecsDialog.h"

#include "SpecSearcher.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kTypingPauseMs = 200;
constexpr int kSpecIdRole = Qt::UserRole;
constexpr int kOffsetRole = Qt::UserRole + 1;
} // namespace

FindInSpecsDialog::FindInSpecsDialog(const QString& workspaceDirectory, QWidget* parent)
    : QDialog(parent)
    , m_searcher(new SpecSearcher(workspaceDirectory, this))
    , m_query(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("findInSpecsDialog"));
    setWindowTitle(tr("Find in All Specs"));
    m_query->setObjectName(QStringLiteral("findInSpecsQuery"));
    m_query->setPlaceholderText(tr("Text to find in every spec, as written"));
    m_query->setAccessibleName(tr("Text to find"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_summary->setObjectName(QStringLiteral("findInSpecsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Type at least one character. Case is ignored."));
    m_results->setObjectName(QStringLiteral("findInSpecsResults"));
    m_results->setAccessibleName(tr("Places found"));
    m_results->setAccessibleDescription(tr("By connection and spec; Enter opens the spec at the place."));
    m_results->setHeaderLabels({tr("Place"), tr("Line")});
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->installEventFilter(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(720, 520);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(kTypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &FindInSpecsDialog::startSearch);
    connect(m_query, &QLineEdit::textChanged, this, [this] { m_typingPause.start(); });
    connect(m_searcher, &SpecSearcher::found, this, &FindInSpecsDialog::showResult);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { openItem(item); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString FindInSpecsDialog::summary() const
{
    return m_summary->text();
}

bool FindInSpecsDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        // Down (or Enter) in the text goes to the first place; Enter on a place opens it.
        if (watched == m_query && (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter)) {
            if (m_typingPause.isActive()) {
                m_typingPause.stop();
                startSearch();
            }
            if (m_results->topLevelItemCount() > 0) {
                m_results->setFocus();
                QTreeWidgetItem* first = m_results->topLevelItem(0);
                while (first->childCount() > 0) {
                    first = first->child(0);
                }
                m_results->setCurrentItem(first);
            }
            return true;
        }
        if (watched == m_results && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            openItem(m_results->currentItem());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void FindInSpecsDialog::startSearch()
{
    m_typingPause.stop();
    const QString text = m_query->text();
    if (text.isEmpty()) {
        m_waitingFor = 0;
        m_results->clear();
        m_summary->setText(tr("Type at least one character. Case is ignored."));
        return;
    }
    m_summary->setText(tr("Searching…"));
    m_waitingFor = m_searcher->search(text);
}

void FindInSpecsDialog::showResult(quint64 number, const SpecSearch::Result& result)
{
    if (number != m_waitingFor) {
        return; // typed over
    }
    m_results->clear();
    if (!result.error.isEmpty()) {
        m_summary->setText(tr("The workspace could not be searched: %1").arg(result.error));
        Q_EMIT resultsShown();
        return;
    }
    QTreeWidgetItem* collection = nullptr;
    QTreeWidgetItem* spec = nullptr;
    int specs = 0;
    for (const SearchHit& hit : result.hits) {
        if (collection == nullptr || collection->text(0) != hit.collection) {
            collection = new QTreeWidgetItem(m_results, {hit.collection});
            QFont bold = collection->font(0);
            bold.setBold(true);
            collection->setFont(0, bold);
            collection->setFirstColumnSpanned(true);
            spec = nullptr;
        }
        if (spec == nullptr || spec->data(0, kSpecIdRole).toLongLong() != hit.specId) {
            spec = new QTreeWidgetItem(collection, {hit.title});
            spec->setData(0, kSpecIdRole, hit.specId);
            spec->setData(0, kOffsetRole, hit.offset);
            ++specs;
        }
        auto* place = new QTreeWidgetItem(spec, {hit.lineText, QString::number(hit.line)});
        place->setData(0, kSpecIdRole, hit.specId);
        place->setData(0, kOffsetRole, hit.offset);
        place->setToolTip(0, tr("Line %1, column %2").arg(hit.line).arg(hit.column));
        place->setData(0, Qt::AccessibleTextRole, tr("Line %1: %2").arg(hit.line).arg(hit.lineText));
    }
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_results->topLevelItem(i);
        group->setExpanded(true);
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem* item = group->child(j);
            item->setText(0, tr("%1 (%n place(s))", nullptr, item->childCount()).arg(item->text(0)));
            item->setExpanded(true);
        }
    }
    if (result.hits.isEmpty()) {
        m_summary->setText(tr("No spec holds “%1”.").arg(m_query->text()));
    } else if (result.truncated) {
        m_summary->setText(
            tr("The first %n place(s) are shown; narrow the text to see the rest.", nullptr, int(result.hits.size())));
    } else {
        m_summary->setText(tr("%n place(s) in %1 spec(s).", nullptr, int(result.hits.size())).arg(specs));
    }
    Q_EMIT resultsShown();
}

void FindInSpecsDialog::openItem(QTreeWidgetItem* item)
{
    if (item == nullptr || !item->data(0, kSpecIdRole).isValid()) {
        return;
    }
    Q_EMIT openRequested(item->data(0, kSpecIdRole).toLongLong(), item->data(0, kOffsetRole).toLongLong());
}
