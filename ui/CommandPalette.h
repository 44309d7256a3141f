#pragma once

#include "ActionCatalog.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;

/// Ctrl+Shift+P: finds any command of the window by name, as you type, and runs it with Enter.
/// Every word typed must appear in the command's name or menu; names that start with the query
/// come first, and commands that cannot run right now are listed greyed, last.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    CommandPalette(const QList<CatalogEntry>& entries, QWidget* parent = nullptr);

    QLineEdit* queryEdit() const { return m_query; }
    QTreeWidget* resultList() const { return m_results; }
    /// The commands shown for the current query, best first.
    QList<QAction*> shownActions() const;

    /// How well `query` matches an entry: -1 when it does not, higher is better.
    static int matchScore(const CatalogEntry& entry, const QString& query);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refill();
    void runCurrent();

    QList<CatalogEntry> m_entries;
    QLineEdit* m_query;
    QTreeWidget* m_results;
};
