#include "SpecDocument.h"

#include "FreedPages.h"
#include "WorkerPriority.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct Outcome
{
    std::shared_ptr<const SpecAnalysis> analysis;
    std::shared_ptr<const SpecAnalysis> baseAnalysis;
};

/// Shares an analysis. The last owner of a big one, whichever it is (the document, the outline,
/// a comparison) and on whatever thread, has a worker free it: a tree of a million nodes takes
/// 10-30 ms to free, which on the GUI thread was a stall each time an analysis replaced another.
/// Its blocks are mapped on their own and go back to the system as they are freed; what else
/// it freed is given back once things are quiet (m_giveBackFreed), not here, just as a new
/// analysis lands and typing may resume: a trim holds the heap's lock.
std::shared_ptr<const SpecAnalysis> share(SpecAnalysis analysis)
{
    constexpr qint32 kFreeOnWorkerFrom = 20'000;
    auto* owned = new SpecAnalysis(std::move(analysis));
    if (owned->tree.size() < kFreeOnWorkerFrom) {
        return std::shared_ptr<const SpecAnalysis>(owned);
    }
    return std::shared_ptr<const SpecAnalysis>(owned, [](const SpecAnalysis* last) {
        QThreadPool* pool = QThreadPool::globalInstance();
        if (pool == nullptr) { // the process is ending
            delete last;
            return;
        }
        pool->start([last] {
            WorkerPriority::lower();
            delete last;
        });
    });
}

// Runs on a worker thread. The base is analysed there too, once, and only for the kind whose
// rules compare with it (Scale GP's read-only fields), so opening a big spec stays instant.
// A stopped analysis has no result (and perhaps no base analysis yet).
Outcome analyse(QByteArray text,
                SpecFormat format,
                std::optional<SpecKind> kind,
                QByteArray base,
                std::shared_ptr<const SpecAnalysis> baseAnalysis,
                std::stop_token stop)
{
    WorkerPriority::lower();
    try {
        const SpecKind effective = kind.value_or(SpecKinds::detect(text, format));
        if (!baseAnalysis && !base.isEmpty() && effective == SpecKind::ScaleGp) {
            baseAnalysis = share(SpecAnalysis::analyse(base, format, kind, {}, stop));
        }
        SpecValidator::Context context;
        if (baseAnalysis) {
            context.baseTree = &baseAnalysis->tree;
            context.baseText = &base;
        }
        return {share(SpecAnalysis::analyse(text, format, kind, context, stop)), baseAnalysis};
    } catch (const SpecTree::Abandoned&) {
        // Not given back here: this runs just as a key is typed, and a trim holds the heap's
        // locks; the next analysis reuses what the stopped one freed.
        return {nullptr, baseAnalysis};
    }
}

} // namespace

SpecDocument::SpecDocument(SpecFormat format, std::optional<SpecKind> kind, QObject* parent)
    : QObject(parent)
    , m_format(format)
    , m_kind(kind)
    , m_analysis(std::make_shared<const SpecAnalysis>())
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(250);
    connect(&m_delay, &QTimer::timeout, this, &SpecDocument::start);
    m_giveBackFreed.setSingleShot(true);
    m_giveBackFreed.setInterval(1000);
    connect(&m_giveBackFreed, &QTimer::timeout, this, [] {
        QThreadPool::globalInstance()->start([] {
            WorkerPriority::lower();
            FreedPages::giveBack();
        });
    });
}

void SpecDocument::setText(const QByteArray& text)
{
    m_text = text;
    supersede();
}

void SpecDocument::markChanged()
{
    supersede();
}

void SpecDocument::supersede()
{
    ++m_generation;
    if (m_running) {
        m_stopRunning.request_stop();
    }
    m_giveBackFreed.stop();
    m_delay.start();
}

void SpecDocument::setKind(std::optional<SpecKind> kind)
{
    m_kind = kind;
    supersede();
    m_delay.start(0);
}

void SpecDocument::setBase(const QByteArray& base)
{
    // Only Scale GP's rules read the base, and its specs are JSON: a 10 MB YAML spec's base
    // would be a third copy of its text (after the editor's and the analysed one) kept for nothing.
    m_base = m_format == SpecKinds::formatOf(SpecKind::ScaleGp) ? base : QByteArray();
    m_baseAnalysis.reset();
}

void SpecDocument::analyseNow()
{
    m_delay.stop();
    if (m_source) {
        m_text = m_source();
    }
    Outcome outcome = analyse(m_text, m_format, m_kind, m_base, m_baseAnalysis, {});
    if (m_source) {
        m_text = QByteArray(); // the source has it
    }
    m_analysis = std::move(outcome.analysis);
    m_baseAnalysis = std::move(outcome.baseAnalysis);
    m_analysedGeneration = m_generation;
    Q_EMIT analysed();
}

void SpecDocument::start()
{
    // One analysis at a time: a newer text waits for the running one, which an edit stops
    // (supersede()), so typing into a big spec never piles up analyses or their memory.
    if (m_running) {
        return;
    }
    if (m_source) {
        // Let go of the last text first: its block is then free for the new copy.
        m_text = QByteArray();
        m_text = m_source();
    }
    m_running = true;
    m_stopRunning = std::stop_source();
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        // Take the result out, so the watcher holds no copy of a big tree when it goes.
        Outcome outcome = watcher->future().takeResult();
        watcher->deleteLater();
        m_running = false;
        const qsizetype analysedBytes = m_text.size();
        if (m_source) {
            m_text = QByteArray(); // the source has it, and the next analysis reads it again
        }
        if (outcome.baseAnalysis) {
            m_baseAnalysis = outcome.baseAnalysis;
        }
        if (generation != m_generation || !outcome.analysis) {
            // The text changed while this ran (and it stopped): analyse the newer text once
            // typing pauses.
            if (!m_delay.isActive()) {
                m_delay.start();
            }
            return;
        }
        m_analysis = std::move(outcome.analysis);
        m_analysedGeneration = generation;
        Q_EMIT analysed();
        // The heap keeps what the analyses freed (parser garbage, the old tree's strays): after
        // typing into a 10 MB spec a trim gave back 15 MB. Trimmed once things are quiet, not
        // when a key stops an analysis: a trim holds the heap's lock for a moment.
        constexpr qsizetype kBigText = 1024 * 1024;
        if (analysedBytes >= kBigText) {
            m_giveBackFreed.start();
        }
    });
    watcher->setFuture(
        QtConcurrent::run(&analyse, m_text, m_format, m_kind, m_base, m_baseAnalysis, m_stopRunning.get_token()));
}
