#pragma once

#include "RemoteSpec.h"

#include <rapidjson/document.h>

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

/// The steps every API's reply parser shares, so each format file holds only its API's shape.
namespace RemoteReplies {
/// Parses a reply; on failure `error` says where and what, as a sentence about the reply.
bool parse(const QByteArray& body, rapidjson::Document& document, QString* error);
/// Checks that `object` is an object with an `id`, and takes its id and name. `noun` names
/// the thing in messages ("a flow spec").
bool readIdentity(const rapidjson::Value& object, const QString& noun, RemoteSpec* spec, QString* error);
using SpecReader = Parsed<RemoteSpec> (*)(const rapidjson::Value& object);
/// Reads every item of a list with `read`; the first unreadable item fails the whole list.
bool readSpecs(const rapidjson::Value& items, SpecReader read, QList<RemoteSpec>* specs, QString* error);
/// Reads the one spec of a reply with `read`.
Parsed<RemoteSpec> readSpec(const rapidjson::Value& object, SpecReader read);
/// Parses a reply that is one spec and reads it with `read`.
Parsed<RemoteSpec> parseSpec(const QByteArray& body, SpecReader read);
/// Parses `{items: [...]}` into `page`, reading each item with `read`. `document` keeps the
/// parsed reply for the API's other fields (paging, links).
bool parseItems(const QByteArray& body, SpecReader read, rapidjson::Document& document, Parsed<RemoteSpecPage>* page);
} // namespace RemoteReplies
