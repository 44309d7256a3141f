#pragma once

#include "HugePageAllocator.h"

#include <QString>

#include <stop_token>
#include <string>
#include <vector>

/// One node of a parsed spec: a mapping, a sequence, a scalar or an alias, with the exact
/// byte range it occupies in the text. 28 bytes: a 10 MB spec has up to a million of them, two
/// trees are alive while an edit is analysed, and each byte here is a megabyte there. So a
/// collection's children and a scalar's value share their fields, a parent's last child is
/// known only while the tree is built, and a value finds its key by where it is
/// (SpecTree::keyNode()).
struct SpecNode
{
    enum class Type : quint8 {
        Mapping,
        Sequence,
        Scalar,
        Alias, ///< a YAML `*name`; never followed, so alias bombs cannot expand
    };
    enum class Style : quint8 {
        Block, ///< block mapping or sequence
        Flow, ///< `{…}` / `[…]`, and every JSON container
        Plain,
        SingleQuoted,
        DoubleQuoted,
        Literal, ///< `|`
        Folded, ///< `>`
        Null, ///< an empty YAML value; its range is empty
    };

    Type type : 2 = Type::Scalar;
    Style style : 3 = Style::Plain;
    /// 26 bits hold it: a tree has at most SpecTree::kMaxNodes nodes.
    quint32 indexInParent : 26 = 0;
    /// True for a value inside a mapping: its key is a node too, though not a child.
    bool hasKey : 1 = false;
    qint32 parent = -1;
    qint32 nextSibling = -1;
    /// Byte offsets of the first byte and one past the last. 32 bits hold them: texts past
    /// DocumentParser::kMaxBytes (32 MB) are not parsed.
    qint32 start = 0;
    qint32 end = 0;

    bool isScalar() const { return type == Type::Scalar; }
    bool isMapping() const { return type == Type::Mapping; }
    bool isSequence() const { return type == Type::Sequence; }
    bool isCollection() const { return isMapping() || isSequence(); }
    qint32 firstChild() const { return isCollection() ? m_firstChildOrValue : -1; }
    qint32 childCount() const { return isCollection() ? qint32(m_childCountOrValueSize) : 0; }

private:
    friend class SpecTree;
    /// A collection's first child, or where SpecTree::value() finds a scalar's decoded value in
    /// the tree's value store.
    qint32 m_firstChildOrValue = -1;
    /// A collection's number of children, or the size of a scalar's value.
    quint32 m_childCountOrValueSize = 0;
};
static_assert(sizeof(SpecNode) == 28, "a node's size is a megabyte per byte on a 10 MB spec");

/// A parsed document as a flat array of nodes. Indices stay valid for the tree's life, and a
/// walk needs no recursion, so hostile nesting cannot overflow the stack.
class SpecTree
{
public:
    static constexpr qint32 kNoNode = -1;
    /// The most nodes a document may have. Every node costs memory in the tree and in what is
    /// built on it (outline, checks), so a document past this gets a clear error instead of
    /// gigabytes: a 10 MB spec has well under a million, a file of a million keys has two.
    static constexpr qint32 kMaxNodes = 1'500'000;
    static_assert(kMaxNodes < (1 << 26), "SpecNode::indexInParent holds a child's place");
    /// Thrown by append() past kMaxNodes; the builders turn it into an error at `offset`.
    struct TooManyNodes
    {
        qint64 offset = 0;
    };
    /// The error for a document past kMaxNodes.
    static QString tooManyNodesMessage();
    /// Thrown by append() once the builder's stop token (abandonWhen()) is set: nobody wants
    /// the tree any more, because the text it is built from has changed.
    struct Abandoned
    {
    };
    /// Lets whoever started the build stop it. append() looks at the token every few thousand
    /// nodes, so a 10 MB spec's build stops within a millisecond or so.
    void abandonWhen(std::stop_token stop) { m_stop = std::move(stop); }
    /// Sets room for the values of a tree built from `textBytes` of text, which they exceed
    /// only by YAML's `\L` and `\P` escapes (2 bytes decoded into 3). Grown by doubling, a 10 MB spec's 5 MB of values
    /// held up to 8 MB, and 12 MB while the last doubling copied them; reserved, a big block takes memory only for the
    /// pages the values fill (it is mapped on its own, see HugePages::mapLargeBlocks()).
    /// Smaller texts reserve nothing.
    void reserveValues(qint64 textBytes);

