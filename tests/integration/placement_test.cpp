// SPDX-License-Identifier: GPL-2.0-or-later
// Where a real running TCG QEMU guest on the system daemon runs and what backs its memory:
// vCPU and emulator pinning changed live (read back through virDomainGetVcpuPinInfo and
// virDomainGetEmulatorPinInfo), the NUMA nodes moved live and a new memory mode saved for the
// next start (virDomainGetNumaParameters), huge pages refused while the host has none free
// and taken when it has, shared memory backing after a restart, CPU features checked against
// the host's domain capabilities. Guests are vdtest-placement-* and removed afterwards.
#include "guestcpupinning.h"
#include "guestnumaplacement.h"
#include "guestresourcesettings.h"
#include "libvirthandles.h"
#include "testsupport.h"
#include "throwawayguest.h"

#include <QFile>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <iostream>
#include <vector>

using Field = GuestResourceSettings::Field;

namespace {

// A /proc/meminfo figure ("HugePages_Free"), or -1.
qint64 meminfo(const char *key) {
    QFile f(QStringLiteral("/proc/meminfo"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(QByteArray(key) + ':')))
            return line.mid(qsizetype(qstrlen(key)) + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class PlacementTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!TestSupport::systemDaemonAnswers())
            GTEST_SKIP() << "no libvirt daemon answers on qemu:///system";
    }
    void TearDown() override {
        guest.destroy();
        // Host huge pages set aside for a test go back as they were.
        if (!oldHugePages.isEmpty()) {
            QFile f(QStringLiteral("/proc/sys/vm/nr_hugepages"));
            if (f.open(QIODevice::WriteOnly))
                f.write(oldHugePages);
        }
    }

    // A TCG guest with two vCPUs, both online, started.
    void start(int memoryMiB = 64) {
        ThrowawayGuest::Options o = ThrowawayGuest::Options::tagged(QStringLiteral("placement"));
        o.graphics = QStringLiteral("none");
        o.domainType = QStringLiteral("qemu");
        o.memoryMiB = memoryMiB;
        QString error;
        ASSERT_TRUE(guest.define(o, &error)) << error.toStdString();
        // ThrowawayGuest makes one vCPU; pinning needs two to show they move independently.
        CString xml(virDomainGetXMLDesc(guest.domain(), VIR_DOMAIN_XML_INACTIVE));
        QString two = QString::fromUtf8(xml.get());
        two.replace(QLatin1String("<vcpu placement='static'>1</vcpu>"),
                    QLatin1String("<vcpu placement='static'>2</vcpu>"));
        DomainHandle redefined(virDomainDefineXML(guest.connection(), two.toUtf8().constData()));
        ASSERT_TRUE(redefined) << virGetLastErrorMessage();
        ASSERT_TRUE(guest.start(&error)) << error.toStdString();
        uuid = guest.uuid();
        conn = guest.connection();
        dom = guest.domain();
    }
    QString persistentXml() const {
        CString xml(virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
        return xml ? QString::fromUtf8(xml.get()) : QString();
    }
    QString liveXml() const {
        CString xml(virDomainGetXMLDesc(dom, 0));
        return xml ? QString::fromUtf8(xml.get()) : QString();
    }
    void restart() {
        ASSERT_EQ(virDomainDestroy(dom), 0) << virGetLastErrorMessage();
        ASSERT_EQ(virDomainCreate(dom), 0) << virGetLastErrorMessage();
    }
    // The host CPUs a vCPU (or, with vcpu -1, the emulator) may run on, as libvirt reports.
    QList<int> pinnedTo(int vcpu, unsigned flags) const {
        const int maplen = VIR_CPU_MAPLEN(hostCpus);
        std::vector<unsigned char> maps(size_t(maplen) * 8, 0);
        if (vcpu < 0) {
            EXPECT_GE(virDomainGetEmulatorPinInfo(dom, maps.data(), maplen, flags), 0)
                << virGetLastErrorMessage();
        } else {
            EXPECT_GT(virDomainGetVcpuPinInfo(dom, 8, maps.data(), maplen, flags), vcpu)
                << virGetLastErrorMessage();
        }
        const unsigned char *map = VIR_GET_CPUMAP(maps.data(), maplen, qMax(0, vcpu));
        QList<int> cpus;
        for (int cpu = 0; cpu < hostCpus; ++cpu) {
            if (VIR_CPU_USED(map, cpu))
                cpus << cpu;
        }
        return cpus;
    }
    // virDomainGetNumaParameters: mode (VIR_DOMAIN_NUMATUNE_MEM_*) and nodeset.
    std::pair<int, QString> numaParameters(unsigned flags) const {
        int n = 0;
        EXPECT_EQ(virDomainGetNumaParameters(dom, nullptr, &n, flags), 0)
            << virGetLastErrorMessage();
        std::vector<virTypedParameter> params(size_t(qMax(n, 1)));
        EXPECT_EQ(virDomainGetNumaParameters(dom, params.data(), &n, flags), 0);
        int mode = -1;
        const char *nodeset = nullptr;
        virTypedParamsGetInt(params.data(), n, VIR_DOMAIN_NUMA_MODE, &mode);
        virTypedParamsGetString(params.data(), n, VIR_DOMAIN_NUMA_NODESET, &nodeset);
        const std::pair<int, QString> out{mode, QString::fromUtf8(nodeset)};
        virTypedParamsClear(params.data(), n);
        return out;
    }

    ThrowawayGuest guest;
    QString uuid;
    virConnectPtr conn = nullptr;
    virDomainPtr dom = nullptr;
    int hostCpus = 0;
    QByteArray oldHugePages;
};

} // namespace

