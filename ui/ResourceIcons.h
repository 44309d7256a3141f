#pragma once

#include <QIcon>
#include <QString>

/// The icons compiled into SpecDesk, one QIcon per file for the whole app.
///
/// A QIcon made from an SVG afresh has a new cache key each time, so every repaint rasterises
/// it again and stores another copy in Qt's pixmap cache. Made on every tab refresh or slider
/// move, that filled the cache to its 10 MB limit over the first ten minutes of use (the soak,
/// docs/reliability.md) and kept the CPU busy redrawing the same few icons.
namespace ResourceIcons {
/// The icon of a resource path (ResourcePaths); made once, then shared.
QIcon icon(const QString& path);
/// A monochrome icon (ResourcePaths::actionIcon()) drawn in the palette's text colour.
QIcon themed(const QString& path);
} // namespace ResourceIcons
