// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestcloner.h"

#include "libvirthandles.h"
#include "rollback.h"

#include <QDomDocument>
#include <QRegularExpression>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

namespace {

const char kSourceXml[] = R"(<domain type='kvm' id='7'>
  <name>tmpl</name>
  <uuid>4a1b7c6e-0d7e-4b59-9d3c-2f0c1d8a9e01</uuid>
  <genid>8c1e5f0a-61b7-4b8a-8a0c-6a3c5f6f1e22</genid>
  <metadata><app:tags xmlns:app='urn:example'>web</app:tags></metadata>
  <memory unit='KiB'>1048576</memory>
  <vcpu placement='static'>2</vcpu>
  <sysinfo type='smbios'>
    <system>
      <entry name='manufacturer'>Example</entry>
      <entry name='uuid'>4a1b7c6e-0d7e-4b59-9d3c-2f0c1d8a9e01</entry>
    </system>
  </sysinfo>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
    <loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>
    <nvram template='/usr/share/OVMF/OVMF_VARS_4M.fd'>/var/lib/libvirt/qemu/nvram/tmpl_VARS.fd</nvram>
  </os>
  <features><acpi/><apic/></features>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='raw' cache='none'/>
      <source file='/pool/tmpl.img' startupPolicy='optional' index='1'/>
      <backingStore/>
      <target dev='vda' bus='virtio'/>
      <boot order='1'/>
    </disk>
    <disk type='volume' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source pool='data' volume='tmpl-data.qcow2'/>
      <target dev='vdb' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file='/isos/debian.iso'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <disk type='file' device='disk'>
      <source file='/shared/cluster.img'/>
      <target dev='vdc' bus='virtio'/>
      <shareable/>
    </disk>
    <interface type='network'>
      <mac address='52:54:00:11:22:33'/>
      <source network='default'/>
      <target dev='vnet4'/>
      <model type='virtio'/>
    </interface>
    <interface type='bridge'>
      <mac address='52:54:00:44:55:66'/>
      <source bridge='br0'/>
    </interface>
    <channel type='unix'>
      <source mode='bind' path='/var/lib/libvirt/qemu/channel/tmpl.agent'/>
      <target type='virtio' name='org.qemu.guest_agent.0'/>
    </channel>
    <graphics type='vnc' port='5907' autoport='no' websocket='5707' listen='127.0.0.1'>
      <listen type='address' address='127.0.0.1'/>
    </graphics>
    <graphics type='spice' autoport='yes'/>
  </devices>
</domain>)";

QDomDocument parse(const QString &xml) {
    QDomDocument doc;
    EXPECT_TRUE(doc.setContent(xml)) << xml.toStdString();
    return doc;
}

QDomElement diskByTarget(const QDomDocument &doc, const QString &target) {
    const QDomNodeList disks = doc.elementsByTagName(QStringLiteral("disk"));
    for (int i = 0; i < disks.size(); ++i) {
        const QDomElement disk = disks.at(i).toElement();
        if (disk.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev")) ==
            target)
            return disk;
    }
    return {};
}

QStringList macs(const QString &xml) {
    QStringList list;
    const QDomNodeList nodes = parse(xml).elementsByTagName(QStringLiteral("mac"));
    for (int i = 0; i < nodes.size(); ++i)
        list << nodes.at(i).toElement().attribute(QStringLiteral("address"));
    return list;
}

} // namespace