TEST_F(PlacementTest, VcpuAndEmulatorPinsChangeLiveAndPersistently) {
    start();
    GuestCpuPinning p = GuestCpuPinning::read(conn, uuid);
    ASSERT_TRUE(p.error.isNull()) << p.error.summary().toStdString();
    ASSERT_TRUE(p.active);
    virNodeInfo node{};
    ASSERT_EQ(virNodeGetInfo(conn, &node), 0);
    hostCpus = p.hostCpus;
    EXPECT_EQ(unsigned(hostCpus), node.cpus);
    ASSERT_EQ(p.pins.vcpus.size(), 2);
    EXPECT_EQ(p.pins.vcpus.at(0), p.allCpus());
    EXPECT_TRUE(p.pending.isEmpty());

    // A CPU the host lacks is refused before anything changes, live or saved.
    const QString before = persistentXml();
    GuestCpuPinning::Pins bad = p.pins;
    bad.vcpus[0] = QStringLiteral("0,%1").arg(hostCpus);
    GuestCpuPinning::Outcome o = GuestCpuPinning::apply(conn, uuid, bad);
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_TRUE(o.problems.first().reason.contains(QStringLiteral("no CPU %1").arg(hostCpus)))
        << o.problems.first().reason.toStdString();
    EXPECT_EQ(persistentXml(), before);
    EXPECT_EQ(pinnedTo(0, VIR_DOMAIN_AFFECT_LIVE).size(), hostCpus);

    // Each vCPU to one CPU (crossed where the host has two), the emulator to the first.
    const int last = hostCpus - 1;
    GuestCpuPinning::Pins wanted = p.pins;
    wanted.vcpus[0] = QString::number(last);
    wanted.vcpus[1] = QStringLiteral("0");
    wanted.emulator = QStringLiteral("0");
    o = GuestCpuPinning::apply(conn, uuid, wanted);
    ASSERT_TRUE(o.ok()) << o.error.summary().toStdString();
    EXPECT_EQ(o.timing.value(GuestCpuPinning::vcpuField(0)), GuestCpuPinning::Timing::Live);
    EXPECT_EQ(o.timing.value(GuestCpuPinning::vcpuField(1)), GuestCpuPinning::Timing::Live);
    EXPECT_EQ(o.timing.value(GuestCpuPinning::emulatorField()), GuestCpuPinning::Timing::Live);
    EXPECT_EQ(pinnedTo(0, VIR_DOMAIN_AFFECT_LIVE), QList<int>{last});
    EXPECT_EQ(pinnedTo(1, VIR_DOMAIN_AFFECT_LIVE), QList<int>{0});
    EXPECT_EQ(pinnedTo(-1, VIR_DOMAIN_AFFECT_LIVE), QList<int>{0});
    EXPECT_EQ(pinnedTo(0, VIR_DOMAIN_AFFECT_CONFIG), QList<int>{last});
    EXPECT_EQ(pinnedTo(-1, VIR_DOMAIN_AFFECT_CONFIG), QList<int>{0});
    ASSERT_TRUE(o.after);
    EXPECT_TRUE(o.after->pending.isEmpty());
    EXPECT_EQ(o.after->live.vcpus.value(0), QString::number(last));

    // And back to every CPU: still live.
    wanted.vcpus[0] = p.allCpus();
    o = GuestCpuPinning::apply(conn, uuid, wanted);
    ASSERT_TRUE(o.ok()) << o.error.summary().toStdString();
    EXPECT_EQ(pinnedTo(0, VIR_DOMAIN_AFFECT_LIVE).size(), hostCpus);

    // The pins survive a restart.
    restart();
    EXPECT_EQ(pinnedTo(1, VIR_DOMAIN_AFFECT_LIVE), QList<int>{0});
    EXPECT_EQ(pinnedTo(-1, VIR_DOMAIN_AFFECT_LIVE), QList<int>{0});
    EXPECT_TRUE(GuestCpuPinning::read(conn, uuid).pending.isEmpty());
}

