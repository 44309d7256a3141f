#pragma once

#include "ApiKind.h"

#include <QByteArray>

/// Whether two texts of a spec mean the same to its server: what the sync engine asks before it
/// writes ("does the server already hold this draft?") and after ("did the server take it?").
namespace SpecComparison {
/// DataFramer: the same bytes, since the server stores `content_yaml` as sent. Scale GP: the
/// same editable fields (the server owns the rest). Adobe: the same fields apart from the
/// server-owned ones (`updatedAt` and friends). Text that is not JSON compares by bytes.
bool sameOnServer(ApiKind api, const QByteArray& a, const QByteArray& b);
} // namespace SpecComparison
