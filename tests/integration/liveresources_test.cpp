// SPDX-License-Identifier: GPL-2.0-or-later
// Processors and memory of a real running QEMU guest on the system daemon: the vCPU count is
// hot-plugged and the balloon moved live; a new maximum is saved, flagged as pending and is
// what the guest runs with after a restart. Guests are vdtest-* and removed afterwards.
#include "guestresourcesettings.h"
#include "libvirthandles.h"
#include "testsupport.h"
#include "throwawayguest.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

using Field = GuestResourceSettings::Field;

namespace {

constexpr quint64 MiB = 1024;

class LiveResourcesTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!TestSupport::systemDaemonAnswers())
            GTEST_SKIP() << "no libvirt daemon answers on qemu:///system";
        conn.reset(virConnectOpen("qemu:///system"));
        ASSERT_TRUE(conn);
    }
    void TearDown() override {
        for (DomainHandle *d : {&dom, &other}) {
            if (!*d)
                continue;
            virDomainDestroy(d->get());
            virDomainUndefineFlags(d->get(), VIR_DOMAIN_UNDEFINE_NVRAM);
        }
        virResetLastError();
    }

    // ThrowawayGuest's guest, but with one of two vCPUs plugged in and the given balloon.
    DomainHandle defineAndStart(const QString &tag, const QString &balloonModel) {
        ThrowawayGuest::Options o = ThrowawayGuest::Options::tagged(tag);
        o.graphics = QStringLiteral("none");
        o.memoryMiB = 256;
        o.extraDevices = QStringLiteral("<memballoon model='%1'/>").arg(balloonModel);
        const QString name =
            QStringLiteral("vdtest-%1-%2").arg(tag).arg(QCoreApplication::applicationPid());
        QString xml = ThrowawayGuest::xml(name, o);
        xml.replace(QLatin1String("<vcpu>1</vcpu>"), QLatin1String("<vcpu current='1'>2</vcpu>"));
        DomainHandle d(virDomainDefineXML(conn.get(), xml.toUtf8().constData()));
        EXPECT_TRUE(d) << virGetLastErrorMessage();
        if (d) {
            EXPECT_EQ(virDomainCreate(d.get()), 0) << virGetLastErrorMessage();
        }
        return d;
    }
    static QString uuidOf(virDomainPtr d) {
        char buf[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(d, buf);
        return QString::fromLatin1(buf);
    }
    virDomainInfo info() {
        virDomainInfo i{};
        EXPECT_EQ(virDomainGetInfo(dom.get(), &i), 0);
        return i;
    }

    ConnectHandle conn;
    DomainHandle dom;
    DomainHandle other;
};

} // namespace

