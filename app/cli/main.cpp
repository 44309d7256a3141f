#include "CliApplication.h"
#include "Translations.h"

#include <QCoreApplication>

#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("specdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPECDESK_VERSION));
    Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApplication cli(out, err);
    cli.setOutputIsTerminal(isatty(STDOUT_FILENO) == 1);
    return static_cast<int>(cli.run(QCoreApplication::arguments()));
}
