// SPDX-License-Identifier: GPL-2.0-or-later
// libvirt's CPU and node list syntax, as the pinning grid and the NUMA node list write it and
// as other tools leave it in definitions.
#include "cpuset.h"

#include <gtest/gtest.h>

TEST(CpuSet, ParsesRangesExclusionsAndSingles) {
    EXPECT_EQ(CpuSet::parse(QStringLiteral("0-3,^2,6")), (QList<int>{0, 1, 3, 6}));
    EXPECT_EQ(CpuSet::parse(QStringLiteral(" 5 , 1-2 ")), (QList<int>{1, 2, 5}));
    EXPECT_EQ(CpuSet::parse(QStringLiteral("3,3,2-3")), (QList<int>{2, 3}));
    EXPECT_EQ(CpuSet::parse(QString()), QList<int>());
    EXPECT_EQ(CpuSet::parse(QStringLiteral("16383")), QList<int>{16383});
}

TEST(CpuSet, RefusesWhatIsNotAListWithAReason) {
    for (const char *bad : {"a", "3-1", "1,,2", "-1", "16384", "^1-2", "1-", "+3", "0x1"}) {
        QString why;
        EXPECT_FALSE(CpuSet::parse(QLatin1String(bad), &why)) << bad;
        EXPECT_TRUE(why.contains(QLatin1String("0-3,6"))) << bad << ": " << why.toStdString();
    }
}

TEST(CpuSet, FormatsCollapsedRanges) {
    EXPECT_EQ(CpuSet::format({0, 1, 2, 3, 6}), QStringLiteral("0-3,6"));
    EXPECT_EQ(CpuSet::format({7, 5, 6, 5}), QStringLiteral("5-7"));
    EXPECT_EQ(CpuSet::format({1, 3}), QStringLiteral("1,3"));
    EXPECT_EQ(CpuSet::format({}), QString());
    EXPECT_TRUE(CpuSet::same(QStringLiteral("0-3,^1"), QStringLiteral("0,2-3")));
    EXPECT_FALSE(CpuSet::same(QStringLiteral("0-3"), QStringLiteral("0-2")));
    EXPECT_FALSE(CpuSet::same(QStringLiteral("x"), QStringLiteral("x")));
}
