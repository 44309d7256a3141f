#include "FileCompareDialog.h"

#include "DiffView.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

FileCompareDialog::FileCompareDialog(QWidget* parent, Source source)
    : QDialog(parent)
    , m_source(source)
    , m_diff(new DiffView(this))
{
    const bool disk = source == Source::Disk;
    setObjectName(disk ? QStringLiteral("fileCompareDialog") : QStringLiteral("workspaceCompareDialog"));
    setAccessibleName(disk ? tr("Compare with the file on disk") : tr("Compare with the workspace"));
    setAccessibleDescription(disk ? tr("The file's text on disk beside the text in the editor.")
                                  : tr("The text another SpecDesk process stored beside the text in the editor."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* reload = buttons->addButton(disk ? tr("&Reload from Disk") : tr("&Reload from Workspace"),
                                             QDialogButtonBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("compareReloadButton"));
    reload->setAccessibleDescription(
        disk ? tr("Replaces the editor's text with the file's, as one step that Undo takes back.")
             : tr("Replaces the editor's text with the workspace's, as one step that Undo takes back."));
    reload->setToolTip(reload->accessibleDescription());
    QPushButton* keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("compareKeepMineButton"));
    keepMine->setAccessibleDescription(disk ? tr("Keeps the editor's text; the next Save writes it over the file.")
                                            : tr("Keeps the editor's text; it is saved over the other change."));
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

void FileCompareDialog::showTexts(const QString& name, const QByteArray& otherText, const QByteArray& editorText)
{
    const bool disk = m_source == Source::Disk;
    setWindowTitle(disk ? tr("%1: Disk and Editor").arg(name) : tr("%1: Workspace and Editor").arg(name));
    m_diff->showDiff(
        TextDiff::compute(otherText, editorText), disk ? tr("On disk") : tr("In the workspace"), tr("In the editor"));
}
