// SPDX-License-Identifier: GPL-2.0-or-later
#include "namepattern.h"

#include <gtest/gtest.h>

namespace {

QStringList names(const char *pattern, int count = 0) {
    const NamePattern::Expansion e = NamePattern::expand(QString::fromUtf8(pattern), count);
    EXPECT_TRUE(e.ok()) << pattern << ": " << e.error.toStdString();
    return e.names;
}

QString error(const char *pattern, int count = 0) {
    const NamePattern::Expansion e = NamePattern::expand(QString::fromUtf8(pattern), count);
    EXPECT_FALSE(e.ok()) << pattern << " was accepted";
    EXPECT_TRUE(e.names.isEmpty());
    return e.error;
}

} // namespace

TEST(NamePattern, RangePadsToTheWidthOfTheFirstNumber) {
    const QStringList list = names("web-{01..20}");
    ASSERT_EQ(list.size(), 20);
    EXPECT_EQ(list.first(), QStringLiteral("web-01"));
    EXPECT_EQ(list[8], QStringLiteral("web-09"));
    EXPECT_EQ(list.last(), QStringLiteral("web-20"));
    EXPECT_EQ(names("n{098..101}"), (QStringList{QStringLiteral("n098"), QStringLiteral("n099"),
                                                 QStringLiteral("n100"), QStringLiteral("n101")}));
}

TEST(NamePattern, RangeWithoutLeadingZeroDoesNotPad) {
    EXPECT_EQ(names("db{1..3}"),
              (QStringList{QStringLiteral("db1"), QStringLiteral("db2"), QStringLiteral("db3")}));
    const QStringList list = names("{8..11}");
    EXPECT_EQ(list, (QStringList{QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("10"),
                                 QStringLiteral("11")}));
}

TEST(NamePattern, TextAfterTheRangeIsKept) {
    EXPECT_EQ(names("web-{1..2}.lab"),
              (QStringList{QStringLiteral("web-1.lab"), QStringLiteral("web-2.lab")}));
}

TEST(NamePattern, PlainNameWithCountIsNumbered) {
    EXPECT_EQ(names("node", 3), (QStringList{QStringLiteral("node-1"), QStringLiteral("node-2"),
                                             QStringLiteral("node-3")}));
    EXPECT_EQ(names("node", 1), QStringList{QStringLiteral("node")});
    EXPECT_EQ(names("node", 500).size(), 500);
    EXPECT_EQ(names("  node  ", 1), QStringList{QStringLiteral("node")});
}

TEST(NamePattern, CountOutsideOneToFiveHundredIsRefused) {
    EXPECT_TRUE(error("node", 0).contains(QStringLiteral("500")));
    EXPECT_TRUE(error("node", 501).contains(QStringLiteral("500")));
    EXPECT_TRUE(error("node", -2).contains(QStringLiteral("between 1 and 500")));
    EXPECT_TRUE(error("web-{1..501}").contains(QStringLiteral("501 guests")));
    EXPECT_EQ(names("web-{1..500}").size(), 500);
}

TEST(NamePattern, MalformedRangesSayWhy) {
    EXPECT_TRUE(error("web-{5..1}").contains(QStringLiteral("counts down")));
    EXPECT_TRUE(error("a{1..2}b{1..2}").contains(QStringLiteral("more than one range")));
    EXPECT_TRUE(error("web-{1..3").contains(QStringLiteral("do not match")));
    EXPECT_TRUE(error("web-1..3}").contains(QStringLiteral("do not match")));
    EXPECT_TRUE(error("web-{a..c}").contains(QStringLiteral("not a range")));
    EXPECT_TRUE(error("web-{1-3}").contains(QStringLiteral("not a range")));
    EXPECT_TRUE(error("web-{1..99999999999}").contains(QStringLiteral("too large")));
    EXPECT_FALSE(error("   ").isEmpty());
}

TEST(NamePattern, NamesMustSuitLibvirtAndFiles) {
    EXPECT_TRUE(NamePattern::isValidName(QStringLiteral("a_b+c.d-e9"), nullptr));
    QString reason;
    EXPECT_FALSE(NamePattern::isValidName(QStringLiteral("-web"), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("starts with"))) << reason.toStdString();
    EXPECT_FALSE(NamePattern::isValidName(QStringLiteral(".hidden"), &reason));
    EXPECT_FALSE(NamePattern::isValidName(QStringLiteral("my web"), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("a space"))) << reason.toStdString();
    EXPECT_FALSE(NamePattern::isValidName(QStringLiteral("a/b"), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("“/”"))) << reason.toStdString();
    EXPECT_FALSE(NamePattern::isValidName(QStringLiteral("caf\u00e9"), &reason));
    EXPECT_FALSE(NamePattern::isValidName(QString(), &reason));
    EXPECT_TRUE(NamePattern::isValidName(QString(64, QLatin1Char('x')), nullptr));
    EXPECT_FALSE(NamePattern::isValidName(QString(65, QLatin1Char('x')), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("64"))) << reason.toStdString();
}

TEST(NamePattern, EveryExpandedNameIsChecked) {
    // 62 characters + three digits is one too long, only for the last names.
    const QString longPrefix(62, QLatin1Char('a'));
    const NamePattern::Expansion e = NamePattern::expand(longPrefix + QStringLiteral("{98..100}"));
    EXPECT_FALSE(e.ok());
    EXPECT_TRUE(e.error.contains(QStringLiteral("longer than 64"))) << e.error.toStdString();
    EXPECT_TRUE(error("-web-{1..3}").contains(QStringLiteral("starts with")));
    EXPECT_TRUE(error("my web", 2).contains(QStringLiteral("a space")));
}
