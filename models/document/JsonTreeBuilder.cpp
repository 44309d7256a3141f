#include "JsonTreeBuilder.h"

#include "TextLocator.h"

#include <QCoreApplication>

#include <cctype>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Receives RapidJSON's events and appends nodes. The stream sits just past each scalar token.
class TreeHandler
{
public:
    TreeHandler(const QByteArray& text, qint64 base, rapidjson::MemoryStream& stream, SpecTree& tree)
        : m_text(text)
        , m_base(base)
        , m_stream(stream)
        , m_tree(tree)
    {
    }

    bool Null() { return scalar(4, {}); }
    bool Bool(bool value) { return scalar(value ? 4 : 5, value ? "true" : "false"); }
    bool Int(int) { return number(); }
    bool Uint(unsigned) { return number(); }
    bool Int64(int64_t) { return number(); }
    bool Uint64(uint64_t) { return number(); }
    bool Double(double) { return number(); }
    bool RawNumber(const char*, rapidjson::SizeType, bool) { return number(); }
    bool String(const char* value, rapidjson::SizeType length, bool)
    {
        const qint64 end = position();
        const SpecNode node = makeNode(SpecNode::Type::Scalar, SpecNode::Style::DoubleQuoted, openingQuote(end), end);
        return add(node, std::string_view(value, length));
    }
    bool Key(const char* value, rapidjson::SizeType length, bool)
    {
        const qint64 end = position();
        SpecNode key = makeNode(SpecNode::Type::Scalar, SpecNode::Style::DoubleQuoted, openingQuote(end), end);
        // Keys are nodes of their own, linked from the value that follows; they are not children.
        key.parent = SpecTree::kNoNode;
        m_pendingKey = m_tree.append(key, std::string_view(value, length));
        m_tree.mutableNode(m_pendingKey).parent = m_open.back();
        return true;
    }
    bool StartObject() { return open(SpecNode::Type::Mapping); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(SpecNode::Type::Sequence); }
    bool EndArray(rapidjson::SizeType) { return close(); }

private:
    qint64 position() const { return m_base + qint64(m_stream.Tell()); }

    SpecNode makeNode(SpecNode::Type type, SpecNode::Style style, qint64 start, qint64 end)
    {
        SpecNode node;
        node.type = type;
        node.style = style;
        node.start = qint32(start);
        node.end = qint32(end);
        node.parent = m_open.empty() ? SpecTree::kNoNode : m_open.back();
        node.hasKey = m_pendingKey != SpecTree::kNoNode;
        m_pendingKey = SpecTree::kNoNode;
        return node;
    }

    bool add(const SpecNode& node, std::string_view value)
    {
        m_tree.append(node, value);
        return true;
    }

    bool scalar(qint64 length, const char* value)
    {
        const qint64 end = position();
        SpecNode node = makeNode(SpecNode::Type::Scalar, SpecNode::Style::Plain, end - length, end);
        if (!value) {
            node.style = SpecNode::Style::Null;
            value = "null";
        }
        return add(node, value);
    }

    bool number()
    {
        const qint64 end = position();
        qint64 start = end;
        while (start > m_base && !isJsonSpace(m_text.at(start - 1)) && m_text.at(start - 1) != ','
               && m_text.at(start - 1) != ':' && m_text.at(start - 1) != '[') {
            --start;
        }
        const SpecNode node = makeNode(SpecNode::Type::Scalar, SpecNode::Style::Plain, start, end);
        return add(node, std::string_view(m_text.constData() + start, size_t(end - start)));
    }

    // Inside a JSON string an unescaped '"' cannot occur, so the opening quote is the first
    // '"' before the closing one that is not preceded by an odd run of backslashes.
    qint64 openingQuote(qint64 end) const
    {
        qint64 i = end - 2;
        for (; i > m_base; --i) {
            if (m_text.at(i) != '"') {
                continue;
            }
            qint64 backslashes = 0;
            while (i - 1 - backslashes >= m_base && m_text.at(i - 1 - backslashes) == '\\') {
                ++backslashes;
            }
            if (backslashes % 2 == 0) {
                break;
            }
        }
        return i;
    }

    // In iterative mode RapidJSON reports a bracket before it consumes it: the stream is on it.
    bool open(SpecNode::Type type)
    {
        const qint64 start = position();
        const qint32 index = m_tree.append(makeNode(type, SpecNode::Style::Flow, start, start + 1));
        m_open.push_back(index);
        return true;
    }

    bool close()
    {
        m_tree.mutableNode(m_open.back()).end = qint32(position() + 1);
        m_open.pop_back();
        return true;
    }

    const QByteArray& m_text;
    qint64 m_base;
    rapidjson::MemoryStream& m_stream;
    SpecTree& m_tree;
    std::vector<qint32> m_open;
    qint32 m_pendingKey = SpecTree::kNoNode;
};

