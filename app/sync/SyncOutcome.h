#pragma once

#include "Diagnostic.h"
#include "RemoteError.h"
#include "SyncState.h"

#include <QString>

/// What one sync did to one spec, for the CLI's report and the tests.
struct SyncOutcome
{
    enum class Action {
        NothingToDo, ///< the text already was the server's
        Written, ///< one write made; the server's reply is the new base
        AlreadyOnServer, ///< the server already held the draft (e.g. a lost reply): nothing sent
        Merged, ///< the server had changed elsewhere; merged, and left for review (or sent)
        Conflicted, ///< the server changed the same place: waiting for the user
        Failed, ///< see `state` and `message`
        Busy, ///< another SpecDesk process kept syncing the spec: nothing sent from here
        Skipped, ///< the server refused this very draft before: not sent again until it changes
    };

    qint64 specId = 0;
    Action action = Action::NothingToDo;
    SyncState state = SyncState::Synced;
    QString message;
    RemoteError::Kind errorKind = RemoteError::Kind::None;
    /// The fields the server named when it refused the draft (a 422 from Scale GP names each one).
    QList<FieldError> rejectedFields;
    int writes = 0;
    /// Found in the draft before sending: errors that kept it from being sent, and warnings about
    /// parts of it the server does not take. Located in the draft's text.
    Diagnostics problems;

    static QString actionId(Action action);
};
