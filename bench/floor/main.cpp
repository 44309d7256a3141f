// specdesk-floor: the floor of `bench/run.sh coldstart` and `outside`. A bare QMainWindow holding
// a QsciScintilla, at SpecDesk's first-start size, reporting its first painted frame the way
// SpecDesk does with SPECDESK_REPORT_FIRST_PAINT=1 (app/gui/FirstPaintReport.h).
// `specdesk-floor FILE` shows FILE's text, read before the window is shown, as SpecDesk does.
#include "FirstPaintReport.h"

#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QFile>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    FirstPaintReport firstPaint;
    QMainWindow window;
    auto* editor = new QsciScintilla(&window);
    window.setCentralWidget(editor);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() > 1) {
        QFile file(arguments.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            return 2;
        }
        editor->setText(QString::fromUtf8(file.readAll()));
    }
    window.resize(1280, 800);
    if (qEnvironmentVariableIntValue("SPECDESK_REPORT_FIRST_PAINT") == 1) {
        window.installEventFilter(&firstPaint);
    }
    window.show();
    return QApplication::exec();
}
