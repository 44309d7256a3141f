#include "TextDiff.h"

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

namespace {

/// Marks, for the diff only, a last line without a line break: it then differs from the same
/// words with one, as a patch must say.
constexpr char kNoLineBreak = '\0';

/// Lines without their LF but with any CR, so a change of line ends still counts as a change.
std::vector<std::string> splitLines(const QByteArray& text)
{
    std::vector<std::string> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        const qsizetype next = end < 0 ? text.size() : end + 1;
        if (end < 0) {
            end = text.size();
        }
        lines.emplace_back(text.constData() + start, static_cast<size_t>(end - start));
        if (next == end) {
            lines.back().push_back(kNoLineBreak);
        }
        start = next;
    }
    return lines;
}

bool lacksLineBreak(const std::string& line)
{
    return !line.empty() && line.back() == kNoLineBreak;
}

QString displayed(const std::string& line)
{
    qsizetype size = static_cast<qsizetype>(line.size());
    if (lacksLineBreak(line)) {
        --size;
    }
    if (size > 0 && line[size_t(size - 1)] == '\r') {
        --size;
    }
    return QString::fromUtf8(line.data(), size);
}

/// Words and the runs between them, so spans cover whole words and keep spacing.
std::vector<QString> tokens(const QString& line)
{
    std::vector<QString> result;
    int start = 0;
    while (start < line.size()) {
        const bool word = line.at(start).isLetterOrNumber() || line.at(start) == QLatin1Char('_');
        int end = start + 1;
        while (end < line.size() && (line.at(end).isLetterOrNumber() || line.at(end) == QLatin1Char('_')) == word
               && (word || !line.at(end).isSpace() == !line.at(start).isSpace())) {
            ++end;
        }
        result.push_back(line.mid(start, end - start));
        start = end;
    }
    return result;
}

/// Marks the words of `removed` and `added` that differ from each other.
void markWords(TextDiff::Line& removed, TextDiff::Line& added)
{
    const std::vector<QString> before = tokens(removed.text);
    const std::vector<QString> after = tokens(added.text);
    dtl::Diff<QString, std::vector<QString>> diff(before, after);
    diff.compose();
    int oldOffset = 0;
    int newOffset = 0;
    for (const auto& [token, info] : diff.getSes().getSequence()) {
        const int length = static_cast<int>(token.size());
        if (info.type == dtl::SES_DELETE) {
            removed.changedSpans.append({oldOffset, oldOffset + length});
            oldOffset += length;
        } else if (info.type == dtl::SES_ADD) {
            added.changedSpans.append({newOffset, newOffset + length});
            newOffset += length;
        } else {
            oldOffset += length;
            newOffset += length;
        }
    }
}

/// Puts a change's removed lines before its added ones, as diffs are read, then pairs them in
/// order and marks their changed words.
void markChange(QList<TextDiff::Line>& lines, int first, int last)
{
    std::stable_partition(lines.begin() + first, lines.begin() + last, [](const TextDiff::Line& line) {
        return line.type == TextDiff::Line::Type::Removed;
    });
    QList<int> removed;
    QList<int> added;
    for (int i = first; i < last; ++i) {
        (lines[i].type == TextDiff::Line::Type::Removed ? removed : added) << i;
    }
    for (int i = 0; i < std::min(removed.size(), added.size()); ++i) {
        markWords(lines[removed[i]], lines[added[i]]);
    }
}

} // namespace

int TextDiff::addedCount() const
{
    return static_cast<int>(
        std::count_if(lines.cbegin(), lines.cend(), [](const Line& line) { return line.type == Line::Type::Added; }));
}

int TextDiff::removedCount() const
{
    return static_cast<int>(
        std::count_if(lines.cbegin(), lines.cend(), [](const Line& line) { return line.type == Line::Type::Removed; }));
}

TextDiff TextDiff::compute(const QByteArray& older, const QByteArray& newer)
{
    TextDiff result;
    const std::vector<std::string> before = splitLines(older);
    const std::vector<std::string> after = splitLines(newer);
    dtl::Diff<std::string, std::vector<std::string>> diff(before, after);
    diff.compose();
    int changeStart = -1;
    for (const auto& [text, info] : diff.getSes().getSequence()) {
        Line line;
        line.text = displayed(text);
        line.lacksLineBreak = lacksLineBreak(text);
        if (info.type == dtl::SES_DELETE) {
            line.type = Line::Type::Removed;
            line.oldNumber = static_cast<int>(info.beforeIdx);
        } else if (info.type == dtl::SES_ADD) {
            line.type = Line::Type::Added;
            line.newNumber = static_cast<int>(info.afterIdx);
        } else {
            line.oldNumber = static_cast<int>(info.beforeIdx);
            line.newNumber = static_cast<int>(info.afterIdx);
        }
        const int index = static_cast<int>(result.lines.size());
        if (line.type == Line::Type::Same && changeStart >= 0) {
            markChange(result.lines, changeStart, index);
            changeStart = -1;
        } else if (line.type != Line::Type::Same && changeStart < 0) {
            changeStart = index;
            result.changeStarts << index;
        }
        result.lines << line;
    }
    if (changeStart >= 0) {
        markChange(result.lines, changeStart, static_cast<int>(result.lines.size()));
    }
    return result;
}

QString TextDiff::unified(int context) const
{
    QString out;
    int i = 0;
    const int count = static_cast<int>(lines.size());
    while (i < count) {
        if (lines[i].type == Line::Type::Same) {
            ++i;
            continue;
        }
        // One hunk: the change, its neighbours within `context`, merged with close changes.
        int first = std::max(0, i - context);
        int last = i;
        int sameRun = 0;
        while (last < count && sameRun <= 2 * context) {
            sameRun = lines[last].type == Line::Type::Same ? sameRun + 1 : 0;
            ++last;
        }
        last = std::min(count, last - std::max(0, sameRun - context));
        int oldStart = 0;
        int newStart = 0;
        int oldCount = 0;
        int newCount = 0;
        for (int k = first; k < last; ++k) {
            const Line& line = lines[k];
            if (line.type != Line::Type::Added) {
                oldStart = oldStart == 0 ? line.oldNumber : oldStart;
                ++oldCount;
            }
            if (line.type != Line::Type::Removed) {
                newStart = newStart == 0 ? line.newNumber : newStart;
                ++newCount;
            }
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount);
        for (int k = first; k < last; ++k) {
            const QChar mark = lines[k].type == Line::Type::Same
                                   ? QLatin1Char(' ')
                                   : (lines[k].type == Line::Type::Removed ? QLatin1Char('-') : QLatin1Char('+'));
            out += mark + lines[k].text + QLatin1Char('\n');
            if (lines[k].lacksLineBreak) {
                out += QStringLiteral("\\ No newline at end of file\n");
            }
        }
        i = last;
    }
    return out;
}
