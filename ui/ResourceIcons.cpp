#include "ResourceIcons.h"

#include "PaletteSvgIconEngine.h"

#include <QHash>

namespace ResourceIcons {

QIcon icon(const QString& path)
{
    // Never destroyed: a QIcon must not outlive QGuiApplication's teardown at exit, and the
    // handful of icons is kept for the whole run anyway. GUI thread only, as QIcon is.
    static auto* const icons = new QHash<QString, QIcon>;
    auto it = icons->constFind(path);
    if (it == icons->cend()) {
        it = icons->insert(path, QIcon(path));
    }
    return *it;
}

QIcon themed(const QString& path)
{
    static auto* const icons = new QHash<QString, QIcon>;
    auto it = icons->constFind(path);
    if (it == icons->cend()) {
        it = icons->insert(path, QIcon(new PaletteSvgIconEngine(path)));
    }
    return *it;
}

} // namespace ResourceIcons
