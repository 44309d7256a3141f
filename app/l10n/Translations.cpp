#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Translations {

QStringList searchPaths()
{
    const QString programDir = QCoreApplication::applicationDirPath();
    return {programDir + QStringLiteral("/../share/specdesk/translations"),
            programDir + QStringLiteral("/../translations")};
}

void install()
{
    QCoreApplication* app = QCoreApplication::instance();
    const QLocale locale;
    auto own = std::make_unique<QTranslator>(app);
    for (const QString& directory : searchPaths()) {
        if (own->load(locale, QStringLiteral("specdesk"), QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(own.release());
            break;
        }
    }
    // Qt's own texts: standard buttons, the command line parser's help.
    auto qt = std::make_unique<QTranslator>(app);
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.release());
    }
}

} // namespace Translations
