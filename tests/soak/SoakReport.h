#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// One measurement of the app's memory during a soak run.
struct MemorySample
{
    double seconds = 0; ///< since the soak started
    qint64 rssKb = 0; ///< VmRSS of the app
    qint64 heapKb = 0; ///< malloc'd and still in use (mallinfo2), fragmentation aside
    qint64 sandboxRssKb = 0; ///< VmRSS of the sandbox process, for reference
    qint64 pixmapCacheKb = 0; ///< Qt's QPixmapCache (icons, style drawings), to the MB; bounded by its limit
    int objects = 0; ///< live main-thread QObjects
    bool active = true; ///< taken while the user was still acting (not during the final drain)
};

/// What a soak run measured and counted, and its verdict.
class SoakReport
{
public:
    /// VmRSS of a process from /proc/PID/status (0: this process); 0 when unknown.
    static qint64 rssKb(qint64 pid = 0);
    static qint64 heapInUseKb();

    void addSample(const MemorySample& sample) { m_samples.append(sample); }
    const QList<MemorySample>& samples() const { return m_samples; }
    void count(const QString& what, qint64 n = 1) { m_counters[what] += n; }
    qint64 counter(const QString& what) const { return m_counters.value(what); }
    /// A failed end-of-run check, in a sentence.
    void fail(const QString& why) { m_failures << why; }
    void note(const QString& line) { m_notes << line; }
    void setCensus(const QMap<QByteArray, int>& atWarmup, const QMap<QByteArray, int>& atEnd);

    /// Memory growth after warm-up: the mean of the active samples in the `windowSeconds`
    /// before warm-up ends against the mean of the last active ones over the same span.
    struct Growth
    {
        qint64 warmupKb = 0;
        qint64 finalKb = 0;
        qint64 maxKb = 0; ///< largest single active sample after warm-up
        double percent = 0;
        double slopeKbPerMinute = 0; ///< least squares over the active samples after warm-up
        bool valid = false;
    };
    Growth growth(double warmupSeconds, double windowSeconds, qint64 MemorySample::*field) const;

    bool passed() const { return m_failures.isEmpty(); }
    /// The whole report, as printed at the end and written next to the samples.
    QString text(const QStringList& header) const;
    bool writeSamples(const QString& path) const;

private:
    QList<MemorySample> m_samples;
    QMap<QString, qint64> m_counters;
    QStringList m_failures;
    QStringList m_notes;
    QMap<QByteArray, int> m_censusAtWarmup;
    QMap<QByteArray, int> m_censusAtEnd;
};
