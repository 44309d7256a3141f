#include "SpecTree.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

QString SpecTree::tooManyNodesMessage()
{
    return QCoreApplication::translate("SpecTree",
                                       "This document holds more than %L1 keys and values, more than SpecDesk "
                                       "checks; its text is kept as it is, without checks.")
        .arg(kMaxNodes);
}

void SpecTree::reserveValues(qint64 textBytes)
{
    // A smaller block would come from the heap, where room is memory.
    if (textBytes >= qint64(HugePages::kOwnMappingFrom)) {
        m_values.reserve(size_t(textBytes));
    }
}

qint32 SpecTree::append(SpecNode node, std::string_view value)
{
    if (size() >= kMaxNodes) {
        throw TooManyNodes {node.start};
    }
    constexpr qint32 kStopCheckMask = 4095;
    if ((size() & kStopCheckMask) == 0 && m_stop.stop_requested()) {
        throw Abandoned {};
    }
    const qint32 index = size();
    node.indexInParent = 0;
    node.nextSibling = kNoNode;
    if (node.isCollection()) {
        node.m_firstChildOrValue = kNoNode;
        node.m_childCountOrValueSize = 0;
    } else {
        node.m_firstChildOrValue = qint32(m_values.size());
        node.m_childCountOrValueSize = quint32(value.size());
        m_values.append(value);
    }
    if (node.parent != kNoNode) {
        while (!m_open.empty() && m_open.back().node > node.parent) {
            m_open.pop_back();
        }
        SpecNode& parent = mutableNode(node.parent);
        node.indexInParent = parent.m_childCountOrValueSize;
        if (!m_open.empty() && m_open.back().node == node.parent) {
            mutableNode(m_open.back().lastChild).nextSibling = index;
            m_open.back().lastChild = index;
        } else {
            Q_ASSERT(parent.m_childCountOrValueSize == 0);
            parent.m_firstChildOrValue = index;
            m_open.push_back({node.parent, index});
        }
        ++parent.m_childCountOrValueSize;
    }
    if ((index & kBlockMask) == 0) {
        m_blocks.emplace_back();
        if (index > 0) {
            m_blocks.back().reserve(size_t(kBlockMask) + 1);
        }
    }
    m_blocks.back().push_back(node);
    ++m_size;
    return index;
}

qint32 SpecTree::child(qint32 mapping, std::string_view key) const
{
    if (mapping == kNoNode || !node(mapping).isMapping()) {
        return kNoNode;
    }
    for (qint32 c = node(mapping).firstChild(); c != kNoNode; c = node(c).nextSibling) {
        if (keyOf(c) == key) {
            return c;
        }
    }
    return kNoNode;
}

qint32 SpecTree::lastChild(qint32 collection) const
{
    qint32 last = kNoNode;
    for (qint32 c = node(collection).firstChild(); c != kNoNode; c = node(c).nextSibling) {
        last = c;
    }
    return last;
}

qint32 SpecTree::item(qint32 sequence, qint32 index) const
{
    if (sequence == kNoNode || !node(sequence).isSequence() || index < 0) {
        return kNoNode;
    }
    for (qint32 c = node(sequence).firstChild(); c != kNoNode; c = node(c).nextSibling) {
        if (qint32(node(c).indexInParent) == index) {
            return c;
        }
    }
    return kNoNode;
}

qint32 SpecTree::keyNode(qint32 index) const
{
    const SpecNode& value = node(index);
    if (!value.hasKey) {
        return kNoNode;
    }
    // The node just before the value is its key, or the last node inside a collection used as
    // the key: climb from there to the node that sits in the value's mapping.
    qint32 key = index - 1;
    while (key != kNoNode && node(key).parent != value.parent) {
        key = node(key).parent;
    }
    return key;
}

std::string_view SpecTree::keyOf(qint32 index) const
{
    const qint32 key = keyNode(index);
    return key != kNoNode && node(key).isScalar() ? value(key) : std::string_view();
}

QString SpecTree::path(qint32 index) const
{
    QStringList parts;
    for (qint32 n = index; n != kNoNode && node(n).parent != kNoNode; n = node(n).parent) {
        const SpecNode& parent = node(node(n).parent);
        if (parent.isSequence()) {
            parts.prepend(QStringLiteral("[%1]").arg(node(n).indexInParent));
        } else {
            const std::string_view key = keyOf(n);
            parts.prepend(QLatin1Char('.') + QString::fromUtf8(key.data(), qsizetype(key.size())));
        }
    }
    QString result = parts.join(QString());
    return result.startsWith(QLatin1Char('.')) ? result.mid(1) : result;
}

qint32 SpecTree::find(const QString& path) const
{
    qint32 current = root();
    qsizetype i = 0;
    while (current != kNoNode && i < path.size()) {
        if (path.at(i) == QLatin1Char('[')) {
            const qsizetype close = path.indexOf(QLatin1Char(']'), i);
            if (close < 0) {
                return kNoNode;
            }
            bool ok = false;
            const int index = path.mid(i + 1, close - i - 1).toInt(&ok);
            current = ok ? item(current, index) : kNoNode;
            i = close + 1;
            continue;
        }
        if (path.at(i) == QLatin1Char('.')) {
            ++i;
        }
        qsizetype stop = i;
        while (stop < path.size() && path.at(stop) != QLatin1Char('.') && path.at(stop) != QLatin1Char('[')) {
            ++stop;
        }
        current = child(current, path.mid(i, stop - i).toStdString());
        i = stop;
    }
    return current;
}

qint32 SpecTree::nodeAt(qint64 offset) const
{
    qint32 current = root();
    if (current == kNoNode || offset < node(current).start || offset > node(current).end) {
        return kNoNode;
    }
    // Descend while a child holds the offset; ranges of siblings never overlap.
    for (;;) {
        qint32 next = kNoNode;
        for (qint32 c = node(current).firstChild(); c != kNoNode; c = node(c).nextSibling) {
            const qint32 key = keyNode(c);
            const bool onKey = key != kNoNode && offset >= node(key).start && offset <= node(key).end;
            if (onKey || (offset >= node(c).start && offset <= node(c).end)) {
                next = c;
                break;
            }
            if (node(c).start > offset && !onKey) {
                break;
            }
        }
        if (next == kNoNode) {
            return current;
        }
        current = next;
    }
}
