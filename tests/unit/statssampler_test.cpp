// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainstatsparser.h"
#include "statsreplay.h"
#include "statssampler.h"

#include <QFile>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

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

RawGuestSample io(const char *uuid, quint64 rd, quint64 wr, quint64 rdReqs, quint64 wrReqs,
                  quint64 rx, quint64 tx) {
    RawGuestSample s = sample(uuid, 0);
    s.hasBlock = true;
    s.readBytes = rd;
    s.writeBytes = wr;
    s.readRequests = rdReqs;
    s.writeRequests = wrReqs;
    s.hasNet = true;
    s.rxBytes = rx;
    s.txBytes = tx;
    return s;
}

virTypedParameter param(const char *field, unsigned long long value) {
    virTypedParameter p;
    std::memset(&p, 0, sizeof(p));
    std::strncpy(p.field, field, VIR_TYPED_PARAM_FIELD_LENGTH - 1);
    p.type = VIR_TYPED_PARAM_ULLONG;
    p.value.ul = value;
    return p;
}

} // namespace

TEST(StatsSampler, FirstSampleHasNoRate) {
    StatsSampler s;
    const auto b = s.update(10 * kSecond, {sample("a", 5 * kSecond)});
    ASSERT_EQ(b.guests.size(), 1);
    EXPECT_TRUE(std::isnan(b.guests[0].cpuPercent));
    EXPECT_TRUE(std::isnan(b.guests[0].diskReadBytesPerSec));
    EXPECT_EQ(b.intervalMs, 0);
}

TEST(StatsSampler, CpuIsAShareOfTheGuestsVcpusAndOfTheHost) {
    StatsSampler s;
    RawHostSample host;
    host.cpus = 8;
    s.update(10 * kSecond, {sample("a", 0, 2)}, host);
    const auto b = s.update(11 * kSecond, {sample("a", kSecond, 2)}, host); // 1 s busy
    EXPECT_NEAR(b.guests[0].cpuPercent, 50.0, 0.01);
    EXPECT_NEAR(b.guests[0].hostCpuPercent, 12.5, 0.01);
    EXPECT_EQ(b.intervalMs, 1000);
}

TEST(StatsSampler, PerVcpuShares) {
    StatsSampler s;
    RawGuestSample a = sample("a", 0, 2);
    a.vcpuTimeNs = {0, 0};
    s.update(0, {a});
    a.vcpuTimeNs = {kSecond / 4, kSecond};
    a.cpuTimeNs = kSecond + kSecond / 4;
    const auto b = s.update(kSecond, {a});
    ASSERT_EQ(b.guests[0].vcpuPercent.size(), 2);
    EXPECT_NEAR(b.guests[0].vcpuPercent[0], 25.0, 0.01);
    EXPECT_NEAR(b.guests[0].vcpuPercent[1], 100.0, 0.01);
}

TEST(StatsSampler, DiskAndNetworkRatesAndIops) {
    StatsSampler s;
    s.update(0, {io("a", 1000, 2000, 10, 20, 500, 600)});
    const auto b = s.update(2 * kSecond, {io("a", 5000, 2000, 30, 60, 2500, 1600)});
    const GuestRates &r = b.guests[0];
    EXPECT_FLOAT_EQ(r.diskReadBytesPerSec, 2000.0f);
    EXPECT_FLOAT_EQ(r.diskWriteBytesPerSec, 0.0f);
    EXPECT_FLOAT_EQ(r.diskReadIops, 10.0f);
    EXPECT_FLOAT_EQ(r.diskWriteIops, 20.0f);
    EXPECT_FLOAT_EQ(r.netRxBytesPerSec, 1000.0f);
    EXPECT_FLOAT_EQ(r.netTxBytesPerSec, 500.0f);
    EXPECT_FLOAT_EQ(r.diskBytesPerSec(), 2000.0f);
    EXPECT_FLOAT_EQ(r.netBytesPerSec(), 1500.0f);
}

