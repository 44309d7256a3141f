#include "YamlTreeBuilder.h"

#include "TextLocator.h"

#include <QCoreApplication>

#include <libfyaml.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}

qint64 startOf(fy_token* token)
{
    const fy_mark* mark = token ? fy_token_start_mark(token) : nullptr;
    return mark ? qint64(mark->input_pos) : -1;
}

qint64 endOf(fy_token* token)
{
    const fy_mark* mark = token ? fy_token_end_mark(token) : nullptr;
    return mark ? qint64(mark->input_pos) : -1;
}

std::string_view textOf(fy_token* token)
{
    size_t length = 0;
    const char* text = token ? fy_token_get_text(token, &length) : nullptr;
    return text ? std::string_view(text, length) : std::string_view();
}

/// A problem the parser does not see but the tree must not hold, at `offset`.
struct Refusal
{
    qint64 offset = 0;
    QString code;
    QString message;
};

/// libfyaml's parser and its collected diagnostics, freed together.
class FyParser
{
public:
    explicit FyParser(const QByteArray& content)
    {
        fy_diag_cfg diagConfig;
        fy_diag_cfg_default(&diagConfig);
        diagConfig.fp = nullptr; // collected below, never printed
        m_diag = fy_diag_create(&diagConfig);
        fy_diag_set_collect_errors(m_diag, true);
        fy_parse_cfg config {};
        // FYPCF_JSON_NONE: the text is YAML whatever it looks like; the caller chose the format.
        config.flags = fy_parse_cfg_flags(FYPCF_QUIET | FYPCF_COLLECT_DIAG | FYPCF_JSON_NONE);
        config.diag = m_diag;
        m_parser = fy_parser_create(&config);
        fy_parser_set_string(m_parser, content.constData(), size_t(content.size()));
    }
    ~FyParser()
    {
        fy_parser_destroy(m_parser);
        fy_diag_destroy(m_diag);
    }
    FyParser(const FyParser&) = delete;
    FyParser& operator=(const FyParser&) = delete;

    struct EventFree
    {
        fy_parser* parser;
        void operator()(fy_event* event) const { fy_parser_event_free(parser, event); }
    };
    using Event = std::unique_ptr<fy_event, EventFree>;

    /// The next event, or none at the end of the stream or at an error.
    Event next() { return Event(fy_parser_parse(m_parser), EventFree {m_parser}); }
    bool failed() const { return fy_parser_get_stream_error(m_parser); }
    /// The first error the parser reported, if any.
    const fy_diag_error* firstError() const
    {
        void* iterator = nullptr;
        return fy_diag_errors_iterate(m_diag, &iterator);
    }

private:
    fy_diag* m_diag = nullptr;
    fy_parser* m_parser = nullptr;
};

/// Appends a node per event of the first document, tracking open collections and which
/// mapping entry comes next. Node ranges are the tokens' marks, widened to take in quotes,
/// a block scalar's header and an alias's '*'.
class TreeBuilder
{
public:
    TreeBuilder(const QByteArray& text, SpecTree& tree)
        : m_text(text)
        , m_size(text.size())
        , m_tree(tree)
    {
    }

    void startDocument(fy_event* event) { m_documentStart = std::max<qint64>(0, endOf(fy_event_get_token(event))); }

    void add(fy_event* event)
    {
        switch (event->type) {
        case FYET_SCALAR:
            scalar(event);
            break;
        case FYET_ALIAS:
            alias(event);
            break;
        case FYET_MAPPING_START:
            openCollection(event, SpecNode::Type::Mapping);
            break;
        case FYET_SEQUENCE_START:
            openCollection(event, SpecNode::Type::Sequence);
            break;
        case FYET_MAPPING_END:
        case FYET_SEQUENCE_END:
            closeCollection(event);
            break;
        default:
            break;
        }
    }

    /// Where the innermost flow collection still open starts, if one is.
    std::optional<qint64> openFlowStart() const
    {
        for (auto open = m_open.rbegin(); open != m_open.rend(); ++open) {
            const SpecNode& node = m_tree.node(open->node);
            if (node.style == SpecNode::Style::Flow && (at(node.start) == '[' || at(node.start) == '{')) {
                return node.start;
            }
        }
        return std::nullopt;
    }

private:
    struct Open
    {
        qint32 node;
        bool expectingKey;
        qint32 pendingKey;
        qint64 contentEnd; ///< the end of the last key or value inside
        bool isKey; ///< a collection used as a mapping key (rare, but legal YAML)
        bool startsAtKey; ///< a pair in a flow list (`[a: 1]`): the mapping starts at its key
    };

