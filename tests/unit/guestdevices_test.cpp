// SPDX-License-Identifier: GPL-2.0-or-later
// The Devices page's model: listing a guest's devices with labels (over the fixture corpus),
// telling what waits for a restart by comparing the definition with the running guest,
// refusing bad input (MACs, targets, missing files, sizes), and the changes themselves on
// libvirt's test driver, which keep everything else in the definition.
#include "domainconfig.h"
#include "guestdevices.h"
#include "libvirthandles.h"
#include "testsupport.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <libvirt/virterror.h>

#include <gtest/gtest.h>

namespace {

QString readFixture(const QString &name) {
    QFile f(TestSupport::fixture(QStringLiteral("domains/") + name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList labels(const GuestDevices &d, const QString &tag) {
    QStringList out;
    for (const GuestDevice &device : d.devices)
        if (device.tag == tag)
            out << device.label;
    return out;
}

QDomElement element(const QString &xml, QDomDocument *holder) {
    holder->setContent(xml);
    return holder->documentElement();
}

QString domainWith(const QString &devices) {
    return QStringLiteral("<domain type='kvm'><name>g</name><devices>"
                          "<emulator>/usr/bin/qemu-system-x86_64</emulator>%1</devices></domain>")
        .arg(devices);
}

const GuestDevice *find(const GuestDevices &d, const QString &tag, int index = 0) {
    return d.find(tag, index);
}

} // namespace

TEST(GuestDevicesList, EveryDeviceOfEveryFixtureIsListedWithALabel) {
    const QStringList files =
        QDir(TestSupport::fixture(QStringLiteral("domains"))).entryList({QStringLiteral("*.xml")});
    ASSERT_GE(files.size(), 30);
    for (const QString &file : files) {
        const QString xml = readFixture(file);
        QDomDocument doc;
        ASSERT_TRUE(doc.setContent(xml)) << file.toStdString();
        int expected = 0;
        QHash<QString, int> perTag;
        for (QDomElement e = doc.documentElement()
                                 .firstChildElement(QStringLiteral("devices"))
                                 .firstChildElement();
             !e.isNull(); e = e.nextSiblingElement())
            if (e.tagName() != QLatin1String("emulator"))
                ++expected;
        const GuestDevices d = GuestDevices::fromXml(xml);
        ASSERT_TRUE(d.error.isNull()) << file.toStdString();
        EXPECT_EQ(d.devices.size(), expected) << file.toStdString();
        EXPECT_FALSE(d.running);
        for (const GuestDevice &device : d.devices) {
            EXPECT_FALSE(device.label.isEmpty()) << file.toStdString();
            EXPECT_FALSE(device.iconName.isEmpty());
            EXPECT_FALSE(device.group.isEmpty());
            EXPECT_FALSE(device.isPending()) << "a shut-off guest has nothing pending";
            // Indexes count the elements of each tag in document order.
            EXPECT_EQ(device.index, perTag.value(device.tag)) << file.toStdString();
            perTag[device.tag] = device.index + 1;
            EXPECT_TRUE(device.xml.startsWith(QLatin1Char('<') + device.tag));
        }
    }
}

TEST(GuestDevicesList, LabelsSayWhatADeviceIs) {
    const GuestDevices volumes =
        GuestDevices::fromXml(readFixture(QStringLiteral("10-volume-disks.xml")), {},
                              {{QStringLiteral("vda"), 20ull * 1024 * 1024 * 1024}});
    EXPECT_EQ(labels(volumes, QStringLiteral("disk")),
              (QStringList{
                  QStringLiteral("Disk vda (virtio, 20 GiB)"), QStringLiteral("Disk vdb (virtio)"),
                  QStringLiteral("Disk vdc (virtio)"), QStringLiteral("CD-ROM hdc (debian-12.iso)"),
                  QStringLiteral("Floppy fda (drivers.img)"), QStringLiteral("LUN sda (scsi)")}));
    EXPECT_EQ(find(volumes, QStringLiteral("disk"))->source,
              QStringLiteral("default/vd-volume-disks.qcow2"));
    EXPECT_EQ(find(volumes, QStringLiteral("disk"), 3)->kind, QStringLiteral("cdrom"));
    EXPECT_EQ(find(volumes, QStringLiteral("disk"), 3)->iconName, QStringLiteral("media-optical"));
    EXPECT_EQ(labels(volumes, QStringLiteral("interface")),
              QStringList{QStringLiteral("NIC (network default)")});

    const GuestDevices nics =
        GuestDevices::fromXml(readFixture(QStringLiteral("12-nic-types.xml")));
    const QStringList nicLabels = labels(nics, QStringLiteral("interface"));
    EXPECT_EQ(nicLabels.value(0), QStringLiteral("NIC 52:54:00:10:12:01 (network default)"));
    EXPECT_EQ(nicLabels.value(1), QStringLiteral("NIC 52:54:00:10:12:02 (bridge br0)"));
    EXPECT_EQ(nicLabels.value(2), QStringLiteral("NIC 52:54:00:10:12:03 (direct eth0)"));
    EXPECT_EQ(nicLabels.value(3), QStringLiteral("NIC 52:54:00:10:12:04 (user networking)"));
    EXPECT_EQ(find(nics, QStringLiteral("interface"))->linkState, QStringLiteral("down"));
    EXPECT_EQ(find(nics, QStringLiteral("interface"), 1)->linkState, QStringLiteral("up"));

    const GuestDevices empty = GuestDevices::fromXml(
        domainWith(QStringLiteral("<disk type='file' device='cdrom'><target dev='sda' "
                                  "bus='sata'/><readonly/></disk>")));
    EXPECT_EQ(labels(empty, QStringLiteral("disk")),
              QStringList{QStringLiteral("CD-ROM sda (empty)")});

    const GuestDevices hostdevs =
        GuestDevices::fromXml(readFixture(QStringLiteral("17-hostdev.xml")));
    EXPECT_EQ(labels(hostdevs, QStringLiteral("hostdev")),
              (QStringList{QStringLiteral("USB host device 046d:c52b"),
                           QStringLiteral("USB host device (bus 1, device 4)"),
                           QStringLiteral("PCI host device 0000:01:00.0"),
                           QStringLiteral("PCI host device 0000:01:00.1")}));
    EXPECT_EQ(find(hostdevs, QStringLiteral("hostdev"))->group, QStringLiteral("hostdev"));
}

TEST(GuestDevicesPending, WhatTheRunningGuestLacksWaitsForARestart) {
    const QString persistent = domainWith(QStringLiteral(
        "<disk type='file' device='disk'><driver name='qemu' type='qcow2' cache='none'/>"
        "<source file='/img/a.qcow2'/><target dev='vda' bus='virtio'/></disk>"
        "<interface type='network'><mac address='52:54:00:00:00:01'/><source network='default'/>"
        "<model type='e1000'/></interface>"
        "<graphics type='vnc' port='-1' autoport='yes' listen='127.0.0.1'>"
        "<listen type='address' address='127.0.0.1'/></graphics>"
        "<sound model='ich9'/>"));
    // As libvirt shows the running guest: aliases, addresses, a chosen port, a tap device.
    const QString live = domainWith(QStringLiteral(
        "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
        "<source file='/img/a.qcow2' index='1'/><backingStore/><target dev='vda' bus='virtio'/>"
        "<alias name='virtio-disk0'/><address type='pci' bus='0x04'/></disk>"
        "<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
        "<source file='/img/hot.img'/><target dev='vdb' bus='virtio'/></disk>"
        "<interface type='network'><mac address='52:54:00:00:00:01'/>"
        "<source network='default' portid='x' bridge='virbr0'/><target dev='vnet3'/>"
        "<model type='virtio'/><alias name='net0'/></interface>"
        "<graphics type='vnc' port='5900' autoport='yes' listen='127.0.0.1'>"
        "<listen type='address' address='127.0.0.1'/></graphics>"));
    const GuestDevices d = GuestDevices::fromXml(persistent, live);
    EXPECT_TRUE(d.running);
    const GuestDevice *disk = find(d, QStringLiteral("disk"));
    ASSERT_TRUE(disk);
    EXPECT_TRUE(disk->live);
    EXPECT_EQ(disk->pending, QStringList{QStringLiteral("cache mode")});
    const GuestDevice *nic = find(d, QStringLiteral("interface"));
    EXPECT_EQ(nic->pending, QStringList{QStringLiteral("model")});
    EXPECT_FALSE(find(d, QStringLiteral("graphics"))->isPending()) << "a port chosen at start";
    const GuestDevice *sound = find(d, QStringLiteral("sound"));
    EXPECT_FALSE(sound->live);
    EXPECT_EQ(sound->pending, QStringList{QStringLiteral("new device")});
    EXPECT_EQ(d.removedButLive, QStringList{QStringLiteral("Disk vdb (virtio)")});
    EXPECT_EQ(d.pendingSummary().join(QLatin1Char('|')).toStdString(),
              (QStringList{QStringLiteral("Disk vda (virtio): cache mode"),
                           QStringLiteral("NIC 52:54:00:00:00:01 (network default): model"),
                           QStringLiteral("Sound (ich9): new device"),
                           QStringLiteral("Disk vdb (virtio): removal")})
                  .join(QLatin1Char('|'))
                  .toStdString());

    // The same definition running as defined: nothing pending.
    const GuestDevices same = GuestDevices::fromXml(persistent, persistent);
    EXPECT_TRUE(same.pendingSummary().isEmpty());

    // A changed MAC still pairs with the card it was.
    QString changedMac = persistent;
    changedMac.replace(QStringLiteral("52:54:00:00:00:01"), QStringLiteral("52:54:00:00:00:02"));
    const GuestDevices macChanged = GuestDevices::fromXml(changedMac, persistent);
    EXPECT_EQ(find(macChanged, QStringLiteral("interface"))->pending,
              QStringList{QStringLiteral("MAC address")});
    EXPECT_TRUE(macChanged.removedButLive.isEmpty());
}

TEST(GuestDevicesPending, NotLiveChangesAreTheOnesQemuCannotMake) {
    QDomDocument a, b, c, d;
    const QDomElement disk =
        element(QStringLiteral("<disk type='file' device='cdrom'><source file='/a.iso'/>"
                               "<target dev='sda' bus='sata'/></disk>"),
                &a);
    const QDomElement media =
        element(QStringLiteral("<disk type='file' device='cdrom'><source file='/b.iso'/>"
                               "<target dev='sda' bus='sata'/></disk>"),
                &b);
    EXPECT_TRUE(GuestDevices::notLiveChanges(disk, media).isEmpty()) << "new media go live";
    const QDomElement cached = element(
        QStringLiteral("<disk type='file' device='cdrom'><driver cache='none' io='native' "
                       "discard='unmap'/><source file='/a.iso'/><target dev='sda' bus='scsi'/>"
                       "<readonly/></disk>"),
        &c);
    EXPECT_EQ(GuestDevices::notLiveChanges(disk, cached),
              (QStringList{QStringLiteral("bus"), QStringLiteral("cache mode"),
                           QStringLiteral("I/O mode"), QStringLiteral("discard"),
                           QStringLiteral("read-only")}));
    QDomDocument n1, n2;
    const QDomElement up =
        element(QStringLiteral("<interface type='network'><source network='default'/>"
                               "<model type='virtio'/></interface>"),
                &n1);
    const QDomElement down = element(
        QStringLiteral("<interface type='network'><source network='other'/><model type='e1000'/>"
                       "<link state='down'/></interface>"),
        &n2);
    EXPECT_EQ(GuestDevices::notLiveChanges(up, down), QStringList{QStringLiteral("model")});
    EXPECT_EQ(GuestDevices::differences(up, down),
              (QStringList{QStringLiteral("connection"), QStringLiteral("model"),
                           QStringLiteral("link state")}));
    Q_UNUSED(d);
}

TEST(GuestDevicesValidation, MacAddresses) {
    const QStringList used{QStringLiteral("52:54:00:aa:bb:cc")};
    EXPECT_TRUE(GuestDevices::macProblem(QStringLiteral("52:54:00:12:34:56"), used).isEmpty());
    EXPECT_TRUE(GuestDevices::macProblem(QString(), used).isEmpty()) << "libvirt chooses one";
    EXPECT_TRUE(GuestDevices::macProblem(QStringLiteral("52:54:00:zz:00:01"), used)
                    .contains(QLatin1String("Not a MAC address")));
    EXPECT_TRUE(GuestDevices::macProblem(QStringLiteral("52:54:00:12:34"), used)
                    .contains(QLatin1String("Not a MAC address")));
    EXPECT_TRUE(GuestDevices::macProblem(QStringLiteral("01:00:5e:00:00:01"), used)
                    .contains(QLatin1String("multicast")));
    EXPECT_FALSE(GuestDevices::macProblem(QStringLiteral("00:00:00:00:00:00"), used).isEmpty());
    // Duplicates, whatever the case; the card's own address is no duplicate of itself.
    EXPECT_TRUE(GuestDevices::macProblem(QStringLiteral("52:54:00:AA:BB:CC"), used)
                    .contains(QLatin1String("already has this address")));
    EXPECT_TRUE(GuestDevices::macProblem(QStringLiteral("52:54:00:AA:BB:CC"), used,
                                         QStringLiteral("52:54:00:aa:bb:cc"))
                    .isEmpty());
    const QString generated = GuestDevices::generateMac(used);
    EXPECT_TRUE(generated.startsWith(QLatin1String("52:54:00:")));
    EXPECT_TRUE(GuestDevices::macProblem(generated, used).isEmpty()) << generated.toStdString();
}

TEST(GuestDevicesValidation, TargetsSourcesAndSizes) {
    const QStringList used{QStringLiteral("vda"), QStringLiteral("sda")};
    EXPECT_EQ(GuestDevices::nextTarget(QStringLiteral("virtio"), used), QStringLiteral("vdb"));
    EXPECT_EQ(GuestDevices::nextTarget(QStringLiteral("sata"), used), QStringLiteral("sdb"));
    EXPECT_EQ(GuestDevices::nextTarget(QStringLiteral("ide"), used), QStringLiteral("hda"));
    EXPECT_EQ(GuestDevices::nextTarget(QStringLiteral("fdc"), used), QStringLiteral("fda"));
    EXPECT_TRUE(GuestDevices::targetProblem(QStringLiteral("vda"), used)
                    .contains(QLatin1String("already")));
    EXPECT_TRUE(
        GuestDevices::targetProblem(QStringLiteral("vda"), used, QStringLiteral("vda")).isEmpty());
    EXPECT_FALSE(GuestDevices::targetProblem(QStringLiteral("disk1"), used).isEmpty());
    EXPECT_FALSE(GuestDevices::targetProblem(QString(), used).isEmpty());

    DeviceEditorContext context;
    context.localHost = true;
    DeviceEditorContext::Pool pool;
    pool.name = QStringLiteral("images");
    pool.path = QStringLiteral("/srv/images");
    pool.volumes = {QStringLiteral("a.qcow2")};
    context.pools << pool;
    QTemporaryFile existing;
    ASSERT_TRUE(existing.open());
    EXPECT_TRUE(GuestDevices::sourceProblem(existing.fileName(), context).isEmpty());
    const QString missing = existing.fileName() + QStringLiteral("-missing");
    EXPECT_TRUE(GuestDevices::sourceProblem(missing, context).contains(missing));
    EXPECT_TRUE(
        GuestDevices::sourceProblem(QStringLiteral("/srv/images/a.qcow2"), context).isEmpty())
        << "a volume of a known pool";
    EXPECT_TRUE(GuestDevices::sourceProblem(QStringLiteral("/srv/images/b.qcow2"), context)
                    .contains(QLatin1String("no volume b.qcow2")));
    EXPECT_FALSE(GuestDevices::sourceProblem(QStringLiteral("relative.img"), context).isEmpty());
    // A remote host's files cannot be looked at; only its pools can.
    context.localHost = false;
    EXPECT_TRUE(GuestDevices::sourceProblem(missing, context).isEmpty());
    EXPECT_FALSE(
        GuestDevices::sourceProblem(QStringLiteral("/srv/images/b.qcow2"), context).isEmpty());

    const quint64 GiB = 1024ull * 1024 * 1024;
    EXPECT_TRUE(GuestDevices::resizeProblem(GiB, 0).contains(QLatin1String("above 0")));
    EXPECT_TRUE(GuestDevices::resizeProblem(2 * GiB, GiB).contains(QLatin1String("Shrinking")));
    EXPECT_FALSE(GuestDevices::resizeProblem(GiB, GiB).isEmpty());
    EXPECT_TRUE(GuestDevices::resizeProblem(GiB, 2 * GiB).isEmpty());
    EXPECT_TRUE(GuestDevices::resizeProblem(std::nullopt, 2 * GiB).isEmpty());

    GuestDevices::NewVolume volume{QStringLiteral("images"), QStringLiteral("a.qcow2"), 0};
    const QList<GuestDevices::Problem> problems = GuestDevices::validateNewVolume(volume, context);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].field, QStringLiteral("volume"));
    EXPECT_EQ(problems[1].field, QStringLiteral("size"));
    volume.pool = QStringLiteral("nowhere");
    volume.name = QStringLiteral("b.qcow2");
    volume.bytes = GiB;
    ASSERT_EQ(GuestDevices::validateNewVolume(volume, context).size(), 1);
    EXPECT_EQ(GuestDevices::validateNewVolume(volume, context)[0].field, QStringLiteral("pool"));
}

TEST(GuestDevicesValidation, DisksAndInterfaces) {
    DeviceEditorContext context;
    context.usedDiskTargets = {QStringLiteral("vda"), QStringLiteral("vdb")};
    context.usedMacs = {QStringLiteral("52:54:00:00:00:09")};
    context.networks = {QStringLiteral("default")};
    auto fields = [](const QList<GuestDevices::Problem> &problems) {
        QStringList out;
        for (const auto &p : problems)
            out << p.field;
        return out;
    };
    QDomDocument o, a, b, c, n, m;
    // The disk being edited keeps its own target; a missing file it already had is not
    // reported again when only its cache changes.
    const QDomElement original =
        element(QStringLiteral("<disk type='file' device='disk'><source file='/nowhere/x.img'/>"
                               "<target dev='vdb' bus='virtio'/></disk>"),
                &o);
    const QDomElement cacheOnly = element(
        QStringLiteral("<disk type='file' device='disk'><driver cache='none'/>"
                       "<source file='/nowhere/x.img'/><target dev='vdb' bus='virtio'/></disk>"),
        &a);
    EXPECT_TRUE(GuestDevices::validateDisk(cacheOnly, context, original).isEmpty());
    const QDomElement clash = element(
        QStringLiteral("<disk type='file' device='disk'><driver io='native'/>"
                       "<source file='/nowhere/y.img'/><target dev='vda' bus='virtio'/></disk>"),
        &b);
    EXPECT_EQ(
        fields(GuestDevices::validateDisk(clash, context, original)),
        (QStringList{QStringLiteral("target"), QStringLiteral("source"), QStringLiteral("io")}));
    const QDomElement floppyOnSata = element(
        QStringLiteral("<disk type='file' device='floppy'><target dev='fda' bus='sata'/></disk>"),
        &c);
    EXPECT_EQ(fields(GuestDevices::validateDisk(floppyOnSata, context)),
              QStringList{QStringLiteral("bus")});
    // A new disk whose image the add job makes needs no source yet.
    QDomDocument nd;
    const QDomElement newDisk = element(
        QStringLiteral("<disk type='file' device='disk'><target dev='vdc' bus='virtio'/></disk>"),
        &nd);
    EXPECT_EQ(fields(GuestDevices::validateDisk(newDisk, context)),
              QStringList{QStringLiteral("source")});
    EXPECT_TRUE(GuestDevices::validateDisk(newDisk, context, {}, true).isEmpty());

    const QDomElement nic =
        element(QStringLiteral("<interface type='network'><mac address='52:54:00:00:00:09'/>"
                               "<source network='elsewhere'/><model type='vir tio'/></interface>"),
                &n);
    EXPECT_EQ(
        fields(GuestDevices::validateInterface(nic, context)),
        (QStringList{QStringLiteral("mac"), QStringLiteral("network"), QStringLiteral("model")}));
    const QDomElement fine =
        element(QStringLiteral("<interface type='network'><mac address='52:54:00:00:00:10'/>"
                               "<source network='default'/><model type='virtio'/></interface>"),
                &m);
    EXPECT_TRUE(GuestDevices::validateInterface(fine, context).isEmpty());
}

// ----- on libvirt's test driver -----

namespace {

class GuestDevicesDriverTest : public ::testing::Test {
protected:
    void SetUp() override {
        conn.reset(virConnectOpen("test:///default"));
        ASSERT_TRUE(conn);
        const char *xml =
            "<domain type='test'><name>devices-unit</name><memory unit='MiB'>256</memory>"
            "<os><type arch='x86_64'>hvm</type></os>"
            "<metadata><app:note xmlns:app='urn:other-app'>kept</app:note></metadata>"
            "<devices>"
            "<disk type='file' device='disk'><source file='/guest/unit.img'/>"
            "<target dev='vda' bus='virtio'/></disk>"
            "<disk type='file' device='cdrom'><target dev='hdc' bus='ide'/><readonly/></disk>"
            "<interface type='network'><mac address='52:54:00:3a:00:01'/>"
            "<source network='default'/></interface>"
            "<memballoon model='virtio'/></devices></domain>";
        dom.reset(virDomainDefineXML(conn.get(), xml));
        ASSERT_TRUE(dom);
        char buffer[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(dom.get(), buffer);
        uuid = QString::fromLatin1(buffer);
    }
    void TearDown() override {
        if (dom) {
            virDomainDestroy(dom.get());
            virDomainUndefine(dom.get());
        }
        virResetLastError();
    }
    QString inactiveXml() {
        CString xml(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE));
        return xml ? QString::fromUtf8(xml.get()) : QString();
    }
    ConnectHandle conn;
    DomainHandle dom;
    QString uuid;
};

} // namespace

TEST_F(GuestDevicesDriverTest, ContextAndListOfTheTestDriver) {
    const DeviceEditorContext context = DeviceEditorContext::read(conn.get(), uuid);
    EXPECT_EQ(context.domainType, QStringLiteral("test"));
    EXPECT_EQ(context.guestName, QStringLiteral("devices-unit"));
    EXPECT_TRUE(context.localHost);
    EXPECT_FALSE(context.running);
    EXPECT_TRUE(context.networks.contains(QStringLiteral("default")));
    ASSERT_FALSE(context.pools.isEmpty());
    EXPECT_EQ(context.pools.first().path, QStringLiteral("/default-pool"));
    // Every guest's MACs: this one's and the built-in "test" guest's.
    EXPECT_TRUE(context.usedMacs.contains(QStringLiteral("52:54:00:3a:00:01")));
    EXPECT_TRUE(context.usedMacs.contains(QStringLiteral("aa:bb:cc:dd:ee:ff")));
    EXPECT_EQ(context.usedDiskTargets, (QStringList{QStringLiteral("vda"), QStringLiteral("hdc")}));

    const GuestDevices d = GuestDevices::read(conn.get(), uuid);
    ASSERT_TRUE(d.error.isNull()) << d.error.summary().toStdString();
    EXPECT_EQ(
        labels(d, QStringLiteral("disk")),
        (QStringList{QStringLiteral("Disk vda (virtio)"), QStringLiteral("CD-ROM hdc (empty)")}));
    QStringList all;
    for (const GuestDevice &device : d.devices)
        all << device.label;
    // The driver adds the IDE controller the CD-ROM needs.
    EXPECT_EQ(all,
              (QStringList{QStringLiteral("Disk vda (virtio)"),
                           QStringLiteral("CD-ROM hdc (empty)"), QStringLiteral("Controller ide 0"),
                           QStringLiteral("NIC 52:54:00:3a:00:01 (network default)"),
                           QStringLiteral("Memory balloon (virtio)")}))
        << all.join(QLatin1Char('|')).toStdString();
}

TEST_F(GuestDevicesDriverTest, ShutOffChangesEditOnlyTheirDevice) {
    GuestDevices before = GuestDevices::read(conn.get(), uuid);
    const GuestDevice *disk = find(before, QStringLiteral("disk"));
    ASSERT_TRUE(disk);
    QString changed = disk->xml;
    changed.replace(QStringLiteral("<source"), QStringLiteral("<driver cache='none'/><source"));
    const GuestDevices::Outcome o =
        GuestDevices::update(conn.get(), uuid, QStringLiteral("disk"), 0, disk->xml, changed);
    ASSERT_TRUE(o.ok()) << o.error.summary().toStdString();
    EXPECT_TRUE(o.saved);
    EXPECT_FALSE(o.live);
    EXPECT_FALSE(o.pending);
    const QString xml = inactiveXml();
    EXPECT_TRUE(xml.contains(QLatin1String("cache='none'"))) << xml.toStdString();
    EXPECT_TRUE(xml.contains(QLatin1String("urn:other-app"))) << "other metadata kept";
    EXPECT_TRUE(xml.contains(QLatin1String("memballoon")));

    // Based on what the page showed before: refused, nothing changes.
    const QString now = inactiveXml();
    const GuestDevices::Outcome stale =
        GuestDevices::update(conn.get(), uuid, QStringLiteral("disk"), 0, disk->xml, changed);
    EXPECT_FALSE(stale.ok());
    EXPECT_FALSE(stale.saved);
    EXPECT_EQ(inactiveXml(), now);

    // A duplicate MAC is refused and changes nothing.
    before = GuestDevices::read(conn.get(), uuid);
    const GuestDevice *nic = find(before, QStringLiteral("interface"));
    QString taken = nic->xml;
    taken.replace(QStringLiteral("52:54:00:3a:00:01"), QStringLiteral("aa:bb:cc:dd:ee:ff"));
    const GuestDevices::Outcome dup =
        GuestDevices::update(conn.get(), uuid, QStringLiteral("interface"), 0, nic->xml, taken);
    ASSERT_EQ(dup.problems.size(), 1);
    EXPECT_EQ(dup.problems.first().field, QStringLiteral("mac"));
    EXPECT_EQ(inactiveXml(), now);

    // Media in and out of the CD-ROM; the cable of the NIC.
    const GuestDevices::Outcome missing =
        GuestDevices::changeMedia(conn.get(), uuid, 1, QStringLiteral("/nowhere/x.iso"));
    ASSERT_EQ(missing.problems.size(), 1);
    EXPECT_EQ(inactiveXml(), now);
    QTemporaryFile iso(QDir::tempPath() + QStringLiteral("/vd-media-XXXXXX.iso"));
    ASSERT_TRUE(iso.open());
    const GuestDevices::Outcome inserted =
        GuestDevices::changeMedia(conn.get(), uuid, 1, iso.fileName());
    ASSERT_TRUE(inserted.ok()) << inserted.error.summary().toStdString();
    EXPECT_TRUE(inactiveXml().contains(iso.fileName()));
    EXPECT_EQ(find(*inserted.after, QStringLiteral("disk"), 1)->source, iso.fileName());
    ASSERT_TRUE(GuestDevices::changeMedia(conn.get(), uuid, 1, {}).ok());
    EXPECT_FALSE(inactiveXml().contains(iso.fileName()));
    EXPECT_TRUE(inactiveXml().contains(QLatin1String("memballoon")));
    const GuestDevices::Outcome down = GuestDevices::setLinkState(conn.get(), uuid, 0, false);
    ASSERT_TRUE(down.ok()) << down.error.summary().toStdString();
    EXPECT_TRUE(inactiveXml().contains(QLatin1String("<link state='down'/>")));
    ASSERT_TRUE(down.after);
    EXPECT_EQ(find(*down.after, QStringLiteral("interface"))->linkState, QStringLiteral("down"));
}

TEST_F(GuestDevicesDriverTest, AddAndRemoveKeepTheRest) {
    const QString nicXml =
        QStringLiteral("<interface type='network'><mac address='52:54:00:3a:00:02'/>"
                       "<source network='default'/><model type='virtio'/>"
                       "</interface>");
    const GuestDevices::Outcome added = GuestDevices::add(conn.get(), uuid, nicXml);
    ASSERT_TRUE(added.ok()) << added.error.summary().toStdString();
    ASSERT_TRUE(added.after);
    EXPECT_EQ(labels(*added.after, QStringLiteral("interface")).size(), 2);
    EXPECT_TRUE(inactiveXml().contains(QLatin1String("52:54:00:3a:00:02")));

    // The same MAC again is refused.
    const GuestDevices::Outcome again = GuestDevices::add(conn.get(), uuid, nicXml);
    ASSERT_EQ(again.problems.size(), 1);
    EXPECT_EQ(again.problems.first().field, QStringLiteral("mac"));

    // A new disk with a new volume in the pool.
    const QString diskXml = QStringLiteral("<disk type='file' device='disk'><driver type='qcow2'/>"
                                           "<target dev='vdb' bus='virtio'/></disk>");
    GuestDevices::NewVolume volume{QStringLiteral("default-pool"),
                                   QStringLiteral("devices-unit-vdb.qcow2"), 1024ull * 1024 * 1024};
    const GuestDevices::Outcome withDisk = GuestDevices::add(conn.get(), uuid, diskXml, volume);
    ASSERT_TRUE(withDisk.ok()) << withDisk.error.summary().toStdString();
    EXPECT_TRUE(inactiveXml().contains(QLatin1String("/default-pool/devices-unit-vdb.qcow2")))
        << inactiveXml().toStdString();
    const GuestDevice *vdb = nullptr;
    for (const GuestDevice &d : withDisk.after->devices)
        if (d.target == QLatin1String("vdb"))
            vdb = &d;
    ASSERT_TRUE(vdb);
    EXPECT_EQ(vdb->source, QStringLiteral("/default-pool/devices-unit-vdb.qcow2"));

    // Removing it keeps the image in the pool.
    const GuestDevices::Outcome removed =
        GuestDevices::remove(conn.get(), uuid, QStringLiteral("disk"), vdb->index, vdb->xml);
    ASSERT_TRUE(removed.ok()) << removed.error.summary().toStdString();
    EXPECT_FALSE(inactiveXml().contains(QLatin1String("devices-unit-vdb.qcow2")));
    EXPECT_TRUE(inactiveXml().contains(QLatin1String("hdc"))) << "only that disk went";
    StoragePoolHandle pool(virStoragePoolLookupByName(conn.get(), "default-pool"));
    StorageVolHandle kept(virStorageVolLookupByName(pool.get(), "devices-unit-vdb.qcow2"));
    EXPECT_TRUE(kept) << "nothing is deleted from storage";
    if (kept)
        virStorageVolDelete(kept.get(), 0);
}

TEST_F(GuestDevicesDriverTest, RunningGuestWhereTheDriverCannotChangeDevicesLiveGetsThemPending) {
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    const GuestDevices before = GuestDevices::read(conn.get(), uuid);
    ASSERT_TRUE(before.running);
    EXPECT_TRUE(before.pendingSummary().isEmpty())
        << before.pendingSummary().join(QLatin1Char('\n')).toStdString();
    const GuestDevice *nic = find(before, QStringLiteral("interface"));
    ASSERT_TRUE(nic && nic->live);

    // The test driver has no virDomainUpdateDeviceFlags: the change is saved and pending.
    QString changed = nic->xml;
    changed.replace(QStringLiteral("</interface>"),
                    QStringLiteral("<model type='e1000'/></interface>"));
    const GuestDevices::Outcome o =
        GuestDevices::update(conn.get(), uuid, QStringLiteral("interface"), 0, nic->xml, changed);
    ASSERT_TRUE(o.ok()) << o.error.summary().toStdString();
    EXPECT_TRUE(o.saved);
    EXPECT_FALSE(o.live);
    EXPECT_TRUE(o.pending);
    EXPECT_FALSE(o.pendingReason.isEmpty());
    ASSERT_TRUE(o.after);
    EXPECT_TRUE(find(*o.after, QStringLiteral("interface"))->isPending());
    EXPECT_EQ(o.after->pendingSummary().size(), 1);

    // After a restart the running guest has it.
    virDomainDestroy(dom.get());
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    EXPECT_TRUE(GuestDevices::read(conn.get(), uuid).pendingSummary().isEmpty());
}