TEST_F(PlacementTest, NumaNodesMoveLiveAndANewModeWaitsForTheRestart) {
    start();
    GuestNumaPlacement n = GuestNumaPlacement::read(conn, uuid);
    ASSERT_TRUE(n.error.isNull()) << n.error.summary().toStdString();
    ASSERT_FALSE(n.hostNodes.isEmpty()) << "the host describes no NUMA node";
    EXPECT_EQ(n.hostNodes.first().id, 0);
    EXPECT_GT(n.hostNodes.first().memoryKiB, 0u);
    EXPECT_TRUE(n.hostNodes.first().freeKiB.has_value());
    EXPECT_EQ(n.settings.mode, QString());
    const int missing = n.hostNodes.last().id + 1;

    // A node the host lacks is refused; nothing changes.
    const QString before = persistentXml();
    GuestNumaPlacement::Outcome o = GuestNumaPlacement::apply(
        conn, uuid,
        {QStringLiteral("strict"), QStringLiteral("0,%1").arg(missing), QStringLiteral("static")});
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_TRUE(o.problems.first().reason.contains(QStringLiteral("no NUMA node %1").arg(missing)));
    EXPECT_EQ(persistentXml(), before);

    // Strict on node 0: libvirt moves a running guest's memory when the host can.
    o = GuestNumaPlacement::apply(
        conn, uuid, {QStringLiteral("strict"), QStringLiteral("0"), QStringLiteral("static")});
    ASSERT_TRUE(o.ok()) << o.error.summary().toStdString();
    ASSERT_TRUE(o.after);
    EXPECT_EQ(numaParameters(VIR_DOMAIN_AFFECT_CONFIG),
              std::make_pair(int(VIR_DOMAIN_NUMATUNE_MEM_STRICT), QStringLiteral("0")));
    if (o.liveChanged.contains(GuestNumaPlacement::Field::Nodes)) {
        EXPECT_EQ(numaParameters(VIR_DOMAIN_AFFECT_LIVE),
                  std::make_pair(int(VIR_DOMAIN_NUMATUNE_MEM_STRICT), QStringLiteral("0")));
        EXPECT_FALSE(o.after->isPending(GuestNumaPlacement::Field::Nodes));
    } else {
        // This host's libvirt refused the live move: said, pending, and there after a restart.
        std::cout << "[placement] live nodeset refused: "
                  << o.restartReason.value(GuestNumaPlacement::Field::Nodes).toStdString() << "\n";
        EXPECT_FALSE(o.restartReason.value(GuestNumaPlacement::Field::Nodes).isEmpty());
        EXPECT_TRUE(o.after->isPending(GuestNumaPlacement::Field::Nodes));
        restart();
        EXPECT_EQ(numaParameters(VIR_DOMAIN_AFFECT_LIVE).second, QStringLiteral("0"));
    }

    // Interleave cannot reach a running guest: saved, pending, live after the restart.
    o = GuestNumaPlacement::apply(
        conn, uuid, {QStringLiteral("interleave"), QStringLiteral("0"), QStringLiteral("static")});
    ASSERT_TRUE(o.ok()) << o.error.summary().toStdString();
    EXPECT_FALSE(o.restartReason.value(GuestNumaPlacement::Field::Mode).isEmpty());
    ASSERT_TRUE(o.after);
    EXPECT_EQ(o.after->pending, QList<GuestNumaPlacement::Field>{GuestNumaPlacement::Field::Mode});
    EXPECT_EQ(numaParameters(VIR_DOMAIN_AFFECT_CONFIG).first,
              int(VIR_DOMAIN_NUMATUNE_MEM_INTERLEAVE));
    EXPECT_EQ(numaParameters(VIR_DOMAIN_AFFECT_LIVE).first, int(VIR_DOMAIN_NUMATUNE_MEM_STRICT));
    restart();
    EXPECT_EQ(numaParameters(VIR_DOMAIN_AFFECT_LIVE),
              std::make_pair(int(VIR_DOMAIN_NUMATUNE_MEM_INTERLEAVE), QStringLiteral("0")));
    EXPECT_TRUE(GuestNumaPlacement::read(conn, uuid).pending.isEmpty());
}