    char at(qint64 i) const { return i >= 0 && i < m_size ? m_text.at(i) : '\0'; }

    bool expectingKey() const
    {
        return !m_open.empty() && m_tree.node(m_open.back().node).isMapping() && m_open.back().expectingKey;
    }

    /// The end of what the innermost open collection holds so far.
    qint64 contentEnd() const { return m_open.empty() ? m_documentStart : m_open.back().contentEnd; }

    SpecNode makeNode(SpecNode::Type type, SpecNode::Style style, qint64 start) const
    {
        SpecNode node;
        node.type = type;
        node.style = style;
        node.start = start;
        if (!m_open.empty()) {
            const Open& parent = m_open.back();
            node.parent = parent.node;
            if (m_tree.node(parent.node).isMapping() && !parent.expectingKey) {
                node.keyNode = parent.pendingKey;
            }
        }
        return node;
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

    /// Just after the next '-' from `from`, comments skipped: where an empty list item sits.
    qint64 afterDash(qint64 from) const
    {
        for (qint64 i = from; i < m_size; ++i) {
            if (at(i) == '#') {
                while (i < m_size && !isBreak(at(i))) {
                    ++i;
                }
            } else if (at(i) == '-') {
                return i + 1;
            }
        }
        return from;
    }

    /// The first `indicator` from `from` on, comments skipped: a block scalar's `|` or `>`.
    qint64 blockHeader(qint64 from, qint64 limit, char indicator) const
    {
        for (qint64 i = from; i < limit; ++i) {
            if (at(i) == '#' && (i == 0 || isBlank(at(i - 1)) || isBreak(at(i - 1)))) {
                while (i < limit && !isBreak(at(i))) {
                    ++i;
                }
            } else if (at(i) == indicator) {
                return i;
            }
        }
        return from;
    }

    // A block scalar's token runs on over its trailing line breaks; the node ends with its last
    // line that is not blank, or with its header when it has none.
    qint64 blockEnd(qint64 header, qint64 tokenEnd) const
    {
        qint64 headerEnd = header;
        while (headerEnd < m_size && !isBreak(at(headerEnd))) {
            ++headerEnd;
        }
        qint64 last = std::min(tokenEnd, m_size) - 1;
        while (last > headerEnd && (isBlank(at(last)) || isBreak(at(last)))) {
            --last;
        }
        if (last <= headerEnd) {
            return headerEnd;
        }
        qint64 end = last + 1;
        while (end < m_size && !isBreak(at(end))) {
            ++end;
        }
        return end;
    }

    // An empty value has no token: it sits after its key's ':', its item's '-' or its tag.
    void emptyScalar(fy_event* event)
    {
        qint64 start = contentEnd();
        const qint64 properties = std::max(endOf(event->scalar.tag), endOf(event->scalar.anchor));
        if (properties >= 0) {
            start = properties;
        } else if (!m_open.empty()) {
            const Open& parent = m_open.back();
            const SpecNode& collection = m_tree.node(parent.node);
            if (collection.isMapping() && !parent.expectingKey && parent.pendingKey != SpecTree::kNoNode) {
                start = afterColon(m_tree.node(parent.pendingKey).end);
            } else if (collection.isSequence() && collection.style == SpecNode::Style::Block) {
                start = afterDash(collection.childCount == 0 ? collection.start : parent.contentEnd);
            }
        }
        // A tagged empty value (`!!str`) is an empty string, not a null.
        SpecNode node = makeNode(
            SpecNode::Type::Scalar, event->scalar.tag ? SpecNode::Style::Plain : SpecNode::Style::Null, start);
        node.end = start;
        append(std::move(node));
    }

    void scalar(fy_event* event)
    {
        fy_token* token = event->scalar.value;
        const fy_scalar_style tokenStyle = fy_token_scalar_style(token);
        const qint64 tokenStart = startOf(token);
        const bool block = tokenStyle == FYSS_LITERAL || tokenStyle == FYSS_FOLDED;
        if (tokenStart < 0 && !block) {
            emptyScalar(event);
            return;
        }
        const std::string_view value = textOf(token);
        qint64 start = tokenStart;
        qint64 end = endOf(token);
        SpecNode::Style style = SpecNode::Style::Plain;
        switch (tokenStyle) {
        case FYSS_SINGLE_QUOTED:
        case FYSS_DOUBLE_QUOTED:
            // The token is the text between the quotes; the node holds them too.
            style = tokenStyle == FYSS_SINGLE_QUOTED ? SpecNode::Style::SingleQuoted : SpecNode::Style::DoubleQuoted;
            --start;
            ++end;
            break;
        case FYSS_LITERAL:
        case FYSS_FOLDED: {
            // The token starts on the line after the `|`/`>` header; the node starts at it.
            style = tokenStyle == FYSS_LITERAL ? SpecNode::Style::Literal : SpecNode::Style::Folded;
            const qint64 from = std::max({contentEnd(), endOf(event->scalar.tag), endOf(event->scalar.anchor)});
            start = blockHeader(from, tokenStart < 0 ? m_size : tokenStart, tokenStyle == FYSS_LITERAL ? '|' : '>');
            end = blockEnd(start, end < 0 ? start : end);
            break;
        }
        default:
            break;
        }
        // YAML's plain nulls get an empty range and value, as empty values do.
        const bool null = style == SpecNode::Style::Plain && !event->scalar.tag
                          && (value == "~" || value == "null" || value == "Null" || value == "NULL");
        SpecNode node = makeNode(SpecNode::Type::Scalar, null ? SpecNode::Style::Null : style, start);
        node.end = null ? start : end;
        if (!null) {
            node.value.assign(value);
        }
        append(std::move(node));
    }

    void alias(fy_event* event)
    {
        fy_token* name = event->alias.anchor;
        SpecNode node = makeNode(SpecNode::Type::Alias, SpecNode::Style::Plain, std::max<qint64>(0, startOf(name) - 1));
        node.end = endOf(name);
        append(std::move(node));
    }

    /// A flow list's pair (`[a: 1]`) has no brace: its mapping starts where its first key does.
    void keyStartsAt(qint64 start)
    {
        Open& parent = m_open.back();
        if (parent.startsAtKey && m_tree.node(parent.node).childCount == 0) {
            m_tree.mutableNode(parent.node).start = start;
            parent.startsAtKey = false;
        }
    }

    /// Appends a finished node, or records it as the key of the entry that follows.
    void append(SpecNode node)
    {
        const qint64 end = node.end;
        if (expectingKey()) {
            keyStartsAt(node.start);
            node.parent = SpecTree::kNoNode; // keys are linked from their values, not children
            const qint32 index = m_tree.append(std::move(node));
            m_tree.mutableNode(index).parent = m_open.back().node;
            m_open.back().pendingKey = index;
            m_open.back().expectingKey = false;
        } else {
            m_tree.append(std::move(node));
            if (!m_open.empty()) {
                m_open.back().expectingKey = true;
                m_open.back().pendingKey = SpecTree::kNoNode;
            }
        }
        if (!m_open.empty()) {
            m_open.back().contentEnd = std::max(m_open.back().contentEnd, end);
        }
    }

    void openCollection(fy_event* event, SpecNode::Type type)
    {
        const bool flow = fy_event_get_node_style(event) == FYNS_FLOW;
        qint64 start = startOf(fy_event_get_token(event));
        if (start < 0) {
            start = contentEnd();
        }
        if (m_open.size() >= size_t(YamlTreeBuilder::kMaxDepth)) {
            throw Refusal {start,
                           QStringLiteral("too-deep"),
                           QCoreApplication::translate(
                               "YamlTreeBuilder", "The document is nested too deeply to read (more than %1 levels).")
                               .arg(YamlTreeBuilder::kMaxDepth)};
        }
        SpecNode node = makeNode(type, flow ? SpecNode::Style::Flow : SpecNode::Style::Block, start);
        node.end = start;
        const bool isKey = expectingKey();
        qint32 index = SpecTree::kNoNode;
        if (isKey) {
            // Like a scalar key, a collection key is linked from its value, not made a child.
            keyStartsAt(start);
            const qint32 parent = node.parent;
            node.parent = SpecTree::kNoNode;
            index = m_tree.append(std::move(node));
            m_tree.mutableNode(index).parent = parent;
        } else {
            index = m_tree.append(std::move(node));
        }
        const bool startsAtKey = flow && type == SpecNode::Type::Mapping && at(start) != '{';
        m_open.push_back({index, true, SpecTree::kNoNode, start + 1, isKey, startsAtKey});
    }

    void closeCollection(fy_event* event)
    {
        const Open done = m_open.back();
        m_open.pop_back();
        SpecNode& node = m_tree.mutableNode(done.node);
        // A flow collection ends at its bracket; a block one, and a pair in a flow list, with
        // their content (a block collection's end token sits where the next one begins).
        const qint64 closer = endOf(fy_event_get_token(event));
        const bool bracketed = node.style == SpecNode::Style::Flow && (at(node.start) == '[' || at(node.start) == '{');
        node.end = bracketed && closer > node.start ? closer : std::max(done.contentEnd, node.start);
        if (!m_open.empty()) {
            Open& parent = m_open.back();
            parent.contentEnd = std::max(parent.contentEnd, node.end);
            if (m_tree.node(parent.node).isMapping()) {
                parent.expectingKey = !done.isKey;
                parent.pendingKey = done.isKey ? done.node : SpecTree::kNoNode;
            }
        }
    }

    const QByteArray& m_text;
    qint64 m_size;
    SpecTree& m_tree;
    std::vector<Open> m_open;
    qint64 m_documentStart = 0;
};

/// The parser reads aliases without resolving them, so it does not see one whose anchor is
/// missing; the servers' YAML loaders refuse those.
class AnchorCheck
{
public:
    void startDocument() { m_anchors.clear(); }

