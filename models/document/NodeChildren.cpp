#include "NodeChildren.h"

#include "SpecTree.h"

void NodeChildren::reset(const SpecTree* tree)
{
    m_tree = tree;
    m_lists.clear();
}

const std::vector<qint32>& NodeChildren::of(qint32 node) const
{
    const auto found = m_lists.find(node);
    if (found != m_lists.end()) {
        return found->second;
    }
    std::vector<qint32>& children = m_lists[node];
    children.reserve(size_t(m_tree->node(node).childCount()));
    for (qint32 child = m_tree->node(node).firstChild(); child != SpecTree::kNoNode;
         child = m_tree->node(child).nextSibling) {
        children.push_back(child);
    }
    return children;
}
