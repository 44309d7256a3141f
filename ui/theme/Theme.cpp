#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <memory>

namespace {

const QString kOverrideStyle = QStringLiteral("Fusion");

/// The style the application had before the first override, to go back to for System.
QString& originalStyleName()
{
    static QString name;
    return name;
}

bool& overriding()
{
    static bool active = false;
    return active;
}

void setApplicationPalette(const QPalette& palette)
{
    QApplication::setPalette(palette);
    // Qt 6.4 does not pass a new application palette on to the widgets that already exist (they
    // keep their old colours until recreated); each window resolves it again here and hands it
    // down to its children, which then see QEvent::PaletteChange.
    QEvent changed(QEvent::ApplicationPaletteChange);
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        QCoreApplication::sendEvent(window, &changed);
    }
}

} // namespace

namespace Theme {

bool isDark(const QColor& background)
{
    return background.lightness() < 128;
}

bool isDark(const QPalette& palette)
{
    return isDark(palette.color(QPalette::Active, QPalette::Window));
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(kOverrideStyle));
    return fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x26, 0x6e, 0xc4);
    QPalette palette(window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2d));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x38, 0x38, 0x3c));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5a));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    return palette;
}

void apply(AppSettings::ThemeChoice choice)
{
    if (choice == AppSettings::ThemeChoice::System) {
        if (!overriding()) {
            return; // nothing to undo: the desktop's look is still in place
        }
        overriding() = false;
        QApplication::setStyle(originalStyleName());
        // An empty palette hands the colours back to the platform and the style.
        setApplicationPalette(QPalette());
        return;
    }
    if (!overriding()) {
        originalStyleName() = QApplication::style()->name();
        overriding() = true;
    }
    if (QApplication::style()->name().compare(kOverrideStyle, Qt::CaseInsensitive) != 0) {
        QApplication::setStyle(kOverrideStyle);
    }
    setApplicationPalette(choice == AppSettings::ThemeChoice::Dark ? darkPalette() : lightPalette());
}

} // namespace Theme
