// specdesk-soak: SpecDesk's long-running use check. See SoakDriver and scripts/soak.sh.
#include "ObjectCensus.h"
#include "SoakDriver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRandomGenerator>

#include <cstdio>

namespace {

QtMessageHandler g_standardHandler = nullptr;

/// The offscreen platform says this for every dialog it shows; anything else is passed on.
void onMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (!message.contains(QLatin1String("does not support propagateSizeHints"))) {
        g_standardHandler(type, context, message);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // First, so that every object the app makes is counted.
    const bool censusInstalled = ObjectCensus::install();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    g_standardHandler = qInstallMessageHandler(onMessage);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("specdesk-soak"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs SpecDesk's main window for a while against a faulty sandbox, as a busy user would, and "
                       "reports its memory and the requests left at the end."));
    parser.addHelpOption();
    const QCommandLineOption minutesOption(QStringLiteral("minutes"),
                                           QStringLiteral("How long to run (default 30)."),
                                           QStringLiteral("N"),
                                           QStringLiteral("30"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup-percent"),
                                          QStringLiteral("Part of the run that is warm-up (default 20)."),
                                          QStringLiteral("P"),
                                          QStringLiteral("20"));
    const QCommandLineOption limitOption(QStringLiteral("max-growth-percent"),
                                         QStringLiteral("RSS growth allowed after warm-up (default 10)."),
                                         QStringLiteral("P"),
                                         QStringLiteral("10"));
    const QCommandLineOption sampleOption(QStringLiteral("sample-seconds"),
                                          QStringLiteral("Seconds between memory samples (default 5)."),
                                          QStringLiteral("S"),
                                          QStringLiteral("5"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Random seed (default: a new one)."), QStringLiteral("N"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           QStringLiteral("The specdesk-sandbox program."),
                                           QStringLiteral("PATH"),
                                           QStringLiteral(SPECDESK_SANDBOX_PATH));
    const QCommandLineOption reportOption(
        QStringLiteral("report"), QStringLiteral("Write the report to FILE too."), QStringLiteral("FILE"));
    const QCommandLineOption leaveOption(
        QStringLiteral("leave-allocated"),
        QStringLiteral("End with exit() before the window and the workspace are torn down, so a heap profiler "
                       "(heaptrack) lists everything still allocated at the end of the run as leaked."));
    const QCommandLineOption samplesOption(
        QStringLiteral("samples"), QStringLiteral("Write the memory samples to FILE (CSV)."), QStringLiteral("FILE"));
    parser.addOptions({minutesOption,
                       warmupOption,
                       limitOption,
                       sampleOption,
                       seedOption,
                       sandboxOption,
                       reportOption,
                       samplesOption,
                       leaveOption});
    parser.process(app);

    if (!censusInstalled) {
        std::fputs("specdesk-soak: this Qt has no object hooks; cannot count live objects\n", stderr);
        return 2;
    }
    bool ok = true;
    const auto number = [&](const QCommandLineOption& option) {
        bool valid = false;
        const double value = parser.value(option).toDouble(&valid);
        ok = ok && valid && value > 0;
        return value;
    };
    SoakOptions options;
    options.durationMs = qint64(number(minutesOption) * 60000.0);
    options.warmupFraction = number(warmupOption) / 100.0;
    options.maxGrowthPercent = number(limitOption);
    options.sampleIntervalMs = int(number(sampleOption) * 1000.0);
    options.seed = parser.isSet(seedOption) ? parser.value(seedOption).toUInt(&ok)
                                            : QRandomGenerator::system()->bounded(1u, 1000000u);
    options.sandboxProgram = parser.value(sandboxOption);
    options.reportPath = parser.value(reportOption);
    options.samplesPath = parser.value(samplesOption);
    if (!ok || options.warmupFraction >= 1.0) {
        std::fputs("specdesk-soak: --minutes, --warmup-percent (below 100), --max-growth-percent, --sample-seconds "
                   "and --seed must be positive numbers\n",
                   stderr);
        return 2;
    }
    options.leaveAllocated = parser.isSet(leaveOption);
    SoakDriver driver(options);
    return driver.run();
}
