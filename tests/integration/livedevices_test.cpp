// SPDX-License-Identifier: GPL-2.0-or-later
// The Devices page's changes on a real running QEMU guest (TCG) on the system daemon: a NIC's
// cable unplugged and plugged live, CD media inserted and ejected live, a disk grown live, a
// virtio disk and a NIC hot-plugged and removed again, and a change QEMU cannot make live (a
// disk's cache mode) saved, flagged as pending and in the running guest after a restart.
// Everything is read back through libvirt, live and persistent.
//
// The guest is a q35 machine with spare PCIe root ports and native PCIe hot-plug: with no
// operating system inside to answer ACPI's eject requests, that is how a device can really
// leave a running guest (QEMU removes a device from a slot the guest never powered on).
#include "bootiso.h"
#include "guestdevices.h"
#include "libvirthandles.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <atomic>

namespace {

constexpr quint64 MiB = 1024ull * 1024;

QString run(const QString &program, const QStringList &args) {
    QString output;
    return TestSupport::run(program, args, &output) == 0 ? QString() : output;
}

class LiveDevicesTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!TestSupport::systemDaemonAnswers())
            GTEST_SKIP() << "no libvirt daemon answers on qemu:///system";
        conn.reset(virConnectOpen("qemu:///system"));
        ASSERT_TRUE(conn);
        {
            // The NIC needs the daemon's "default" network running.
            virNetworkPtr net = virNetworkLookupByName(conn.get(), "default");
            const bool active = net && virNetworkIsActive(net) == 1;
            if (net)
                virNetworkFree(net);
            ASSERT_TRUE(active) << "the system daemon's \"default\" network is not active";
        }
        // QEMU runs as libvirt-qemu: the folder must let it reach the images.
        dir = TestSupport::makeTempDir(QStringLiteral("livedevices"));
        ASSERT_TRUE(QFile::setPermissions(
            dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                     QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        for (const char *image : {"disk.qcow2", "hot.qcow2"}) {
            const QString failed =
                run(QStringLiteral("qemu-img"),
                    {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                     QStringLiteral("qcow2"), dir + QLatin1Char('/') + QLatin1String(image),
                     QStringLiteral("16M")});
            ASSERT_TRUE(failed.isEmpty()) << failed.toStdString();
        }
        static std::atomic<int> counter{0};
        name = QStringLiteral("vdtest-livedev-%1-%2")
                   .arg(QCoreApplication::applicationPid())
                   .arg(counter++);
        QString ports;
        for (int i = 1; i <= 10; ++i)
            ports +=
                QStringLiteral("<controller type='pci' index='%1' model='pcie-root-port'/>").arg(i);
        const QString xml =
            QStringLiteral(
                "<domain type='qemu' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>"
                "<name>%1</name><memory unit='MiB'>128</memory><vcpu>1</vcpu>"
                "<os><type arch='x86_64' machine='q35'>hvm</type></os><features><acpi/></features>"
                "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator>"
                "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                "<source file='%2/disk.qcow2'/><target dev='vda' bus='virtio'/></disk>"
                "<disk type='file' device='cdrom'><driver name='qemu' type='raw'/>"
                "<target dev='sda' bus='sata'/><readonly/></disk>"
                "<interface type='network'><source network='default'/><model type='virtio'/>"
                "</interface>"
                "<controller type='pci' index='0' model='pcie-root'/>%3"
                "</devices>"
                "<qemu:commandline><qemu:arg value='-global'/>"
                "<qemu:arg value='ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off'/>"
                "</qemu:commandline></domain>")
                .arg(name, dir, ports);
        dom.reset(virDomainDefineXML(conn.get(), xml.toUtf8().constData()));
        ASSERT_TRUE(dom) << virGetLastErrorMessage();
        ASSERT_EQ(virDomainCreate(dom.get()), 0) << virGetLastErrorMessage();
        char buf[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(dom.get(), buf);
        uuid = QString::fromLatin1(buf);
        const GuestDevices devices = GuestDevices::read(conn.get(), uuid);
        ASSERT_TRUE(devices.error.isNull()) << devices.error.summary().toStdString();
        ASSERT_TRUE(devices.running);
        ASSERT_TRUE(devices.pendingSummary().isEmpty())
            << devices.pendingSummary().join(QLatin1Char('\n')).toStdString();
    }
    void TearDown() override {
        if (dom) {
            virDomainDestroy(dom.get());
            virDomainUndefineFlags(dom.get(), VIR_DOMAIN_UNDEFINE_NVRAM);
        }
        virResetLastError();
    }

    QString liveXml() {
        CString x(virDomainGetXMLDesc(dom.get(), 0));
        return x ? QString::fromUtf8(x.get()) : QString();
    }
    QString persistentXml() {
        CString x(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE));
        return x ? QString::fromUtf8(x.get()) : QString();
    }
    // The <tag> element of a domain XML whose child `what` has attribute=value.
    static QDomElement device(const QString &xml, const QString &tag, const QString &what,
                              const QString &attribute, const QString &value, QDomDocument *doc) {
        doc->setContent(xml);
        for (QDomElement e = doc->documentElement()
                                 .firstChildElement(QStringLiteral("devices"))
                                 .firstChildElement(tag);
             !e.isNull(); e = e.nextSiblingElement(tag))
            if (e.firstChildElement(what).attribute(attribute) == value)
                return e;
        return {};
    }
    const GuestDevice *find(const GuestDevices &d, const QString &tag, const QString &key) {
        for (const GuestDevice &device : d.devices)
            if (device.tag == tag && (device.target == key || device.mac == key))
                return &device;
        return nullptr;
    }
    GuestDevices read() { return GuestDevices::read(conn.get(), uuid); }

    ConnectHandle conn;
    DomainHandle dom;
    QString dir, name, uuid;
};

