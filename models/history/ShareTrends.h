#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// How each DataFramer share moved across a spec's versions: `positive` at 40 % in v1, 35 % in
/// v30. Read from the versions' texts alone, so it works offline.
struct ShareTrends
{
    struct Series
    {
        QString value;
        /// The share in percent per version, oldest first; nullopt where the version lacks it.
        QList<std::optional<double>> percents;
    };
    struct Property
    {
        QString name;
        QList<Series> series;
    };
    /// The versions' labels, oldest first ("v1", …, "Draft").
    QStringList versions;
    QList<Property> properties;

    /// One (label, text) per version, oldest first. A version that does not parse as a
    /// DataFramer spec keeps its column, empty.
    static ShareTrends read(const QList<std::pair<QString, QByteArray>>& versions);
};