TEST(GuestClonerXml, NewIdentityAndEverythingElseKept) {
    const QString xml =
        GuestCloner::cloneXml(QString::fromUtf8(kSourceXml), QStringLiteral("web-01"),
                              {{QStringLiteral("vda"), QStringLiteral("/pool/web-01.qcow2")},
                               {QStringLiteral("vdb"), QStringLiteral("/data/web-01-vdb.qcow2")}},
                              {{QStringLiteral("vda"), QStringLiteral("qcow2")}});
    ASSERT_FALSE(xml.isEmpty());
    const QDomDocument doc = parse(xml);
    const QDomElement root = doc.documentElement();
    EXPECT_FALSE(root.hasAttribute(QStringLiteral("id")));
    EXPECT_EQ(root.firstChildElement(QStringLiteral("name")).text(), QStringLiteral("web-01"));
    EXPECT_TRUE(root.firstChildElement(QStringLiteral("uuid")).isNull());
    EXPECT_FALSE(xml.contains(QStringLiteral("4a1b7c6e-0d7e-4b59-9d3c-2f0c1d8a9e01")));
    EXPECT_FALSE(root.firstChildElement(QStringLiteral("genid")).isNull());
    EXPECT_TRUE(root.firstChildElement(QStringLiteral("genid")).text().isEmpty());
    EXPECT_TRUE(xml.contains(QStringLiteral("<entry name=\"manufacturer\">Example</entry>")));
    EXPECT_TRUE(macs(xml).isEmpty());
    EXPECT_EQ(doc.elementsByTagName(QStringLiteral("interface")).size(), 2);
    EXPECT_TRUE(xml.contains(QStringLiteral("<source bridge=\"br0\"/>")));
    EXPECT_FALSE(xml.contains(QStringLiteral("vnet4")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<model type=\"virtio\"/>")));

    // What the clone does not own stays byte-for-byte in meaning.
    EXPECT_TRUE(xml.contains(QStringLiteral("<memory unit=\"KiB\">1048576</memory>")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<app:tags xmlns:app=\"urn:example\">web</app:tags>")));
    EXPECT_TRUE(xml.contains(QStringLiteral("/usr/share/OVMF/OVMF_CODE_4M.fd")));
    EXPECT_FALSE(doc.elementsByTagName(QStringLiteral("apic")).isEmpty());
    EXPECT_EQ(doc.elementsByTagName(QStringLiteral("disk")).size(), 4);
}

TEST(GuestClonerXml, DisksPointAtTheirCopiesOthersStay) {
    const QString xml =
        GuestCloner::cloneXml(QString::fromUtf8(kSourceXml), QStringLiteral("web-01"),
                              {{QStringLiteral("vda"), QStringLiteral("/pool/web-01.qcow2")},
                               {QStringLiteral("vdb"), QStringLiteral("/data/web-01-vdb.qcow2")}},
                              {{QStringLiteral("vda"), QStringLiteral("qcow2")}});
    const QDomDocument doc = parse(xml);
    const QDomElement vda = diskByTarget(doc, QStringLiteral("vda"));
    const QDomElement vdaSource = vda.firstChildElement(QStringLiteral("source"));
    EXPECT_EQ(vda.attribute(QStringLiteral("type")), QStringLiteral("file"));
    EXPECT_EQ(vdaSource.attribute(QStringLiteral("file")), QStringLiteral("/pool/web-01.qcow2"));
    EXPECT_EQ(vdaSource.attribute(QStringLiteral("startupPolicy")), QStringLiteral("optional"));
    EXPECT_FALSE(vdaSource.hasAttribute(QStringLiteral("index")));
    EXPECT_TRUE(vda.firstChildElement(QStringLiteral("backingStore")).isNull());
    const QDomElement driver = vda.firstChildElement(QStringLiteral("driver"));
    EXPECT_EQ(driver.attribute(QStringLiteral("type")), QStringLiteral("qcow2"));
    EXPECT_EQ(driver.attribute(QStringLiteral("cache")), QStringLiteral("none"));
    EXPECT_EQ(vda.firstChildElement(QStringLiteral("boot")).attribute(QStringLiteral("order")),
              QStringLiteral("1"));

    // A pool/volume disk becomes a file disk at the copy, its format unchanged.
    const QDomElement vdb = diskByTarget(doc, QStringLiteral("vdb"));
    const QDomElement vdbSource = vdb.firstChildElement(QStringLiteral("source"));
    EXPECT_EQ(vdb.attribute(QStringLiteral("type")), QStringLiteral("file"));
    EXPECT_EQ(vdbSource.attribute(QStringLiteral("file")),
              QStringLiteral("/data/web-01-vdb.qcow2"));
    EXPECT_FALSE(vdbSource.hasAttribute(QStringLiteral("pool")));
    EXPECT_FALSE(vdbSource.hasAttribute(QStringLiteral("volume")));
    EXPECT_EQ(vdb.firstChildElement(QStringLiteral("driver")).attribute(QStringLiteral("type")),
              QStringLiteral("qcow2"));

    EXPECT_EQ(diskByTarget(doc, QStringLiteral("sda"))
                  .firstChildElement(QStringLiteral("source"))
                  .attribute(QStringLiteral("file")),
              QStringLiteral("/isos/debian.iso"));
    EXPECT_EQ(diskByTarget(doc, QStringLiteral("vdc"))
                  .firstChildElement(QStringLiteral("source"))
                  .attribute(QStringLiteral("file")),
              QStringLiteral("/shared/cluster.img"));
}

