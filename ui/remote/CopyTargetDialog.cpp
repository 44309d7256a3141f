#include "CopyTargetDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

CopyTargetDialog::CopyTargetDialog(const QString& sourceTitle, const QList<CopyTarget>& targets, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("copyTargetDialog"));
    setWindowTitle(tr("Copy “%1” to Connection").arg(sourceTitle));
    auto* explanation = new QLabel(tr("The spec the copy goes onto, as its draft. Nothing is sent until you sync it; "
                                      "Undo in its editor brings its text back."),
                                   this);
    explanation->setWordWrap(true);
    auto* label = new QLabel(tr("&Copy onto:"), this);
    label->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("copyTargetList"));
    m_list->setAccessibleName(tr("Specs to copy onto"));
    for (const CopyTarget& target : targets) {
        auto* item = new QListWidgetItem(tr("%1 ▸ %2").arg(target.connectionName, target.title), m_list);
        item->setData(Qt::UserRole, target.specId);
    }
    m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

qint64 CopyTargetDialog::chosenSpecId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 CopyTargetDialog::choose(const QString& sourceTitle, const QList<CopyTarget>& targets, QWidget* parent)
{
    CopyTargetDialog dialog(sourceTitle, targets, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosenSpecId() : 0;
}
