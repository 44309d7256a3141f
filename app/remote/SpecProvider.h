#pragma once

#include "Connection.h"
#include "RemoteParse.h"
#include "RemoteRequest.h"
#include "SpecJob.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

class RemoteTransport;

/// One remote API as SpecDesk uses it: list, fetch, update and, where the API has it, restore.
/// Each call returns a SpecJob owned by the provider; the caller may delete it when finished.
///
/// A provider sends exactly the documented requests and nothing else. It refuses to send when
/// the connection is invalid (e.g. plain http:// to another host) or a secret is missing.
///
/// Its secrets are either given, or read once, asynchronously, before its first request (see
/// resolveCredentialsWith()): requests made meanwhile wait for them, and nothing waits in a
/// nested event loop for a slow keychain.
class SpecProvider : public QObject
{
    Q_OBJECT

public:
    /// Reads a connection's secrets and calls `done` once with them, from the event loop or at
    /// once; `done` is dropped if `receiver` is gone by then.
    using CredentialSource = std::function<void(QObject* receiver, std::function<void(const Credentials&)> done)>;

    SpecProvider(Connection connection, Credentials credentials, RemoteTransport* transport, QObject* parent = nullptr);

    /// The provider for the connection's API.
    static std::unique_ptr<SpecProvider>
    create(const Connection& connection, const Credentials& credentials, RemoteTransport* transport);

    const Connection& connection() const { return m_connection; }
    void setCredentials(const Credentials& credentials);
    /// Reads the secrets from `source` before the first request instead (once per provider).
    void resolveCredentialsWith(CredentialSource source);
    /// The policy its requests are sent with, which callers that retry whole operations consult.
    const RetryPolicy& retryPolicy() const;

    /// One cheap authenticated GET, to check the URL and the secrets.
    virtual SpecJob* testConnection() = 0;
    /// Every spec of the account, following pages; progress() reports the count so far.
    virtual SpecJob* listSpecs() = 0;
    /// One spec, with its server versions where the API keeps them.
    virtual SpecJob* fetchSpec(const QString& specId) = 0;
    /// Sends the draft. `base` is the text as the server last had it, which Scale GP needs to
    /// know which fields changed. A write is sent once, never retried.
    virtual SpecJob* updateSpec(const QString& specId, const QByteArray& base, const QByteArray& draft) = 0;
    /// Only Scale GP can un-archive a spec.
    virtual bool canRestore() const { return false; }
    virtual SpecJob* restoreSpec(const QString& specId);
    virtual bool keepsServerVersions() const { return false; }

protected:
    /// The base URL followed by a documented path; `path` starts with '/'.
    QUrl endpoint(const QString& path, const QUrlQuery& query = {}) const;
    /// A path segment made safe: an id from a server cannot add segments or a query.
    static QString segment(const QString& id);
    /// The request with the API's standard headers; send() adds the authentication.
    RemoteRequest request(const QByteArray& method, const QUrl& url, const QByteArray& jsonBody = {}) const;
    virtual void authorize(RemoteRequest& request) const = 0;
    ApiKind api() const { return m_connection.api; }
    QByteArray secret(const QString& name) const { return m_credentials.value(name).toUtf8(); }

    SpecJob* newJob();
    /// Why nothing may be sent at all (an invalid connection, a missing secret); None when
    /// requests may go out.
    RemoteError refusal() const;
    /// Sends `request` for `job`. A 2xx reply goes to `onSuccess`; anything else fails the job
    /// with a plain, secret-free message.
    void send(SpecJob* job, const RemoteRequest& request, std::function<void(const RemoteResponse&)> onSuccess);
    /// Fails the job with a BadReply error for a reply that did not parse.
    void failBadReply(SpecJob* job, const QString& problem);
    template <typename Value>
    using ReplyParser = Parsed<Value> (*)(const QByteArray& body);
    /// Sends `request` for `job` and reads a 2xx reply with `parse`: `onParsed` gets the value,
    /// and a reply that does not parse fails the job. A reply of kParseElsewhereBytes or more (a
    /// list of a thousand specs with their texts, one large spec) is read on a worker thread:
    /// a 4.5 MB list took 36 ms of the GUI thread. `onParsed` runs on the job's thread either way,
    /// and not at all once the job is gone.
    template <typename Value>
    void sendParsed(SpecJob* job,
                    const RemoteRequest& request,
                    ReplyParser<Value> parse,
                    std::function<void(const Value&)> onParsed);
    static constexpr qsizetype kParseElsewhereBytes = 256 * 1024;
    using SpecParser = Parsed<RemoteSpec> (*)(const QByteArray& body);
    /// A new job that sends `request` and finishes with the one spec `parse` reads from the reply.
    SpecJob* sendForSpec(const RemoteRequest& request, SpecParser parse);

private:
    /// A request made before the secrets were read.
    struct Waiting
    {
        QPointer<SpecJob> job;
        RemoteRequest request;
        std::function<void(const RemoteResponse&)> onSuccess;
    };
    void sendNow(SpecJob* job, RemoteRequest request, std::function<void(const RemoteResponse&)> onSuccess);
    void onCredentialsResolved(const Credentials& credentials);

    /// Hands `parsed` to `onParsed`, or fails the job when the reply did not parse; nothing when
    /// the job ended (was cancelled) while the reply was read.
    template <typename Value>
    void deliverParsed(SpecJob* job, const Parsed<Value>& parsed, const std::function<void(const Value&)>& onParsed)
    {
        if (job->hasOutcome()) {
            return;
        }
        if (!parsed.ok()) {
            failBadReply(job, parsed.error);
            return;
        }
        onParsed(parsed.value);
    }

    Connection m_connection;
    Credentials m_credentials;
    RemoteTransport* m_transport;
    CredentialSource m_credentialSource; ///< set while the secrets are still to be read
    bool m_resolving = false;
    QList<Waiting> m_waiting;
};

template <typename Value>
void SpecProvider::sendParsed(SpecJob* job,
                              const RemoteRequest& request,
                              ReplyParser<Value> parse,
                              std::function<void(const Value&)> onParsed)
{
    send(job, request, [this, job, parse, onParsed = std::move(onParsed)](const RemoteResponse& response) {
        if (response.body.size() < kParseElsewhereBytes) {
            deliverParsed(job, parse(response.body), onParsed);
            return;
        }
        // The watcher is the job's child: with the job gone (cancelled, its provider closed),
        // nothing is delivered. (QFuture::then with a context asserts on a dead one in Qt 6.4.)
        auto* watcher = new QFutureWatcher<Parsed<Value>>(job);
        QObject::connect(watcher, &QFutureWatcherBase::finished, job, [this, job, watcher, onParsed] {
            watcher->deleteLater();
            deliverParsed(job, watcher->result(), onParsed);
        });
        watcher->setFuture(QtConcurrent::run(parse, response.body));
    });
}