TEST(GuestClonerXml, BlockDeviceCopiesBecomeBlockDisks) {
    const QString xml =
        GuestCloner::cloneXml(QString::fromUtf8(kSourceXml), QStringLiteral("db"),
                              {{QStringLiteral("vda"), QStringLiteral("/dev/vg0/db")}});
    const QDomElement vda = diskByTarget(parse(xml), QStringLiteral("vda"));
    EXPECT_EQ(vda.attribute(QStringLiteral("type")), QStringLiteral("block"));
    const QDomElement source = vda.firstChildElement(QStringLiteral("source"));
    EXPECT_EQ(source.attribute(QStringLiteral("dev")), QStringLiteral("/dev/vg0/db"));
    EXPECT_FALSE(source.hasAttribute(QStringLiteral("file")));
    EXPECT_EQ(vda.firstChildElement(QStringLiteral("driver")).attribute(QStringLiteral("type")),
              QStringLiteral("raw"));
}

TEST(GuestClonerXml, FreshNvramPortsAndSockets) {
    const QString xml =
        GuestCloner::cloneXml(QString::fromUtf8(kSourceXml), QStringLiteral("web-01"), {});
    const QDomDocument doc = parse(xml);
    const QDomElement nvram = doc.elementsByTagName(QStringLiteral("nvram")).at(0).toElement();
    ASSERT_FALSE(nvram.isNull());
    EXPECT_TRUE(nvram.text().isEmpty());
    EXPECT_EQ(nvram.attribute(QStringLiteral("template")),
              QStringLiteral("/usr/share/OVMF/OVMF_VARS_4M.fd"));
    EXPECT_FALSE(xml.contains(QStringLiteral("tmpl_VARS.fd")));

    const QDomElement vnc = doc.elementsByTagName(QStringLiteral("graphics")).at(0).toElement();
    EXPECT_FALSE(vnc.hasAttribute(QStringLiteral("port")));
    EXPECT_EQ(vnc.attribute(QStringLiteral("autoport")), QStringLiteral("yes"));
    EXPECT_EQ(vnc.attribute(QStringLiteral("websocket")), QStringLiteral("-1"));
    EXPECT_EQ(vnc.attribute(QStringLiteral("listen")), QStringLiteral("127.0.0.1"));
    EXPECT_FALSE(vnc.firstChildElement(QStringLiteral("listen")).isNull());

    const QDomElement channel = doc.elementsByTagName(QStringLiteral("channel")).at(0).toElement();
    EXPECT_FALSE(
        channel.firstChildElement(QStringLiteral("source")).hasAttribute(QStringLiteral("path")));
    EXPECT_EQ(channel.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("name")),
              QStringLiteral("org.qemu.guest_agent.0"));

    // An NVRAM path without a template: the element goes, libvirt picks the template.
    const QString bare = GuestCloner::cloneXml(
        QStringLiteral("<domain type='kvm'><name>a</name><os><type>hvm</type>"
                       "<loader readonly='yes' type='pflash'>/x/CODE.fd</loader>"
                       "<nvram>/var/lib/libvirt/qemu/nvram/a_VARS.fd</nvram></os></domain>"),
        QStringLiteral("b"), {});
    EXPECT_FALSE(bare.contains(QStringLiteral("nvram"))) << bare.toStdString();
    EXPECT_TRUE(bare.contains(QStringLiteral("/x/CODE.fd")));
}

