#pragma once

#include <QMetaObject>
#include <QObject>

#include <functional>

class RemoteSpecOpener;
class SpecEditor;
class SpecTreeModel;
class SpecTreePanel;

/// "Try the sandbox" from the welcome view: starts the bundled stand-in server if it is not
/// running yet, loads "Sandbox DataFramer" into the tree, and opens its first ready spec, so a
/// new user lands on a distribution they can move and sync.
class SandboxTour : public QObject
{
    Q_OBJECT

public:
    /// Starts the sandbox (or finds it running) and returns the collection to open a spec
    /// from; 0 with `error` set when it cannot start. The app supplies it (app/gui/main.cpp).
    using Starter = std::function<qint64(QString* error)>;

    SandboxTour(SpecTreeModel* model, SpecTreePanel* panel, RemoteSpecOpener* opener, QObject* parent = nullptr);

    void setStarter(Starter starter) { m_starter = std::move(starter); }
    bool isAvailable() const { return static_cast<bool>(m_starter); }
    void start();

Q_SIGNALS:
    /// The spec is open in its tab; where the keyboard goes next is the window's call.
    void ready(SpecEditor* editor);
    /// A sentence for the status bar: why the tour stopped.
    void message(const QString& text);

private:
    void openFirstSpecWhenLoaded();
    qint64 firstReadySpec() const;

    SpecTreeModel* m_model;
    SpecTreePanel* m_panel;
    RemoteSpecOpener* m_opener;
    Starter m_starter;
    qint64 m_collectionId = 0;
    qint64 m_specId = 0;
    QMetaObject::Connection m_waitForLoad;
};
