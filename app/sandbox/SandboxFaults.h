#pragma once

#include "SandboxFault.h"

#include <QJsonValue>
#include <QList>

#include <optional>

/// The faults waiting to hit API requests, checked in the order they were added. Each one is
/// spent after `times` matches, so a test can say "the next PUT fails once" and then rely on the
/// retry succeeding.
class SandboxFaults
{
public:
    void add(const SandboxFault& fault);
    void clear();
    bool isEmpty() const { return m_faults.isEmpty(); }
    qsizetype size() const { return m_faults.size(); }

    /// The first unspent fault matching the request, counted as used; nullopt when none does.
    std::optional<SandboxFault> take(const QByteArray& method, const QString& path);

    /// Reads the control endpoint's body: one fault object or an array of them.
    static bool fromJson(const QJsonValue& json, QList<SandboxFault>* faults, QString* error);
    static QString kindName(SandboxFault::Kind kind);
    static bool kindFromName(const QString& name, SandboxFault::Kind* kind);

private:
    QList<SandboxFault> m_faults;
};
