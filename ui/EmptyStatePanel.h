#pragma once

#include <QWidget>

/// A panel that says plainly that it has nothing to show, and why. Used for panels whose
/// feature is not built yet, so nobody mistakes an empty panel for a broken one.
class EmptyStatePanel : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePanel(const QString& heading, const QString& explanation, QWidget* parent = nullptr);
};
