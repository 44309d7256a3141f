#include "DocumentParser.h"

#include "JsonTreeBuilder.h"
#include "TextLocator.h"
#include "YamlTreeBuilder.h"

#include <QCoreApplication>

namespace {

ParseResult failure(const QByteArray& content, qint64 offset, const QString& code, const QString& message)
{
    const TextLocator::LineColumn where = TextLocator(content).locate(offset);
    return {{}, {Diagnostic::make(Diagnostic::Severity::Error, where.line, where.column, offset, code, message)}};
}

int utf8SequenceLength(unsigned char lead)
{
    if (lead < 0x80) {
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        return 4;
    }
    return 0;
}

} // namespace

namespace DocumentParser {

qint64 firstInvalidUtf8(const QByteArray& content)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(content.constData());
    const qint64 size = content.size();
    for (qint64 i = 0; i < size;) {
        const int length = utf8SequenceLength(bytes[i]);
        if (length == 0 || i + length > size) {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return i;
            }
        }
        // Reject overlong forms and surrogates, as RFC 3629 requires.
        if ((bytes[i] == 0xE0 && bytes[i + 1] < 0xA0) || (bytes[i] == 0xED && bytes[i + 1] > 0x9F)
            || (bytes[i] == 0xF0 && bytes[i + 1] < 0x90) || (bytes[i] == 0xF4 && bytes[i + 1] > 0x8F)) {
            return i;
        }
        i += length;
    }
    return -1;
}

ParseResult parse(const QByteArray& content, SpecFormat format, std::stop_token stop)
{
    if (content.size() > kMaxBytes) {
        return failure(
            {},
            0,
            QStringLiteral("too-large"),
            QCoreApplication::translate("DocumentParser", "This file is %1 MB; SpecDesk reads specs of up to %2 MB.")
                .arg(content.size() / (1024 * 1024))
                .arg(kMaxBytes / (1024 * 1024)));
    }
    const qsizetype nul = content.indexOf('\0');
    if (nul >= 0) {
        return failure(content,
                       nul,
                       QStringLiteral("binary-content"),
                       QCoreApplication::translate("DocumentParser",
                                                   "This file holds a NUL byte, so it is binary data, not text."));
    }
    const qint64 invalid = firstInvalidUtf8(content);
    if (invalid >= 0) {
        return failure(content,
                       invalid,
                       QStringLiteral("invalid-utf8"),
                       QCoreApplication::translate("DocumentParser",
                                                   "This byte is not valid UTF-8; specs must be saved as UTF-8 text."));
    }
    return format == SpecFormat::Json ? JsonTreeBuilder::parse(content, std::move(stop))
                                      : YamlTreeBuilder::parse(content, std::move(stop));
}

} // namespace DocumentParser