    bool isEmpty() const { return m_size == 0; }
    qint32 root() const { return m_size == 0 ? kNoNode : 0; }
    qint32 size() const { return m_size; }
    const SpecNode& node(qint32 index) const
    {
        return m_blocks[size_t(index >> kBlockBits)][size_t(index & kBlockMask)];
    }
    /// A scalar's decoded value (quotes and escapes resolved), UTF-8; empty for other nodes.
    std::string_view value(qint32 index) const { return value(node(index)); }
    std::string_view value(const SpecNode& node) const
    {
        if (node.isCollection()) {
            return {};
        }
        return std::string_view(m_values).substr(size_t(node.m_firstChildOrValue), node.m_childCountOrValueSize);
    }

    /// The value under `key` in a mapping, or kNoNode. The first of duplicate keys wins.
    qint32 child(qint32 mapping, std::string_view key) const;
    /// A collection's last child, or kNoNode: found by walking its children, for edits only.
    qint32 lastChild(qint32 collection) const;
    /// The item at `index` of a sequence, or kNoNode.
    qint32 item(qint32 sequence, qint32 index) const;
    /// The key of a value inside a mapping, or kNoNode. Builders append a key just before its
    /// value (a collection used as a key, with its own nodes), so it is found, not stored.
    qint32 keyNode(qint32 index) const;
    /// A scalar key's text, for a value inside a mapping; empty otherwise.
    std::string_view keyOf(qint32 index) const;
    /// The node's address in documents: `spec.data_property_variations[1].base_distributions.neutral`.
    QString path(qint32 index) const;
    /// The node at a path written as path() writes it, or kNoNode.
    qint32 find(const QString& path) const;
    /// The innermost node whose range holds `offset` (ties go to the deeper node).
    qint32 nodeAt(qint64 offset) const;

    /// Builders append nodes in document order, a scalar with its decoded value; a child's
    /// parent must already exist. Throws TooManyNodes past kMaxNodes.
    qint32 append(SpecNode node, std::string_view value = {});
    SpecNode& mutableNode(qint32 index) { return m_blocks[size_t(index >> kBlockBits)][size_t(index & kBlockMask)]; }

    /// Where a second YAML document starts (`---`), or -1. The tree holds only the first one,
    /// and a server that reads one spec per text refuses the rest.
    qint64 laterDocumentAt() const { return m_laterDocumentAt; }
    void setLaterDocumentAt(qint64 offset) { m_laterDocumentAt = offset; }

private:
    /// The nodes live in blocks of 65,536 (3 MB): a tree grows without copying what it holds and
    /// without reserving for a size it can only guess, so it takes what its nodes need and no
    /// more. Only the first block grows by doubling, so a small document stays small.
    static constexpr int kBlockBits = 16;
    static constexpr qint32 kBlockMask = (1 << kBlockBits) - 1;
    using NodeBlock = std::vector<SpecNode, HugePageAllocator<SpecNode>>;
    std::vector<NodeBlock> m_blocks;
    qint32 m_size = 0;
    /// Every scalar's value, one after another: one block instead of a string per node.
    std::basic_string<char, std::char_traits<char>, HugePageAllocator<char>> m_values;
    qint64 m_laterDocumentAt = -1;
    std::stop_token m_stop;
    /// While the tree is built: each collection that has children and may get more, with its
    /// last child, outermost first. Nodes come in document order, so a child of one of them
    /// closes every collection after it, and this never holds more than the nesting depth.
    struct OpenCollection
    {
        qint32 node;
        qint32 lastChild;
    };
    std::vector<OpenCollection> m_open;
};
