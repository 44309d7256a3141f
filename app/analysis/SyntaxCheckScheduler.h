#pragma once

#include "Diagnostic.h"
#include "SpecFormat.h"

#include <QObject>
#include <QTimer>

/// Checks a document's syntax off the GUI thread, a moment after the last change.
///
/// Each request supersedes the previous ones: a result computed from older text is dropped,
/// so the Problems panel never shows errors for text that is no longer there.
class SyntaxCheckScheduler : public QObject
{
    Q_OBJECT

public:
    explicit SyntaxCheckScheduler(QObject* parent = nullptr);

    /// Schedules a check of `content`; the text is copied (cheaply: QByteArray is shared).
    void request(const QByteArray& content, SpecFormat format);
    void setDelay(int milliseconds);

Q_SIGNALS:
    void checked(const Diagnostics& diagnostics);

private:
    void start();

    QTimer m_delay;
    QByteArray m_content;
    SpecFormat m_format = SpecFormat::Yaml;
    quint64 m_generation = 0;
};
