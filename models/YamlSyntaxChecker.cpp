#include "YamlSyntaxChecker.h"

#include "TextLocator.h"

#include <QCoreApplication>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <array>
#include <sstream>
#include <string_view>

namespace {

/// Accepts every event: only the parser's errors matter here.
class IgnoringEventHandler final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark&) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnMapEnd() override { }
};

struct PlainMessage
{
    std::string_view parserText;
    const char* plainText;
};

// yaml-cpp's messages are terse parser jargon; say the common ones in plain words.
constexpr std::array<PlainMessage, 12> kPlainMessages {{
    {"end of map not found", QT_TRANSLATE_NOOP("YamlSyntaxChecker", "A mapping is not closed where it should end.")},
    {"end of map flow not found",
     QT_TRANSLATE_NOOP("YamlSyntaxChecker", "A flow mapping '{' is not closed: a '}' is missing.")},
    {"end of sequence not found", QT_TRANSLATE_NOOP("YamlSyntaxChecker", "A list is not closed where it should end.")},
    {"end of sequence flow not found",
     QT_TRANSLATE_NOOP("YamlSyntaxChecker", "A flow list '[' is not closed: a ']' is missing.")},
    {"illegal map value",
     QT_TRANSLATE_NOOP("YamlSyntaxChecker",
                       "A 'key: value' pair is not allowed here; check the indentation or quote the text.")},
    {"illegal block entry",
     QT_TRANSLATE_NOOP("YamlSyntaxChecker", "A list item '- ' is not allowed here; check the indentation.")},
    {"illegal map key", QT_TRANSLATE_NOOP("YamlSyntaxChecker", "A mapping key is not allowed here.")},
    {"illegal flow end", QT_TRANSLATE_NOOP("YamlSyntaxChecker", "A closing bracket has no matching opening bracket.")},
    {"illegal EOF in scalar", QT_TRANSLATE_NOOP("YamlSyntaxChecker", "The file ends inside a quoted string.")},
    {"unknown token", QT_TRANSLATE_NOOP("YamlSyntaxChecker", "This text is not valid YAML here.")},
    {"the referenced anchor is not defined",
     QT_TRANSLATE_NOOP("YamlSyntaxChecker", "This alias refers to an anchor that is not defined.")},
    {"deep recursion", QT_TRANSLATE_NOOP("YamlSyntaxChecker", "The document is nested too deeply to read.")},
}};

QString plainMessage(const std::string& parserText)
{
    for (const PlainMessage& known : kPlainMessages) {
        if (std::string_view(parserText).starts_with(known.parserText)) {
            return QCoreApplication::translate("YamlSyntaxChecker", known.plainText);
        }
    }
    QString text = QString::fromStdString(parserText);
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return QCoreApplication::translate("YamlSyntaxChecker", "YAML syntax error: %1.").arg(text);
}

} // namespace

namespace YamlSyntaxChecker {

Diagnostics check(const QByteArray& content)
{
    // yaml-cpp does not count a UTF-8 BOM in its marks, so strip it and add it back.
    const qint64 bomLength = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    std::istringstream stream(std::string(content.constData() + bomLength, content.size() - bomLength));
    try {
        YAML::Parser parser(stream);
        IgnoringEventHandler handler;
        while (parser.HandleNextDocument(handler)) { }
    } catch (const YAML::Exception& error) {
        // A null mark (pos -1) means "somewhere at the end": point there.
        const qint64 offset = error.mark.pos < 0 ? content.size() : bomLength + error.mark.pos;
        const TextLocator::LineColumn where = TextLocator(content).locate(offset);
        return {Diagnostic {Diagnostic::Severity::Error,
                            where.line,
                            where.column,
                            offset,
                            QStringLiteral("yaml-syntax"),
                            plainMessage(error.msg)}};
    }
    return {};
}

} // namespace YamlSyntaxChecker
