// specdesk-outside: editors measured from outside, as a user sees them, on an X display (Xvfb
// with a window manager, started by `bench/run.sh outside`). Each editor is launched, its window
// watched through the X server's damage reports and pixel reads, and typed into with XTest.
// Rounds are interleaved (the order rotates each round) and the figures are medians of rounds,
// each printed with the machine's load.
//
// Usage: specdesk-outside [--rounds N] [--keys N] [--idle S] [--label TEXT]
//                         --editor NAME SETUP LAUNCH [--editor ...]
#include "EditorRun.h"
#include "XSession.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

std::string load()
{
    std::ifstream file("/proc/loadavg");
    std::string one;
    std::string five;
    std::string fifteen;
    file >> one >> five >> fifteen;
    return "load " + one + " " + five + " " + fifteen + ", nproc " + std::to_string(sysconf(_SC_NPROCESSORS_ONLN));
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(double(values.size()) * fraction));
    return values[at];
}

double median(const std::vector<double>& values)
{
    return percentile(values, 0.5);
}

struct KeyFigures
{
    double median = -1;
    double p90 = -1;
    double p99 = -1;
    double max = -1;
    double afterPauseMax = -1;
};

KeyFigures keyFigures(const Outside::RunFigures& run)
{
    return {percentile(run.keyMs, 0.5),
            percentile(run.keyMs, 0.9),
            percentile(run.keyMs, 0.99),
            percentile(run.keyMs, 1.0),
            percentile(run.afterPauseMs, 1.0)};
}

void printRun(const char* label, int round, const Outside::Editor& editor, const Outside::RunFigures& run)
{
    if (!run.failure.empty()) {
        std::printf("[%s] round %d %-8s FAILED: %s (stderr in /tmp/specdesk-outside-%s.log); %s\n",
                    label,
                    round,
                    editor.name.c_str(),
                    run.failure.c_str(),
                    editor.name.c_str(),
                    load().c_str());
        return;
    }
    const KeyFigures keys = keyFigures(run);
    std::printf(
        "[%s] round %d %-8s start: window %.0f, first pixels %.0f, settled %.0f ms | keys (%zu, %d unanswered): "
        "median %.1f p90 %.1f p99 %.1f max %.1f, after pause max %.1f ms | RSS open %.1f typed %.1f peak %.1f quiet "
        "%.1f MB | "
        "work after typing %.0f ms, then idle CPU %.1f %% | accessibility %s | %s\n",
        label,
        round,
        editor.name.c_str(),
        run.mappedMs,
        run.firstPixelsMs,
        run.settledMs,
        run.keyMs.size(),
        run.unanswered,
        keys.median,
        keys.p90,
        keys.p99,
        keys.max,
        keys.afterPauseMax,
        run.rssOpenMb,
        run.rssTypedMb,
        run.rssPeakMb,
        run.rssQuietMb,
        run.workAfterTypingMs,
        run.idleCpuPercent,
        run.accessibility.c_str(),
        load().c_str());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    int rounds = 3;
    std::string label = "outside";
    std::vector<Outside::Editor> editors;
    Outside::TypingPlan plan;
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        if (option == "--rounds" && i + 1 < argc) {
            rounds = std::atoi(argv[++i]);
        } else if (option == "--keys" && i + 1 < argc) {
            plan.keys = std::atoi(argv[++i]);
        } else if (option == "--idle" && i + 1 < argc) {
            plan.idleSeconds = std::atoi(argv[++i]);
        } else if (option == "--label" && i + 1 < argc) {
            label = argv[++i];
        } else if (option == "--editor" && i + 3 < argc) {
            editors.push_back({argv[i + 1], argv[i + 2], argv[i + 3]});
            i += 3;
        } else {
            std::fprintf(stderr, "specdesk-outside: unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    Outside::XSession session;
    if (!session.ok()) {
        std::fprintf(stderr, "specdesk-outside: no X display with the DAMAGE extension ($DISPLAY)\n");
        return 2;
    }
    if (editors.empty() || rounds < 1 || plan.keys < 1) {
        std::fprintf(stderr, "specdesk-outside: nothing to run\n");
        return 2;
    }
    std::printf("[%s] %zu editors, %d interleaved rounds, %d keys each (%d ms apart, %d ms pause every %d), "
                "%d s idle; %s\n",
                label.c_str(),
                editors.size(),
                rounds,
                plan.keys,
                plan.gapMs,
                plan.pauseMs,
                plan.burst,
                plan.idleSeconds,
                load().c_str());
    std::map<std::string, std::vector<Outside::RunFigures>> runs;
    for (int round = 1; round <= rounds; ++round) {
        // The order rotates, so no editor always comes first after the harness's own start.
        for (size_t e = 0; e < editors.size(); ++e) {
            const Outside::Editor& editor = editors[(e + size_t(round - 1)) % editors.size()];
            const Outside::RunFigures run = Outside::runEditor(session, editor, plan);
            printRun(label.c_str(), round, editor, run);
            if (run.failure.empty()) {
                runs[editor.name].push_back(run);
            }
        }
    }

    std::printf("[%s] medians of rounds; %s\n", label.c_str(), load().c_str());
    std::printf("[%s] %-8s %6s %9s %9s %8s %8s %8s %8s %9s %8s %8s %8s %8s %9s %8s  %s\n",
                label.c_str(),
                "editor",
                "rounds",
                "1st px",
                "settled",
                "key med",
                "key p90",
                "key p99",
                "key max",
                "pause max",
                "RSS open",
                "typed",
                "peak",
                "quiet",
                "work after",
                "idle CPU",
                "accessibility");
    for (const Outside::Editor& editor : editors) {
        const std::vector<Outside::RunFigures>& done = runs[editor.name];
        if (done.empty()) {
            std::printf("[%s] %-8s no successful round\n", label.c_str(), editor.name.c_str());
            continue;
        }
        std::vector<double> first, settled, keyMedian, p90, p99, max, pause, open, typed, peak, quiet, work, cpu;
        std::string accessibility;
        for (const Outside::RunFigures& run : done) {
            const KeyFigures keys = keyFigures(run);
            first.push_back(run.firstPixelsMs);
            settled.push_back(run.settledMs);
            keyMedian.push_back(keys.median);
            p90.push_back(keys.p90);
            p99.push_back(keys.p99);
            max.push_back(keys.max);
            pause.push_back(keys.afterPauseMax);
            open.push_back(run.rssOpenMb);
            typed.push_back(run.rssTypedMb);
            peak.push_back(run.rssPeakMb);
            quiet.push_back(run.rssQuietMb);
            work.push_back(run.workAfterTypingMs);
            cpu.push_back(run.idleCpuPercent);
            accessibility += (accessibility.empty() ? "" : ",") + run.accessibility;
        }
        std::printf("[%s] %-8s %6zu %6.0f ms %6.0f ms %5.1f ms %5.1f ms %5.1f ms %5.1f ms %6.1f ms %5.0f MB %5.0f MB "
                    "%5.0f MB %5.0f MB "
                    "%6.0f ms %6.1f %%  %s\n",
                    label.c_str(),
                    editor.name.c_str(),
                    done.size(),
                    median(first),
                    median(settled),
                    median(keyMedian),
                    median(p90),
                    median(p99),
                    median(max),
                    median(pause),
                    median(open),
                    median(typed),
                    *std::max_element(peak.begin(), peak.end()), // the highest of the rounds, not a median
                    median(quiet),
                    median(work),
                    median(cpu),
                    accessibility.c_str());
    }
    return 0;
}