TEST_F(PlacementTest, HugePagesAreRefusedWhileTheHostHasNoneFree) {
    start();
    GuestResourceSettings s = GuestResourceSettings::read(conn, uuid);
    ASSERT_TRUE(s.error.isNull()) << s.error.summary().toStdString();
    const auto *h = s.limits.hugePagesOf(2048);
    ASSERT_TRUE(h) << "the host does not offer 2 MiB pages";
    // What libvirt reports agrees with the kernel.
    const qint64 freeNow = meminfo("HugePages_Free");
    ASSERT_GE(freeNow, 0);
    if (meminfo("Hugepagesize") == 2048) {
        EXPECT_EQ(qint64(h->free), freeNow);
        EXPECT_EQ(qint64(h->total), meminfo("HugePages_Total"));
    }
    // Ask for more pages than are free (none, normally: HugePages_Total is 0 here).
    GuestResourceSettings::Memory wanted = s.memory;
    wanted.maximumKiB = qMax<quint64>(wanted.maximumKiB, (h->free + 1) * 2048);
    wanted.currentKiB = wanted.maximumKiB;
    wanted.hugePageKiB = 2048;
    const QString before = persistentXml();
    const GuestResourceSettings::Outcome o = GuestResourceSettings::apply(conn, uuid, wanted);
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_EQ(o.problems.first().field, Field::HugePages);
    EXPECT_TRUE(o.problems.first().reason.contains(QStringLiteral("only %1 free").arg(h->free)))
        << o.problems.first().reason.toStdString();
    EXPECT_TRUE(o.problems.first().reason.contains(QLatin1String("vm.nr_hugepages")));
    EXPECT_EQ(persistentXml(), before);
}

TEST_F(PlacementTest, HugePagesAreTakenWhenEnoughAreSetAside) {
    // Sets 48 pages of 2 MiB aside for the test; TearDown puts the old count back.
    QFile count(QStringLiteral("/proc/sys/vm/nr_hugepages"));
    if (!count.open(QIODevice::ReadWrite))
        GTEST_SKIP() << "cannot write /proc/sys/vm/nr_hugepages (not root?)";
    oldHugePages = count.readAll().trimmed();
    const qint64 old = oldHugePages.toLongLong();
    count.seek(0);
    count.write(QByteArray::number(old + 48));
    count.close();
    if (meminfo("HugePages_Free") < 32)
        GTEST_SKIP() << "the kernel did not set the pages aside (memory too fragmented?)";
    start(64);
    GuestResourceSettings s = GuestResourceSettings::read(conn, uuid);
    ASSERT_TRUE(s.error.isNull());
    ASSERT_TRUE(s.limits.hugePagesOf(2048));
    EXPECT_GE(s.limits.hugePagesOf(2048)->free, 32u);
    EXPECT_GE(s.limits.hugePagesOf(2048)->total, 48u);

    GuestResourceSettings::Memory wanted = s.memory;
    wanted.hugePageKiB = 2048; // 64 MiB: 32 pages
    const GuestResourceSettings::Outcome o = GuestResourceSettings::apply(conn, uuid, wanted);
    ASSERT_TRUE(o.ok())
        << (o.problems.isEmpty() ? o.error.summary() : o.problems.first().reason).toStdString();
    ASSERT_TRUE(o.after);
    EXPECT_TRUE(o.after->isPending(Field::HugePages));
    EXPECT_TRUE(persistentXml().contains(QLatin1String("<page size='2048' unit='KiB'/>")))
        << persistentXml().toStdString();
    EXPECT_FALSE(liveXml().contains(QLatin1String("hugepages")));
}

