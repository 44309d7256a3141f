#include "YamlTreeBuilder.h"

#include "TextLocator.h"

#include <QCoreApplication>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <istream>
#include <optional>
#include <streambuf>
#include <string_view>

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}

/// Finds where YAML nodes end, given where they start. Offsets are into the whole text.
class RangeScanner
{
public:
    explicit RangeScanner(const QByteArray& text)
        : m_text(text)
        , m_size(text.size())
    {
    }

    char at(qint64 i) const { return i < m_size ? m_text.at(i) : '\0'; }
    qint64 size() const { return m_size; }

    /// Skips a node's properties (`&anchor`, `!tag`) to where its content starts.
    qint64 contentStart(qint64 i) const
    {
        while (at(i) == '&' || at(i) == '!') {
            // A tag ends where URI characters do: `!!c"text"` is a tag, then a quoted scalar
            // (fuzzing found it read as one tag).
            const bool tag = at(i) == '!';
            while (i < m_size && !isBlank(at(i)) && !isBreak(at(i)) && !(tag && at(i) == '"')) {
                ++i;
            }
            while (i < m_size && (isBlank(at(i)) || isBreak(at(i)))) {
                ++i;
            }
        }
        return i;
    }

    SpecNode::Style scalarStyle(qint64 start) const
    {
        switch (at(start)) {
        case '"':
            return SpecNode::Style::DoubleQuoted;
        case '\'':
            return SpecNode::Style::SingleQuoted;
        case '|':
            return SpecNode::Style::Literal;
        case '>':
            return SpecNode::Style::Folded;
        default:
            return SpecNode::Style::Plain;
        }
    }

    /// What scalarEnd() gives for a quoted scalar that runs to the end of the text unclosed.
    static constexpr qint64 kUnclosed = -1;

    qint64 scalarEnd(qint64 start, SpecNode::Style style, const std::string& value) const
    {
        switch (style) {
        case SpecNode::Style::DoubleQuoted:
            for (qint64 i = start + 1; i < m_size; ++i) {
                if (at(i) == '\\') {
                    ++i;
                } else if (at(i) == '"') {
                    return i + 1;
                }
            }
            return kUnclosed;
        case SpecNode::Style::SingleQuoted:
            for (qint64 i = start + 1; i < m_size; ++i) {
                if (at(i) == '\'') {
                    if (at(i + 1) != '\'') {
                        return i + 1;
                    }
                    ++i;
                }
            }
            return kUnclosed;
        case SpecNode::Style::Literal:
        case SpecNode::Style::Folded:
            return blockScalarEnd(start);
        default:
            return plainScalarEnd(start, value);
        }
    }

    /// A flow collection ends at its closing bracket, the first one after its last content.
    qint64 flowEnd(qint64 from, char closer) const
    {
        for (qint64 i = from; i < m_size; ++i) {
            if (at(i) == '#') {
                while (i < m_size && !isBreak(at(i))) {
                    ++i;
                }
            } else if (at(i) == closer) {
                return i + 1;
            }
        }
        return m_size;
    }

    /// Just after the '-' of the block sequence item whose (empty) content yaml-cpp marked at
    /// `marked`, or `marked` when only blanks do not lead back to one.
    qint64 afterDash(qint64 marked) const
    {
        qint64 i = marked;
        while (i > 0 && (isBlank(at(i - 1)) || isBreak(at(i - 1)))) {
            --i;
        }
        return i > 0 && at(i - 1) == '-' ? i : marked;
    }