TEST(GuestClonerXml, NotXmlGivesNothing) {
    EXPECT_TRUE(
        GuestCloner::cloneXml(QStringLiteral("<domain"), QStringLiteral("x"), {}).isEmpty());
    EXPECT_TRUE(
        GuestCloner::cloneXml(QStringLiteral("<network/>"), QStringLiteral("x"), {}).isEmpty());
}

TEST(GuestClonerXml, RandomMacsAreQemuLocalAndVary) {
    static const QRegularExpression form(QStringLiteral("^52:54:00(:[0-9a-f]{2}){3}$"));
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString mac = GuestCloner::randomMac();
        EXPECT_TRUE(form.match(mac).hasMatch()) << mac.toStdString();
        seen.insert(mac);
    }
    EXPECT_GT(seen.size(), 45);
}

// Against libvirt's test driver: a shut-off guest with a disk volume in "default-pool".
class GuestClonerDriver : public ::testing::Test {
protected:
    void SetUp() override {
        conn.reset(virConnectOpen("test:///default"));
        ASSERT_TRUE(conn);
        pool.reset(virStoragePoolLookupByName(conn.get(), "default-pool"));
        ASSERT_TRUE(pool);
        const QString tag =
            QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name())
                .left(20)
                .toLower();
        sourceName = QStringLiteral("vdt-src-") + tag;
        sourceVolume = makeVolume(sourceName + QStringLiteral(".qcow2"), QStringLiteral("qcow2"));
        ASSERT_TRUE(sourceVolume);
        ASSERT_TRUE(define(
            sourceXml(QStringLiteral("/default-pool/") + sourceName + QStringLiteral(".qcow2"))));
        volumesBefore = volumeNames();
    }
    void TearDown() override {
        for (const QString &name : cleanupNames) {
            DomainHandle d(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
            if (d) {
                if (virDomainIsActive(d.get()) == 1)
                    virDomainDestroy(d.get());
                virDomainUndefine(d.get());
            }
        }
        if (source) {
            if (virDomainIsActive(source.get()) == 1)
                virDomainDestroy(source.get());
            virDomainUndefine(source.get());
        }
        for (const QString &name : volumeNames())
            if (name.startsWith(QLatin1String("vdt-"))) {
                StorageVolHandle v(
                    virStorageVolLookupByName(pool.get(), name.toUtf8().constData()));
                if (v)
                    virStorageVolDelete(v.get(), 0);
            }
        virResetLastError();
    }

    QString sourceXml(const QString &diskPath, const QString &extraDisks = {}) const {
        return QStringLiteral("<domain type='test'><name>%1</name><memory unit='MiB'>64</memory>"
                              "<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os><devices>"
                              "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                              "<source file='%2'/><target dev='vda' bus='virtio'/></disk>"
                              "<disk type='file' device='cdrom'><source file='/isos/install.iso'/>"
                              "<target dev='hdc' bus='ide'/><readonly/></disk>%3"
                              "<interface type='network'><mac address='52:54:00:aa:bb:01'/>"
                              "<source network='default'/></interface>"
                              "<graphics type='vnc' port='5931' autoport='no'/>"
                              "</devices></domain>")
            .arg(sourceName, diskPath, extraDisks);
    }

    bool define(const QString &xml) {
        source.reset(virDomainDefineXML(conn.get(), xml.toUtf8().constData()));
        if (!source)
            return false;
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(source.get(), uuid);
        sourceUuid = QString::fromLatin1(uuid);
        return true;
    }

    StorageVolHandle makeVolume(const QString &name, const QString &format) {
        const QString xml = QStringLiteral("<volume><name>%1</name><capacity unit='MiB'>64"
                                           "</capacity><allocation unit='MiB'>3</allocation>"
                                           "<target><format type='%2'/></target></volume>")
                                .arg(name, format);
        return StorageVolHandle(virStorageVolCreateXML(pool.get(), xml.toUtf8().constData(), 0));
    }

    QStringList volumeNames() const {
        QStringList names;
        virStorageVolPtr *vols = nullptr;
        const int n = virStoragePoolListAllVolumes(pool.get(), &vols, 0);
        for (int i = 0; i < n; ++i) {
            names << QString::fromUtf8(virStorageVolGetName(vols[i]));
            virStorageVolFree(vols[i]);
        }
        std::free(vols);
        names.sort();
        return names;
    }

    QString domainXml(const QString &name) const {
        DomainHandle d(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
        if (!d)
            return {};
        CString xml(virDomainGetXMLDesc(d.get(), 0));
        return QString::fromUtf8(xml.get());
    }

    QString volumeXml(const QString &name) const {
        StorageVolHandle v(virStorageVolLookupByName(pool.get(), name.toUtf8().constData()));
        if (!v)
            return {};
        CString xml(virStorageVolGetXMLDesc(v.get(), 0));
        return QString::fromUtf8(xml.get());
    }

    CloneRequest request(const QString &newName, bool linked) {
        cleanupNames << newName;
        CloneRequest r;
        r.sourceUuid = sourceUuid;
        r.newName = newName;
        r.linked = linked;
        return r;
    }

    ConnectHandle conn;
    StoragePoolHandle pool;
    DomainHandle source;
    StorageVolHandle sourceVolume;
    QString sourceName;
    QString sourceUuid;
    QStringList volumesBefore;
    QStringList cleanupNames;
};

TEST_F(GuestClonerDriver, FullCloneCopiesTheDiskUnderANewIdentity) {
    JobControl control;
    const JobResult r =
        GuestCloner::clone(conn.get(), request(QStringLiteral("vdt-full"), false), control);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString();
    ASSERT_EQ(r.items.size(), 1);
    EXPECT_TRUE(r.items[0].ok);
    EXPECT_EQ(r.items[0].name, QStringLiteral("vdt-full"));
    EXPECT_FALSE(r.items[0].uuid.isEmpty());
    EXPECT_NE(r.items[0].uuid, sourceUuid);

    const QString xml = domainXml(QStringLiteral("vdt-full"));
    ASSERT_FALSE(xml.isEmpty());
    const QDomDocument doc = parse(xml);
    EXPECT_EQ(doc.documentElement().firstChildElement(QStringLiteral("uuid")).text(),
              r.items[0].uuid);
    const QStringList mac = macs(xml);
    ASSERT_EQ(mac.size(), 1);
    EXPECT_NE(mac[0], QStringLiteral("52:54:00:aa:bb:01"));
    EXPECT_EQ(diskByTarget(doc, QStringLiteral("vda"))
                  .firstChildElement(QStringLiteral("source"))
                  .attribute(QStringLiteral("file")),
              QStringLiteral("/default-pool/vdt-full.qcow2"));
    EXPECT_EQ(diskByTarget(doc, QStringLiteral("hdc"))
                  .firstChildElement(QStringLiteral("source"))
                  .attribute(QStringLiteral("file")),
              QStringLiteral("/isos/install.iso"));
    EXPECT_NE(doc.elementsByTagName(QStringLiteral("graphics"))
                  .at(0)
                  .toElement()
                  .attribute(QStringLiteral("port")),
              QStringLiteral("5931"));

    // A full copy: the new volume exists, with no backing file, and the source's is intact.
    const QString vol = volumeXml(QStringLiteral("vdt-full.qcow2"));
    ASSERT_FALSE(vol.isEmpty());
    EXPECT_FALSE(vol.contains(QStringLiteral("<backingStore>")));
    EXPECT_TRUE(vol.contains(QStringLiteral("<format type='qcow2'/>")));
    EXPECT_FALSE(volumeXml(sourceName + QStringLiteral(".qcow2")).isEmpty());
    EXPECT_FALSE(domainXml(sourceName).isEmpty());

    EXPECT_DOUBLE_EQ(control.fraction(), 1.0);
    EXPECT_TRUE(
        control.logLines().join(QLatin1Char('\n')).contains(QStringLiteral("Copied disk vda")))
        << control.logLines().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("same media in hdc")));
}

