#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

/// The German catalogue end to end: translations/specdesk_de.ts compiled by the build into the
/// .qm the programs load, its texts reaching QCoreApplication::translate() in the contexts the
/// code uses, each with the placeholders and the one mnemonic its English text has.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanTextsReachTheCode();
    void everyGermanTextKeepsItsPlaceholders();
};

void TestTranslations::germanTextsReachTheCode()
{
    QTranslator german;
    QVERIFY2(german.load(QStringLiteral(SPECDESK_TRANSLATIONS_DIR "/specdesk_de.qm")),
             "the build compiles translations/specdesk_de.ts into specdesk_de.qm");
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("ConflictView", "Use Res&ult"), QStringLiteral("Erg&ebnis verwenden"));
    QCOMPARE(QCoreApplication::translate("DistributionPanel", "%1 of %2 properties match.").arg(3).arg(40),
             QStringLiteral("3 von 40 Eigenschaften passen."));
    // A text not translated yet stays English rather than going blank.
    QCOMPARE(QCoreApplication::translate("MainWindow", "A text no catalogue has"),
             QStringLiteral("A text no catalogue has"));
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));

    // The programs find it by the locale, beside them or in the build tree.
    QTranslator byLocale;
    QVERIFY(byLocale.load(QLocale(QLocale::German, QLocale::Germany),
                          QStringLiteral("specdesk"),
                          QStringLiteral("_"),
                          QStringLiteral(SPECDESK_TRANSLATIONS_DIR)));
    QCOMPARE(byLocale.language(), QStringLiteral("de"));
}

void TestTranslations::everyGermanTextKeepsItsPlaceholders()
{
    QFile file(QStringLiteral(SPECDESK_SOURCE_DIR "/translations/specdesk_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    int translated = 0;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            // Plural texts hold their forms as child elements; those are not translated yet.
            const QString german = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (german.trimmed().isEmpty()) {
                continue;
            }
            ++translated;
            QStringList inSource;
            QStringList inGerman;
            for (auto it = placeholder.globalMatch(source); it.hasNext();) {
                inSource << it.next().captured();
            }
            for (auto it = placeholder.globalMatch(german); it.hasNext();) {
                inGerman << it.next().captured();
            }
            inSource.sort();
            inGerman.sort();
            QVERIFY2(inSource == inGerman, qPrintable(source + QLatin1String(" → ") + german));
            QVERIFY2(source.count(QLatin1Char('&')) == german.count(QLatin1Char('&')),
                     qPrintable(source + QLatin1String(" → ") + german));
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(translated >= 200, qPrintable(QString::number(translated)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