    /// Just after the ':' that follows a key ending at `keyEnd` (where an empty value sits).
    qint64 afterColon(qint64 keyEnd) const
    {
        qint64 i = keyEnd;
        while (i < m_size && isBlank(at(i))) {
            ++i;
        }
        return at(i) == ':' ? i + 1 : keyEnd;
    }

private:
    // A plain scalar's value is its text with line breaks folded: walk both together.
    qint64 plainScalarEnd(qint64 start, const std::string& value) const
    {
        qint64 i = start;
        size_t j = 0;
        const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
        while (j < value.size() && i < m_size) {
            // Runs of white space are compared as runs: folding changes them, and matching one
            // byte at a time could stop on the second line break of a blank line (fuzzing found
            // an end set there, so an entry appended after it split the scalar).
            if ((isBlank(at(i)) || isBreak(at(i))) && isSpace(value[j])) {
                while (i < m_size && (isBlank(at(i)) || isBreak(at(i)))) {
                    ++i;
                }
                while (j < value.size() && isSpace(value[j])) {
                    ++j;
                }
            } else if (at(i) == value[j]) {
                ++i;
                ++j;
            } else {
                break;
            }
        }
        return i;
    }

    // A block scalar runs from its `|`/`>` header over every following line that is blank or
    // indented deeper than the header's line; it ends with its last non-blank line.
    qint64 blockScalarEnd(qint64 start) const
    {
        qint64 lineStart = start;
        while (lineStart > 0 && !isBreak(at(lineStart - 1))) {
            --lineStart;
        }
        qint64 parentIndent = 0;
        while (at(lineStart + parentIndent) == ' ') {
            ++parentIndent;
        }
        qint64 i = start;
        while (i < m_size && !isBreak(at(i))) {
            ++i;
        }
        qint64 end = i;
        while (i < m_size) {
            i += (at(i) == '\r' && at(i + 1) == '\n') ? 2 : 1; // past the line break
            qint64 indent = 0;
            while (at(i + indent) == ' ') {
                ++indent;
            }
            qint64 lineEnd = i + indent;
            while (lineEnd < m_size && !isBreak(at(lineEnd))) {
                ++lineEnd;
            }
            const bool blank = std::all_of(
                m_text.constData() + i + indent, m_text.constData() + lineEnd, [](char c) { return isBlank(c); });
            if (!blank && indent <= parentIndent) {
                break;
            }
            if (!blank) {
                end = lineEnd;
            }
            i = lineEnd;
        }
        return end;
    }

    const QByteArray& m_text;
    qint64 m_size;
};

/// Appends a node per event, tracking open collections and which mapping entry comes next.
class TreeHandler final : public YAML::EventHandler
{
public:
    TreeHandler(const QByteArray& text, qint64 base, SpecTree& tree)
        : m_scanner(text)
        , m_base(base)
        , m_tree(tree)
    {
    }

    void OnDocumentStart(const YAML::Mark&) override { }
    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override
    {
        SpecNode node = makeNode(SpecNode::Type::Scalar, SpecNode::Style::Null, mark);
        node.end = node.start;
        add(node);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override
    {
        SpecNode node = makeNode(SpecNode::Type::Alias, SpecNode::Style::Plain, mark);
        qint64 end = node.start + 1;
        while (m_scanner.at(end) != '\0' && !isBlank(m_scanner.at(end)) && !isBreak(m_scanner.at(end))
               && m_scanner.at(end) != ',' && m_scanner.at(end) != ']' && m_scanner.at(end) != '}') {
            ++end;
        }
        node.end = end;
        add(std::move(node));
    }

    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string& value) override
    {
        SpecNode node = makeNode(SpecNode::Type::Scalar, SpecNode::Style::Plain, mark);
        node.style = m_scanner.scalarStyle(node.start);
        qint64 end = m_scanner.scalarEnd(node.start, node.style, value);
        if (end == RangeScanner::kUnclosed) {
            // yaml-cpp 0.7 accepts a quote left open at the end of the text (fuzzing found it);
            // it is an error, and edits placed after such a "value" would land inside it.
            m_unclosedQuoteAt = m_unclosedQuoteAt.value_or(node.start);
            end = m_scanner.size();
        }
        node.end = qint32(end);
        add(node, value);
    }

    /// Where a quoted scalar starts that is never closed, if one is.
    std::optional<qint64> unclosedQuoteAt() const { return m_unclosedQuoteAt; }