TEST_F(GuestClonerDriver, LinkedCloneIsAQcow2OverlayOnTheSourceDisk) {
    JobControl control;
    const JobResult r =
        GuestCloner::clone(conn.get(), request(QStringLiteral("vdt-linked"), true), control);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString();
    const QString vol = volumeXml(QStringLiteral("vdt-linked.qcow2"));
    ASSERT_FALSE(vol.isEmpty());
    const QDomDocument doc = parse(vol);
    const QDomElement backing =
        doc.documentElement().firstChildElement(QStringLiteral("backingStore"));
    ASSERT_FALSE(backing.isNull()) << vol.toStdString();
    EXPECT_EQ(backing.firstChildElement(QStringLiteral("path")).text(),
              QStringLiteral("/default-pool/") + sourceName + QStringLiteral(".qcow2"));
    EXPECT_EQ(backing.firstChildElement(QStringLiteral("format")).attribute(QStringLiteral("type")),
              QStringLiteral("qcow2"));
    EXPECT_EQ(doc.documentElement()
                  .firstChildElement(QStringLiteral("target"))
                  .firstChildElement(QStringLiteral("format"))
                  .attribute(QStringLiteral("type")),
              QStringLiteral("qcow2"));
    const QString xml = domainXml(QStringLiteral("vdt-linked"));
    EXPECT_TRUE(xml.contains(QStringLiteral("/default-pool/vdt-linked.qcow2")));
    EXPECT_TRUE(r.notes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("keep ") + sourceName + QStringLiteral(" shut off")));
}

