#pragma once

#include "ApiKind.h"
#include "Diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>

/// Looks at a draft the way its server will, before anything is sent.
///
/// Errors (what the editor and `specdesk-cli validate` report as errors: syntax, duplicate keys,
/// the kind's rules) keep the draft from being sent: the server would refuse it, or take a text
/// other than the one the editor shows. Edits the server does not take are notes, not errors:
/// DataFramer ignores everything but `spec:` (its `metadata:` is read-only), Scale GP takes
/// only its editable fields, Adobe keeps its server-owned ones. The sync sends the rest and
/// says exactly what did not reach the server.
class DraftPreflight
{
    Q_DECLARE_TR_FUNCTIONS(DraftPreflight)

public:
    struct Result
    {
        /// The draft's errors; any one keeps it from being sent.
        Diagnostics errors;
        /// One warning per top-level field edited (against the base) that the server does not take.
        Diagnostics notSent;
        /// The notes' own words ("account_id is read-only on Scale GP"), for notSentMessage().
        QStringList notSentFields;
        /// What to hand the provider: the draft, without the fields in notSent when the API
        /// would refuse the whole write for them (Scale GP), or the base when nothing else changed
        /// (DataFramer): then sameOnServer() says there is nothing to send.
        QByteArray toSend;

        bool blocked() const { return !errors.isEmpty(); }
        /// "Not sent: line 3, column 3: ... [code]", and how many more errors there are.
        QString blockedMessage() const;
        /// "Not sent: account_id is read-only on Scale GP."; empty without notes.
        QString notSentMessage() const;
    };

    /// `base` is what the server had when the draft began (or what it has now, after a merge).
    static Result check(ApiKind api, const QByteArray& draft, const QByteArray& base);
};
