#pragma once

#include "SyncState.h"

#include <QWidget>

class FileChangeBanner;
class QLabel;
class QPushButton;
class SpecEditor;
class SyncBanner;

/// One editor tab: the spec's editor with a banner above it that says why the text cannot be
/// edited, when it cannot (a remote spec still PROCESSING, FAILED or archived on its server).
/// The banner is the one place the reason is spelled out, so a read-only editor never just
/// ignores keys without saying why. Below it a SyncBanner says what a remote spec's last sync
/// left to decide (a conflict, an error, a merge to review), and a FileChangeBanner what
/// happened to a file's text on disk.
class EditorPage : public QWidget
{
    Q_OBJECT

public:
    EditorPage(SpecEditor* editor, QWidget* parent = nullptr);

    SpecEditor* editor() const { return m_editor; }
    /// An empty reason makes the editor editable again and hides the banner. `canRestore`
    /// adds a button asking for the spec to be restored (an archived Scale GP spec).
    void setReadOnlyReason(const QString& reason, bool canRestore);
    QString readOnlyReason() const;

    /// The remote spec's sync state, for the tab title and the sync banner. False when it was
    /// already shown.
    bool setSyncState(SyncState state, const QString& message);
    SyncState syncState() const { return m_syncState; }
    SyncBanner* syncBanner() const { return m_syncBanner; }
    FileChangeBanner* fileChangeBanner() const { return m_fileChangeBanner; }

Q_SIGNALS:
    void restoreRequested();

private:
    SpecEditor* m_editor;
    QWidget* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_restoreButton;
    SyncBanner* m_syncBanner;
    FileChangeBanner* m_fileChangeBanner;
    SyncState m_syncState = SyncState::Synced;
    QString m_syncMessage;
};