    void OnSequenceStart(const YAML::Mark& mark,
                         const std::string&,
                         YAML::anchor_t,
                         YAML::EmitterStyle::value style) override
    {
        openCollection(SpecNode::Type::Sequence, mark, style);
    }
    void OnSequenceEnd() override { closeCollection(']'); }

    void
    OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value style) override
    {
        openCollection(SpecNode::Type::Mapping, mark, style);
    }
    void OnMapEnd() override { closeCollection('}'); }

private:
    struct Open
    {
        qint32 node;
        bool expectingKey;
        qint32 pendingKey;
        qint64 contentEnd; ///< the end of the last key or value inside
        bool isKey; ///< a collection used as a mapping key (rare, but legal YAML)
    };

    SpecNode makeNode(SpecNode::Type type, SpecNode::Style style, const YAML::Mark& mark)
    {
        SpecNode node;
        node.type = type;
        node.style = style;
        const qint64 raw = mark.pos < 0 ? 0 : m_base + mark.pos;
        node.start = m_scanner.contentStart(raw);
        if (!m_open.empty()) {
            const Open& parent = m_open.back();
            node.parent = parent.node;
            if (m_tree.node(parent.node).isMapping() && !parent.expectingKey) {
                node.hasKey = parent.pendingKey != SpecTree::kNoNode;
                if (style == SpecNode::Style::Null && parent.pendingKey != SpecTree::kNoNode) {
                    // An empty value sits right after its key's ':'.
                    node.start = m_scanner.afterColon(m_tree.node(parent.pendingKey).end);
                }
            } else if (style == SpecNode::Style::Null && m_tree.node(parent.node).isSequence()) {
                // An empty item sits right after its '-'; yaml-cpp marks the next token, which
                // may be on a later line (fuzzing found a value set there landing in the next key).
                node.start = m_scanner.afterDash(raw);
            }
        }
        return node;
    }

    /// Appends a finished node, or records it as the key of the entry that follows.
    qint32 add(SpecNode node, std::string_view value = {})
    {
        const qint64 end = node.end;
        qint32 index = SpecTree::kNoNode;
        if (!m_open.empty() && m_tree.node(m_open.back().node).isMapping() && m_open.back().expectingKey) {
            node.parent = SpecTree::kNoNode; // keys are linked from their values, not children
            index = m_tree.append(node, value);
            m_tree.mutableNode(index).parent = m_open.back().node;
            m_open.back().pendingKey = index;
            m_open.back().expectingKey = false;
        } else {
            index = m_tree.append(node, value);
            if (!m_open.empty()) {
                m_open.back().expectingKey = true;
                m_open.back().pendingKey = SpecTree::kNoNode;
            }
        }
        if (!m_open.empty()) {
            m_open.back().contentEnd = std::max(m_open.back().contentEnd, end);
        }
        return index;
    }

    void openCollection(SpecNode::Type type, const YAML::Mark& mark, YAML::EmitterStyle::value style)
    {
        SpecNode node = makeNode(type, SpecNode::Style::Block, mark);
        node.style = style == YAML::EmitterStyle::Flow ? SpecNode::Style::Flow : SpecNode::Style::Block;
        node.end = node.start;
        const bool isKey = !m_open.empty() && m_tree.node(m_open.back().node).isMapping() && m_open.back().expectingKey;
        qint32 index = SpecTree::kNoNode;
        if (isKey) {
            // Like a scalar key, a collection key is linked from its value, not made a child.
            const qint32 parent = node.parent;
            node.parent = SpecTree::kNoNode;
            index = m_tree.append(std::move(node));
            m_tree.mutableNode(index).parent = parent;
        } else {
            index = m_tree.append(std::move(node));
        }
        m_open.push_back({index, true, SpecTree::kNoNode, m_tree.node(index).start + 1, isKey});
    }

    void closeCollection(char closer)
    {
        const Open done = m_open.back();
        m_open.pop_back();
        SpecNode& node = m_tree.mutableNode(done.node);
        // A flow collection ends at its bracket; an implicit pair in a flow list ("[a: 1]") is
        // a flow mapping without braces, which ends with its content (fuzzing found it running
        // to the end of the text).
        const char opener = closer == '}' ? '{' : '[';
        node.end = node.style == SpecNode::Style::Flow && m_scanner.at(node.start) == opener
                       ? m_scanner.flowEnd(done.contentEnd, closer)
                       : std::max(done.contentEnd, qint64(node.start));
        if (!m_open.empty()) {
            Open& parent = m_open.back();
            parent.contentEnd = std::max(parent.contentEnd, qint64(node.end));
            if (m_tree.node(parent.node).isMapping()) {
                parent.expectingKey = !done.isKey;
                parent.pendingKey = done.isKey ? done.node : SpecTree::kNoNode;
            }
        }
    }

    RangeScanner m_scanner;
    qint64 m_base;
    SpecTree& m_tree;
    std::vector<Open> m_open;
    std::optional<qint64> m_unclosedQuoteAt;
};

