// SPDX-License-Identifier: GPL-2.0-or-later
#include "statssampler.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

constexpr qint64 kSecond = 1000000000LL;

RawGuestSample sample(const char *uuid, quint64 cpuNs, unsigned vcpus = 1) {
    RawGuestSample s;
    s.uuid = QString::fromLatin1(uuid);
    s.state = 1;
    s.hasCpuTime = true;
    s.cpuTimeNs = cpuNs;
    s.vcpus = vcpus;
    return s;
}

} // namespace

TEST(StatsSampler, FirstSampleHasNoRate) {
    StatsSampler s;
    const auto b = s.update(10 * kSecond, {sample("a", 5 * kSecond)});
    ASSERT_EQ(b.guests.size(), 1);
    EXPECT_TRUE(std::isnan(b.guests[0].cpuPercent));
}

TEST(StatsSampler, RateIsShareOfTheGuestsVcpus) {
    StatsSampler s;
    s.update(10 * kSecond, {sample("a", 0, 2)});
    const auto b = s.update(11 * kSecond, {sample("a", kSecond, 2)}); // 1 s busy of 2 vCPUs
    EXPECT_NEAR(b.guests[0].cpuPercent, 50.0, 0.01);
}

TEST(StatsSampler, CounterResetAfterRestartGivesNoRateThenRecovers) {
    StatsSampler s;
    s.update(10 * kSecond, {sample("a", 50 * kSecond)});
    const auto reset = s.update(11 * kSecond, {sample("a", kSecond / 10)});
    EXPECT_TRUE(std::isnan(reset.guests[0].cpuPercent));
    const auto next = s.update(12 * kSecond, {sample("a", kSecond / 10 + kSecond / 4)});
    EXPECT_NEAR(next.guests[0].cpuPercent, 25.0, 0.01);
}

TEST(StatsSampler, GuestsAppearingAndDisappearing) {
    StatsSampler s;
    s.update(1 * kSecond, {sample("a", 0), sample("b", 0)});
    auto b = s.update(2 * kSecond, {sample("b", kSecond / 2), sample("c", 7)});
    ASSERT_EQ(b.guests.size(), 2);
    EXPECT_NEAR(b.guests[0].cpuPercent, 50.0, 0.01);
    EXPECT_TRUE(std::isnan(b.guests[1].cpuPercent)); // new guest
    // "a" vanished; when it comes back it starts over instead of using a stale counter.
    b = s.update(3 * kSecond, {sample("a", 10 * kSecond)});
    EXPECT_TRUE(std::isnan(b.guests[0].cpuPercent));
}

TEST(StatsSampler, MissingCpuFieldAndZeroVcpusGiveUnknown) {
    StatsSampler s;
    RawGuestSample noCpu;
    noCpu.uuid = QStringLiteral("a");
    s.update(1 * kSecond, {noCpu});
    auto b = s.update(2 * kSecond, {noCpu});
    EXPECT_TRUE(std::isnan(b.guests[0].cpuPercent));
    s.update(3 * kSecond, {sample("z", 0, 0)});
    b = s.update(4 * kSecond, {sample("z", kSecond, 0)});
    EXPECT_TRUE(std::isnan(b.guests[0].cpuPercent));
}

TEST(StatsSampler, IntervalChangesAreHonouredAndRatesClamped) {
    StatsSampler s;
    s.update(0, {sample("a", 0)});
    auto b = s.update(5 * kSecond, {sample("a", kSecond)}); // 5 s interval
    EXPECT_NEAR(b.guests[0].cpuPercent, 20.0, 0.01);
    b = s.update(5 * kSecond + kSecond / 2, {sample("a", 2 * kSecond)}); // 0.5 s, 1 s busy
    EXPECT_FLOAT_EQ(b.guests[0].cpuPercent, 100.0f);
    b = s.update(5 * kSecond + kSecond / 2, {sample("a", 3 * kSecond)}); // no time passed
    EXPECT_TRUE(std::isnan(b.guests[0].cpuPercent));
}
