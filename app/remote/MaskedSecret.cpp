#include "MaskedSecret.h"

#include <QRandomGenerator>

#include <cstring>

MaskedSecret::MaskedSecret(const QString& plain)
{
    QByteArray utf8 = plain.toUtf8();
    *this = MaskedSecret(utf8.constData(), utf8.size());
    explicit_bzero(utf8.data(), static_cast<size_t>(utf8.size()));
}

MaskedSecret::MaskedSecret(const char* utf8, qsizetype size)
    : m_pad(size, Qt::Uninitialized)
    , m_masked(size, Qt::Uninitialized)
{
    QRandomGenerator::system()->generate(m_pad.begin(), m_pad.end());
    for (qsizetype i = 0; i < size; ++i) {
        m_masked[i] = static_cast<char>(utf8[i] ^ m_pad.at(i));
    }
}

QString MaskedSecret::reveal() const
{
    QByteArray utf8(m_masked.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < m_masked.size(); ++i) {
        utf8[i] = static_cast<char>(m_masked.at(i) ^ m_pad.at(i));
    }
    const QString plain = QString::fromUtf8(utf8);
    explicit_bzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return plain;
}
