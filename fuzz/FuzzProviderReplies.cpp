// The three providers' reply parsers and request builders, fed a server's worst.
#include "AdobeFormat.h"
#include "DataFramerFormat.h"
#include "FuzzInput.h"
#include "RemoteError.h"
#include "ScaleGpFormat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    (void)DataFramerFormat::parseList(body);
    (void)DataFramerFormat::parseSpec(body);
    (void)ScaleGpFormat::parsePage(body);
    (void)ScaleGpFormat::parseSpec(body);
    (void)AdobeFormat::parseList(body);
    (void)AdobeFormat::parseSpec(body);
    for (ApiKind api : {ApiKind::DataFramer, ApiKind::ScaleGp, ApiKind::Adobe}) {
        if (RemoteErrors::fromReply(api, 400 + int(size % 200), body, body.left(40)).message.isEmpty()) {
            __builtin_trap(); // an error must always say something
        }
    }
    const QList<QByteArray> parts = fuzzParts(body, 2);
    (void)ScaleGpFormat::patchBody(parts[0], parts[1]);
    (void)AdobeFormat::putBody(parts[0], QStringLiteral("id"));
    (void)DataFramerFormat::updateBody(parts[1]);
    return 0;
}
