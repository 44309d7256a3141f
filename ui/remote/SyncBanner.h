#pragma once

#include "SyncState.h"

#include <QWidget>

class QLabel;
class QPushButton;

/// The strip above a remote spec's text that says what its last sync left to do: a conflict to
/// resolve, an error the server gave (with the draft still kept), or a merge to review before it
/// is sent. It stays hidden while there is nothing to decide, so synced specs and plain drafts
/// stay quiet; the tab title and the status bar carry those.
class SyncBanner : public QWidget
{
    Q_OBJECT

public:
    explicit SyncBanner(QWidget* parent = nullptr);

    /// Shows what the state asks of the user, or hides the banner when it asks nothing.
    void showState(SyncState state, const QString& message);
    QString text() const;

Q_SIGNALS:
    void resolveRequested();
    /// Compare: the draft beside the server's text, in the editor area.
    void compareRequested();
    void exportRequested();
    void syncRequested();

protected:
    /// A switch between the light and the dark look recolours the banner.
    void changeEvent(QEvent* event) override;

private:
    /// Colours the strip for the state, in tints of the current look (light or dark).
    void applyTint();

    SyncState m_state = SyncState::Synced;
    bool m_tinting = false;
    QLabel* m_text;
    QPushButton* m_resolveButton;
    QPushButton* m_compareButton;
    QPushButton* m_exportButton;
    QPushButton* m_syncButton;
};
