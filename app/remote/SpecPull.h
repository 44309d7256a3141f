#pragma once

#include "RemoteError.h"
#include "RemoteSpec.h"

#include <QObject>
#include <QStringList>

class RemoteSpecStore;
class SpecJob;
class SpecProvider;

/// Brings a connection's specs into the workspace: lists them (or takes the ids asked for),
/// fetches each one with its server versions where the API keeps them, and records them.
/// Local edits are never overwritten (see RemoteSpecStore::record).
///
/// A listed spec is recorded on the thread the pull lives on, the GUI's in the app. A list of
/// thousands is recorded a slice of about 10 ms at a time, each slice one transaction, so the
/// window keeps answering and the disk is synced once per slice, not once per spec.
class SpecPull : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int keptLocalEdits = 0;
        QStringList failedIds;
    };

    SpecPull(SpecProvider* provider, RemoteSpecStore* store, QObject* parent = nullptr);

    /// Empty `specIds`: the whole list. Versions are fetched only when `withVersions` is set
    /// and the API keeps them (one request per spec).
    void start(const QStringList& specIds = {}, bool withVersions = true);
    void cancel();

    const Summary& summary() const { return m_summary; }
    /// The first error that stopped the pull or a spec; None when all went well.
    const RemoteError& error() const { return m_error; }

Q_SIGNALS:
    void progress(int done, int total);
    /// Specs listed so far and the total the server announced (-1 when it does not say).
    void listProgress(qint64 received, qint64 total);
    void finished();

private:
    void fetchNext();
    /// Records the next slice of m_listed, then lets the event loop run before the next one.
    void recordListed();
    void nextSlice();
    bool recordSpec(const RemoteSpec& spec);
    void finish();

    SpecProvider* m_provider;
    RemoteSpecStore* m_store;
    SpecJob* m_job = nullptr;
    QStringList m_pending;
    QList<RemoteSpec> m_listed; ///< listed specs not recorded yet
    qsizetype m_nextListed = 0;
    int m_total = 0;
    bool m_withVersions = true;
    Summary m_summary;
    RemoteError m_error;
};
