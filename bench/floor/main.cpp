// specdesk-floor: the floor of `bench/run.sh coldstart`. A bare QMainWindow holding a
// QsciScintilla, at SpecDesk's first-start size, reporting its first painted frame the way
// SpecDesk does with SPECDESK_REPORT_FIRST_PAINT=1 (app/gui/FirstPaintReport.h).
#include "FirstPaintReport.h"

#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    FirstPaintReport firstPaint;
    QMainWindow window;
    window.setCentralWidget(new QsciScintilla(&window));
    window.resize(1280, 800);
    if (qEnvironmentVariableIntValue("SPECDESK_REPORT_FIRST_PAINT") == 1) {
        window.installEventFilter(&firstPaint);
    }
    window.show();
    return QApplication::exec();
}