    void add(fy_event* event)
    {
        fy_token* anchor = nullptr;
        switch (event->type) {
        case FYET_SCALAR:
            anchor = event->scalar.anchor;
            break;
        case FYET_MAPPING_START:
            anchor = event->mapping_start.anchor;
            break;
        case FYET_SEQUENCE_START:
            anchor = event->sequence_start.anchor;
            break;
        case FYET_ALIAS:
            if (!m_anchors.contains(std::string(textOf(event->alias.anchor)))) {
                throw Refusal {std::max<qint64>(0, startOf(event->alias.anchor) - 1),
                               QStringLiteral("yaml-syntax"),
                               QCoreApplication::translate("YamlTreeBuilder",
                                                           "This alias refers to an anchor that is not defined.")};
            }
            return;
        default:
            return;
        }
        if (anchor) {
            m_anchors.emplace(textOf(anchor));
        }
    }

private:
    std::unordered_set<std::string> m_anchors;
};

struct PlainMessage
{
    std::string_view parserText;
    const char* plainText;
};

// libfyaml's messages name parser states; say the common ones in plain words.
constexpr PlainMessage kPlainMessages[] = {
    {"invalid nested block mapping on the same line",
     QT_TRANSLATE_NOOP("YamlTreeBuilder",
                       "A 'key: value' pair is not allowed here; check the indentation or quote the text.")},
    {"invalid multiline plain key",
     QT_TRANSLATE_NOOP("YamlTreeBuilder",
                       "This text runs over several lines and then has a ':'; check the indentation or quote the "
                       "text.")},
    {"flow sequence without a closing bracket",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A flow list '[' is not closed: a ']' is missing.")},
    {"flow mapping without a closing brace",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A flow mapping '{' is not closed: a '}' is missing.")},
    {"missing comma in flow sequence",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A ',' or a ']' is missing in this flow list.")},
    {"missing comma in flow mapping",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A ',' or a '}' is missing in this flow mapping.")},
    {"flow sequence with invalid extra closing bracket",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A closing bracket has no matching opening bracket.")},
    {"flow mapping with invalid extra closing brace",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A closing brace has no matching opening brace.")},
    {"invalid indentation in mapping",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "This line's indentation does not fit the mapping it is in.")},
    {"invalid indentation in sequence",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A list item '- ' is not allowed here; check the indentation.")},
    {"invalid scalar at the end of block sequence",
     QT_TRANSLATE_NOOP("YamlTreeBuilder",
                       "This line does not continue the list above it: start it with '- ' or check the "
                       "indentation.")},
    {"did not find expected '-' indicator",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A list item '- ' is expected here; check the indentation.")},
    {"did not find expected key",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A mapping key is expected here; check the indentation.")},
    {"could not find expected ':'", QT_TRANSLATE_NOOP("YamlTreeBuilder", "A ':' is missing after this key.")},
    {"missing ':'", QT_TRANSLATE_NOOP("YamlTreeBuilder", "A ':' is missing after this key.")},
    {"did not find expected node content", QT_TRANSLATE_NOOP("YamlTreeBuilder", "A value is expected here.")},
    {"double-quoted scalar without closing quote",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "This quoted text is never closed: add the closing quote.")},
    {"single-quoted scalar without closing quote",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "This quoted text is never closed: add the closing quote.")},
    {"invalid tab character", QT_TRANSLATE_NOOP("YamlTreeBuilder", "A tab cannot indent YAML; indent with spaces.")},
    {"tab character may not be used as indentation",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A tab cannot indent YAML; indent with spaces.")},
    {"invalid tab used as indentation",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "A tab cannot indent YAML; indent with spaces.")},
    {"wrongly indented", QT_TRANSLATE_NOOP("YamlTreeBuilder", "This text is not indented where it belongs.")},
    {"invalid tag terminator",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "This tag is not written correctly; a space must follow it.")},
    {"missing document start",
     QT_TRANSLATE_NOOP("YamlTreeBuilder", "This text is not valid YAML here: a document cannot start with it.")},
};

QString plainMessage(std::string_view parserText)
{
    for (const PlainMessage& known : kPlainMessages) {
        if (parserText.starts_with(known.parserText)) {
            return QCoreApplication::translate("YamlTreeBuilder", known.plainText);
        }
    }
    QString text = QString::fromUtf8(parserText.data(), qsizetype(parserText.size()));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return QCoreApplication::translate("YamlTreeBuilder", "YAML syntax error: %1.").arg(text);
}

/// The byte offset of libfyaml's 1-based line and column (the column counts characters).
qint64 offsetOf(const QByteArray& content, int line, int column)
{
    qint64 i = 0;
    for (int l = 1; l < line && i < content.size(); ++i) {
        l += content.at(i) == '\n' ? 1 : 0;
    }
    for (int c = 0; i < content.size() && !isBreak(content.at(i)); ++i) {
        if ((static_cast<unsigned char>(content.at(i)) & 0xC0) != 0x80 && ++c == column) {
            break;
        }
    }
    return i;
}

} // namespace

namespace YamlTreeBuilder {

ParseResult parse(const QByteArray& content)
{
    ParseResult result;
    const auto fail = [&content, &result](qint64 offset, const QString& code, const QString& message) {
        const qint64 at = std::clamp<qint64>(offset, 0, content.size());
        const TextLocator::LineColumn where = TextLocator(content).locate(at);
        result.tree = SpecTree();
        result.diagnostics.append(
            Diagnostic::make(Diagnostic::Severity::Error, where.line, where.column, at, code, message));
    };
    FyParser parser(content);
    TreeBuilder builder(content, result.tree);
    AnchorCheck anchors;
    int documents = 0;
    bool laterStartPending = false;
    try {
        while (FyParser::Event event = parser.next()) {
            anchors.add(event.get());
            if (event->type == FYET_DOCUMENT_START) {
                ++documents;
                anchors.startDocument();
                if (documents == 1) {
                    builder.startDocument(event.get());
                }
                // An explicit second document starts at its `---`, an implicit one (after `...`)
                // at its first node.
                const fy_mark* mark = fy_event_start_mark(event.get());
                if (documents == 2 && mark) {
                    result.tree.setLaterDocumentAt(qint64(mark->input_pos));
                }
                laterStartPending = documents == 2 && !mark;
            } else if (laterStartPending && event->type != FYET_DOCUMENT_END && event->type != FYET_STREAM_END) {
                const fy_mark* mark = fy_event_start_mark(event.get());
                result.tree.setLaterDocumentAt(mark ? qint64(mark->input_pos) : content.size());
                laterStartPending = false;
            } else if (documents == 1) {
                builder.add(event.get());
            }
        }
    } catch (const SpecTree::TooManyNodes& tooMany) {
        fail(tooMany.offset, QStringLiteral("too-many-nodes"), SpecTree::tooManyNodesMessage());
        return result;
    } catch (const Refusal& refusal) {
        fail(refusal.offset, refusal.code, refusal.message);
        return result;
    }
    if (parser.failed()) {
        const fy_diag_error* error = parser.firstError();
        const std::string_view text = error && error->msg ? std::string_view(error->msg) : std::string_view();
        qint64 offset = content.size();
        if (error && error->fyt) {
            offset = startOf(error->fyt);
        } else if (error) {
            offset = offsetOf(content, error->line, error->column);
        }
        // libfyaml finds an unclosed bracket at the end of the text; its opener says more.
        const std::optional<qint64> opener = builder.openFlowStart();
        if (opener && (text.starts_with("flow sequence without") || text.starts_with("flow mapping without"))) {
            offset = *opener;
        }
        fail(offset, QStringLiteral("yaml-syntax"), plainMessage(text));
    }
    return result;
}

} // namespace YamlTreeBuilder
