#include "JsonSchemaCheck.h"
#include "SpecAnalysis.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray sample(const char* name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/../../resources/samples/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList codesOf(const Diagnostics& diagnostics)
{
    QStringList codes;
    for (const Diagnostic& d : diagnostics) {
        codes << d.code;
    }
    return codes;
}

const QByteArray kDataFramerBase("spec:\n"
                                 "  description: ok\n"
                                 "  data_property_variations:\n"
                                 "    - property_name: sentiment\n"
                                 "      property_values: [positive, negative]\n"
                                 "      base_distributions: {positive: 60, negative: 40}\n");

} // namespace

class TestSpecValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesAreClean();
    void dataFramerRules_data();
    void dataFramerRules();
    void sumToleratesRounding();
    void scaleGpRules_data();
    void scaleGpRules();
    void scaleGpReadOnlyChangeNeedsABase();
    void adobeRules_data();
    void adobeRules();
    void adobeSchemaPastTheLimitIsNotChecked();
    void kindOverrideWins();
    void duplicateKeysAreErrors_data();
    void duplicateKeysAreErrors();
    void dataFramerSpecIsOneDocument_data();
    void dataFramerSpecIsOneDocument();
    void dataFramerTextFieldsAreStrings_data();
    void dataFramerTextFieldsAreStrings();
};

void TestSpecValidator::samplesAreClean()
{
    for (const char* name :
         {"dataframer-customer-support.yaml", "scalegp-application-spec.json", "adobe-rest-storage-flow-spec.json"}) {
        const QByteArray content = sample(name);
        const SpecAnalysis analysis = SpecAnalysis::analyse(content, SpecFormats::detect(QLatin1String(name), content));
        QVERIFY2(analysis.diagnostics.isEmpty(), qPrintable(codesOf(analysis.diagnostics).join(QLatin1Char(' '))));
    }
}

void TestSpecValidator::dataFramerRules_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    auto replaced = [](const char* from, const char* to) { return QByteArray(kDataFramerBase).replace(from, to); };
    QTest::newRow("no spec root") << QByteArray("other: 1\n") << QStringLiteral("dataframer-missing-spec") << QString();
    QTest::newRow("legacy shape") << QByteArray("specification:\n  axis_name: x\n  possible_values: [a]\n")
                                  << QStringLiteral("dataframer-legacy-shape") << QStringLiteral("specification");
    QTest::newRow("unknown key") << replaced("  description: ok\n", "  colour: red\n")
                                 << QStringLiteral("dataframer-unknown-key") << QStringLiteral("spec.colour");
    QTest::newRow("metadata is read-only")
        << kDataFramerBase + "metadata:\n  id: 1\n"
        << QStringLiteral("dataframer-metadata-readonly") << QStringLiteral("metadata");
    QTest::newRow("missing property name") << replaced("property_name: sentiment", "property_name: \"\"")
                                           << QStringLiteral("dataframer-property-name-missing")
                                           << QStringLiteral("spec.data_property_variations[0].property_name");
    QTest::newRow("duplicate property")
        << kDataFramerBase
               + "    - property_name: sentiment\n      property_values: [a]\n      base_distributions: {a: 100}\n"
        << QStringLiteral("dataframer-property-name-duplicate")
        << QStringLiteral("spec.data_property_variations[1].property_name");
    QTest::newRow("empty values") << replaced("[positive, negative]", "[]") << QStringLiteral("dataframer-values-empty")
                                  << QStringLiteral("spec.data_property_variations[0].property_values");
    QTest::newRow("duplicate value") << replaced("[positive, negative]", "[positive, negative, positive]")
                                     << QStringLiteral("dataframer-value-duplicate")
                                     << QStringLiteral("spec.data_property_variations[0].property_values[2]");
    QTest::newRow("missing share") << replaced("[positive, negative]", "[positive, negative, mixed]")
                                   << QStringLiteral("dataframer-distribution-missing")
                                   << QStringLiteral("spec.data_property_variations[0].base_distributions");
    QTest::newRow("extra share") << replaced("negative: 40}", "negative: 30, mixed: 10}")
                                 << QStringLiteral("dataframer-distribution-extra")
                                 << QStringLiteral("spec.data_property_variations[0].base_distributions.mixed");
    QTest::newRow("not a number") << replaced("negative: 40", "negative: lots")
                                  << QStringLiteral("dataframer-distribution-not-number")
                                  << QStringLiteral("spec.data_property_variations[0].base_distributions.negative");
    QTest::newRow("quoted number") << replaced("negative: 40", "negative: \"40\"")
                                   << QStringLiteral("dataframer-distribution-not-number")
                                   << QStringLiteral("spec.data_property_variations[0].base_distributions.negative");
    QTest::newRow("negative") << replaced("positive: 60, negative: 40", "positive: 140, negative: -40")
                              << QStringLiteral("dataframer-distribution-negative")
                              << QStringLiteral("spec.data_property_variations[0].base_distributions.negative");
    QTest::newRow("sum is not 100") << replaced("negative: 40", "negative: 35")
                                    << QStringLiteral("dataframer-distribution-sum")
                                    << QStringLiteral("spec.data_property_variations[0].base_distributions");
}

