#pragma once

#include <QByteArray>
#include <QString>
#include <QTextStream>

class QIODevice;

/// Where a command writes and reads: results on `out()`, errors on `err()`, progress and
/// information on `info()` (nothing with `--quiet`), and FILE arguments, where `-` is the input.
/// Whether what people read may be coloured is decided once (CliColor) and kept here.
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
    bool color() const { return m_color; }
    void setColor(bool color) { m_color = color; }

    /// The bytes of FILE, or of the input when `path` is "-".
    bool read(const QString& path, QByteArray* content, QString* error);
    /// How a FILE argument is named in reports: "-" is "<stdin>".
    static QString displayName(const QString& path);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice* m_input;
    bool m_quiet = false;
    bool m_color = false;
    QString m_discarded;
    QTextStream m_discard {&m_discarded};
};
