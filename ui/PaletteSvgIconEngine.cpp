#include "PaletteSvgIconEngine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

PaletteSvgIconEngine::PaletteSvgIconEngine(const QString& svgPath)
    : m_path(svgPath)
{
    QFile file(svgPath);
    if (file.open(QIODevice::ReadOnly)) {
        m_svg = file.readAll();
    }
}

QByteArray PaletteSvgIconEngine::svgFor(QIcon::Mode mode) const
{
    const QPalette palette = QGuiApplication::palette();
    const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
    const QPalette::ColorRole role = mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText;
    QByteArray svg = m_svg;
    return svg.replace("currentColor", palette.color(group, role).name().toLatin1());
}

void PaletteSvgIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(svgFor(mode));
    renderer.render(painter, rect);
}

QPixmap PaletteSvgIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap PaletteSvgIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal)
{
    // QIcon asks in device pixels already (16 px at 200 % arrives as 32 px) and sets the
    // ratio itself: drawing the vector at that size is what keeps it sharp.
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine* PaletteSvgIconEngine::clone() const
{
    return new PaletteSvgIconEngine(*this);
}

QString PaletteSvgIconEngine::key() const
{
    return QStringLiteral("PaletteSvgIconEngine");
}

bool PaletteSvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}