TEST_F(GuestClonerDriver, ExistingVolumeNamesAreNeverReused) {
    StorageVolHandle squatter =
        makeVolume(QStringLiteral("vdt-taken.qcow2"), QStringLiteral("qcow2"));
    ASSERT_TRUE(squatter);
    const QString squatterXml = volumeXml(QStringLiteral("vdt-taken.qcow2"));
    JobControl control;
    const JobResult r =
        GuestCloner::clone(conn.get(), request(QStringLiteral("vdt-taken"), true), control);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString();
    EXPECT_TRUE(domainXml(QStringLiteral("vdt-taken"))
                    .contains(QStringLiteral("/default-pool/vdt-taken-2.qcow2")));
    EXPECT_EQ(volumeXml(QStringLiteral("vdt-taken.qcow2")), squatterXml);
}

TEST_F(GuestClonerDriver, RunningSourceIsRefusedWithAReason) {
    ASSERT_EQ(virDomainCreate(source.get()), 0);
    for (bool linked : {false, true}) {
        const CloneRequest req = request(QStringLiteral("vdt-nope"), linked);
        const QString why = GuestCloner::whyNotCloneable(conn.get(), req);
        EXPECT_TRUE(why.contains(QStringLiteral("is running"))) << why.toStdString();
        JobControl control;
        const JobResult r = GuestCloner::clone(conn.get(), req, control);
        EXPECT_FALSE(r.ok);
        EXPECT_EQ(r.error.kind(), UserError::Kind::AlreadyRunning);
        EXPECT_TRUE(r.error.title().contains(QStringLiteral("Shut down")));
        ASSERT_EQ(r.items.size(), 1);
        EXPECT_FALSE(r.items[0].ok);
        EXPECT_TRUE(domainXml(QStringLiteral("vdt-nope")).isEmpty());
        EXPECT_EQ(volumeNames(), volumesBefore);
    }
    ASSERT_EQ(virDomainSuspend(source.get()), 0);
    EXPECT_TRUE(GuestCloner::whyNotCloneable(conn.get(), request(QStringLiteral("vdt-nope"), true))
                    .contains(QStringLiteral("is paused")));
}