void expectLive(const GuestDevices::Outcome &o) {
    EXPECT_TRUE(o.ok()) << o.error.details().toStdString();
    EXPECT_TRUE(o.live);
    EXPECT_TRUE(o.saved);
    EXPECT_FALSE(o.pending) << o.pendingReason.toStdString();
}

} // namespace

TEST_F(LiveDevicesTest, NicCableUnpluggedAndPluggedLive) {
    const GuestDevices before = read();
    const GuestDevice *nic = before.find(QStringLiteral("interface"), 0);
    ASSERT_TRUE(nic && nic->live);
    const QString mac = nic->mac;
    EXPECT_EQ(nic->linkState, QStringLiteral("up"));
    QDomDocument doc;
    const QString tap = device(liveXml(), QStringLiteral("interface"), QStringLiteral("mac"),
                               QStringLiteral("address"), mac, &doc)
                            .firstChildElement(QStringLiteral("target"))
                            .attribute(QStringLiteral("dev"));
    ASSERT_FALSE(tap.isEmpty());
    virDomainInterfaceStatsStruct stats{};
    ASSERT_EQ(virDomainInterfaceStats(dom.get(), tap.toUtf8().constData(), &stats, sizeof stats),
              0);

    const GuestDevices::Outcome down = GuestDevices::setLinkState(conn.get(), uuid, 0, false);
    expectLive(down);
    // As `virsh domif-getlink` reads it: the running card's <link state='down'/>.
    for (const QString &xml : {liveXml(), persistentXml()}) {
        const QDomElement e = device(xml, QStringLiteral("interface"), QStringLiteral("mac"),
                                     QStringLiteral("address"), mac, &doc);
        ASSERT_FALSE(e.isNull());
        EXPECT_EQ(e.firstChildElement(QStringLiteral("link")).attribute(QStringLiteral("state")),
                  QStringLiteral("down"));
    }
    // The card stays: its tap device still counts.
    EXPECT_EQ(virDomainInterfaceStats(dom.get(), tap.toUtf8().constData(), &stats, sizeof stats), 0)
        << virGetLastErrorMessage();
    ASSERT_TRUE(down.after);
    EXPECT_EQ(down.after->find(QStringLiteral("interface"), 0)->linkState, QStringLiteral("down"));
    EXPECT_TRUE(down.after->pendingSummary().isEmpty());

    expectLive(GuestDevices::setLinkState(conn.get(), uuid, 0, true));
    const QDomElement up = device(liveXml(), QStringLiteral("interface"), QStringLiteral("mac"),
                                  QStringLiteral("address"), mac, &doc);
    EXPECT_NE(up.firstChildElement(QStringLiteral("link")).attribute(QStringLiteral("state")),
              QStringLiteral("down"));
    EXPECT_EQ(read().find(QStringLiteral("interface"), 0)->linkState, QStringLiteral("up"));
}

