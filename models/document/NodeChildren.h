#pragma once

#include <QtGlobal>

#include <unordered_map>
#include <vector>

class SpecTree;

/// The children of a SpecTree's nodes as lists, each read once when first asked for: a tree
/// view asks for a row's children again and again, and a node only links to its first child and
/// each child to the next.
class NodeChildren
{
public:
    /// Forgets every list; `tree` is read from now on (it must outlive the next reset).
    void reset(const SpecTree* tree);
    const std::vector<qint32>& of(qint32 node) const;

private:
    const SpecTree* m_tree = nullptr;
    mutable std::unordered_map<qint32, std::vector<qint32>> m_lists;
};