void TestSpecValidator::dataFramerRules()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(QString, path);
    const SpecAnalysis analysis = SpecAnalysis::analyse(text, SpecFormat::Yaml, SpecKind::DataFramer);
    const QStringList codes = codesOf(analysis.diagnostics);
    QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(' '))));
    const Diagnostic& found = analysis.diagnostics.at(codes.indexOf(code));
    QCOMPARE(found.path, path);
    QVERIFY(!found.message.isEmpty());
    QVERIFY(found.endOffset >= found.offset);
}

void TestSpecValidator::sumToleratesRounding()
{
    const QByteArray thirds = QByteArray(kDataFramerBase)
                                  .replace("[positive, negative]", "[a, b, c]")
                                  .replace("{positive: 60, negative: 40}", "{a: 33.33, b: 33.33, c: 33.34}");
    QVERIFY(SpecAnalysis::analyse(thirds, SpecFormat::Yaml).diagnostics.isEmpty());
    const QByteArray off = QByteArray(thirds).replace("c: 33.34", "c: 33.36");
    QVERIFY(codesOf(SpecAnalysis::analyse(off, SpecFormat::Yaml).diagnostics)
                .contains(QStringLiteral("dataframer-distribution-sum")));
}

void TestSpecValidator::scaleGpRules_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("code");

    QTest::newRow("boolean as text") << QByteArray("\"run_online_evaluation\": true")
                                     << QByteArray("\"run_online_evaluation\": \"yes\"")
                                     << QStringLiteral("scalegp-type");
    QTest::newRow("name as number") << QByteArray("\"name\": \"Claims triage assistant\"") << QByteArray("\"name\": 7")
                                    << QStringLiteral("scalegp-type");
    QTest::newRow("null is never sent") << QByteArray("\"theme_id\": \"thm_01hx9k\"")
                                        << QByteArray("\"theme_id\": null") << QStringLiteral("scalegp-null");
    QTest::newRow("unknown field") << QByteArray("\"theme_id\"") << QByteArray("\"colour\": 1,\n    \"theme_id\"")
                                   << QStringLiteral("scalegp-unknown-field");
}

void TestSpecValidator::scaleGpRules()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, code);
    QByteArray text = sample("scalegp-application-spec.json");
    QVERIFY(text.contains(from));
    text.replace(from, to);
    QVERIFY(codesOf(SpecAnalysis::analyse(text, SpecFormat::Json).diagnostics).contains(code));
}

void TestSpecValidator::scaleGpReadOnlyChangeNeedsABase()
{
    const QByteArray base = sample("scalegp-application-spec.json");
    const QByteArray edited = QByteArray(base).replace("\"acc_2f9d8e7c6b5a\"", "\"acc_other\"");
    QVERIFY(SpecAnalysis::analyse(edited, SpecFormat::Json).diagnostics.isEmpty());
    const SpecAnalysis baseAnalysis = SpecAnalysis::analyse(base, SpecFormat::Json);
    SpecValidator::Context context;
    context.baseTree = &baseAnalysis.tree;
    context.baseText = &base;
    const Diagnostics diagnostics = SpecAnalysis::analyse(edited, SpecFormat::Json, std::nullopt, context).diagnostics;
    QCOMPARE(codesOf(diagnostics), QStringList {QStringLiteral("scalegp-readonly-changed")});
    QCOMPARE(diagnostics.first().path, QStringLiteral("account_id"));
    QVERIFY(SpecAnalysis::analyse(base, SpecFormat::Json, std::nullopt, context).diagnostics.isEmpty());
}

void TestSpecValidator::adobeRules_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    QTest::newRow("missing providerId") << QByteArray("\"providerId\"") << QByteArray("\"provider\"")
                                        << QStringLiteral("adobe-missing-field") << QString();
    QTest::newRow("connection id is no UUID")
        << QByteArray("\"2d46966e-4fcc-4015-9f9e-a67594e395a3\"") << QByteArray("\"my-source\"")
        << QStringLiteral("adobe-not-uuid") << QStringLiteral("sourceConnectionSpecIds[0]");
    QTest::newRow("transformationSpec") << QByteArray("\"transformationSpecs\"") << QByteArray("\"transformationSpec\"")
                                        << QStringLiteral("adobe-transformation-spec")
                                        << QStringLiteral("transformationSpec");
    QTest::newRow("bad schema type") << QByteArray("\"type\": \"boolean\"") << QByteArray("\"type\": \"bool\"")
                                     << QStringLiteral("adobe-schema-invalid")
                                     << QStringLiteral("optionSpec.spec.properties.errorDiagnosticsEnabled.type");
    QTest::newRow("bad required") << QByteArray(
        "\"required\": [\n                \"startTime\",\n                \"frequency\"\n            ]")
                                  << QByteArray("\"required\": \"startTime\"") << QStringLiteral("adobe-schema-invalid")
                                  << QStringLiteral("scheduleSpec.spec.required");
}

