#pragma once

#include "Connection.h"

#include <QObject>

#include <map>
#include <memory>

class EditorTabs;
class LongOperations;
class RemoteContext;
class SpecEditor;
class SpecJob;
class SpecProvider;
class SpecTreeModel;
struct RemoteSpec;

/// Opens specs from the tree. A remote spec is fetched from its server first (with its
/// versions, where the API keeps them) and recorded in the workspace, so the editor starts from
/// the server's text; when the server cannot be reached the cached text opens instead and the
/// reason goes to the status bar. Also restores archived specs where the API can.
class RemoteSpecOpener : public QObject
{
    Q_OBJECT

public:
    RemoteSpecOpener(RemoteContext* context, SpecTreeModel* model, EditorTabs* tabs, QObject* parent = nullptr);
    ~RemoteSpecOpener() override;

    /// Opens the spec in a tab; a remote spec not open yet is fetched first.
    void open(qint64 specId);
    /// True for an archived spec whose API can restore it (Scale GP).
    bool canRestore(qint64 specId) const;
    /// Asks the server to restore an archived spec and records what it answers.
    void restore(qint64 specId);
    bool isBusy(qint64 specId) const { return m_operations.count(specId) > 0; }
    /// Where fetches and restores show that they run, with Cancel (a cancelled fetch opens
    /// the copy kept in the workspace).
    void setLongOperations(LongOperations* operations) { m_longOperations = operations; }

Q_SIGNALS:
    /// The spec's tab is open and current; the user wants to type in it next.
    void opened(SpecEditor* editor);
    /// A sentence for the status bar; never modal.
    void message(const QString& text);

private:
    using Finish = void (RemoteSpecOpener::*)(qint64 specId, const Connection& connection, SpecJob* job);

    /// Starts `operation` for the spec with a provider of its connection; false if it is no
    /// remote spec or has no connection any more.
    bool start(qint64 specId, SpecJob* (*operation)(SpecProvider*, const QString&), Finish finish);
    void onFetched(qint64 specId, const Connection& connection, SpecJob* job);
    void onRestored(qint64 specId, const Connection& connection, SpecJob* job);
    bool record(const Connection& connection, qint64 specId, const RemoteSpec& spec, QString* error);
    void show(qint64 specId);
    QString titleOf(qint64 specId) const;

    RemoteContext* m_context;
    SpecTreeModel* m_model;
    EditorTabs* m_tabs;
    /// One operation per spec at a time, with the provider its job belongs to.
    std::map<qint64, std::unique_ptr<SpecProvider>> m_operations;
    LongOperations* m_longOperations = nullptr;
};
