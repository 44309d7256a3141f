#include "RemoteSpec.h"

#include <QCoreApplication>

namespace RemoteStatuses {

QString id(RemoteStatus status)
{
    switch (status) {
    case RemoteStatus::Ready:
        return QStringLiteral("ready");
    case RemoteStatus::Processing:
        return QStringLiteral("processing");
    case RemoteStatus::Failed:
        return QStringLiteral("failed");
    case RemoteStatus::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

RemoteStatus fromId(const QString& text)
{
    for (RemoteStatus candidate :
         {RemoteStatus::Processing, RemoteStatus::Failed, RemoteStatus::Archived, RemoteStatus::Ready}) {
        if (text == id(candidate)) {
            return candidate;
        }
    }
    return RemoteStatus::Ready;
}

QString badge(RemoteStatus status)
{
    switch (status) {
    case RemoteStatus::Ready:
        return {};
    case RemoteStatus::Processing:
        return QCoreApplication::translate("RemoteStatuses", "PROCESSING");
    case RemoteStatus::Failed:
        return QCoreApplication::translate("RemoteStatuses", "FAILED");
    case RemoteStatus::Archived:
        return QCoreApplication::translate("RemoteStatuses", "archived");
    }
    return {};
}

} // namespace RemoteStatuses

QString RemoteSpec::readOnlyReason() const
{
    switch (status) {
    case RemoteStatus::Processing:
        return QCoreApplication::translate("RemoteSpec",
                                           "DataFramer is still generating this spec (status PROCESSING). "
                                           "It can be edited once it has SUCCEEDED.");
    case RemoteStatus::Failed:
        return statusDetail.isEmpty()
                   ? QCoreApplication::translate("RemoteSpec",
                                                 "DataFramer could not generate this spec (status FAILED).")
                   : QCoreApplication::translate("RemoteSpec",
                                                 "DataFramer could not generate this spec (status FAILED): %1")
                         .arg(statusDetail);
    case RemoteStatus::Archived:
        return QCoreApplication::translate("RemoteSpec", "This spec is archived. Restore it to edit it.");
    case RemoteStatus::Ready:
        break;
    }
    if (!hasContent) {
        return QCoreApplication::translate("RemoteSpec", "The server sent no content for this spec.");
    }
    return {};
}
