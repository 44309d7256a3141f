// specdesk-floor: the floor of `bench/run.sh coldstart`. A bare QMainWindow holding a
// QsciScintilla, at SpecDesk's first-start size, reporting its first painted frame the way
// SpecDesk does with SPECDESK_REPORT_FIRST_PAINT=1 (app/gui/main.cpp).
#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QMainWindow>

#include <chrono>
#include <cstdio>

namespace {

class FirstPaintReport : public QObject
{
protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(
                this,
                [] {
                    const auto now = std::chrono::steady_clock::now().time_since_epoch();
                    std::printf("first-paint %lld\n", static_cast<long long>(std::chrono::nanoseconds(now).count()));
                    std::fflush(stdout);
                },
                Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace

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
