#pragma once

#include <QByteArray>
#include <QString>

#include <rapidjson/document.h>

/// RapidJSON helpers for the providers: reading a server's reply and writing a request body.
///
/// RapidJSON rather than QJsonDocument because it keeps the members in the server's order (a
/// flow spec shown sorted alphabetically is not the document the analyst knows), keeps 64-bit
/// integers such as Adobe's epoch milliseconds exact, and parses iteratively, so hostile nesting
/// cannot overflow the stack.
namespace RemoteJson {

/// Deeper documents are refused: nothing real nests this far, and writing one back would recurse.
constexpr int maxDepth = 256;

/// Parses `bytes` into `document`. On failure `error` says where (line:column) and what.
bool parse(const QByteArray& bytes, rapidjson::Document& document, QString* error);
/// Two-space indented, members in their order, non-ASCII kept as UTF-8.
QByteArray pretty(const rapidjson::Value& value);
QByteArray compact(const rapidjson::Value& value);
/// The member's string, or an empty string when it is missing or not a string.
QString string(const rapidjson::Value& object, const char* key);
/// The member when it exists, else null.
const rapidjson::Value* member(const rapidjson::Value& object, const char* key);
/// JSON's spelling of a value, shortened for a message: "\"abc\"", "42", "null", "an object".
QString describe(const rapidjson::Value& value);

} // namespace RemoteJson
