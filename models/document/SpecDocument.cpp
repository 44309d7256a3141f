#include "SpecDocument.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

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
    m_analysis = std::move(outcome.analysis);
    m_baseAnalysis = std::move(outcome.baseAnalysis);
    m_analysedGeneration = m_generation;
    Q_EMIT analysed();
}

void SpecDocument::start()
{
    if (m_source) {
        m_text = m_source();
    }
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        // Take the result out, so the watcher holds no copy of a big tree when it goes.
        const Outcome outcome = watcher->future().takeResult();
        watcher->deleteLater();
        if (outcome.baseAnalysis) {
            m_baseAnalysis = outcome.baseAnalysis;
        }
        if (generation != m_generation) {
            return; // the text changed while this ran; a newer analysis is on its way
        }
        // Freeing a big tree (a million nodes) takes a while: let a worker do it, not the GUI.
        (void)QtConcurrent::run([old = std::exchange(m_analysis, outcome.analysis)]() mutable { old.reset(); });
        m_analysedGeneration = generation;
        Q_EMIT analysed();
    });
    watcher->setFuture(QtConcurrent::run(&analyse, m_text, m_format, m_kind, m_base, m_baseAnalysis));
}
