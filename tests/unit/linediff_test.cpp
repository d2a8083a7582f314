// SPDX-License-Identifier: GPL-2.0-or-later
#include "linediff.h"

#include <gtest/gtest.h>

namespace {
using Kind = LineDiff::Line::Kind;

QString kinds(const QVector<LineDiff::Line> &lines) {
    QString out;
    for (const auto &l : lines)
        out += l.kind == Kind::Same    ? QLatin1Char('=')
               : l.kind == Kind::Added ? QLatin1Char('+')
                                       : QLatin1Char('-');
    return out;
}
} // namespace

TEST(LineDiff, SameTextsHaveNoChanges) {
    const QStringList a{QStringLiteral("a"), QStringLiteral("b")};
    EXPECT_EQ(kinds(LineDiff::compare(a, a)), QStringLiteral("=="));
    EXPECT_TRUE(LineDiff::unified(QStringLiteral("x\ny"), QStringLiteral("x\ny")).isEmpty());
}

TEST(LineDiff, FindsAChangedLineInsertionsAndRemovals) {
    const QStringList before{QStringLiteral("<domain>"), QStringLiteral("<name>a</name>"),
                             QStringLiteral("<memory>1</memory>"), QStringLiteral("</domain>")};
    QStringList after = before;
    after[2] = QStringLiteral("<memory>2</memory>");
    EXPECT_EQ(kinds(LineDiff::compare(before, after)), QStringLiteral("==-+="));
    after.insert(2, QStringLiteral("<title>t</title>"));
    EXPECT_EQ(kinds(LineDiff::compare(before, after)), QStringLiteral("==-++="));
    after = before;
    after.removeAt(1);
    EXPECT_EQ(kinds(LineDiff::compare(before, after)), QStringLiteral("=-=="));
    EXPECT_EQ(kinds(LineDiff::compare({}, {QStringLiteral("x")})), QStringLiteral("+"));
    EXPECT_EQ(kinds(LineDiff::compare({QStringLiteral("x")}, {})), QStringLiteral("-"));
}

TEST(LineDiff, UnifiedShowsChangesWithContextOnly) {
    QStringList lines;
    for (int i = 0; i < 20; ++i)
        lines << QStringLiteral("line %1").arg(i);
    QStringList changed = lines;
    changed[10] = QStringLiteral("line ten");
    const QString text =
        LineDiff::unified(lines.join(QLatin1Char('\n')), changed.join(QLatin1Char('\n')), 1);
    EXPECT_EQ(text, QStringLiteral("  line 9\n- line 10\n+ line ten\n  line 11"));
    changed[0] = QStringLiteral("first");
    const QString two =
        LineDiff::unified(lines.join(QLatin1Char('\n')), changed.join(QLatin1Char('\n')), 1);
    EXPECT_TRUE(two.contains(QStringLiteral("…"))); // the unchanged stretch between is elided
    EXPECT_TRUE(two.startsWith(QStringLiteral("- line 0\n+ first")));
}