/// Accepts every event: documents after the first are only checked for syntax.
class IgnoringHandler final : public YAML::EventHandler
{
public:
    IgnoringHandler(const QByteArray& text, qint64 base)
        : m_scanner(text)
        , m_base(base)
    {
    }

    /// Where the last document began, to tell a parser that is stuck from one that reads on.
    int lastDocumentStart = -1;
    /// Where a quoted scalar starts that is never closed (yaml-cpp accepts those), if one does.
    std::optional<qint64> unclosedQuoteAt;

    void OnDocumentStart(const YAML::Mark& mark) override { lastDocumentStart = mark.pos; }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string& value) override
    {
        const qint64 start = m_scanner.contentStart(mark.pos < 0 ? 0 : m_base + mark.pos);
        const SpecNode::Style style = m_scanner.scalarStyle(start);
        if ((style == SpecNode::Style::DoubleQuoted || style == SpecNode::Style::SingleQuoted)
            && m_scanner.scalarEnd(start, style, value) == RangeScanner::kUnclosed) {
            unclosedQuoteAt = unclosedQuoteAt.value_or(start);
        }
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnMapEnd() override { }

private:
    RangeScanner m_scanner;
    qint64 m_base;
};

struct PlainMessage
{
    std::string_view parserText;
    const char* plainText;
};

