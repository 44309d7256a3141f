#pragma once

#include "ApiKind.h"

#include <QList>
#include <QString>
#include <QUrl>

class RemoteContext;

/// A workspace of 5,000 remote specs across six connections of the three APIs, and how the
/// real main window copes with it: the tree with every connection expanded, and a filter typed
/// key by key, with the GUI thread watched for stalls all along.
namespace ScaleBench {

struct ConnectionPlan
{
    QString name;
    ApiKind api = ApiKind::DataFramer;
    int specs = 0;
    int server = 0; ///< which of the two loopback servers it points at
};

/// The six connections and their number of specs: 5,000 in all.
QList<ConnectionPlan> plan();

/// Fills the workspace of `context` with the plan's connections and their specs as their
/// servers sent them, through ConnectionStore and RemoteSpecStore, plus one draft in fifty
/// DataFramer specs. `servers` gives each plan entry's server root (two entries: server 0 and 1);
/// an empty list points every connection at a loopback port nobody listens on.
bool fill(RemoteContext* context, const QList<QUrl>& servers, QString* error);

struct Figures
{
    int specs = 0;
    double windowMs = 0; ///< store open + MainWindow built + shown + first painted
    double expandPaintMs = 0; ///< the slowest of the six expands (250 ms apart), to the tree repainted
    double refreshMs = 0; ///< from the first expand until every connection's refresh finished
    int refreshed = 0; ///< DataFramer specs the servers sent during those refreshes
    int loaded = 0; ///< connections whose refresh succeeded (of 6)
    int largestRefreshed = 0; ///< the specs of the largest DataFramer connection
    double largestRefreshMs = 0; ///< its refresh, from the click on its arrow until done
    double loadStallMs = 0; ///< the longest GUI-thread stall while expanding and refreshing
    int keys = 0;
    double keyMedianMs = 0; ///< a filter key, from the key press to the tree repainted
    double keyMaxMs = 0;
    int matchesAtEnd = 0; ///< specs the whole filter text matched
    double filterStallMs = 0; ///< the longest GUI-thread stall while typing and clearing it
};

Figures measure();

} // namespace ScaleBench
