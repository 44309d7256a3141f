#include "SyntaxCheckScheduler.h"

#include "SyntaxChecker.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

SyntaxCheckScheduler::SyntaxCheckScheduler(QObject* parent)
    : QObject(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(250);
    connect(&m_delay, &QTimer::timeout, this, &SyntaxCheckScheduler::start);
}

void SyntaxCheckScheduler::setDelay(int milliseconds)
{
    m_delay.setInterval(milliseconds);
}

void SyntaxCheckScheduler::request(const QByteArray& content, SpecFormat format)
{
    ++m_generation;
    m_content = content;
    m_format = format;
    m_delay.start();
}

void SyntaxCheckScheduler::start()
{
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Diagnostics>(this);
    connect(watcher, &QFutureWatcher<Diagnostics>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) {
            Q_EMIT checked(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run(&SyntaxChecker::check, m_content, m_format));
}
