#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QListWidget;

/// A spec of another connection that a spec can be copied onto.
struct CopyTarget
{
    qint64 specId = 0;
    QString connectionName;
    QString title;
};

/// Copy to Connection: the specs of the same kind on the other connections of the same API,
/// listed as "Connection ▸ Spec", to pick the one whose draft the copy becomes.
class CopyTargetDialog : public QDialog
{
    Q_OBJECT

public:
    CopyTargetDialog(const QString& sourceTitle, const QList<CopyTarget>& targets, QWidget* parent = nullptr);

    /// The chosen spec; 0 when none is chosen.
    qint64 chosenSpecId() const;

    /// Asks the user; 0 when they cancel.
    static qint64 choose(const QString& sourceTitle, const QList<CopyTarget>& targets, QWidget* parent);

private:
    QListWidget* m_list;
};
