#pragma once

#include <QWidget>

class QCommandLinkButton;

/// What the centre of the window shows while no spec is open, and on the very first run: the
/// three ways in (try the bundled sandbox, add a connection, open a file) and the three keys
/// that make the rest findable. The window decides what each path does.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget* parent = nullptr);

    QCommandLinkButton* trySandboxButton() const { return m_trySandbox; }
    QCommandLinkButton* addConnectionButton() const { return m_addConnection; }
    QCommandLinkButton* openFileButton() const { return m_openFile; }
    /// Puts the keyboard on "Try the sandbox", the first thing a new user should press.
    void focusFirstPath();

Q_SIGNALS:
    void trySandboxRequested();
    void addConnectionRequested();
    void openFileRequested();

private:
    QCommandLinkButton* addPath(const QString& iconName, const QString& title, const QString& description);

    QCommandLinkButton* m_trySandbox;
    QCommandLinkButton* m_addConnection;
    QCommandLinkButton* m_openFile;
};