// yaml-cpp's messages are terse parser jargon; say the common ones in plain words.
constexpr std::array<PlainMessage, 12> kPlainMessages {{
    {"end of map not found", QT_TRANSLATE_NOOP("YamlTreeBuilder", "A mapping is not closed where it should end.")},
    {"end of map flow not found",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A flow mapping '{' is not closed: a '}' is missing.")},
    {"end of sequence not found", QT_TRANSLATE_NOOP("YamlTreeBuilder", "A list is not closed where it should end.")},
    {"end of sequence flow not found",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A flow list '[' is not closed: a ']' is missing.")},
    {"illegal map value",
     QT_TRANSLATE_NOOP("YamlTreeBuilder",
                       "A 'key: value' pair is not allowed here; check the indentation or quote the text.")},
    {"illegal block entry",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A list item '- ' is not allowed here; check the indentation.")},
    {"illegal map key", QT_TRANSLATE_NOOP("YamlTreeBuilder", "A mapping key is not allowed here.")},
    {"illegal flow end", QT_TRANSLATE_NOOP("YamlTreeBuilder", "A closing bracket has no matching opening bracket.")},
    {"illegal EOF in scalar", QT_TRANSLATE_NOOP("YamlTreeBuilder", "The file ends inside a quoted string.")},
    {"unknown token", QT_TRANSLATE_NOOP("YamlTreeBuilder", "This text is not valid YAML here.")},
    {"the referenced anchor is not defined",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "This alias refers to an anchor that is not defined.")},
    {"deep recursion", QT_TRANSLATE_NOOP("YamlTreeBuilder", "The document is nested too deeply to read.")},
}};

QString plainMessage(const std::string& parserText)
{
    for (const PlainMessage& known : kPlainMessages) {
        if (std::string_view(parserText).starts_with(known.parserText)) {
            return QCoreApplication::translate("YamlTreeBuilder", known.plainText);
        }
    }
    QString text = QString::fromStdString(parserText);
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return QCoreApplication::translate("YamlTreeBuilder", "YAML syntax error: %1.").arg(text);
}

/// Lets yaml-cpp read the text where it is: a copy would be one more 10 MB block alive while a
/// large spec is analysed.
class TextStreamBuffer final : public std::streambuf
{
public:
    TextStreamBuffer(const char* data, size_t size)
    {
        // The get area is only read; std::streambuf wants it non-const.
        char* begin = const_cast<char*>(data);
        setg(begin, begin, begin + size);
    }
};

} // namespace

namespace YamlTreeBuilder {

ParseResult parse(const QByteArray& content, std::stop_token stop)
{
    // yaml-cpp does not count a UTF-8 BOM in its marks, so strip it and add it back.
    const qint64 base = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    TextStreamBuffer buffer(content.constData() + base, size_t(content.size() - base));
    std::istream stream(&buffer);
    ParseResult result;
    result.tree.abandonWhen(std::move(stop));
    result.tree.reserveValues(content.size());
    const auto fail = [&content, &result](qint64 offset, const QString& code, const QString& message) {
        const TextLocator::LineColumn where = TextLocator(content).locate(offset);
        result.tree = SpecTree();
        result.diagnostics.append(
            Diagnostic::make(Diagnostic::Severity::Error, where.line, where.column, offset, code, message));
    };
    try {
        YAML::Parser parser(stream);
        TreeHandler builder(content, base, result.tree);
        if (parser.HandleNextDocument(builder)) {
            // Only the first document is the spec; the rest are read to report their errors.
            // yaml-cpp 0.7 can return empty documents forever without moving on (fuzzing found
            // "!," does it), so a document that starts where the previous one did ends the read.
            IgnoringHandler rest(content, base);
            int previousStart = -2;
            bool stuck = false;
            while (!stuck && !builder.unclosedQuoteAt() && parser.HandleNextDocument(rest)) {
                stuck = rest.lastDocumentStart == previousStart;
                if (previousStart == -2) {
                    result.tree.setLaterDocumentAt(base + std::max(0, rest.lastDocumentStart));
                }
                previousStart = rest.lastDocumentStart;
            }
            // yaml-cpp 0.7 accepts a quote left open at the end of the text, in any document.
            if (const std::optional<qint64> quote
                = builder.unclosedQuoteAt() ? builder.unclosedQuoteAt() : rest.unclosedQuoteAt) {
                fail(*quote,
                     QStringLiteral("yaml-syntax"),
                     QCoreApplication::translate("YamlTreeBuilder",
                                                 "This quoted text is never closed: add the closing quote."));
            } else if (stuck) {
                fail(base + std::max(0, rest.lastDocumentStart),
                     QStringLiteral("yaml-syntax"),
                     QCoreApplication::translate("YamlTreeBuilder",
                                                 "YAML syntax error: the text here cannot be read as YAML."));
            }
        }
    } catch (const SpecTree::TooManyNodes& tooMany) {
        fail(tooMany.offset, QStringLiteral("too-many-nodes"), SpecTree::tooManyNodesMessage());
    } catch (const YAML::Exception& error) {
        // A null mark (pos -1) means "somewhere at the end": point there.
        const qint64 offset = error.mark.pos < 0 ? content.size() : base + error.mark.pos;
        // yaml-cpp stops at depth 500 with the message "bad file"; say what happened.
        if (dynamic_cast<const YAML::DeepRecursion*>(&error) != nullptr) {
            fail(offset,
                 QStringLiteral("too-deep"),
                 QCoreApplication::translate("YamlTreeBuilder",
                                             "The document is nested too deeply to read (more than %1 levels).")
                     .arg(500));
        } else {
            fail(offset, QStringLiteral("yaml-syntax"), plainMessage(error.msg));
        }
    }
    return result;
}

} // namespace YamlTreeBuilder
