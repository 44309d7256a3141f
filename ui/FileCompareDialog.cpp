#include "FileCompareDialog.h"

#include "DiffView.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

FileCompareDialog::FileCompareDialog(QWidget* parent)
    : QDialog(parent)
    , m_diff(new DiffView(this))
{
    setObjectName(QStringLiteral("fileCompareDialog"));
    setAccessibleName(tr("Compare with the file on disk"));
    setAccessibleDescription(tr("The file's text on disk beside the text in the editor."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* reload = buttons->addButton(tr("&Reload from Disk"), QDialogButtonBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("compareReloadButton"));
    reload->setAccessibleDescription(
        tr("Replaces the editor's text with the file's, as one step that Undo takes back."));
    reload->setToolTip(reload->accessibleDescription());
    QPushButton* keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("compareKeepMineButton"));
    keepMine->setAccessibleDescription(tr("Keeps the editor's text; the next Save writes it over the file."));
    keepMine->setToolTip(keepMine->accessibleDescription());
    QPushButton* closeButton = buttons->button(QDialogButtonBox::Close);
    closeButton->setAccessibleDescription(tr("Closes this view and decides nothing yet."));
    closeButton->setToolTip(closeButton->accessibleDescription());
    // Enter decides nothing: choosing takes a click or Alt+letter.
    closeButton->setDefault(true);
    reload->setAutoDefault(false);
    keepMine->setAutoDefault(false);
    connect(reload, &QPushButton::clicked, this, [this] {
        Q_EMIT reloadChosen();
        close();
    });
    connect(keepMine, &QPushButton::clicked, this, [this] {
        Q_EMIT keepMineChosen();
        close();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
}

void FileCompareDialog::showTexts(const QString& fileName, const QByteArray& diskText, const QByteArray& editorText)
{
    setWindowTitle(tr("%1: Disk and Editor").arg(fileName));
    m_diff->showDiff(TextDiff::compute(diskText, editorText), tr("On disk"), tr("In the editor"));
}
