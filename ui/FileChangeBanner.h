#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// The strip above a spec's text when its text changed behind this editor's back. It asks
/// without blocking: the user can go on typing and decide later. Three cases:
/// - the file changed on disk while the editor holds edits of its own: Reload, Keep Mine or
///   Compare;
/// - the file is gone (deleted or moved away): the text stays, Save Again writes it back, Save
///   As puts it somewhere else, Dismiss just hides the strip;
/// - another SpecDesk process (specdesk-cli edit, a sync) changed the draft in the workspace
///   while the editor holds edits of its own: Reload, Keep Mine or Compare.
/// It only says what was chosen; DiskFileGuard acts on the file cases, WorkspaceChangeGuard on
/// the workspace one, each looking at reason().
class FileChangeBanner : public QWidget
{
    Q_OBJECT

public:
    enum class Reason {
        Changed,
        Missing,
        ChangedInWorkspace,
    };

    explicit FileChangeBanner(QWidget* parent = nullptr);

    void showReason(Reason reason, const QString& fileName);
    /// The reason shown; meaningless while hidden.
    Reason reason() const { return m_reason; }
    QString text() const;

Q_SIGNALS:
    void reloadRequested();
    void keepMineRequested();
    void compareRequested();
    void saveAgainRequested();
    void saveAsRequested();

private:
    QPushButton* addButton(const QString& text, const QString& objectName, const QString& description);
    static void describe(QPushButton* button, const QString& description);

    Reason m_reason = Reason::Changed;
    QLabel* m_text;
    QPushButton* m_reloadButton;
    QPushButton* m_keepMineButton;
    QPushButton* m_compareButton;
    QPushButton* m_saveAgainButton;
    QPushButton* m_saveAsButton;
    QPushButton* m_dismissButton;
};
