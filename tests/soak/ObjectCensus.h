#pragma once

#include <QByteArray>
#include <QMap>

class QObject;

/// Counts the live QObjects of this process by class, through the hooks Qt keeps for
/// introspection tools (qtHookData, as GammaRay uses them): every QObject's constructor and
/// destructor report to it. A soak run uses it twice: an object kind whose number keeps
/// growing is a leak, and at the end no request object (RemoteCall, HttpExchange, SpecJob,
/// QNetworkReply...) may still be alive.
///
/// Only objects created on the main thread are counted: the ones the app's code makes. Qt's
/// own worker threads (the network thread, the thread pool) come and go on their own.
namespace ObjectCensus {

/// Installs the hooks; call first thing in main(), before QApplication exists.
bool install();
/// Live main-thread objects by class name.
QMap<QByteArray, int> byClass();
/// Live main-thread objects of `className` or a class that inherits it.
int countInheriting(const char* className);
int total();

} // namespace ObjectCensus