TEST(StatsSampler, CounterResetAfterRestartGivesNoRateThenRecovers) {
    StatsSampler s;
    RawGuestSample before = io("a", 9000, 9000, 90, 90, 9000, 9000);
    before.cpuTimeNs = 50 * kSecond;
    s.update(10 * kSecond, {before});
    RawGuestSample after = io("a", 100, 100, 1, 1, 100, 100);
    after.cpuTimeNs = kSecond / 10;
    const auto reset = s.update(11 * kSecond, {after});
    EXPECT_TRUE(std::isnan(reset.guests[0].cpuPercent));
    EXPECT_TRUE(std::isnan(reset.guests[0].diskReadBytesPerSec));
    EXPECT_TRUE(std::isnan(reset.guests[0].netTxBytesPerSec));
    RawGuestSample next = io("a", 1100, 100, 2, 1, 100, 100);
    next.cpuTimeNs = kSecond / 10 + kSecond / 4;
    const auto recovered = s.update(12 * kSecond, {next});
    EXPECT_NEAR(recovered.guests[0].cpuPercent, 25.0, 0.01);
    EXPECT_FLOAT_EQ(recovered.guests[0].diskReadBytesPerSec, 1000.0f);
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

TEST(StatsSampler, MissingFieldsGiveUnknownNotZero) {
    StatsSampler s;
    RawGuestSample bare;
    bare.uuid = QStringLiteral("a");
    s.update(1 * kSecond, {bare});
    auto b = s.update(2 * kSecond, {bare});
    EXPECT_TRUE(std::isnan(b.guests[0].cpuPercent));
    EXPECT_TRUE(std::isnan(b.guests[0].diskReadBytesPerSec));
    EXPECT_TRUE(std::isnan(b.guests[0].netRxBytesPerSec));
    EXPECT_TRUE(std::isnan(b.guests[0].memoryPercent()));
    s.update(3 * kSecond, {sample("z", 0, 0)});
    b = s.update(4 * kSecond, {sample("z", kSecond, 0)}); // vCPU count missing
    EXPECT_TRUE(std::isnan(b.guests[0].cpuPercent));
}

TEST(StatsSampler, IntervalChangesAreHonouredAndRatesClamped) {
    StatsSampler s;
    s.update(0, {sample("a", 0)});
    auto b = s.update(5 * kSecond, {sample("a", kSecond)}); // 5 s interval
    EXPECT_NEAR(b.guests[0].cpuPercent, 20.0, 0.01);
    EXPECT_EQ(b.intervalMs, 5000);
    b = s.update(5 * kSecond + kSecond / 2, {sample("a", 2 * kSecond)}); // 0.5 s, 1 s busy
    EXPECT_FLOAT_EQ(b.guests[0].cpuPercent, 100.0f);
    EXPECT_EQ(b.intervalMs, 500);
    b = s.update(5 * kSecond + kSecond / 2, {sample("a", 3 * kSecond)}); // no time passed
    EXPECT_TRUE(std::isnan(b.guests[0].cpuPercent));
}

TEST(StatsSampler, MemoryPrefersWhatTheGuestReports) {
    RawGuestSample s;
    s.balloonCurrentKiB = 4096;
    s.balloonMaximumKiB = 8192;
    s.balloonRssKiB = 3000;
    EXPECT_EQ(StatsSampler::usedMemoryKiB(s), 3000u); // host view without a balloon driver
    s.balloonAvailableKiB = 4000;
    s.balloonUnusedKiB = 1000;
    EXPECT_EQ(StatsSampler::usedMemoryKiB(s), 3000u);
    s.balloonUnusedKiB = 500;
    EXPECT_EQ(StatsSampler::usedMemoryKiB(s), 3500u);
    StatsSampler sampler;
    s.uuid = QStringLiteral("m");
    const auto b = sampler.update(kSecond, {s});
    EXPECT_EQ(b.guests[0].memoryAssignedKiB, 8192u);
    EXPECT_EQ(b.guests[0].memoryBalloonKiB, 4096u);
    EXPECT_NEAR(b.guests[0].memoryPercent(), 100.0 * 3500 / 8192, 0.01);
}

TEST(StatsSampler, HostCpuFromItsCounters) {
    StatsSampler s;
    RawHostSample h;
    h.hasCpu = true;
    h.busyNs = 1000;
    h.idleNs = 3000;
    h.memoryTotalKiB = 1000;
    h.memoryFreeKiB = 250;
    auto b = s.update(kSecond, {}, h);
    EXPECT_TRUE(std::isnan(b.host.cpuPercent));
    EXPECT_EQ(b.host.memoryUsedKiB, 750u);
    h.busyNs = 2000;
    h.idleNs = 6000;
    b = s.update(2 * kSecond, {}, h);
    EXPECT_NEAR(b.host.cpuPercent, 25.0, 0.01);
}

TEST(DomainStatsParser, ReadsAllGroupsAndSumsDevices) {
    const virTypedParameter params[] = {
        param("state.state", 1),        param("cpu.time", 123456789),
        param("vcpu.current", 2),       param("vcpu.0.time", 1000),
        param("vcpu.1.time", 2000),     param("vcpu.1.wait", 7),
        param("balloon.current", 2048), param("balloon.maximum", 4096),
        param("balloon.rss", 1500),     param("block.count", 2),
        param("block.0.rd.bytes", 100), param("block.0.wr.bytes", 200),
        param("block.1.rd.bytes", 1),   param("block.1.rd.reqs", 3),
        param("block.0.wr.reqs", 4),    param("net.count", 1),
        param("net.0.rx.bytes", 50),    param("net.0.tx.bytes", 60),
        param("net.0.rx.pkts", 999)};
    RawGuestSample s;
    DomainStatsParser::parseParameters(params, int(std::size(params)), &s);
    EXPECT_EQ(s.state, 1);
    EXPECT_TRUE(s.hasCpuTime);
    EXPECT_EQ(s.cpuTimeNs, 123456789u);
    EXPECT_EQ(s.vcpus, 2u);
    EXPECT_EQ(s.vcpuTimeNs, (QVector<quint64>{1000, 2000}));
    EXPECT_EQ(s.balloonCurrentKiB, 2048u);
    EXPECT_EQ(s.balloonMaximumKiB, 4096u);
    EXPECT_EQ(s.balloonRssKiB, 1500u);
    EXPECT_TRUE(s.hasBlock);
    EXPECT_EQ(s.readBytes, 101u);
    EXPECT_EQ(s.writeBytes, 200u);
    EXPECT_EQ(s.readRequests, 3u);
    EXPECT_EQ(s.writeRequests, 4u);
    EXPECT_TRUE(s.hasNet);
    EXPECT_EQ(s.rxBytes, 50u);
    EXPECT_EQ(s.txBytes, 60u);
}

TEST(StatsReplay, ReplaysARecordingWithAdvancingCounters) {
    QFile f(QStringLiteral(VD_FIXTURES_DIR "/qemu-domstats.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString error;
    auto replay = StatsReplay::fromJson(f.readAll(), &error);
    ASSERT_NE(replay, nullptr) << error.toStdString();
    EXPECT_GT(replay->parameterCount(), 20);
    const QSet<QString> guests{QStringLiteral("g1"), QStringLiteral("g2")};
    StatsSampler sampler;
    sampler.update(0, replay->sample(guests));
    const auto b = sampler.update(kSecond, replay->sample(guests));
    ASSERT_EQ(b.guests.size(), 2);
    for (const GuestRates &r : b.guests) {
        EXPECT_GT(r.cpuPercent, 0.0f);
        EXPECT_LE(r.cpuPercent, 100.0f);
        EXPECT_GT(r.diskReadBytesPerSec, 0.0f);
        EXPECT_GT(r.netRxBytesPerSec, 0.0f);
        EXPECT_GT(r.memoryAssignedKiB, 0u);
    }
    // Recording and reading back gives the same parameters.
    const virTypedParameter p[] = {param("cpu.time", 42)};
    auto again = StatsReplay::fromJson(StatsReplay::toJson(p, 1), &error);
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->parameterCount(), 1);
}
