#pragma once

#include "SpecAnalysis.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <stop_token>

/// One spec's text and what is known about it. The text is the single source of truth: the
/// analysis (tree, kind, problems) is derived from it off the GUI thread, a moment after the
/// last change. An analysis of text that has since changed is stopped where it is: on a 10 MB
/// spec it would hold a core and a tree's memory for a second or two, only to be dropped.
class SpecDocument : public QObject
{
    Q_OBJECT

public:
    SpecDocument(SpecFormat format, std::optional<SpecKind> kind, QObject* parent = nullptr);

    /// Takes the current text (cheap: QByteArray is shared) and schedules its analysis.
    void setText(const QByteArray& text);
    /// Where to read the text from when an analysis starts. With a source, an edit only calls
    /// markChanged(): a 10 MB text is then copied once per pause in typing, not per keystroke.
    void setTextSource(std::function<QByteArray()> source) { m_source = std::move(source); }
    void markChanged();
    /// Without a source, the text of setText(). With one, the source's current text (the text is
    /// not kept once analysed: a 10 MB spec's copy kept here was one of three alive while
    /// typing), which may be newer than the analysis: call it when the analysis is not stale
    /// (analyseNow() first), so that the two describe the same text.
    QByteArray text() const { return m_text.isNull() && m_source ? m_source() : m_text; }
    SpecFormat format() const { return m_format; }

    /// The user's choice of kind, or nullopt to detect it from the text. Reanalyses.
    void setKind(std::optional<SpecKind> kind);
    std::optional<SpecKind> chosenKind() const { return m_kind; }
    /// The text the spec had when it was loaded (or last synced): read-only fields are compared to
    /// it. Kept only for JSON, the format of the one kind whose rules read it (Scale GP).
    void setBase(const QByteArray& base);

    /// The newest finished analysis; never null (empty before the first one).
    std::shared_ptr<const SpecAnalysis> analysis() const { return m_analysis; }
    /// True while the text has changed since the analysis was computed.
    bool isAnalysisStale() const { return m_analysedGeneration != m_generation; }
    void setDelay(int milliseconds) { m_delay.setInterval(milliseconds); }
    /// True while an analysis waits for a pause in typing or runs.
    bool isAnalysisPending() const { return m_delay.isActive() || m_running; }
    /// Analyses now, on this thread; for tests and the command line.
    void analyseNow();

Q_SIGNALS:
    void analysed();

private:
    void start();
    /// The text has changed: stops the running analysis and waits for a pause in typing.
    void supersede();

    SpecFormat m_format;
    std::optional<SpecKind> m_kind;
    std::function<QByteArray()> m_source;
    QByteArray m_text;
    QByteArray m_base;
    std::shared_ptr<const SpecAnalysis> m_baseAnalysis;
    std::shared_ptr<const SpecAnalysis> m_analysis;
    QTimer m_delay;
    /// A moment after an analysis lands (and nothing has changed since), the pages freed by
    /// everything it set off are given back: see start().
    QTimer m_giveBackFreed;
    quint64 m_generation = 0;
    quint64 m_analysedGeneration = 0;
    bool m_running = false;
    std::stop_source m_stopRunning;
};
