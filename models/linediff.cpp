// SPDX-License-Identifier: GPL-2.0-or-later
#include "linediff.h"

#include <vector>

QVector<LineDiff::Line> LineDiff::compare(const QStringList &before, const QStringList &after) {
    // Common prefix and suffix first: an edit usually touches a few lines of a long file,
    // and the table below is then only as big as the changed middle.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const qsizetype n = before.size() - head - tail;
    const qsizetype m = after.size() - head - tail;

    // lcs[i][j]: common lines of before[head+i..] and after[head+j..] (middle parts).
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = before[head + i] == after[head + j]
                            ? lcs[i + 1][j + 1] + 1
                            : std::max(lcs[i + 1][j], lcs[i][j + 1]);

    QVector<Line> out;
    for (qsizetype k = 0; k < head; ++k)
        out.append({Line::Kind::Same, before[k]});
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[head + i] == after[head + j]) {
            out.append({Line::Kind::Same, before[head + i]});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            // Removed lines come before the ones that replace them, as in `diff -u`.
            out.append({Line::Kind::Removed, before[head + i]});
            ++i;
        } else {
            out.append({Line::Kind::Added, after[head + j]});
            ++j;
        }
    }
    for (qsizetype k = before.size() - tail; k < before.size(); ++k)
        out.append({Line::Kind::Same, before[k]});
    return out;
}

QString LineDiff::unified(const QString &before, const QString &after, int context) {
    const QVector<Line> lines =
        compare(before.split(QLatin1Char('\n')), after.split(QLatin1Char('\n')));
    std::vector<bool> shown(size_t(lines.size()), false);
    bool changed = false;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (lines[k].kind == Line::Kind::Same)
            continue;
        changed = true;
        for (qsizetype c = std::max<qsizetype>(0, k - context);
             c <= std::min<qsizetype>(lines.size() - 1, k + context); ++c)
            shown[size_t(c)] = true;
    }
    if (!changed)
        return {};
    QStringList out;
    bool gap = false;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (!shown[size_t(k)]) {
            gap = true;
            continue;
        }
        if (gap && !out.isEmpty())
            out << QStringLiteral("…");
        gap = false;
        const QChar mark = lines[k].kind == Line::Kind::Added     ? QLatin1Char('+')
                           : lines[k].kind == Line::Kind::Removed ? QLatin1Char('-')
                                                                  : QLatin1Char(' ');
        out << mark + QLatin1Char(' ') + lines[k].text;
    }
    return out.join(QLatin1Char('\n'));
}
