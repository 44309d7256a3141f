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
QString sampleDataFramer();
QString sampleScaleGp();
QString sampleAdobeFlow();
} // namespace ResourcePaths
