#pragma once

#include <QString>

/// Paths of the files compiled into SpecDesk, named once so a typo is a compile error.
namespace ResourcePaths {
QString appIcon();
QString collectionIcon();
/// Icon for a spec kind, by the kind's stable id ("dataframer", "scalegp", "adobe", "yaml", "json").
QString kindIcon(const QString& kindId);
/// Lock toggles of the distribution panel.
QString lockIcon(bool locked);
/// Monochrome action icons drawn in `currentColor` ("open", "save", "sync", "sync-all", "undo",
/// "redo", "command-palette", "keyboard", "settings", "sandbox", "connection", "file"); the
/// app paints them in the palette's text colour.
QString actionIcon(const QString& name);
/// Sync status icons by SyncStates::id() ("synced", "draft", "queued", "conflict", "error"),
/// plus "offline". Each has its own shape, so colour is never the only cue.
QString statusIcon(const QString& name);
QString sampleDataFramer();
QString sampleScaleGp();
QString sampleAdobeFlow();
} // namespace ResourcePaths
