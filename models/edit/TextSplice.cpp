#include "TextSplice.h"

#include <algorithm>

QByteArray TextSplice::applyTo(const QByteArray& text) const
{
    // Callers check the range; clamping here keeps a bad one from reading past the text.
    const qint64 from = std::clamp<qint64>(start, 0, text.size());
    const qint64 to = std::clamp<qint64>(end, from, text.size());
    QByteArray result;
    result.reserve(text.size() - (to - from) + replacement.size());
    result.append(text.constData(), from);
    result.append(replacement);
    result.append(text.constData() + to, text.size() - to);
    return result;
}