TEST_F(LiveDevicesTest, CdMediaInsertedAndEjectedLive) {
    QString error;
    const QString iso =
        BootIso::build(dir, QStringLiteral("media.iso"), QStringLiteral("VDTEST"), &error);
    ASSERT_FALSE(iso.isEmpty()) << error.toStdString();
    QFile::setPermissions(iso, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                   QFile::ReadOther);
    const GuestDevices before = read();
    const GuestDevice *cd = find(before, QStringLiteral("disk"), QStringLiteral("sda"));
    ASSERT_TRUE(cd);
    EXPECT_EQ(cd->label, QStringLiteral("CD-ROM sda (empty)"));

    const GuestDevices::Outcome inserted =
        GuestDevices::changeMedia(conn.get(), uuid, cd->index, iso);
    expectLive(inserted);
    QDomDocument doc;
    for (const QString &xml : {liveXml(), persistentXml()}) {
        const QDomElement disk = device(xml, QStringLiteral("disk"), QStringLiteral("target"),
                                        QStringLiteral("dev"), QStringLiteral("sda"), &doc);
        EXPECT_EQ(
            disk.firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("file")),
            iso);
    }
    ASSERT_TRUE(inserted.after);
    EXPECT_EQ(find(*inserted.after, QStringLiteral("disk"), QStringLiteral("sda"))->label,
              QStringLiteral("CD-ROM sda (media.iso)"));

    // A file that is not there is refused and changes nothing.
    const QString live = liveXml();
    const GuestDevices::Outcome missing =
        GuestDevices::changeMedia(conn.get(), uuid, cd->index, dir + QStringLiteral("/none.iso"));
    EXPECT_EQ(missing.problems.size(), 1);
    EXPECT_EQ(liveXml(), live);

    expectLive(GuestDevices::changeMedia(conn.get(), uuid, cd->index, {}));
    for (const QString &xml : {liveXml(), persistentXml()}) {
        const QDomElement disk = device(xml, QStringLiteral("disk"), QStringLiteral("target"),
                                        QStringLiteral("dev"), QStringLiteral("sda"), &doc);
        ASSERT_FALSE(disk.isNull());
        EXPECT_TRUE(disk.firstChildElement(QStringLiteral("source"))
                        .attribute(QStringLiteral("file"))
                        .isEmpty())
            << xml.toStdString();
    }
}

TEST_F(LiveDevicesTest, DiskGrowsLiveAndNeverShrinks) {
    virDomainBlockInfo info{};
    ASSERT_EQ(virDomainGetBlockInfo(dom.get(), "vda", &info, 0), 0);
    EXPECT_EQ(info.capacity, 16 * MiB);
    const GuestDevices before = read();
    ASSERT_EQ(before.find(QStringLiteral("disk"), 0)->capacityBytes,
              std::optional<quint64>(16 * MiB));

    expectLive(GuestDevices::resizeDisk(conn.get(), uuid, 0, 32 * MiB));
    ASSERT_EQ(virDomainGetBlockInfo(dom.get(), "vda", &info, 0), 0);
    EXPECT_EQ(info.capacity, 32 * MiB);
    EXPECT_EQ(read().find(QStringLiteral("disk"), 0)->label,
              QStringLiteral("Disk vda (virtio, 32 MiB)"));

    for (quint64 wrong : {quint64(0), 8 * MiB}) {
        const GuestDevices::Outcome refused = GuestDevices::resizeDisk(conn.get(), uuid, 0, wrong);
        ASSERT_EQ(refused.problems.size(), 1);
        EXPECT_EQ(refused.problems.first().field, QStringLiteral("size"));
        EXPECT_FALSE(refused.saved);
        ASSERT_EQ(virDomainGetBlockInfo(dom.get(), "vda", &info, 0), 0);
        EXPECT_EQ(info.capacity, 32 * MiB);
    }
}

