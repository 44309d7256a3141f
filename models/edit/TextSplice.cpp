#include "TextSplice.h"

QByteArray TextSplice::applyTo(const QByteArray& text) const
{
    QByteArray result;
    result.reserve(text.size() - (end - start) + replacement.size());
    result.append(text.constData(), start);
    result.append(replacement);
    result.append(text.constData() + end, text.size() - end);
    return result;
}
