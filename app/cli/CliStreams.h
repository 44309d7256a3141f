#pragma once

#include <QByteArray>
#include <QString>
#include <QTextStream>

class QIODevice;

/// Where a command writes and reads: results on `out()`, errors on `err()`, progress and
/// information on `info()` (nothing with `--quiet`), and FILE arguments, where `-` is the input.
///
/// specdesk-cli never prints colour or other escape codes, on a terminal or not, so there is no
/// NO_COLOR or TTY check to make: its output is the same wherever it goes.
class CliStreams
{
public:
    /// `input` is what `-` reads; null means the process's standard input.
    CliStreams(QTextStream& out, QTextStream& err, QIODevice* input = nullptr);

    QTextStream& out();
    QTextStream& err();
    /// Progress and information lines: `out()`, or a sink with `--quiet`.
    QTextStream& info();
    void setQuiet(bool quiet);

    /// The bytes of FILE, or of the input when `path` is "-".
    bool read(const QString& path, QByteArray* content, QString* error);
    /// How a FILE argument is named in reports: "-" is "<stdin>".
    static QString displayName(const QString& path);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice* m_input;
    bool m_quiet = false;
    QString m_discarded;
    QTextStream m_discard {&m_discarded};
};
