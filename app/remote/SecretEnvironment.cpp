#include "SecretEnvironment.h"

#include "MaskedSecret.h"

#include <QHash>
#include <QMutex>

#include <cstdlib>
#include <cstring>

namespace {

MaskedSecret takeFromEnvironment(const QString& variable)
{
    char* raw = std::getenv(variable.toLocal8Bit().constData());
    if (raw == nullptr) {
        return {};
    }
    const size_t size = std::strlen(raw);
    const MaskedSecret secret(raw, static_cast<qsizetype>(size));
    explicit_bzero(raw, size);
    return secret;
}

} // namespace

QString SecretEnvironment::take(const QString& variable)
{
    static QMutex mutex;
    static QHash<QString, MaskedSecret> taken;
    const QMutexLocker lock(&mutex);
    auto it = taken.find(variable);
    if (it == taken.end()) {
        it = taken.insert(variable, takeFromEnvironment(variable));
    }
    return it->reveal();
}