void TestSpecValidator::adobeRules()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QByteArray text = sample("adobe-rest-storage-flow-spec.json");
    QVERIFY2(text.contains(from), from.constData());
    text.replace(from, to);
    const Diagnostics diagnostics = SpecAnalysis::analyse(text, SpecFormat::Json).diagnostics;
    const QStringList codes = codesOf(diagnostics);
    QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(' '))));
    QCOMPARE(diagnostics.at(codes.indexOf(code)).path, path);
    if (code == QStringLiteral("adobe-missing-field")) {
        // Marked where the object opens, not over the whole document.
        const Diagnostic& missing = diagnostics.at(codes.indexOf(code));
        QCOMPARE(missing.line, 1);
        QVERIFY(missing.endOffset >= missing.offset);
        QVERIFY(!text.mid(missing.offset, missing.endOffset - missing.offset).contains('\n'));
    }
}

void TestSpecValidator::adobeSchemaPastTheLimitIsNotChecked()
{
    // Checking takes valijson about 0.1 s per MB of schema, in every analysis: past the limit
    // the schema gets a note instead (it was 1 MB, a tenth of a second of every keystroke's analysis).
    QByteArray text("{\"id\": \"6499120c-0b15-42dc-936e-847ea3c24d72\", \"name\": \"Big\",\n"
                    "\"providerId\": \"0ed90a81-07f4-4586-8190-b40eccef1c5a\", \"version\": \"1.0\",\n"
                    "\"sourceConnectionSpecIds\": [], \"targetConnectionSpecIds\": [],\n"
                    "\"optionSpec\": {\"name\": \"OptionSpec\", \"spec\": {\"type\": \"object\", \"properties\": {\n");
    for (int p = 0; text.size() < JsonSchemaCheck::kMaxCheckedBytes + 1024; ++p) {
        text.append(p ? ",\n" : "")
            .append("\"field")
            .append(QByteArray::number(p))
            .append("\": {\"type\": \"number\"}");
    }
    text.append("\n}}}}\n");
    const Diagnostics diagnostics = SpecAnalysis::analyse(text, SpecFormat::Json).diagnostics;
    const QStringList codes = codesOf(diagnostics);
    QCOMPARE(codes, QStringList {QStringLiteral("schema-check-skipped")});
    QCOMPARE(diagnostics.first().severity, Diagnostic::Severity::Info);
    QVERIFY2(diagnostics.first().message.contains(QStringLiteral("up to 256 KB")),
             qPrintable(diagnostics.first().message));
    QCOMPARE(diagnostics.first().path, QStringLiteral("optionSpec.spec"));
}

void TestSpecValidator::kindOverrideWins()
{
    const QByteArray plain("{\"name\": 7}");
    QVERIFY(SpecAnalysis::analyse(plain, SpecFormat::Json).diagnostics.isEmpty());
    const SpecAnalysis asScaleGp = SpecAnalysis::analyse(plain, SpecFormat::Json, SpecKind::ScaleGp);
    QCOMPARE(asScaleGp.kind, SpecKind::ScaleGp);
    QVERIFY(codesOf(asScaleGp.diagnostics).contains(QStringLiteral("scalegp-type")));
}

void TestSpecValidator::duplicateKeysAreErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<SpecFormat>("format");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("path");

    // Issue 16: validate passed these, and sync sent a Scale GP draft with the last `name`.
    QByteArray scaleGp = sample("scalegp-application-spec.json");
    scaleGp.replace("\"theme_id\"", "\"name\": \"Second name\",\n    \"theme_id\"");
    QTest::newRow("Scale GP name twice") << scaleGp << SpecFormat::Json << 6 << QStringLiteral("name");
    QTest::newRow("DataFramer description twice")
        << QByteArray(kDataFramerBase).replace("  description: ok\n", "  description: ok\n  description: other\n")
        << SpecFormat::Yaml << 3 << QStringLiteral("spec.description");
    QTest::newRow("plain YAML, nested") << QByteArray("a:\n  b: 1\n  c: 2\n  b: 3\n") << SpecFormat::Yaml << 4
                                        << QStringLiteral("a.b");
    QTest::newRow("plain JSON") << QByteArray("{\"x\": {\"y\": 1, \"y\": 2}}") << SpecFormat::Json << 1
                                << QStringLiteral("x.y");
    // Mappings of more than 16 keys are checked through a hash map, smaller ones key by key;
    // each map starts empty, also after a large one.
    QByteArray large("big:\n");
    for (int k = 0; k < 40; ++k) {
        large.append("  k").append(QByteArray::number(k)).append(": 1\n");
    }
    QTest::newRow("large mapping") << QByteArray(large + "  k7: 2\n") << SpecFormat::Yaml << 42
                                   << QStringLiteral("big.k7");
    QTest::newRow("small mapping after a large one") << QByteArray(large + "small:\n  k7: 1\n  b: 1\n  b: 2\n")
                                                     << SpecFormat::Yaml << 45 << QStringLiteral("small.b");
}

