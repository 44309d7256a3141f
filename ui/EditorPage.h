#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class SpecEditor;

/// One editor tab: the spec's editor with a banner above it that says why the text cannot be
/// edited, when it cannot (a remote spec still PROCESSING, FAILED or archived on its server).
/// The banner is the one place the reason is spelled out, so a read-only editor never just
/// ignores keys without saying why.
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

Q_SIGNALS:
    void restoreRequested();

private:
    SpecEditor* m_editor;
    QWidget* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_restoreButton;
};