TEST_F(LiveDevicesTest, VirtioDiskAndNicHotPluggedAndRemoved) {
    const QString diskXml =
        QStringLiteral("<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                       "<source file='%1/hot.qcow2'/><target dev='vdb' bus='virtio'/></disk>")
            .arg(dir);
    const GuestDevices::Outcome disk = GuestDevices::add(conn.get(), uuid, diskXml);
    expectLive(disk);
    const QString mac = GuestDevices::generateMac(disk.after->context.usedMacs);
    const GuestDevices::Outcome nic = GuestDevices::add(
        conn.get(), uuid,
        QStringLiteral("<interface type='network'><mac address='%1'/><source network='default'/>"
                       "<model type='virtio'/></interface>")
            .arg(mac));
    expectLive(nic);
    QDomDocument doc;
    for (const QString &xml : {liveXml(), persistentXml()}) {
        EXPECT_FALSE(device(xml, QStringLiteral("disk"), QStringLiteral("target"),
                            QStringLiteral("dev"), QStringLiteral("vdb"), &doc)
                         .isNull());
        EXPECT_FALSE(device(xml, QStringLiteral("interface"), QStringLiteral("mac"),
                            QStringLiteral("address"), mac, &doc)
                         .isNull());
    }
    ASSERT_TRUE(nic.after);
    EXPECT_TRUE(nic.after->pendingSummary().isEmpty())
        << nic.after->pendingSummary().join(QLatin1Char('\n')).toStdString();
    const GuestDevice *hotDisk = find(*nic.after, QStringLiteral("disk"), QStringLiteral("vdb"));
    const GuestDevice *hotNic = find(*nic.after, QStringLiteral("interface"), mac);
    ASSERT_TRUE(hotDisk && hotDisk->live);
    ASSERT_TRUE(hotNic && hotNic->live);

    // Adding the same MAC again is refused before libvirt is asked.
    const GuestDevices::Outcome twice = GuestDevices::add(
        conn.get(), uuid,
        QStringLiteral("<interface type='network'><mac address='%1'/><source network='default'/>"
                       "</interface>")
            .arg(mac));
    ASSERT_EQ(twice.problems.size(), 1);

    const GuestDevices::Outcome unplugDisk = GuestDevices::remove(
        conn.get(), uuid, QStringLiteral("disk"), hotDisk->index, hotDisk->xml);
    expectLive(unplugDisk);
    const GuestDevice *nicNow = find(*unplugDisk.after, QStringLiteral("interface"), mac);
    ASSERT_TRUE(nicNow);
    expectLive(GuestDevices::remove(conn.get(), uuid, QStringLiteral("interface"), nicNow->index,
                                    nicNow->xml));
    for (const QString &xml : {liveXml(), persistentXml()}) {
        EXPECT_TRUE(device(xml, QStringLiteral("disk"), QStringLiteral("target"),
                           QStringLiteral("dev"), QStringLiteral("vdb"), &doc)
                        .isNull())
            << xml.toStdString();
        EXPECT_TRUE(device(xml, QStringLiteral("interface"), QStringLiteral("mac"),
                           QStringLiteral("address"), mac, &doc)
                        .isNull());
    }
    // The image is still there: removing a disk deletes nothing from storage.
    EXPECT_TRUE(QFile::exists(dir + QStringLiteral("/hot.qcow2")));
    EXPECT_TRUE(read().pendingSummary().isEmpty());
}

TEST_F(LiveDevicesTest, CacheModeIsPendingUntilTheRestart) {
    const GuestDevices before = read();
    const GuestDevice *vda = before.find(QStringLiteral("disk"), 0);
    ASSERT_TRUE(vda);
    QDomDocument doc;
    doc.setContent(vda->xml);
    QDomElement changed = doc.documentElement();
    changed.firstChildElement(QStringLiteral("driver"))
        .setAttribute(QStringLiteral("cache"), QStringLiteral("writethrough"));
    const GuestDevices::Outcome o = GuestDevices::update(conn.get(), uuid, QStringLiteral("disk"),
                                                         0, vda->xml, GuestDevices::toXml(changed));
    ASSERT_TRUE(o.ok()) << o.error.details().toStdString();
    EXPECT_TRUE(o.saved);
    EXPECT_FALSE(o.live);
    EXPECT_TRUE(o.pending);
    EXPECT_TRUE(o.pendingReason.contains(QLatin1String("cache mode")))
        << o.pendingReason.toStdString();
    ASSERT_TRUE(o.after);
    EXPECT_EQ(o.after->find(QStringLiteral("disk"), 0)->pending,
              QStringList{QStringLiteral("cache mode")});
    EXPECT_EQ(o.after->pendingSummary().size(), 1);
    auto cacheOf = [&](const QString &xml) {
        return device(xml, QStringLiteral("disk"), QStringLiteral("target"), QStringLiteral("dev"),
                      QStringLiteral("vda"), &doc)
            .firstChildElement(QStringLiteral("driver"))
            .attribute(QStringLiteral("cache"));
    };
    EXPECT_EQ(cacheOf(persistentXml()), QStringLiteral("writethrough"));
    EXPECT_NE(cacheOf(liveXml()), QStringLiteral("writethrough"));

    ASSERT_EQ(virDomainDestroy(dom.get()), 0);
    ASSERT_EQ(virDomainCreate(dom.get()), 0) << virGetLastErrorMessage();
    EXPECT_EQ(cacheOf(liveXml()), QStringLiteral("writethrough"));
    const GuestDevices after = read();
    EXPECT_TRUE(after.pendingSummary().isEmpty())
        << after.pendingSummary().join(QLatin1Char('\n')).toStdString();
}