TEST_F(LiveResourcesTest, VcpusHotPlugAndBalloonLiveMaximumAfterRestart) {
    dom = defineAndStart(QStringLiteral("resources"), QStringLiteral("virtio"));
    ASSERT_TRUE(dom);
    const QString uuid = uuidOf(dom.get());

    GuestResourceSettings s = GuestResourceSettings::read(conn.get(), uuid);
    ASSERT_TRUE(s.error.isNull()) << s.error.summary().toStdString();
    ASSERT_TRUE(s.active);
    EXPECT_EQ(s.cpu.current, 1u);
    EXPECT_EQ(s.liveCpu.current, 1u);
    EXPECT_EQ(s.liveCpu.maximum, 2u);
    EXPECT_EQ(s.memory.maximumKiB, 256 * MiB);
    EXPECT_TRUE(s.pending.isEmpty());
    // The limit comes from QEMU's domain capabilities for this machine type.
    EXPECT_GE(s.limits.maxVcpus, 2u);
    EXPECT_TRUE(s.limits.maxVcpusSource.contains(QLatin1String("machine type")))
        << s.limits.maxVcpusSource.toStdString();
    EXPECT_GT(s.limits.hostMemoryKiB, 0u);

    // Too many vCPUs and too much memory are refused before anything changes.
    GuestResourceSettings::Cpu tooMany = s.cpu;
    tooMany.maximum = s.limits.maxVcpus + 1;
    const GuestResourceSettings::Outcome refused =
        GuestResourceSettings::apply(conn.get(), uuid, tooMany);
    ASSERT_EQ(refused.problems.size(), 1);
    EXPECT_EQ(refused.problems.first().field, Field::VcpuMaximum);
    GuestResourceSettings::Memory tooMuch = s.memory;
    tooMuch.maximumKiB = s.limits.hostMemoryKiB + MiB;
    EXPECT_FALSE(GuestResourceSettings::apply(conn.get(), uuid, tooMuch).problems.isEmpty());
    EXPECT_EQ(virDomainGetVcpusFlags(dom.get(),
                                     unsigned(VIR_DOMAIN_AFFECT_CONFIG) | VIR_DOMAIN_VCPU_MAXIMUM),
              2);
    EXPECT_EQ(info().maxMem, 256 * MiB);

    // vCPUs 1 → 2: hot-plugged.
    GuestResourceSettings::Cpu cpu = s.cpu;
    cpu.current = 2;
    GuestResourceSettings::Outcome o = GuestResourceSettings::apply(conn.get(), uuid, cpu);
    ASSERT_TRUE(o.ok()) << o.error.summary().toStdString();
    EXPECT_TRUE(o.liveChanged.contains(Field::VcpuCurrent));
    EXPECT_EQ(virDomainGetVcpusFlags(dom.get(), VIR_DOMAIN_AFFECT_LIVE), 2);
    EXPECT_EQ(virDomainGetVcpusFlags(dom.get(), VIR_DOMAIN_AFFECT_CONFIG), 2);
    EXPECT_EQ(info().nrVirtCpu, 2);
    ASSERT_TRUE(o.after);
    EXPECT_FALSE(o.after->isPending(Field::VcpuCurrent));

    // The balloon: QEMU takes the new target live. (How much the guest gives back is up to
    // its balloon driver; this firmware-only guest has none, so libvirt's reading of the
    // current balloon stays where it was and is not asserted.)
    GuestResourceSettings::Memory memory = o.after->memory;
    memory.currentKiB = 192 * MiB;
    o = GuestResourceSettings::apply(conn.get(), uuid, memory);
    ASSERT_TRUE(o.ok()) << o.error.summary().toStdString();
    EXPECT_TRUE(o.liveChanged.contains(Field::MemoryCurrent));
    EXPECT_FALSE(o.after->isPending(Field::MemoryCurrent));

    // A new maximum cannot be taken live: saved and pending.
    memory.maximumKiB = 384 * MiB;
    o = GuestResourceSettings::apply(conn.get(), uuid, memory);
    ASSERT_TRUE(o.ok()) << o.error.summary().toStdString();
    EXPECT_FALSE(o.liveChanged.contains(Field::MemoryMaximum));
    ASSERT_TRUE(o.after);
    EXPECT_TRUE(o.after->isPending(Field::MemoryMaximum));
    EXPECT_EQ(info().maxMem, 256 * MiB);

    // After a restart the guest runs with it, and nothing is pending any more.
    ASSERT_EQ(virDomainDestroy(dom.get()), 0);
    ASSERT_EQ(virDomainCreate(dom.get()), 0) << virGetLastErrorMessage();
    EXPECT_EQ(info().maxMem, 384 * MiB);
    CString liveXml(virDomainGetXMLDesc(dom.get(), 0));
    ASSERT_TRUE(liveXml);
    EXPECT_TRUE(QString::fromUtf8(liveXml.get())
                    .contains(QLatin1String("<memory unit='KiB'>393216</memory>")))
        << liveXml.get();
    EXPECT_EQ(virDomainGetVcpusFlags(dom.get(), VIR_DOMAIN_AFFECT_LIVE), 2);
    s = GuestResourceSettings::read(conn.get(), uuid);
    ASSERT_TRUE(s.error.isNull());
    EXPECT_TRUE(s.pending.isEmpty());
    EXPECT_EQ(s.liveMemory.maximumKiB, 384 * MiB);
}

// Without a balloon device the live change is refused by libvirt and said so; the definition
// is still saved and the field is not reported as changed live.
TEST_F(LiveResourcesTest, NoBalloonDeviceMeansNoLiveMemoryChange) {
    other = defineAndStart(QStringLiteral("noballoon"), QStringLiteral("none"));
    ASSERT_TRUE(other);
    const QString uuid = uuidOf(other.get());
    const GuestResourceSettings s = GuestResourceSettings::read(conn.get(), uuid);
    ASSERT_TRUE(s.error.isNull());
    GuestResourceSettings::Memory memory = s.memory;
    memory.currentKiB = 192 * MiB;
    const GuestResourceSettings::Outcome o = GuestResourceSettings::apply(conn.get(), uuid, memory);
    EXPECT_FALSE(o.error.isNull());
    EXPECT_FALSE(o.liveChanged.contains(Field::MemoryCurrent));
    ASSERT_TRUE(o.after);
    EXPECT_EQ(o.after->memory.currentKiB, 192 * MiB);
}
