#pragma once

#include <QByteArray>

#include <optional>

/// What to do about a file whose text may have changed on disk, from three texts: the one
/// SpecDesk last loaded from or saved to the file (the base), the editor's, and the disk's.
/// Like a sync: (local, base, remote) decide between nothing, a pull, and asking.
enum class DiskChange {
    None, ///< the file still holds the base: nothing changed on disk
    Adopt, ///< the file changed to exactly the editor's text: only remember that it holds it
    Reload, ///< the file changed and the editor holds the base: take the file's text
    Ask, ///< the file changed and the editor holds edits of its own: the user decides
    Missing, ///< the file is gone (deleted or moved away)
};

namespace DiskChanges {
/// `diskText` is empty when the file is gone. `isBase` tells whether a text is the base
/// (the workspace keeps only its hash).
template <typename IsBase>
DiskChange assess(const QByteArray& editorText, const std::optional<QByteArray>& diskText, IsBase isBase)
{
    if (!diskText) {
        return DiskChange::Missing;
    }
    if (*diskText == editorText) {
        return isBase(editorText) ? DiskChange::None : DiskChange::Adopt;
    }
    if (isBase(*diskText)) {
        return DiskChange::None;
    }
    return isBase(editorText) ? DiskChange::Reload : DiskChange::Ask;
}
} // namespace DiskChanges
