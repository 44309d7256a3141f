#include "DocumentParser.h"
#include "FormFields.h"

#include <QRegularExpression>
#include <QTest>

/// The form view's fields read the text and write it back as single splices that keep the
/// rest of the text as it was.
class TestFormFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scaleGpFieldsReadAndWrite()
    {
        const QByteArray text("{\n  \"name\": \"Claims\",\n  \"theme_id\": null,\n"
                              "  \"run_online_evaluation\": true,\n  \"id\": \"abc\"\n}\n");
        const ParseResult parsed = DocumentParser::parse(text, SpecFormat::Json);
        QCOMPARE(FormFields::valueOf(parsed.tree, QStringLiteral("name")), QString(QStringLiteral("Claims")));
        QCOMPARE(FormFields::valueOf(parsed.tree, QStringLiteral("theme_id")), QString());
        QCOMPARE(FormFields::valueOf(parsed.tree, QStringLiteral("description")), std::nullopt);

        QCOMPARE(write(text, SpecKind::ScaleGp, QStringLiteral("name"), QStringLiteral("Claims \"v2\"")),
                 QByteArray("{\n  \"name\": \"Claims \\\"v2\\\"\",\n  \"theme_id\": null,\n"
                            "  \"run_online_evaluation\": true,\n  \"id\": \"abc\"\n}\n"));
        // A check box writes a JSON boolean.
        QCOMPARE(write(text, SpecKind::ScaleGp, QStringLiteral("run_online_evaluation"), QStringLiteral("false")),
                 QByteArray(text).replace("true", "false"));
        // A text field over null writes a string, also one that reads as a literal.
        QCOMPARE(write(text, SpecKind::ScaleGp, QStringLiteral("theme_id"), QStringLiteral("123")),
                 QByteArray(text).replace("null", "\"123\""));
        // A field the text lacks is added to its object, still valid JSON.
        const QByteArray added = write(text, SpecKind::ScaleGp, QStringLiteral("description"), QStringLiteral("Q&A"));
        const ParseResult reparsed = DocumentParser::parse(added, SpecFormat::Json);
        QVERIFY(reparsed.diagnostics.isEmpty());
        QCOMPARE(FormFields::valueOf(reparsed.tree, QStringLiteral("description")), QString(QStringLiteral("Q&A")));
        QVERIFY(added.startsWith(QByteArray(text).chopped(3)));
    }

    void readOnlyFieldsAreNotWritten()
    {
        const QByteArray text("{\"id\": \"abc\"}");
        const ParseResult parsed = DocumentParser::parse(text, SpecFormat::Json);
        FormField id;
        for (const FormField& field : FormFields::forKind(SpecKind::ScaleGp)) {
            if (field.path == QLatin1String("id")) {
                id = field;
            }
        }
        QCOMPARE(id.type, FormField::Type::ReadOnly);
        QString error;
        QVERIFY(!FormFields::set(text, parsed.tree, SpecFormat::Json, id, QStringLiteral("x"), &error));
        QVERIFY(!error.isEmpty());
    }

    void dataFramerKeepsCommentsAndTheBlockStyle()
    {
        const QByteArray text("# kept\nspec:\n  description: Chats   # why\n  requirements: |\n"
                              "    - one\n    - two\n  data_property_variations: []\n");
        const QByteArray edited
            = write(text, SpecKind::DataFramer, QStringLiteral("spec.description"), QStringLiteral("Support chats"));
        QCOMPARE(edited, QByteArray(text).replace("Chats   # why", "Support chats   # why"));
        const QByteArray requirements = write(
            text, SpecKind::DataFramer, QStringLiteral("spec.requirements"), QStringLiteral("- one\n- two\n- three\n"));
        const ParseResult parsed = DocumentParser::parse(requirements, SpecFormat::Yaml);
        QVERIFY(parsed.diagnostics.isEmpty());
        QCOMPARE(FormFields::valueOf(parsed.tree, QStringLiteral("spec.requirements")),
                 QString(QStringLiteral("- one\n- two\n- three\n")));
        QVERIFY(requirements.contains("requirements: |"));
        QVERIFY(requirements.startsWith("# kept\n"));
    }

    // A text field is a string: a word YAML would read as a boolean or a number is quoted, and
    // a bare tag (no text of its own to replace) is refused rather than written into the next key.
    void dataFramerTextFieldsStayStrings()
    {
        const QByteArray text("spec:\n  description: Chats\n  data_property_variations: []\n");
        QCOMPARE(write(text, SpecKind::DataFramer, QStringLiteral("spec.description"), QStringLiteral("yes")),
                 QByteArray(text).replace("Chats", "\"yes\""));
        QCOMPARE(write(text, SpecKind::DataFramer, QStringLiteral("spec.description"), QStringLiteral("12")),
                 QByteArray(text).replace("Chats", "\"12\""));
        const QByteArray bare("spec:\n  description: !!str\n  requirements: x\n");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
        QCOMPARE(write(bare, SpecKind::DataFramer, QStringLiteral("spec.description"), QStringLiteral("hello")),
                 QByteArray());
    }

    void adobeConnectionSpecIdsAreEditedOnePerLine()
    {
        const QByteArray text(
            "{\n    \"sourceConnectionSpecIds\": [\n        \"2d46966e-4fcc-4015-9f9e-a67594e395a3\"\n"
            "    ],\n    \"targetConnectionSpecIds\": [],\n    \"name\": \"F\"\n}\n");
        const ParseResult parsed = DocumentParser::parse(text, SpecFormat::Json);
        QCOMPARE(FormFields::linesOf(parsed.tree, QStringLiteral("sourceConnectionSpecIds")),
                 QString(QStringLiteral("2d46966e-4fcc-4015-9f9e-a67594e395a3")));
        QCOMPARE(FormFields::linesOf(parsed.tree, QStringLiteral("targetConnectionSpecIds")), QString());
        // One per line, in the layout the list had.
        const QByteArray two = write(text,
                                     SpecKind::AdobeFlow,
                                     QStringLiteral("sourceConnectionSpecIds"),
                                     QStringLiteral("2d46966e-4fcc-4015-9f9e-a67594e395a3\n"
                                                    " c604ff05-7f1a-43c0-8e18-33bf874cb11c \n\n"));
        QCOMPARE(two,
                 QByteArray("{\n    \"sourceConnectionSpecIds\": [\n        \"2d46966e-4fcc-4015-9f9e-a67594e395a3\",\n"
                            "        \"c604ff05-7f1a-43c0-8e18-33bf874cb11c\"\n    ],\n"
                            "    \"targetConnectionSpecIds\": [],\n    \"name\": \"F\"\n}\n"));
        QCOMPARE(write(text,
                       SpecKind::AdobeFlow,
                       QStringLiteral("targetConnectionSpecIds"),
                       QStringLiteral("c604ff05-7f1a-43c0-8e18-33bf874cb11c")),
                 QByteArray(text).replace("[],", "[\"c604ff05-7f1a-43c0-8e18-33bf874cb11c\"],"));
        // Checked as typed: the line that is no UUID is named, and nothing is written.
        QCOMPARE(FormFields::whyNotIds(QStringLiteral("2d46966e-4fcc-4015-9f9e-a67594e395a3\nmy-source")).left(7),
                 QStringLiteral("Line 2:"));
        for (const FormField& field : FormFields::forKind(SpecKind::AdobeFlow)) {
            if (field.path == QLatin1String("sourceConnectionSpecIds")) {
                QString error;
                QVERIFY(!FormFields::set(text, parsed.tree, SpecFormat::Json, field, QStringLiteral("x"), &error));
                QVERIFY(error.startsWith(QStringLiteral("Line 1:")));
            }
        }
    }

private:
    static QByteArray write(const QByteArray& text, SpecKind kind, const QString& path, const QString& value)
    {
        const SpecFormat format = SpecKinds::formatOf(kind);
        const ParseResult parsed = DocumentParser::parse(text, format);
        for (const FormField& field : FormFields::forKind(kind)) {
            if (field.path == path) {
                QString error;
                const std::optional<TextSplice> splice
                    = FormFields::set(text, parsed.tree, format, field, value, &error);
                if (!splice) {
                    qWarning("%s", qPrintable(error));
                    return {};
                }
                return splice->applyTo(text);
            }
        }
        qWarning("no field %s", qPrintable(path));
        return {};
    }
};

QTEST_MAIN(TestFormFields)
#include "TestFormFields.moc"
