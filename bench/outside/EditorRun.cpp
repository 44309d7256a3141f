#include "EditorRun.h"

#include "XSession.h"

#include <X11/keysym.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <algorithm>
#include <set>

namespace Outside {

namespace {

/// A caret blinking changes a column or two; a typed letter, a scroll or a repaint of content
/// changes more. Changes narrower than this are not counted as the editor's answer.
constexpr int kMinChangedColumns = 4;

int changedColumns(const Pixels& before, const Pixels& now)
{
    const Rect common = before.area.intersected(now.area);
    int columns = 0;
    for (int x = common.x; x < common.x + common.width; ++x) {
        for (int y = common.y; y < common.y + common.height; ++y) {
            if (before.at(x, y) != now.at(x, y)) {
                ++columns;
                break;
            }
        }
    }
    return columns;
}

/// A blank fill (the server's background) is one colour; a painted frame has many.
bool hasContent(const Pixels& pixels)
{
    std::set<unsigned> colours;
    for (size_t i = 0; i < pixels.data.size() && colours.size() < 4; i += 97) {
        colours.insert(pixels.data[i]);
    }
    return colours.size() >= 4;
}

double rssMb(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            return std::atof(line.c_str() + 6) / 1024.0;
        }
    }
    return -1;
}

/// utime + stime of the process (all its threads), in seconds.
double cpuSeconds(pid_t pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const size_t close = text.rfind(')');
    if (close == std::string::npos) {
        return -1;
    }
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    double ticks = 0;
    // After the name: state is field 3; utime and stime are fields 14 and 15.
    for (int index = 3; index <= 15 && fields >> field; ++index) {
        if (index >= 14) {
            ticks += std::atof(field.c_str());
        }
    }
    return ticks / double(sysconf(_SC_CLK_TCK));
}