TEST_F(PlacementTest, SharedMemoryBackingAfterTheRestart) {
    start();
    GuestResourceSettings s = GuestResourceSettings::read(conn, uuid);
    ASSERT_TRUE(s.error.isNull());
    EXPECT_FALSE(s.memory.sharedMemory);
    GuestResourceSettings::Memory wanted = s.memory;
    wanted.sharedMemory = true;
    GuestResourceSettings::Outcome o = GuestResourceSettings::apply(conn, uuid, wanted);
    ASSERT_TRUE(o.ok()) << o.error.summary().toStdString();
    ASSERT_TRUE(o.after);
    EXPECT_TRUE(o.after->isPending(Field::SharedMemory));
    EXPECT_EQ(GuestResourceSettings::describe(Field::SharedMemory),
              QStringLiteral("Shared memory"));
    restart();
    const QString live = liveXml();
    EXPECT_TRUE(live.contains(QLatin1String("<source type='memfd'/>")) &&
                live.contains(QLatin1String("<access mode='shared'/>")))
        << live.toStdString();
    EXPECT_FALSE(GuestResourceSettings::read(conn, uuid).isPending(Field::SharedMemory));
}

TEST_F(PlacementTest, CpuFeaturesComeFromTheDomainCapabilities) {
    start();
    GuestResourceSettings s = GuestResourceSettings::read(conn, uuid);
    ASSERT_TRUE(s.error.isNull());
    // Every feature of host-model's CPU in the domain capabilities is offered.
    CString caps(virConnectGetDomainCapabilities(conn, nullptr, "x86_64", "pc", "qemu", 0));
    ASSERT_TRUE(caps);
    const QString capsXml = QString::fromUtf8(caps.get());
    const qsizetype hostModel = capsXml.indexOf(QLatin1String("<mode name='host-model'"));
    ASSERT_GE(hostModel, 0);
    const qsizetype feature = capsXml.indexOf(QLatin1String("<feature policy="), hostModel);
    if (feature > 0 && feature < capsXml.indexOf(QLatin1String("</mode>"), hostModel)) {
        const qsizetype name = capsXml.indexOf(QLatin1String("name='"), feature) + 6;
        const QString first = capsXml.mid(name, capsXml.indexOf(QLatin1Char('\''), name) - name);
        EXPECT_TRUE(s.limits.cpuFeatures.contains(first)) << first.toStdString();
    }
    // The expansion adds the features the model itself implies (many more than host-model
    // lists as changes against it).
    EXPECT_GT(s.limits.cpuFeatures.size(), 20);
    EXPECT_TRUE(s.limits.cpuFeatures.contains(QStringLiteral("sse2")));

    GuestResourceSettings::Cpu wanted = s.cpu;
    wanted.mode = QStringLiteral("host-model");
    wanted.features = {{QStringLiteral("warp-drive"), QStringLiteral("require")}};
    const QString before = persistentXml();
    GuestResourceSettings::Outcome o = GuestResourceSettings::apply(conn, uuid, wanted);
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_EQ(o.problems.first().field, Field::CpuFeatures);
    EXPECT_EQ(persistentXml(), before);

    // A known one is saved with the model, and waits for the restart.
    wanted.features = {{QStringLiteral("sse2"), QStringLiteral("require")}};
    o = GuestResourceSettings::apply(conn, uuid, wanted);
    ASSERT_TRUE(o.ok()) << o.error.summary().toStdString();
    EXPECT_TRUE(persistentXml().contains(QLatin1String("<feature policy='require' name='sse2'/>")))
        << persistentXml().toStdString();
    ASSERT_TRUE(o.after);
    EXPECT_TRUE(o.after->isPending(Field::CpuMode));
}
