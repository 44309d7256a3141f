#include "SpecDocument.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace {

std::shared_ptr<const SpecAnalysis> analyse(QByteArray text,
                                            SpecFormat format,
                                            std::optional<SpecKind> kind,
                                            QByteArray base,
                                            std::shared_ptr<const SpecAnalysis> baseAnalysis)
{
    SpecValidator::Context context;
    if (baseAnalysis) {
        context.baseTree = &baseAnalysis->tree;
        context.baseText = &base;
    }
    return std::make_shared<const SpecAnalysis>(SpecAnalysis::analyse(text, format, kind, context));
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

void SpecDocument::setKind(std::optional<SpecKind> kind)
{
    m_kind = kind;
    ++m_generation;
    m_delay.start(0);
}

void SpecDocument::setBase(const QByteArray& base)
{
    m_base = base;
    m_baseAnalysis = std::make_shared<const SpecAnalysis>(SpecAnalysis::analyse(base, m_format, m_kind));
}

void SpecDocument::analyseNow()
{
    m_delay.stop();
    m_analysis = analyse(m_text, m_format, m_kind, m_base, m_baseAnalysis);
    m_analysedGeneration = m_generation;
    Q_EMIT analysed();
}

void SpecDocument::start()
{
    const quint64 generation = m_generation;
    using Result = std::shared_ptr<const SpecAnalysis>;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // the text changed while this ran; a newer analysis is on its way
        }
        m_analysis = watcher->result();
        m_analysedGeneration = generation;
        Q_EMIT analysed();
    });
    watcher->setFuture(QtConcurrent::run(&analyse, m_text, m_format, m_kind, m_base, m_baseAnalysis));
}
