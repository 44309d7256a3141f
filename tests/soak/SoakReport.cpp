#include "SoakReport.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <malloc.h>

qint64 SoakReport::rssKb(qint64 pid)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

qint64 SoakReport::heapInUseKb()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
}

void SoakReport::setCensus(const QMap<QByteArray, int>& atWarmup, const QMap<QByteArray, int>& atEnd)
{
    m_censusAtWarmup = atWarmup;
    m_censusAtEnd = atEnd;
}

SoakReport::Growth SoakReport::growth(double warmupSeconds, double windowSeconds, qint64 MemorySample::*field) const
{
    Growth result;
    QList<MemorySample> active;
    for (const MemorySample& sample : m_samples) {
        if (sample.active) {
            active << sample;
        }
    }
    if (active.isEmpty()) {
        return result;
    }
    const double end = active.constLast().seconds;
    double warmSum = 0;
    int warmCount = 0;
    double finalSum = 0;
    int finalCount = 0;
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (const MemorySample& sample : std::as_const(active)) {
        const double value = double(sample.*field);
        if (sample.seconds <= warmupSeconds && sample.seconds > warmupSeconds - windowSeconds) {
            warmSum += value;
            ++warmCount;
        }
        if (sample.seconds > warmupSeconds) {
            result.maxKb = std::max(result.maxKb, sample.*field);
            if (sample.seconds > end - windowSeconds) {
                finalSum += value;
                ++finalCount;
            }
            const double minutes = sample.seconds / 60.0;
            n += 1;
            sx += minutes;
            sy += value;
            sxx += minutes * minutes;
            sxy += minutes * value;
        }
    }
    if (warmCount == 0 || finalCount == 0) {
        return result;
    }
    result.warmupKb = qint64(warmSum / warmCount);
    result.finalKb = qint64(finalSum / finalCount);
    result.percent
        = result.warmupKb > 0 ? 100.0 * double(result.finalKb - result.warmupKb) / double(result.warmupKb) : 0.0;
    const double denominator = n * sxx - sx * sx;
    result.slopeKbPerMinute = n >= 2 && denominator != 0 ? (n * sxy - sx * sy) / denominator : 0.0;
    result.valid = true;
    return result;
}

QString SoakReport::text(const QStringList& header) const
{
    QString out;
    QTextStream stream(&out);
    for (const QString& line : header) {
        stream << line << '\n';
    }
    stream << "\nOperations and outcomes:\n";
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it) {
        stream << "  " << it.key() << ": " << it.value() << '\n';
    }
    // The object kinds whose number changed most between the end of warm-up and the end.
    QList<QPair<int, QByteArray>> changes;
    QMap<QByteArray, int> all = m_censusAtEnd;
    for (auto it = m_censusAtWarmup.cbegin(); it != m_censusAtWarmup.cend(); ++it) {
        all.insert(it.key(), all.value(it.key()));
    }
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const int delta = m_censusAtEnd.value(it.key()) - m_censusAtWarmup.value(it.key());
        if (delta != 0) {
            changes.append({delta, it.key()});
        }
    }
    std::sort(changes.begin(), changes.end(), [](const auto& a, const auto& b) {
        return std::abs(a.first) > std::abs(b.first);
    });
    stream << "\nLive QObjects, end of warm-up -> end (the largest changes):\n";
    if (changes.isEmpty()) {
        stream << "  none changed\n";
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(12, changes.size()); ++i) {
        const QByteArray& name = changes.at(i).second;
        stream << "  " << QString::fromLatin1(name) << ": " << m_censusAtWarmup.value(name) << " -> "
               << m_censusAtEnd.value(name) << '\n';
    }
    if (!m_notes.isEmpty()) {
        stream << "\nNotes:\n";
        for (const QString& line : m_notes) {
            stream << "  " << line << '\n';
        }
    }
    stream << "\nChecks:\n";
    if (m_failures.isEmpty()) {
        stream << "  all passed\n";
    }
    for (const QString& line : m_failures) {
        stream << "  FAILED: " << line << '\n';
    }
    stream << "\nResult: " << (passed() ? "PASS" : "FAIL") << '\n';
    return out;
}

bool SoakReport::writeSamples(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return false;
    }
    QTextStream stream(&file);
    stream << "seconds,rss_kb,heap_kb,pixmap_cache_kb,sandbox_rss_kb,qobjects,phase\n";
    for (const MemorySample& sample : m_samples) {
        stream << QString::number(sample.seconds, 'f', 1) << ',' << sample.rssKb << ',' << sample.heapKb << ','
               << sample.pixmapCacheKb << ',' << sample.sandboxRssKb << ',' << sample.objects << ','
               << (sample.active ? "active" : "drain") << '\n';
    }
    stream.flush();
    return file.commit();
}
