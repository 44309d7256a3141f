#include "FileChangeBanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

FileChangeBanner::FileChangeBanner(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("fileChangeBanner"));
    setAutoFillBackground(true);
    setAccessibleDescription(tr("The file of this tab changed on disk; choose what to keep."));
    m_text->setObjectName(QStringLiteral("fileChangeBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleDescription(tr("What happened to this tab's file on disk."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    // Mnemonics stay clear of the menu bar's (File, Edit, Spec, View, Remote, Help), the sync
    // banner's and the History panel's diff buttons, so Alt+letter reaches each button from the
    // editor.
    m_reloadButton = addButton(tr("Rel&oad"),
                               QStringLiteral("reloadFromDiskButton"),
                               tr("Replaces the text with the file's, as one step that Undo takes back."));
    m_keepMineButton = addButton(tr("&Keep Mine"),
                                 QStringLiteral("keepMineButton"),
                                 tr("Keeps this text; the next Save writes it over the file's new text."));
    m_compareButton = addButton(tr("Co&mpare…"),
                                QStringLiteral("compareWithDiskButton"),
                                tr("Shows the file's text beside this text, with the differences marked."));
    m_saveAgainButton = addButton(
        tr("Save A&gain"), QStringLiteral("saveAgainButton"), tr("Writes this text back to the file's old place."));
    m_saveAsButton = addButton(
        tr("Save &As…"), QStringLiteral("bannerSaveAsButton"), tr("Writes this text to a file you choose."));
    m_dismissButton = addButton(
        tr("&Dismiss"), QStringLiteral("dismissFileBannerButton"), tr("Hides this message; the text stays as it is."));
    hide();

    connect(m_reloadButton, &QPushButton::clicked, this, &FileChangeBanner::reloadRequested);
    connect(m_keepMineButton, &QPushButton::clicked, this, &FileChangeBanner::keepMineRequested);
    connect(m_compareButton, &QPushButton::clicked, this, &FileChangeBanner::compareRequested);
    connect(m_saveAgainButton, &QPushButton::clicked, this, &FileChangeBanner::saveAgainRequested);
    connect(m_saveAsButton, &QPushButton::clicked, this, &FileChangeBanner::saveAsRequested);
    connect(m_dismissButton, &QPushButton::clicked, this, &QWidget::hide);
}

QPushButton* FileChangeBanner::addButton(const QString& text, const QString& objectName, const QString& description)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    describe(button, description);
    layout()->addWidget(button);
    static_cast<QHBoxLayout*>(layout())->setAlignment(button, Qt::AlignVCenter);
    return button;
}

void FileChangeBanner::describe(QPushButton* button, const QString& description)
{
    button->setToolTip(description);
    button->setAccessibleDescription(description);
}

void FileChangeBanner::showReason(Reason reason, const QString& fileName)
{
    m_reason = reason;
    const bool changed = reason != Reason::Missing;
    const bool workspace = reason == Reason::ChangedInWorkspace;
    // Short enough for one line beside the buttons in a narrow editor.
    if (workspace) {
        m_text->setText(tr("Another SpecDesk process changed this spec (for example specdesk-cli edit or a sync)."));
        m_text->setToolTip(tr("%1 was changed in the workspace while this tab held edits not saved yet; nothing "
                              "is written over that change until you choose.")
                               .arg(fileName));
    } else {
        m_text->setText(changed ? tr("This file changed on disk.")
                                : tr("%1 was deleted or moved away. Your text is still here.").arg(fileName));
        m_text->setToolTip(changed ? tr("Another program changed the file while this tab held unsaved edits.")
                                   : QString());
    }
    setAccessibleName(m_text->text());
    m_text->setAccessibleName(m_text->text());
    setAccessibleDescription(workspace ? tr("This spec changed in the workspace; choose what to keep.")
                                       : tr("The file of this tab changed on disk; choose what to keep."));
    describe(m_reloadButton,
             workspace ? tr("Replaces the text with the workspace's new text, as one step that Undo takes back.")
                       : tr("Replaces the text with the file's, as one step that Undo takes back."));
    describe(m_keepMineButton,
             workspace ? tr("Keeps this text; it is saved over the other process's change.")
                       : tr("Keeps this text; the next Save writes it over the file's new text."));
    describe(m_compareButton,
             workspace ? tr("Shows the workspace's new text beside this text, with the differences marked.")
                       : tr("Shows the file's text beside this text, with the differences marked."));
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, changed ? QColor(0xff, 0xe0, 0xb2) : QColor(0xff, 0xcd, 0xd2));
    palette.setColor(QPalette::WindowText, Qt::black);
    setPalette(palette);
    m_reloadButton->setVisible(changed);
    m_keepMineButton->setVisible(changed);
    m_compareButton->setVisible(changed);
    m_saveAgainButton->setVisible(!changed);
    m_saveAsButton->setVisible(!changed);
    m_dismissButton->setVisible(!changed);
    const bool wasHidden = isHidden();
    show();
    if (wasHidden) {
        // Screen readers announce it, as they would a message box, without taking the keyboard.
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

QString FileChangeBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}
