#pragma once

#include <QByteArray>
#include <QIconEngine>

/// Draws a monochrome SVG whose strokes say `currentColor` in the application palette's text
/// colour, at whatever size and device pixel ratio is asked: sharp at 200 %, and right on a
/// dark palette without a second set of files. The colour is read at paint time, so a theme
/// change repaints icons correctly without anyone resetting them.
class PaletteSvgIconEngine : public QIconEngine
{
public:
    explicit PaletteSvgIconEngine(const QString& svgPath);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine* clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    PaletteSvgIconEngine(const PaletteSvgIconEngine& other) = default;
    QByteArray svgFor(QIcon::Mode mode) const;

    QString m_path;
    QByteArray m_svg;
};