class Launch
{
public:
    explicit Launch(const Editor& editor)
    {
        int pipeEnds[2];
        if (pipe(pipeEnds) != 0) {
            return;
        }
        m_started = nowMs();
        m_pid = fork();
        if (m_pid == 0) {
            setpgid(0, 0);
            dup2(pipeEnds[1], STDOUT_FILENO);
            const std::string log = "/tmp/specdesk-outside-" + editor.name + ".log";
            const int err = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (err >= 0) {
                dup2(err, STDERR_FILENO);
            }
            const std::string command = "exec " + editor.launch;
            execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        close(pipeEnds[1]);
        m_output = pipeEnds[0];
        fcntl(m_output, F_SETFL, O_NONBLOCK);
    }
    ~Launch()
    {
        if (m_pid > 0) {
            kill(-m_pid, SIGTERM);
            for (int i = 0; i < 50 && waitpid(m_pid, nullptr, WNOHANG) == 0; ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
            kill(-m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
        if (m_output >= 0) {
            close(m_output);
        }
    }
    pid_t pid() const { return m_pid; }
    double started() const { return m_started; }
    bool alive() const { return m_pid > 0 && waitpid(m_pid, nullptr, WNOHANG) == 0; }
    /// The last "accessibility-active N" line the app printed (app/gui/FirstPaintReport.h).
    std::string accessibility()
    {
        char buffer[4096];
        ssize_t got = 0;
        while ((got = read(m_output, buffer, sizeof buffer)) > 0) {
            m_text.append(buffer, size_t(got));
        }
        const size_t at = m_text.rfind("accessibility-active ");
        if (at == std::string::npos) {
            return "-";
        }
        return m_text.compare(at + 21, 1, "1") == 0 ? "active" : "inactive";
    }

private:
    pid_t m_pid = -1;
    int m_output = -1;
    double m_started = 0;
    std::string m_text;
};

/// Waits until the window's pixels stop changing (a blinking caret aside) for `quietMs`;
/// returns the time of the last change, or -1 when it kept changing until `timeoutMs`.
double waitSettled(XSession& session, const Rect& window, double quietMs, double timeoutMs)
{
    const double deadline = nowMs() + timeoutMs;
    Pixels last = session.grab(window);
    double lastChange = nowMs();
    bool damaged = false;
    while (nowMs() < deadline) {
        session.waitDamage(100, [&](double, const Rect& area) {
            damaged = damaged || !area.intersected(window).empty();
            return false;
        });
        if (damaged) {
            damaged = false;
            Pixels now = session.grab(window);
            if (changedColumns(last, now) >= kMinChangedColumns) {
                lastChange = nowMs();
                last = std::move(now);
            }
        }
        if (nowMs() - lastChange >= quietMs) {
            return lastChange;
        }
    }
    return -1;
}

/// Lets the editor run for `ms` while the harness drops the damage reports.
void idle(XSession& session, double ms)
{
    const double until = nowMs() + ms;
    while (nowMs() < until) {
        session.waitDamage(until - nowMs(), [](double, const Rect&) { return false; });
    }
}

} // namespace

RunFigures runEditor(XSession& session, const Editor& editor, const TypingPlan& plan)
{
    RunFigures figures;
    if (!editor.setup.empty() && std::system(editor.setup.c_str()) != 0) {
        figures.failure = "setup failed: " + editor.setup;
        return figures;
    }
    const std::vector<Window> before = session.clients();
    session.drainDamage();
    Launch launch(editor);
    const double t0 = launch.started();

    // (a) Start to the window, and to its first painted content.
    Window window = 0;
    Rect area;
    double lastDamage = -1;
    while (window == 0 && nowMs() - t0 < 60000 && launch.alive()) {
        session.waitDamage(5, [&](double arrived, const Rect&) {
            lastDamage = arrived;
            return false;
        });
        for (const Window candidate : session.clients()) {
            const long pid = session.windowPid(candidate);
            if (std::find(before.begin(), before.end(), candidate) == before.end()
                && (pid == 0 || pid == launch.pid())) {
                window = candidate;
                figures.mappedMs = nowMs() - t0;
            }
        }
    }
    if (window == 0) {
        figures.failure = launch.alive() ? "no window within 60 s" : "exited before showing a window";
        return figures;
    }
    for (area = session.onScreen(window); area.empty() && nowMs() - t0 < 60000; area = session.onScreen(window)) {
        idle(session, 5);
    }
    if (hasContent(session.grab(area))) {
        figures.firstPixelsMs = std::max(lastDamage, t0 + figures.mappedMs) - t0;
    }
    while (figures.firstPixelsMs < 0 && nowMs() - t0 < 60000) {
        session.waitDamage(100, [&](double arrived, const Rect& damage) {
            if (!damage.intersected(area).empty() && hasContent(session.grab(area))) {
                figures.firstPixelsMs = arrived - t0;
                return true;
            }
            return false;
        });
    }
    const double settled = waitSettled(session, area, 2000, 120000);
    figures.settledMs = settled < 0 ? -1 : settled - t0;

    // The caret to the end of the file, as a user does it.
    session.focus(window);
    idle(session, 200);
    session.tap(XK_End, true);
    waitSettled(session, area, 1000, 30000);
    figures.rssOpenMb = rssMb(launch.pid());

    // (b) Key event to the pixels it changes.
    for (int key = 0; key < plan.keys && launch.alive(); ++key) {
        session.drainDamage();
        const Pixels shown = session.grab(area);
        const double sent = nowMs();
        session.tap(XK_a);
        double answered = -1;
        session.waitDamage(5000, [&](double arrived, const Rect& damage) {
            const Rect changed = damage.intersected(area);
            if (!changed.empty() && changedColumns(shown, session.grab(changed)) >= kMinChangedColumns) {
                answered = arrived - sent;
                return true;
            }
            return false;
        });
        if (answered < 0) {
            ++figures.unanswered;
            answered = 5000;
        }
        figures.keyMs.push_back(answered);
        figures.rssPeakMb = std::max(figures.rssPeakMb, rssMb(launch.pid()));
        if (key > 0 && key % plan.burst == 0) {
            figures.afterPauseMs.push_back(answered);
        }
        const double next = sent + (key % plan.burst == plan.burst - 1 ? plan.pauseMs : plan.gapMs);
        idle(session, next - nowMs());
    }
    if (!launch.alive()) {
        figures.failure = "exited while typed into";
        return figures;
    }

    // (c) Memory after the typing; (d) how long the work on the last keys goes on (an analysis
    // of 10 MB may outlast the last pause on a slow machine), then CPU while nothing happens. A
    // loop that never stops working never goes quiet, and is then measured as it is.
    figures.rssTypedMb = rssMb(launch.pid());
    figures.rssPeakMb = std::max(figures.rssPeakMb, figures.rssTypedMb);
    const double typingEnded = nowMs();
    constexpr double kQuietWindowMs = 500;
    constexpr double kQuietCpuSeconds = 0.01;
    constexpr double kMostWorkMs = 15000;
    figures.workAfterTypingMs = kMostWorkMs;
    while (nowMs() - typingEnded < kMostWorkMs) {
        const double windowStart = cpuSeconds(launch.pid());
        idle(session, kQuietWindowMs);
        figures.rssPeakMb = std::max(figures.rssPeakMb, rssMb(launch.pid()));
        if (cpuSeconds(launch.pid()) - windowStart < kQuietCpuSeconds) {
            figures.workAfterTypingMs = nowMs() - typingEnded - kQuietWindowMs;
            break;
        }
    }
    figures.rssQuietMb = rssMb(launch.pid());
    const double cpuBefore = cpuSeconds(launch.pid());
    const double idleFrom = nowMs();
    idle(session, plan.idleSeconds * 1000.0);
    const double cpuAfter = cpuSeconds(launch.pid());
    figures.idleCpuPercent = (cpuAfter - cpuBefore) / ((nowMs() - idleFrom) / 1000.0) * 100.0;
    figures.accessibility = launch.accessibility();
    return figures;
}

} // namespace Outside
