// SPDX-License-Identifier: GPL-2.0-or-later
// What the CPU, Memory and Resources pages refuse before anything changes: CPU features the
// host does not know, huge pages that are not there or not free, shared memory a device needs,
// pins to CPUs and NUMA nodes the host lacks.
#include "guestcpupinning.h"
#include "guestnumaplacement.h"
#include "guestresourcesettings.h"

#include <gtest/gtest.h>

using Field = GuestResourceSettings::Field;

namespace {

QList<Field> fields(const QList<GuestResourceSettings::Problem> &problems) {
    QList<Field> out;
    for (const auto &p : problems)
        out << p.field;
    return out;
}

GuestResourceSettings::Cpu hostModel(const QList<DomainConfig::CpuFeature> &features) {
    GuestResourceSettings::Cpu cpu;
    cpu.current = cpu.maximum = 2;
    cpu.mode = QStringLiteral("host-model");
    cpu.features = features;
    return cpu;
}

GuestResourceSettings::Memory memory(quint64 mib, std::optional<quint64> hugeKiB) {
    GuestResourceSettings::Memory m;
    m.currentKiB = m.maximumKiB = mib * 1024;
    m.hugePageKiB = hugeKiB;
    return m;
}

} // namespace

TEST(ResourceValidation, CpuFeaturesMustBeKnownToTheHost) {
    GuestResourceSettings::Limits limits;
    limits.cpuFeatures = {QStringLiteral("pcid"), QStringLiteral("ssbd")};
    using F = DomainConfig::CpuFeature;
    EXPECT_TRUE(GuestResourceSettings::validate(
                    hostModel({F{QStringLiteral("pcid"), QStringLiteral("disable")}}), limits)
                    .isEmpty());
    auto problems = GuestResourceSettings::validate(
        hostModel({F{QStringLiteral("warp"), QStringLiteral("require")}}), limits);
    ASSERT_EQ(fields(problems), QList<Field>{Field::CpuFeatures});
    EXPECT_TRUE(problems.first().reason.contains(QStringLiteral("“warp” is not a CPU feature")));
    // One the definition already had is not held against it.
    const GuestResourceSettings::Cpu saved =
        hostModel({F{QStringLiteral("warp"), QStringLiteral("require")}});
    EXPECT_TRUE(
        GuestResourceSettings::validate(
            hostModel({F{QStringLiteral("warp"), QStringLiteral("disable")}}), limits, &saved)
            .isEmpty());
    problems = GuestResourceSettings::validate(
        hostModel({F{QStringLiteral("pcid"), QStringLiteral("sometimes")},
                   F{QStringLiteral("pcid"), QStringLiteral("disable")}}),
        limits);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().reason.contains(QLatin1String("sometimes")));
    EXPECT_TRUE(problems.first().reason.contains(QLatin1String("twice")));
    // Without a model there is nothing to add features to.
    GuestResourceSettings::Cpu passthrough =
        hostModel({F{QStringLiteral("pcid"), QStringLiteral("disable")}});
    passthrough.mode = QStringLiteral("host-passthrough");
    EXPECT_EQ(fields(GuestResourceSettings::validate(passthrough, limits)),
              QList<Field>{Field::CpuFeatures});
    // A host that lists no features cannot vouch for any.
    problems = GuestResourceSettings::validate(
        hostModel({F{QStringLiteral("pcid"), QStringLiteral("disable")}}), {});
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().reason.contains(QLatin1String("cannot be checked")));
}

TEST(ResourceValidation, HugePagesMustExistAndBeFree) {
    GuestResourceSettings::Limits limits;
    limits.hugePages = {{2048, 100, 100}, {1048576, 0, 0}};
    // 128 MiB is 64 pages of 2 MiB: there are 100 free.
    EXPECT_TRUE(GuestResourceSettings::validate(memory(128, 2048), limits).isEmpty());
    EXPECT_TRUE(GuestResourceSettings::validate(memory(128, 0), limits).isEmpty());
    // 256 MiB is 128 of them.
    auto problems = GuestResourceSettings::validate(memory(256, 2048), limits);
    ASSERT_EQ(fields(problems), QList<Field>{Field::HugePages});
    EXPECT_TRUE(problems.first().reason.contains(QLatin1String("needs 128 pages of 2 MiB")) &&
                problems.first().reason.contains(QLatin1String("only 100 free")))
        << problems.first().reason.toStdString();
    EXPECT_EQ(fields(GuestResourceSettings::validate(memory(256, 0), limits)),
              QList<Field>{Field::HugePages});
    problems = GuestResourceSettings::validate(memory(1024, 1048576), limits);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().reason.contains(QLatin1String("only 0 free")));
    problems = GuestResourceSettings::validate(memory(512, 1048576), limits);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().reason.contains(QLatin1String("whole number")));
    problems = GuestResourceSettings::validate(memory(128, 4096), limits);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().reason.contains(QLatin1String("no 4 MiB pages")))
        << problems.first().reason.toStdString();
    problems = GuestResourceSettings::validate(memory(128, 2048), {});
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().reason.contains(QLatin1String("offers no huge pages")));
    // Unchanged huge pages do not block a balloon change, even when not free now.
    const GuestResourceSettings::Memory saved = memory(256, 2048);
    GuestResourceSettings::Memory balloon = saved;
    balloon.currentKiB = 128 * 1024;
    EXPECT_TRUE(GuestResourceSettings::validate(balloon, limits, &saved).isEmpty());
}