TEST_F(GuestClonerDriver, TakenOrBadNameIsRefused) {
    JobControl control;
    JobResult r = GuestCloner::clone(conn.get(), request(sourceName, false), control);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error.kind(), UserError::Kind::NameTaken);
    r = GuestCloner::clone(conn.get(), request(QStringLiteral("-bad name"), false), control);
    EXPECT_EQ(r.error.kind(), UserError::Kind::InvalidInput);
    EXPECT_EQ(volumeNames(), volumesBefore);
    // Only the source is checked when no name is given yet.
    CloneRequest templateOnly = request(QString(), true);
    EXPECT_TRUE(GuestCloner::check(conn.get(), templateOnly).isNull());
}

TEST_F(GuestClonerDriver, WritableDiskOutsideAPoolIsRefusedReadOnlyOneIsShared) {
    virDomainUndefine(source.get());
    const QString ownDisk =
        QStringLiteral("/default-pool/") + sourceName + QStringLiteral(".qcow2");
    ASSERT_TRUE(
        define(sourceXml(ownDisk, QStringLiteral("<disk type='file' device='disk'>"
                                                 "<source file='/elsewhere/data.img'/>"
                                                 "<target dev='vdb' bus='virtio'/></disk>"))));
    JobControl control;
    JobResult r =
        GuestCloner::clone(conn.get(), request(QStringLiteral("vdt-outside"), false), control);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error.kind(), UserError::Kind::NotSupported);
    EXPECT_TRUE(r.error.explanation().contains(
        QStringLiteral("vdb (/elsewhere/data.img) is not in a storage pool")))
        << r.error.explanation().toStdString();
    EXPECT_FALSE(r.error.hint().isEmpty());
    EXPECT_EQ(volumeNames(), volumesBefore);

    virDomainUndefine(source.get());
    ASSERT_TRUE(define(sourceXml(ownDisk, QStringLiteral("<disk type='file' device='disk'>"
                                                         "<source file='/elsewhere/data.img'/>"
                                                         "<target dev='vdb' bus='virtio'/>"
                                                         "<readonly/></disk>"))));
    r = GuestCloner::clone(conn.get(), request(QStringLiteral("vdt-shared"), false), control);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString();
    EXPECT_TRUE(
        domainXml(QStringLiteral("vdt-shared")).contains(QStringLiteral("/elsewhere/data.img")));
    EXPECT_TRUE(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("vdb is read-only")));
}

TEST_F(GuestClonerDriver, SecondDiskIsCopiedUnderItsTargetName) {
    StorageVolHandle data =
        makeVolume(sourceName + QStringLiteral("-data.img"), QStringLiteral("raw"));
    ASSERT_TRUE(data);
    virDomainUndefine(source.get());
    ASSERT_TRUE(
        define(sourceXml(QStringLiteral("/default-pool/") + sourceName + QStringLiteral(".qcow2"),
                         QStringLiteral("<disk type='volume' device='disk'>"
                                        "<driver name='qemu' type='raw'/>"
                                        "<source pool='default-pool' volume='%1-data.img'/>"
                                        "<target dev='vdb' bus='virtio'/></disk>")
                             .arg(sourceName))));
    JobControl control;
    const JobResult r =
        GuestCloner::clone(conn.get(), request(QStringLiteral("vdt-two"), false), control);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString();
    const QDomDocument doc = parse(domainXml(QStringLiteral("vdt-two")));
    EXPECT_EQ(diskByTarget(doc, QStringLiteral("vdb"))
                  .firstChildElement(QStringLiteral("source"))
                  .attribute(QStringLiteral("file")),
              QStringLiteral("/default-pool/vdt-two-vdb.img"));
    EXPECT_TRUE(volumeXml(QStringLiteral("vdt-two-vdb.img"))
                    .contains(QStringLiteral("<format type='raw'/>")));
}