void TestSpecValidator::duplicateKeysAreErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(SpecFormat, format);
    QFETCH(int, line);
    QFETCH(QString, path);
    const Diagnostics diagnostics = SpecAnalysis::analyse(text, format).diagnostics;
    const QStringList codes = codesOf(diagnostics);
    QCOMPARE(codes.count(QStringLiteral("duplicate-key")), 1);
    const Diagnostic& found = diagnostics.at(codes.indexOf(QStringLiteral("duplicate-key")));
    QCOMPARE(found.severity, Diagnostic::Severity::Error);
    QCOMPARE(found.line, line); // the second one, where the reader looks to remove it
    QCOMPARE(found.path, path);
    QVERIFY(DiagnosticsQuery::hasErrors(diagnostics));
}

void TestSpecValidator::dataFramerSpecIsOneDocument_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("refused");

    QTest::newRow("a second spec") << kDataFramerBase + "---\nspec:\n  description: second\n" << true;
    QTest::newRow("an empty second document") << kDataFramerBase + "---\n" << true;
    QTest::newRow("a leading marker") << "---\n" + kDataFramerBase << false;
    QTest::newRow("an end marker") << kDataFramerBase + "...\n" << false;
}

void TestSpecValidator::dataFramerSpecIsOneDocument()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, refused);
    const Diagnostics diagnostics = SpecAnalysis::analyse(text, SpecFormat::Yaml, SpecKind::DataFramer).diagnostics;
    const QStringList codes = codesOf(diagnostics);
    QCOMPARE(codes.contains(QStringLiteral("dataframer-several-documents")), refused);
    QCOMPARE(DiagnosticsQuery::hasErrors(diagnostics), refused);
    if (refused) {
        const Diagnostic& found = diagnostics.at(codes.indexOf(QStringLiteral("dataframer-several-documents")));
        QCOMPARE(found.line, 7); // where the second document starts
    }
    // Several documents are valid YAML, and not a DataFramer spec's problem elsewhere.
    QVERIFY(
        !DiagnosticsQuery::hasErrors(SpecAnalysis::analyse(text, SpecFormat::Yaml, SpecKind::PlainYaml).diagnostics));
}

void TestSpecValidator::dataFramerTextFieldsAreStrings_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("text");

    QTest::newRow("number") << QByteArray("42") << false;
    QTest::newRow("decimal") << QByteArray("-4.5e3") << false;
    QTest::newRow("boolean") << QByteArray("true") << false;
    QTest::newRow("YAML 1.1 boolean") << QByteArray("yes") << false;
    QTest::newRow("null") << QByteArray("~") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("date") << QByteArray("2026-01-31") << false;
    QTest::newRow("quoted number") << QByteArray("\"42\"") << true;
    QTest::newRow("words") << QByteArray("forty two") << true;
    QTest::newRow("version") << QByteArray("1.2.3") << true;
    QTest::newRow("a dot") << QByteArray(".") << true;
    QTest::newRow("block") << QByteArray("|\n    42") << true;
}

void TestSpecValidator::dataFramerTextFieldsAreStrings()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, text);
    const QByteArray spec = QByteArray(kDataFramerBase).replace("description: ok", QByteArray("description: " + value));
    const Diagnostics diagnostics = SpecAnalysis::analyse(spec, SpecFormat::Yaml, SpecKind::DataFramer).diagnostics;
    const QStringList codes = codesOf(diagnostics);
    QVERIFY2(codes.contains(QStringLiteral("dataframer-not-text")) != text, qPrintable(codes.join(QLatin1Char(' '))));
    if (!text) {
        QCOMPARE(diagnostics.at(codes.indexOf(QStringLiteral("dataframer-not-text"))).path,
                 QStringLiteral("spec.description"));
    }
}

QTEST_GUILESS_MAIN(TestSpecValidator)
#include "TestSpecValidator.moc"
