#pragma once

#include "AppSettings.h"

#include <QPalette>

/// SpecDesk's light and dark looks over the whole application.
///
/// System leaves the desktop's style and palette in charge. Light and Dark switch to the Fusion
/// style with SpecDesk's own palette, because native styles may ignore an application palette.
/// Widgets that paint themselves read the palette and follow it through QEvent::PaletteChange.
namespace Theme {

/// Applies the choice to the application; System puts back the style and palette the app
/// started with.
void apply(AppSettings::ThemeChoice choice);
/// Whether a palette is a dark one: its window colour is darker than mid-grey. (Qt 6.4 has no
/// QStyleHints::colorScheme(), so a System palette is judged by its colours.)
bool isDark(const QPalette& palette);
bool isDark(const QColor& background);
QPalette lightPalette();
QPalette darkPalette();

} // namespace Theme