TEST_F(GuestClonerDriver, CancelledCloneLeavesNothing) {
    for (bool linked : {false, true}) {
        JobControl control;
        CloneRequest req = request(QStringLiteral("vdt-cancel"), linked);
        bool disksExisted = false;
        // Cancel at the last moment: the disks exist, the definition does not yet.
        req.beforeDefine = [&](const QString &pool, QString &xml, Rollback &) {
            EXPECT_EQ(pool, QStringLiteral("default-pool"));
            disksExisted = volumeNames().contains(QStringLiteral("vdt-cancel.qcow2")) &&
                           xml.contains(QStringLiteral("/default-pool/vdt-cancel.qcow2"));
            control.cancel();
            return UserError();
        };
        const JobResult r = GuestCloner::clone(conn.get(), req, control);
        EXPECT_TRUE(disksExisted);
        EXPECT_FALSE(r.ok);
        EXPECT_TRUE(r.cancelled);
        EXPECT_TRUE(r.notes.join(QLatin1Char('\n'))
                        .contains(QStringLiteral("Deleted /default-pool/vdt-cancel.qcow2")))
            << r.notes.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(volumeNames(), volumesBefore);
        EXPECT_TRUE(domainXml(QStringLiteral("vdt-cancel")).isEmpty());
    }
    // Cancelled before it began: nothing is even attempted.
    JobControl control;
    control.cancel();
    const JobResult r =
        GuestCloner::clone(conn.get(), request(QStringLiteral("vdt-cancel"), false), control);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(volumeNames(), volumesBefore);
}

TEST_F(GuestClonerDriver, FailureAfterTheDisksUndoesEverythingMade) {
    JobControl control;
    CloneRequest req = request(QStringLiteral("vdt-fail"), false);
    req.beforeDefine = [&](const QString &, QString &, Rollback &rollback) {
        // What a caller makes on top of the clone is undone with it.
        StorageVolHandle extra =
            makeVolume(QStringLiteral("vdt-fail-extra.iso"), QStringLiteral("raw"));
        EXPECT_TRUE(extra);
        if (extra)
            rollback.addVolume(extra.get());
        return UserError::make(UserError::Kind::Other, QStringLiteral("Seed failed"),
                               QStringLiteral("Something went wrong."));
    };
    const JobResult r = GuestCloner::clone(conn.get(), req, control);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.cancelled);
    EXPECT_EQ(r.error.title(), QStringLiteral("Seed failed"));
    EXPECT_EQ(volumeNames(), volumesBefore);

    // A definition libvirt refuses also takes the copied disk away again.
    CloneRequest broken = request(QStringLiteral("vdt-broken"), true);
    broken.beforeDefine = [](const QString &, QString &xml, Rollback &) {
        xml.replace(QStringLiteral("<memory"), QStringLiteral("<memory-broken"));
        return UserError();
    };
    const JobResult r2 = GuestCloner::clone(conn.get(), broken, control);
    EXPECT_FALSE(r2.ok);
    EXPECT_NE(r2.error.code(), 0) << r2.error.details().toStdString();
    EXPECT_EQ(volumeNames(), volumesBefore);
    EXPECT_TRUE(domainXml(QStringLiteral("vdt-broken")).isEmpty());
}

TEST_F(GuestClonerDriver, StartedOnRequest) {
    CloneRequest req = request(QStringLiteral("vdt-start"), true);
    req.start = true;
    JobControl control;
    const JobResult r = GuestCloner::clone(conn.get(), req, control);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString();
    DomainHandle d(virDomainLookupByUUIDString(conn.get(), r.items[0].uuid.toUtf8().constData()));
    ASSERT_TRUE(d);
    EXPECT_EQ(virDomainIsActive(d.get()), 1);
}

TEST_F(GuestClonerDriver, UnknownTargetPoolIsReported) {
    CloneRequest req = request(QStringLiteral("vdt-nopool"), false);
    req.targetPool = QStringLiteral("no-such-pool");
    const UserError error = GuestCloner::check(conn.get(), req);
    EXPECT_FALSE(error.isNull());
    EXPECT_EQ(error.code(), VIR_ERR_NO_STORAGE_POOL) << error.details().toStdString();
}
