#include "StoreQuery.h"

#include "PreparedQuery.h"

namespace StoreQuery {

QString plainMessage(const QSqlError& error)
{
    // SQLite's primary result codes (the low byte of an extended one).
    enum : int {
        Busy = 5,
        Locked = 6,
        ReadOnly = 8,
        IoError = 10,
        Corrupt = 11,
        Full = 13,
        CantOpen = 14,
        NotADb = 26
    };
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    const auto text = [](const char* sentence) { return QCoreApplication::translate("WorkspaceStore", sentence); };
    if (numeric) {
        switch (code) {
        case Full:
            return text(
                QT_TRANSLATE_NOOP("WorkspaceStore", "The disk that holds the workspace is full. Free some space."));
        case Busy:
        case Locked:
            return text(QT_TRANSLATE_NOOP(
                "WorkspaceStore",
                "Another program is holding the workspace database locked. It is tried again shortly."));
        case ReadOnly:
            return text(QT_TRANSLATE_NOOP(
                "WorkspaceStore",
                "The workspace folder is read-only, so nothing can be saved there. Check its permissions."));
        case IoError:
        case CantOpen:
            return text(
                QT_TRANSLATE_NOOP("WorkspaceStore",
                                  "The disk that holds the workspace could not be read or written. Check that it is "
                                  "still there and has space."));
        case Corrupt:
        case NotADb:
            return text(QT_TRANSLATE_NOOP(
                "WorkspaceStore",
                "The workspace database is damaged. Close SpecDesk, keep a copy of the workspace folder, "
                "and start SpecDesk with another workspace (--workspace DIR)."));
        default:
            break;
        }
    }
    return QCoreApplication::translate("WorkspaceStore", "The workspace database refused a change: %1")
        .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

Snapshot::Snapshot(const QSqlDatabase& db)
    : m_db(db)
{
    PreparedQuery begin(m_db, QStringLiteral("SAVEPOINT snapshot"));
    m_open = begin.run(nullptr);
    if (!m_open) {
        qCWarning(lcStore) << "could not take a snapshot";
    }
}

Snapshot::~Snapshot()
{
    if (m_open) {
        PreparedQuery release(m_db, QStringLiteral("RELEASE snapshot"));
        if (!release.run(nullptr)) {
            qCWarning(lcStore) << "could not release a snapshot";
        }
    }
}

} // namespace StoreQuery
