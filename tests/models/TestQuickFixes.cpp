#include "QuickFixes.h"

#include <QTest>

namespace {

QByteArray fixed(const QByteArray& text, SpecFormat format, const QString& code, int fixIndex = 0)
{
    const SpecAnalysis analysis = SpecAnalysis::analyse(text, format);
    for (const Diagnostic& diagnostic : analysis.diagnostics) {
        if (diagnostic.code == code) {
            const QList<QuickFix> fixes = QuickFixes::forDiagnostic(diagnostic, analysis, text);
            return fixes.size() > fixIndex ? QuickFixes::apply(text, fixes.at(fixIndex).splices) : QByteArray();
        }
    }
    return {};
}

} // namespace

class TestQuickFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeKeepsIntegersAndComments();
    void normalizeKeepsDecimals();
    void addsMissingShares();
    void removesExtraShares();
    void renamesTransformationSpec();
    void fixedTextIsClean();
};

void TestQuickFixes::normalizeKeepsIntegersAndComments()
{
    const QByteArray text(
        "spec:\n  data_property_variations:\n    - property_name: s\n      property_values: [a, b, c]\n"
        "      base_distributions:\n        a: 40 # most\n        b: 30\n        c: 25\n");
    QByteArray expected = text;
    expected.replace("a: 40 #", "a: 42 #").replace("b: 30", "b: 32").replace("c: 25", "c: 26");
    QCOMPARE(fixed(text, SpecFormat::Yaml, QStringLiteral("dataframer-distribution-sum")), expected);
}

void TestQuickFixes::normalizeKeepsDecimals()
{
    const QByteArray text(
        "spec:\n  data_property_variations:\n    - property_name: s\n      property_values: [a, b, c]\n"
        "      base_distributions: {a: 10.5, b: 10.5, c: 10.5}\n");
    QByteArray expected = text;
    expected.replace("{a: 10.5, b: 10.5, c: 10.5}", "{a: 33.4, b: 33.3, c: 33.3}");
    QCOMPARE(fixed(text, SpecFormat::Yaml, QStringLiteral("dataframer-distribution-sum")), expected);
}

void TestQuickFixes::addsMissingShares()
{
    const QByteArray text("spec:\n  data_property_variations:\n    - property_name: s\n"
                          "      property_values: [a, b, c]\n      base_distributions:\n        a: 100\n");
    QByteArray expected = text;
    expected.replace("        a: 100\n", "        a: 100\n        b: 0\n        c: 0\n");
    QCOMPARE(fixed(text, SpecFormat::Yaml, QStringLiteral("dataframer-distribution-missing")), expected);
}

void TestQuickFixes::removesExtraShares()
{
    const QByteArray text("spec:\n  data_property_variations:\n    - property_name: s\n"
                          "      property_values: [a]\n      base_distributions: {a: 100, z: 0}\n");
    QByteArray expected = text;
    expected.replace("{a: 100, z: 0}", "{a: 100}");
    QCOMPARE(fixed(text, SpecFormat::Yaml, QStringLiteral("dataframer-distribution-extra")), expected);
}

void TestQuickFixes::renamesTransformationSpec()
{
    const QByteArray text("{\"providerId\": \"p\", \"transformationSpec\": [], \"name\": \"n\"}");
    QCOMPARE(fixed(text, SpecFormat::Json, QStringLiteral("adobe-transformation-spec")),
             QByteArray("{\"providerId\": \"p\", \"transformationSpecs\": [], \"name\": \"n\"}"));
}

void TestQuickFixes::fixedTextIsClean()
{
    const QByteArray text("spec:\n  data_property_variations:\n    - property_name: s\n      property_values: [a, b]\n"
                          "      base_distributions: {a: 1, b: 2}\n");
    const QByteArray after = fixed(text, SpecFormat::Yaml, QStringLiteral("dataframer-distribution-sum"));
    QVERIFY(after.contains("{a: 33, b: 67}"));
    QVERIFY(SpecAnalysis::analyse(after, SpecFormat::Yaml).diagnostics.isEmpty());
}

QTEST_GUILESS_MAIN(TestQuickFixes)
#include "TestQuickFixes.moc"
