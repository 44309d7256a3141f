#pragma once

#include <QByteArray>
#include <QString>

/// A secret kept in memory XOR-masked with a random pad of its own, so its plain bytes exist
/// only while someone uses the value (and freed memory is wiped, see ScrubFreedMemory.cpp).
/// A core dump or a crash report taken between uses holds no copy a search would find.
class MaskedSecret
{
public:
    MaskedSecret() = default;
    explicit MaskedSecret(const QString& plain);
    /// Masks `size` bytes of UTF-8 at `utf8`, reading them once.
    MaskedSecret(const char* utf8, qsizetype size);

    QString reveal() const;
    bool isEmpty() const { return m_masked.isEmpty(); }

private:
    QByteArray m_pad;
    QByteArray m_masked;
};
