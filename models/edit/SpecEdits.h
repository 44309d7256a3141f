#pragma once

#include "SpecFormat.h"
#include "SpecTree.h"
#include "TextSplice.h"

#include <QString>

#include <optional>

/// Lossless structural edits of a spec's text. Each computes the one splice that makes the
/// change, keeping what the user wrote around it: comments, key order, quoting and
/// flow/block style, indentation, blank lines and line endings.
///
/// Paths are written as SpecTree::path() writes them (`spec.data_property_variations[0].base_distributions`).
/// Values are given decoded; each edit writes them in the style of what it replaces (or of
/// their neighbours), quoting only when the format needs it.
class SpecEdits
{
public:
    SpecEdits(const QByteArray& text, const SpecTree& tree, SpecFormat format);

    /// Sets a scalar (or an empty value) to `value`. A JSON number, boolean or null stays a bare
    /// literal when `value` is one; otherwise the scalar's quoting style is kept where it can be.
    std::optional<TextSplice> setScalar(const QString& path, const QString& value, QString* error) const;
    /// Replaces a scalar that has text of its own with `written`, taken as it is (the caller
    /// quotes it as needed); refused like setScalar() where the scalar cannot be found in the text.
    std::optional<TextSplice> replaceScalar(const QString& path, const QByteArray& written, QString* error) const;
    /// Removes a mapping entry (key and value) or a sequence item, with its separator or line.
    std::optional<TextSplice> remove(const QString& path, QString* error) const;
    /// Adds `key: value` at the end of a mapping. `rawValue` is inserted as written when true.
    std::optional<TextSplice> insertEntry(const QString& mappingPath,
                                          const QString& key,
                                          const QString& value,
                                          QString* error,
                                          bool rawValue = false) const;
    /// Inserts an item before position `index` of a sequence (at the end when index == size).
    /// In a block sequence, the later lines of a raw `value` (joined by lineBreak()) are
    /// indented under its first, so a mapping can be written as an item.
    std::optional<TextSplice> insertItem(const QString& sequencePath,
                                         qint32 index,
                                         const QString& value,
                                         QString* error,
                                         bool rawValue = false) const;

    /// Exchanges the items at `first` and `first + 1` of a sequence: each keeps its own text,
    /// comments on its lines included; what lies between them (blank lines, comment lines, a
    /// comma) stays where it is. One splice, so one undo step.
    std::optional<TextSplice> swapItems(const QString& sequencePath, qint32 first, QString* error) const;

    /// The same edits addressed by node, for keys a path cannot spell (with '.' or '[').
    std::optional<TextSplice> removeNode(qint32 node, QString* error) const;
    std::optional<TextSplice> insertEntryInto(qint32 mapping,
                                              const QString& key,
                                              const QString& value,
                                              QString* error,
                                              bool rawValue = false) const;
    std::optional<TextSplice>
    insertItemInto(qint32 sequence, qint32 index, const QString& value, QString* error, bool rawValue = false) const;

    /// How `value` is written as a new scalar in this format (plain where safe).
    QByteArray scalarText(const QString& value) const;
    /// How `value` is written as a new string: quoted when plain text would read as a number,
    /// boolean or null ("1", "yes"), so a reader gets the same string back.
    QByteArray stringText(const QString& value) const;

    /// The text's own line break: CRLF when it has one, LF otherwise.
    QByteArray lineBreak() const;

    /// Edits of texts up to this size are checked to parse before they are offered.
    static constexpr qint64 kCheckedBytes = 4 * 1024 * 1024;

private:
    /// The splice when its result still parses; otherwise nothing, and why in `error`.
    std::optional<TextSplice> checked(std::optional<TextSplice> splice, QString* error) const;
    std::optional<TextSplice> setScalarSplice(const QString& path, const QString& value, QString* error) const;
    std::optional<TextSplice> removeNodeSplice(qint32 node, QString* error) const;
    std::optional<TextSplice>
    insertEntrySplice(qint32 mapping, const QString& key, const QString& value, QString* error, bool rawValue) const;
    std::optional<TextSplice>
    insertItemSplice(qint32 sequence, qint32 index, const QString& value, QString* error, bool rawValue) const;
    qint32 resolve(const QString& path, QString* error) const;
    /// The scalar at `path` when its place in the text is known (an empty value's too, with
    /// `emptyToo`); kNoNode, with why in `error`, otherwise.
    qint32 placedScalar(const QString& path, bool emptyToo, QString* error) const;
    /// A flow collection written with its brackets (an implicit pair in a list has none).
    bool isBracketed(const SpecNode& collection) const;
    qint64 lineStart(qint64 offset) const;
    qint64 lineEnd(qint64 offset) const;
    qint64 nextLineStart(qint64 offset) const;
    QByteArray indentationOf(qint64 offset) const;
    QByteArray keyText(const QString& key) const;
    QByteArray valueText(const QString& value, bool raw) const;
    std::optional<TextSplice> removeFromFlow(qint32 node) const;
    std::optional<TextSplice> removeFromBlock(qint32 node) const;

    const QByteArray& m_text;
    const SpecTree& m_tree;
    SpecFormat m_format;
};
