// SPDX-License-Identifier: GPL-2.0-or-later
#include "connection.h"
#include "connectionmanager.h"
#include "domainlistmodel.h"
#include "testsupport.h"
#include "throwawayguest.h"

#include <QFile>
#include <QSignalSpy>

#include <libvirt/libvirt.h>

#include <gtest/gtest.h>

#include <cmath>

using TestSupport::waitFor;

namespace {

GuestRates ratesOf(const StatsBatch &batch, const QString &uuid) {
    for (const GuestRates &r : batch.guests)
        if (r.uuid == uuid)
            return r;
    return {};
}

} // namespace

// A real guest that reads its disk and talks on the network while SeaBIOS and iPXE boot.
TEST(GuestStatistics, RealGuestShowsPlausibleFiguresAndMovingCounters) {
    if (!TestSupport::systemDaemonAnswers())
        GTEST_SKIP() << "no libvirt daemon answers on qemu:///system";
    ThrowawayGuest::removeLeftovers();
    QString out;
    TestSupport::run(QStringLiteral("virsh"),
                     {QStringLiteral("net-start"), QStringLiteral("default")}, &out);
    const QString dir = TestSupport::makeTempDir(QStringLiteral("stats"));
    QFile(dir).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                              QFileDevice::ExeOther);
    const QString disk = dir + QStringLiteral("/disk.qcow2");
    ASSERT_EQ(TestSupport::run(QStringLiteral("qemu-img"),
                               {QStringLiteral("create"), QStringLiteral("-f"),
                                QStringLiteral("qcow2"), disk, QStringLiteral("64M")}),
              0);
    ThrowawayGuest guest;
    ThrowawayGuest::Options o = ThrowawayGuest::Options::tagged(QStringLiteral("stats"));
    o.memoryMiB = 96;
    o.extraDevices =
        QStringLiteral("<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                       "<source file='%1'/><target dev='vda' bus='virtio'/><boot order='2'/></disk>"
                       "<interface type='network'><source network='default'/>"
                       "<model type='virtio'/><boot order='1'/></interface>")
            .arg(disk);
    QString error;
    ASSERT_TRUE(guest.define(o, &error)) << error.toStdString();
    Connection connection(ConnectionUri::parse(QStringLiteral("qemu:///system")));
    ASSERT_TRUE(TestSupport::connectAndLoad(&connection));
    QSignalSpy ticks(&connection, &Connection::statsSampled);
    ASSERT_TRUE(guest.start(&error)) << error.toStdString();

    float maxCpu = 0, maxHostCpu = 0;
    bool sawCpu = false, sawDisk = false, sawNet = false;
    quint64 assigned = 0;
    int seen = 0;
    waitFor(
        [&] {
            for (; seen < ticks.size(); ++seen) {
                const auto batch = ticks.at(seen).first().value<StatsBatch>();
                const GuestRates r = ratesOf(batch, guest.uuid());
                if (r.uuid.isEmpty())
                    continue;
                assigned = r.memoryAssignedKiB;
                if (!std::isnan(r.cpuPercent)) {
                    sawCpu = sawCpu || r.cpuPercent > 0;
                    maxCpu = std::max(maxCpu, r.cpuPercent);
                    maxHostCpu = std::max(maxHostCpu, r.hostCpuPercent);
                }
                sawDisk = sawDisk || r.diskReadBytesPerSec > 0 || r.diskReadIops > 0;
                sawNet = sawNet || r.netTxBytesPerSec > 0 || r.netRxBytesPerSec > 0;
            }
            return sawCpu && sawDisk && sawNet;
        },
        60000);
    std::printf("[   INFO   ] %lld ticks: max CPU %.1f %% of its vCPU, %.1f %% of the host; "
                "disk %s, network %s\n",
                qint64(ticks.size()), double(maxCpu), double(maxHostCpu),
                sawDisk ? "moved" : "still", sawNet ? "moved" : "still");
    EXPECT_TRUE(sawCpu) << "CPU above 0 while the guest runs";
    EXPECT_LE(maxCpu, 100.0f) << "never above 100 % of its (one) vCPU";
    EXPECT_LE(maxHostCpu, 100.0f);
    EXPECT_EQ(assigned, 96u * 1024u) << "memory equals what was assigned";
    EXPECT_TRUE(sawDisk) << "the disk was read while booting";
    EXPECT_TRUE(sawNet) << "iPXE's DHCP moved network counters";
}

TEST(GuestStatistics, LxcUsesThePerGuestFallback) {
    virConnectPtr raw = virConnectOpen("lxc:///");
    if (!raw)
        GTEST_SKIP() << "libvirt's LXC driver is not available here";
    const QString name = QStringLiteral("vdtest-ct-%1").arg(QCoreApplication::applicationPid());
    const QByteArray xml =
        QStringLiteral("<domain type='lxc'><name>%1</name><memory unit='MiB'>64</memory>"
                       "<os><type>exe</type><init>/bin/sh</init></os>"
                       "<devices><console type='pty'/></devices></domain>")
            .arg(name)
            .toUtf8();
    virDomainPtr defined = virDomainDefineXML(raw, xml.constData());
    ASSERT_NE(defined, nullptr);
    ConnectionManager manager;
    DomainListModel model(&manager);
    Connection *c = manager.add(ConnectionUri::parse(QStringLiteral("lxc:///")), false, false);
    ASSERT_TRUE(TestSupport::connectAndLoad(c));
    QSignalSpy ticks(c, &Connection::statsSampled);
    EXPECT_TRUE(waitFor([&] { return ticks.size() >= 2; }, 5000));
    const auto batch = ticks.last().first().value<StatsBatch>();
    EXPECT_TRUE(batch.perGuestFallback) << "LXC has no bulk statistics call";
    EXPECT_TRUE(batch.guests.isEmpty()) << "a container that is not running has no figures";
    char uuid[VIR_UUID_STRING_BUFLEN];
    virDomainGetUUIDString(defined, uuid);
    const DomainInfo *info = model.guestAt(model.guestIndex(c, QString::fromLatin1(uuid)));
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->kind, GuestKind::Container);
    virDomainUndefine(defined);
    virDomainFree(defined);
    virConnectClose(raw);
    std::printf("[   INFO   ] starting containers fails on these machines (cgroup layout), so the "
                "fallback's per-device figures are not exercised with a running container\n");
}