TEST(ResourceValidation, SharedMemoryStaysWhileADeviceNeedsIt) {
    GuestResourceSettings::Limits limits;
    limits.sharedMemoryNeededBy = {QStringLiteral("The shared folder “src”")};
    GuestResourceSettings::Memory saved = memory(128, std::nullopt);
    saved.sharedMemory = true;
    GuestResourceSettings::Memory off = saved;
    off.sharedMemory = false;
    const auto problems = GuestResourceSettings::validate(off, limits, &saved);
    ASSERT_EQ(fields(problems), QList<Field>{Field::SharedMemory});
    EXPECT_TRUE(problems.first().reason.contains(QStringLiteral("“src” needs shared memory")));
    EXPECT_TRUE(GuestResourceSettings::validate(saved, limits, &saved).isEmpty());
}

TEST(ResourceValidation, PinsMustNameCpusTheHostHas) {
    GuestCpuPinning::Pins pins{{QStringLiteral("0-3"), QStringLiteral("2")}, QStringLiteral("0")};
    EXPECT_TRUE(GuestCpuPinning::validate(pins, 4).isEmpty());
    pins.vcpus[1] = QStringLiteral("3-5");
    auto problems = GuestCpuPinning::validate(pins, 4);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().field, GuestCpuPinning::vcpuField(1));
    EXPECT_TRUE(problems.first().reason.contains(QLatin1String("vCPU 1: this host has no CPU 4-5")))
        << problems.first().reason.toStdString();
    pins.vcpus[1] = QString();
    pins.emulator = QStringLiteral("zero");
    problems = GuestCpuPinning::validate(pins, 4);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems.at(0).reason.contains(QLatin1String("at least one host CPU")));
    EXPECT_EQ(problems.at(1).field, GuestCpuPinning::emulatorField());
    EXPECT_TRUE(problems.at(1).reason.startsWith(QLatin1String("Emulator threads:")));
}

TEST(ResourceValidation, NumaNodesMustBeTheHostsAndFitTheMode) {
    using S = GuestNumaPlacement::Settings;
    using NF = GuestNumaPlacement::Field;
    QList<GuestNumaPlacement::HostNode> nodes(2);
    nodes[0].id = 0;
    nodes[1].id = 1;
    auto only = [&](const S &s) {
        const auto problems = GuestNumaPlacement::validate(s, nodes);
        return problems.size() == 1 ? std::optional<GuestNumaPlacement::Problem>(problems.first())
                                    : std::nullopt;
    };
    const QString st = QStringLiteral("static"), au = QStringLiteral("auto");
    EXPECT_TRUE(
        GuestNumaPlacement::validate(S{QStringLiteral("strict"), QStringLiteral("1"), st}, nodes)
            .isEmpty());
    EXPECT_TRUE(GuestNumaPlacement::validate(S{QString(), QString(), st}, nodes).isEmpty());
    EXPECT_TRUE(GuestNumaPlacement::validate(S{QStringLiteral("interleave"), QString(), au}, nodes)
                    .isEmpty());
    auto p = only(S{QStringLiteral("strict"), QStringLiteral("0,2"), st});
    ASSERT_TRUE(p);
    EXPECT_EQ(p->field, NF::Nodes);
    EXPECT_TRUE(p->reason.contains(QLatin1String("no NUMA node 2; it has node(s) 0-1")))
        << p->reason.toStdString();
    p = only(S{QString(), QStringLiteral("0"), st});
    ASSERT_TRUE(p);
    EXPECT_EQ(p->field, NF::Mode);
    p = only(S{QStringLiteral("strict"), QString(), st});
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->reason.contains(QLatin1String("at least one host node")));
    p = only(S{QStringLiteral("strict"), QStringLiteral("0"), au});
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->reason.contains(QLatin1String("numad")));
    p = only(S{QStringLiteral("sideways"), QString(), au});
    ASSERT_TRUE(p);
    EXPECT_EQ(p->field, NF::Mode);
    p = only(S{QStringLiteral("strict"), QStringLiteral("0-"), st});
    ASSERT_TRUE(p);
    EXPECT_EQ(p->field, NF::Nodes);
    // A host that does not describe its nodes cannot say one is missing.
    EXPECT_TRUE(
        GuestNumaPlacement::validate(S{QStringLiteral("strict"), QStringLiteral("7"), st}, {})
            .isEmpty());
}
