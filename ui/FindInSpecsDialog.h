#pragma once

#include "SpecSearch.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
class SpecSearcher;

/// Edit ▸ Find in All Specs: a piece of text searched in every spec of the workspace as it is
/// typed, the places listed by connection and spec; Enter opens the spec at the place.
class FindInSpecsDialog : public QDialog
{
    Q_OBJECT

public:
    FindInSpecsDialog(const QString& workspaceDirectory, QWidget* parent = nullptr);

    QLineEdit* queryEdit() const { return m_query; }
    QTreeWidget* results() const { return m_results; }
    QString summary() const;

Q_SIGNALS:
    /// The user chose a place: the spec, and the byte offset of the match in its text.
    void openRequested(qint64 specId, qint64 offset);
    /// A search's places are listed (tests wait for it).
    void resultsShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void startSearch();
    void showResult(quint64 number, const SpecSearch::Result& result);
    void openItem(QTreeWidgetItem* item);

    SpecSearcher* m_searcher;
    QLineEdit* m_query;
    QLabel* m_summary;
    QTreeWidget* m_results;
    /// Typing waits this long for the next key before searching.
    QTimer m_typingPause;
    quint64 m_waitingFor = 0;
};
