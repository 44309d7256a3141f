#include "SpecDocument.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

struct Outcome
{
    std::shared_ptr<const SpecAnalysis> analysis;
    std::shared_ptr<const SpecAnalysis> baseAnalysis;
};

// Runs on a worker thread. The base is analysed there too, once, and only for the kind whose
// rules compare with it (Scale GP's read-only fields), so opening a big spec stays instant.
Outcome analyse(QByteArray text,
                SpecFormat format,
                std::optional<SpecKind> kind,
                QByteArray base,
                std::shared_ptr<const SpecAnalysis> baseAnalysis)
{
    const SpecKind effective = kind.value_or(SpecKinds::detect(text, format));
    if (!baseAnalysis && !base.isEmpty() && effective == SpecKind::ScaleGp) {
        baseAnalysis = std::make_shared<const SpecAnalysis>(SpecAnalysis::analyse(base, format, kind));
    }
    SpecValidator::Context context;
    if (baseAnalysis) {
        context.baseTree = &baseAnalysis->tree;
        context.baseText = &base;
    }
    return {std::make_shared<const SpecAnalysis>(SpecAnalysis::analyse(text, format, kind, context)), baseAnalysis};
}

/// Frees an analysis on a worker: a tree of a million nodes takes a while to free. Then hands
/// the freed pages back to the system; glibc keeps them otherwise, and each analysis of a big
/// spec would leave the process larger (262 MB grew past 600 MB in a few edits).
void releaseLater(std::shared_ptr<const SpecAnalysis> analysis)
{
    (void)QtConcurrent::run([analysis = std::move(analysis)]() mutable {
        analysis.reset();
#if defined(__GLIBC__)
        malloc_trim(0);
#endif
    });
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
}

void SpecDocument::setText(const QByteArray& text)
{
    m_text = text;
    ++m_generation;
    m_delay.start();
}

void SpecDocument::markChanged()
{
    ++m_generation;
    m_delay.start();
}

void SpecDocument::setKind(std::optional<SpecKind> kind)
{
    m_kind = kind;
    ++m_generation;
    m_delay.start(0);
}

void SpecDocument::setBase(const QByteArray& base)
{
    m_base = base;
    m_baseAnalysis.reset();
}

void SpecDocument::analyseNow()
{
    m_delay.stop();
    if (m_source) {
        m_text = m_source();
    }
    Outcome outcome = analyse(m_text, m_format, m_kind, m_base, m_baseAnalysis);
    releaseLater(std::exchange(m_analysis, std::move(outcome.analysis)));
    m_baseAnalysis = std::move(outcome.baseAnalysis);
    m_analysedGeneration = m_generation;
    Q_EMIT analysed();
}

void SpecDocument::start()
{
    // One analysis at a time: a newer text waits for the running one, which is then dropped,
    // so typing into a big spec never piles up analyses (and their memory) on the workers.
    if (m_running) {
        return;
    }
    if (m_source) {
        m_text = m_source();
    }
    m_running = true;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        // Take the result out, so the watcher holds no copy of a big tree when it goes.
        Outcome outcome = watcher->future().takeResult();
        watcher->deleteLater();
        m_running = false;
        if (outcome.baseAnalysis) {
            m_baseAnalysis = outcome.baseAnalysis;
        }
        if (generation != m_generation) {
            // The text changed while this ran: analyse the newer text once typing pauses.
            releaseLater(std::move(outcome.analysis));
            if (!m_delay.isActive()) {
                m_delay.start();
            }
            return;
        }
        releaseLater(std::exchange(m_analysis, outcome.analysis));
        m_analysedGeneration = generation;
        Q_EMIT analysed();
    });
    watcher->setFuture(QtConcurrent::run(&analyse, m_text, m_format, m_kind, m_base, m_baseAnalysis));
}
