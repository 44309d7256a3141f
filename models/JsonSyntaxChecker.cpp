#include "JsonSyntaxChecker.h"

#include "TextLocator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString plainMessage(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return QCoreApplication::translate("JsonSyntaxChecker", "An object is not closed: a '}' or a ',' is missing.");
    case QJsonParseError::MissingNameSeparator:
        return QCoreApplication::translate("JsonSyntaxChecker",
                                           "A ':' is missing between an object key and its value.");
    case QJsonParseError::UnterminatedArray:
        return QCoreApplication::translate("JsonSyntaxChecker", "An array is not closed: a ']' or a ',' is missing.");
    case QJsonParseError::MissingValueSeparator:
        return QCoreApplication::translate("JsonSyntaxChecker", "A ',' is missing between two values.");
    case QJsonParseError::IllegalValue:
        return QCoreApplication::translate("JsonSyntaxChecker",
                                           "This is not a valid JSON value (strings need double quotes; "
                                           "true, false and null are written in lower case).");
    case QJsonParseError::TerminationByNumber:
        return QCoreApplication::translate("JsonSyntaxChecker", "The document ends in the middle of a number.");
    case QJsonParseError::IllegalNumber:
        return QCoreApplication::translate("JsonSyntaxChecker", "This number is not valid JSON.");
    case QJsonParseError::IllegalEscapeSequence:
        return QCoreApplication::translate("JsonSyntaxChecker", "This escape sequence is not valid in a JSON string.");
    case QJsonParseError::IllegalUTF8String:
        return QCoreApplication::translate("JsonSyntaxChecker", "This string holds bytes that are not valid UTF-8.");
    case QJsonParseError::UnterminatedString:
        return QCoreApplication::translate("JsonSyntaxChecker", "A string is not closed: a '\"' is missing.");
    case QJsonParseError::MissingObject:
        return QCoreApplication::translate("JsonSyntaxChecker", "A value is expected here.");
    case QJsonParseError::DeepNesting:
        return QCoreApplication::translate("JsonSyntaxChecker",
                                           "The document is nested too deeply (more than 1024 levels).");
    case QJsonParseError::DocumentTooLarge:
        return QCoreApplication::translate("JsonSyntaxChecker", "The document is too large to read.");
    case QJsonParseError::GarbageAtEnd:
        return QCoreApplication::translate("JsonSyntaxChecker", "There is more text after the end of the document.");
    case QJsonParseError::NoError:
        break;
    }
    return QCoreApplication::translate("JsonSyntaxChecker", "This is not valid JSON.");
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// QJsonDocument reports the offset just past the character it choked on; point at that character.
qint64 offendingCharacter(const QByteArray& content, qint64 offset)
{
    if (offset > 0 && offset <= content.size() && !isJsonSpace(content.at(offset - 1))) {
        return offset - 1;
    }
    return offset;
}

// The commonest hand-edit mistake, and the one in the Adobe docs' own example: a ',' before ']' or '}'.
qint64 trailingCommaBefore(const QByteArray& content, qint64 offset)
{
    if (offset >= content.size() || (content.at(offset) != ']' && content.at(offset) != '}')) {
        return -1;
    }
    qint64 i = offset - 1;
    while (i >= 0 && isJsonSpace(content.at(i))) {
        --i;
    }
    return i >= 0 && content.at(i) == ',' ? i : -1;
}

} // namespace

namespace JsonSyntaxChecker {

Diagnostics check(const QByteArray& content)
{
    // RFC 8259 lets a parser ignore a BOM; QJsonDocument does not, so skip it here.
    const qint64 bomLength = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QJsonParseError error;
    QJsonDocument::fromJson(bomLength ? content.mid(bomLength) : content, &error);
    if (error.error == QJsonParseError::NoError) {
        return {};
    }
    // Past the end (an unterminated string, say) the end itself is the place to show.
    const qint64 reported = bomLength + error.offset;
    const qint64 offset = reported > content.size() ? content.size() : offendingCharacter(content, reported);
    const TextLocator locator(content);
    const TextLocator::LineColumn where = locator.locate(offset);
    QString message = plainMessage(error.error);
    if (content.mid(bomLength).trimmed().isEmpty()) {
        message = QCoreApplication::translate("JsonSyntaxChecker", "The file is empty; a JSON document needs a value.");
    }
    const qint64 comma = trailingCommaBefore(content, offset);
    if (comma >= 0) {
        message = QCoreApplication::translate("JsonSyntaxChecker",
                                              "Trailing comma: JSON allows no ',' before this '%1'. "
                                              "Remove the ',' at line %2, column %3.")
                      .arg(QLatin1Char(content.at(offset)))
                      .arg(locator.locate(comma).line)
                      .arg(locator.locate(comma).column);
    }
    return {Diagnostic {
        Diagnostic::Severity::Error, where.line, where.column, offset, QStringLiteral("json-syntax"), message}};
}

} // namespace JsonSyntaxChecker
