#pragma once

#include "RemoteSpec.h"

#include <QList>
#include <QString>

/// What a response parser returns: the value, or a plain sentence saying what was wrong.
template <typename T>
struct Parsed
{
    T value {};
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// One page of a list, with what the server said about the whole list.
struct RemoteSpecPage
{
    QList<RemoteSpec> specs;
    int currentPage = 0;
    int itemsPerPage = 0;
    qint64 totalItemCount = -1; ///< -1 when the API does not say
    QString nextLink; ///< Adobe's `_links.next.href`, when present
};