QString plainMessage(rapidjson::ParseErrorCode code)
{
    switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
        return QCoreApplication::translate("JsonTreeBuilder", "The file is empty; a JSON document needs a value.");
    case rapidjson::kParseErrorDocumentRootNotSingular:
        return QCoreApplication::translate("JsonTreeBuilder", "There is more text after the end of the document.");
    case rapidjson::kParseErrorValueInvalid:
        return QCoreApplication::translate("JsonTreeBuilder",
                                           "This is not a valid JSON value (strings need double quotes; "
                                           "true, false and null are written in lower case).");
    case rapidjson::kParseErrorObjectMissName:
        return QCoreApplication::translate("JsonTreeBuilder",
                                           "An object key (a string in double quotes) is expected here.");
    case rapidjson::kParseErrorObjectMissColon:
        return QCoreApplication::translate("JsonTreeBuilder", "A ':' is missing between an object key and its value.");
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
        return QCoreApplication::translate("JsonTreeBuilder", "A ',' or a '}' is missing here.");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
        return QCoreApplication::translate("JsonTreeBuilder", "A ',' or a ']' is missing here.");
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
        return QCoreApplication::translate("JsonTreeBuilder", "A \\u escape needs four hexadecimal digits.");
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
        return QCoreApplication::translate("JsonTreeBuilder", "This \\u escape is half of a surrogate pair.");
    case rapidjson::kParseErrorStringEscapeInvalid:
        return QCoreApplication::translate("JsonTreeBuilder", "This escape sequence is not valid in a JSON string.");
    case rapidjson::kParseErrorStringMissQuotationMark:
        return QCoreApplication::translate("JsonTreeBuilder",
                                           "A string is not closed, or holds a raw tab or line break: "
                                           "write those as \\t and \\n.");
    case rapidjson::kParseErrorStringInvalidEncoding:
        return QCoreApplication::translate("JsonTreeBuilder", "This string holds bytes that are not valid UTF-8.");
    case rapidjson::kParseErrorNumberTooBig:
        return QCoreApplication::translate("JsonTreeBuilder", "This number is too big.");
    case rapidjson::kParseErrorNumberMissFraction:
        return QCoreApplication::translate("JsonTreeBuilder", "A number needs digits after its decimal point.");
    case rapidjson::kParseErrorNumberMissExponent:
        return QCoreApplication::translate("JsonTreeBuilder", "A number needs digits in its exponent.");
    default:
        return QCoreApplication::translate("JsonTreeBuilder", "This is not valid JSON: %1.")
            .arg(QString::fromUtf8(rapidjson::GetParseError_En(code)));
    }
}

Diagnostic syntaxError(const QByteArray& content, qint64 offset, const QString& message)
{
    const TextLocator::LineColumn where = TextLocator(content).locate(offset);
    return Diagnostic::make(
        Diagnostic::Severity::Error, where.line, where.column, offset, QStringLiteral("json-syntax"), message);
}

// The commonest hand-edit mistake, and the one in the Adobe docs' own example: a ',' before ']' or '}'.
std::optional<Diagnostic> trailingComma(const QByteArray& content, qint64 offset)
{
    if (offset >= content.size() || (content.at(offset) != ']' && content.at(offset) != '}')) {
        return std::nullopt;
    }
    qint64 comma = offset - 1;
    while (comma >= 0 && isJsonSpace(content.at(comma))) {
        --comma;
    }
    if (comma < 0 || content.at(comma) != ',') {
        return std::nullopt;
    }
    const TextLocator::LineColumn at = TextLocator(content).locate(comma);
    return syntaxError(content,
                       offset,
                       QCoreApplication::translate("JsonTreeBuilder",
                                                   "Trailing comma: JSON allows no ',' before this '%1'. "
                                                   "Remove the ',' at line %2, column %3.")
                           .arg(QLatin1Char(content.at(offset)))
                           .arg(at.line)
                           .arg(at.column));
}

} // namespace

namespace JsonTreeBuilder {

ParseResult parse(const QByteArray& content, std::stop_token stop)
{
    // RFC 8259 lets a parser ignore a BOM; RapidJSON does not, so start after it.
    const qint64 base = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    ParseResult result;
    result.tree.abandonWhen(std::move(stop));
    result.tree.reserveValues(content.size());
    rapidjson::MemoryStream stream(content.constData() + base, size_t(content.size() - base));
    TreeHandler handler(content, base, stream, result.tree);
    rapidjson::Reader reader;
    constexpr unsigned kFlags
        = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseStopWhenDoneFlag;
    rapidjson::ParseResult parsed;
    try {
        parsed = reader.Parse<kFlags>(stream, handler);
    } catch (const SpecTree::TooManyNodes& tooMany) {
        const TextLocator::LineColumn where = TextLocator(content).locate(tooMany.offset);
        result.tree = SpecTree();
        result.diagnostics.append(Diagnostic::make(Diagnostic::Severity::Error,
                                                   where.line,
                                                   where.column,
                                                   tooMany.offset,
                                                   QStringLiteral("too-many-nodes"),
                                                   SpecTree::tooManyNodesMessage()));
        return result;
    }
    if (parsed.IsError()) {
        qint64 offset = std::min<qint64>(base + qint64(parsed.Offset()), content.size());
        QString message = plainMessage(parsed.Code());
        if (parsed.Code() == rapidjson::kParseErrorValueInvalid) {
            // RapidJSON stops inside a bad literal (`tru}`); point at where the word starts.
            while (offset > base && (std::isalnum(static_cast<unsigned char>(content.at(offset - 1))) != 0)) {
                --offset;
            }
            const char next = offset < content.size() ? content.at(offset) : '\0';
            if (next == '}' || next == ']' || next == ',' || next == '\0') {
                message = QCoreApplication::translate("JsonTreeBuilder", "A value is expected here.");
            }
        }
        if (offset >= content.size() && parsed.Code() != rapidjson::kParseErrorDocumentEmpty) {
            message = QCoreApplication::translate("JsonTreeBuilder",
                                                  "The document ends before it is complete: "
                                                  "a closing '}', ']' or '\"' is missing.");
        }
        result.tree = SpecTree();
        result.diagnostics.append(trailingComma(content, offset).value_or(syntaxError(content, offset, message)));
        return result;
    }
    qint64 rest = base + qint64(stream.Tell());
    while (rest < content.size() && isJsonSpace(content.at(rest))) {
        ++rest;
    }
    if (rest < content.size()) {
        result.tree = SpecTree();
        result.diagnostics.append(
            syntaxError(content, rest, plainMessage(rapidjson::kParseErrorDocumentRootNotSingular)));
    }
    return result;
}

} // namespace JsonTreeBuilder
