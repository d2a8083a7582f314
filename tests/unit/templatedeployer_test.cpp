// SPDX-License-Identifier: GPL-2.0-or-later
#include "templatedeployer.h"

#include "libvirthandles.h"
#include "namepattern.h"

#include <QDomDocument>
#include <QSet>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <thread>

namespace {

QDomDocument parse(const QString &xml) {
    QDomDocument doc;
    EXPECT_TRUE(doc.setContent(xml)) << xml.toStdString();
    return doc;
}

QList<QDomElement> elements(const QDomDocument &doc, const char *tag) {
    QList<QDomElement> list;
    const QDomNodeList nodes = doc.elementsByTagName(QLatin1String(tag));
    for (int i = 0; i < nodes.size(); ++i)
        list << nodes.at(i).toElement();
    return list;
}

TemplateRequest namesOnly(const QStringList &names) {
    TemplateRequest r;
    r.templateUuid = QStringLiteral("4a1b7c6e-0d7e-4b59-9d3c-2f0c1d8a9e01");
    r.names = names;
    return r;
}

} // namespace

TEST(TemplateDeployerRequest, ValidationSaysWhatIsWrong) {
    EXPECT_TRUE(
        TemplateDeployer::validate(namesOnly({QStringLiteral("a"), QStringLiteral("b")})).isNull());
    EXPECT_TRUE(TemplateDeployer::validate(namesOnly({}))
                    .explanation()
                    .contains(QStringLiteral("no names")));
    EXPECT_TRUE(TemplateDeployer::validate(namesOnly({QStringLiteral("a"), QStringLiteral("a")}))
                    .explanation()
                    .contains(QStringLiteral("a appears twice")));
    EXPECT_TRUE(TemplateDeployer::validate(namesOnly({QStringLiteral("a b")}))
                    .explanation()
                    .contains(QStringLiteral("a space")));
    TemplateRequest noTemplate = namesOnly({QStringLiteral("a")});
    noTemplate.templateUuid.clear();
    EXPECT_FALSE(TemplateDeployer::validate(noTemplate).isNull());

    TemplateRequest ip = namesOnly(NamePattern::expand(QStringLiteral("web-{1..10}")).names);
    ip.startIp = QStringLiteral("192.168.122.250/24");
    const UserError noCloudInit = TemplateDeployer::validate(ip);
    EXPECT_TRUE(noCloudInit.explanation().contains(QStringLiteral("cloud-init")))
        << noCloudInit.summary().toStdString();
    ip.cloudInit = true;
    // .250 + 9 leaves the /24.
    EXPECT_TRUE(
        TemplateDeployer::validate(ip).explanation().contains(QStringLiteral("room for 5 guests")))
        << TemplateDeployer::validate(ip).summary().toStdString();
    ip.startIp = QStringLiteral("192.168.122.50/24");
    EXPECT_TRUE(TemplateDeployer::validate(ip).isNull());
    ip.dns = {QStringLiteral("1.1.1.1"), QStringLiteral("resolver")};
    EXPECT_TRUE(TemplateDeployer::validate(ip).explanation().contains(QStringLiteral("resolver")));
    ip.dns.clear();
    ip.gateway = QStringLiteral("192.168.122");
    EXPECT_FALSE(TemplateDeployer::validate(ip).isNull());
}

TEST(TemplateDeployerXml, SeedCdromIsSataOnQ35AndIdeOnI440fx) {
    const QString q35 = QStringLiteral(
        "<domain type='kvm'><name>a</name><os><type machine='pc-q35-7.2'>hvm</type></os>"
        "<devices><disk type='file' device='disk'><source file='/a.qcow2'/>"
        "<target dev='sda' bus='sata'/></disk><interface type='network'/></devices></domain>");
    QDomDocument doc =
        parse(TemplateDeployer::withSeedCdrom(q35, QStringLiteral("/pool/a-cidata.iso")));
    QList<QDomElement> disks = elements(doc, "disk");
    ASSERT_EQ(disks.size(), 2);
    const QDomElement cd = disks[1];
    EXPECT_EQ(cd.attribute(QStringLiteral("device")), QStringLiteral("cdrom"));
    EXPECT_EQ(cd.firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("file")),
              QStringLiteral("/pool/a-cidata.iso"));
    EXPECT_EQ(cd.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("bus")),
              QStringLiteral("sata"));
    EXPECT_EQ(cd.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev")),
              QStringLiteral("sdb"));
    EXPECT_FALSE(cd.firstChildElement(QStringLiteral("readonly")).isNull());
    EXPECT_EQ(elements(doc, "interface").size(), 1);

    const QString pc = QStringLiteral(
        "<domain type='kvm'><name>a</name><os><type machine='pc-i440fx-7.2'>hvm</type></os>"
        "<devices><disk type='file' device='disk'><source file='/a.qcow2'/>"
        "<target dev='hda' bus='ide'/></disk><disk type='file' device='cdrom'>"
        "<target dev='hdb' bus='ide'/><readonly/></disk></devices></domain>");
    doc = parse(TemplateDeployer::withSeedCdrom(pc, QStringLiteral("/pool/a-cidata.iso")));
    disks = elements(doc, "disk");
    ASSERT_EQ(disks.size(), 3);
    EXPECT_EQ(disks[2].firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev")),
              QStringLiteral("hdc"));
    EXPECT_EQ(disks[2].firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("bus")),
              QStringLiteral("ide"));

    // Four IDE drives are all an i440fx machine has.
    QString full = pc;
    full.replace(
        QStringLiteral("</devices>"),
        QStringLiteral("<disk type='file' device='disk'><target dev='hdc' bus='ide'/></disk>"
                       "<disk type='file' device='disk'><target dev='hdd' bus='ide'/></disk>"
                       "</devices>"));
    EXPECT_TRUE(TemplateDeployer::withSeedCdrom(full, QStringLiteral("/x.iso")).isEmpty());
}

TEST(TemplateDeployerXml, FirstNetworkCardGetsTheMac) {
    const QString xml = QStringLiteral(
        "<domain><name>a</name><devices><interface type='network'><source network='default'/>"
        "</interface><interface type='network'><mac address='52:54:00:00:00:09'/></interface>"
        "</devices></domain>");
    const QDomDocument doc =
        parse(TemplateDeployer::withFirstMac(xml, QStringLiteral("52:54:00:12:34:56")));
    const QList<QDomElement> ifaces = elements(doc, "interface");
    ASSERT_EQ(ifaces.size(), 2);
    EXPECT_EQ(
        ifaces[0].firstChildElement(QStringLiteral("mac")).attribute(QStringLiteral("address")),
        QStringLiteral("52:54:00:12:34:56"));
    EXPECT_EQ(
        ifaces[1].firstChildElement(QStringLiteral("mac")).attribute(QStringLiteral("address")),
        QStringLiteral("52:54:00:00:00:09"));
    EXPECT_TRUE(TemplateDeployer::withFirstMac(QStringLiteral("<domain><devices/></domain>"),
                                               QStringLiteral("52:54:00:12:34:56"))
                    .isEmpty());
}

// Against libvirt's test driver: a shut-off template with a qcow2 volume in "default-pool".
class TemplateDeployerDriver : public ::testing::Test {
protected:
    void SetUp() override {
        conn.reset(virConnectOpen("test:///default"));
        ASSERT_TRUE(conn);
        pool.reset(virStoragePoolLookupByName(conn.get(), "default-pool"));
        ASSERT_TRUE(pool);
        const QString volXml = QStringLiteral(
            "<volume><name>vdt-template.qcow2</name><capacity unit='GiB'>1</capacity>"
            "<allocation unit='MiB'>5</allocation><target><format "
            "type='qcow2'/></target></volume>");
        templateVolume.reset(virStorageVolCreateXML(pool.get(), volXml.toUtf8().constData(), 0));
        ASSERT_TRUE(templateVolume);
        const QString xml = QStringLiteral(
            "<domain type='test'><name>vdt-template</name><memory unit='MiB'>64</memory>"
            "<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os><devices>"
            "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
            "<source file='/default-pool/vdt-template.qcow2'/><target dev='vda' bus='virtio'/>"
            "</disk><interface type='network'><mac address='52:54:00:aa:bb:cc'/>"
            "<source network='default'/></interface></devices></domain>");
        templateDomain.reset(virDomainDefineXML(conn.get(), xml.toUtf8().constData()));
        ASSERT_TRUE(templateDomain);
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(templateDomain.get(), uuid);
        templateUuid = QString::fromLatin1(uuid);
        volumesBefore = volumeNames();
    }

    void TearDown() override {
        virDomainPtr *list = nullptr;
        const int n = virConnectListAllDomains(conn.get(), &list, 0);
        for (int i = 0; i < n; ++i) {
            if (QString::fromUtf8(virDomainGetName(list[i])).startsWith(QLatin1String("vdt-"))) {
                if (virDomainIsActive(list[i]) == 1)
                    virDomainDestroy(list[i]);
                virDomainUndefine(list[i]);
            }
            virDomainFree(list[i]);
        }
        std::free(list);
        for (const QString &name : volumeNames())
            if (name.startsWith(QLatin1String("vdt-"))) {
                StorageVolHandle v(
                    virStorageVolLookupByName(pool.get(), name.toUtf8().constData()));
                if (v)
                    virStorageVolDelete(v.get(), 0);
            }
        virResetLastError();
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

    TemplateRequest request(const QString &pattern, bool linked) const {
        TemplateRequest r;
        r.templateUuid = templateUuid;
        r.names = NamePattern::expand(pattern).names;
        r.linked = linked;
        return r;
    }

    // Checks the guests a deployment made: distinct identities, own disks, the template's
    // disk as base for linked clones.
    void expectDistinctGuests(const JobResult &r, bool linked) {
        QSet<QString> uuids{templateUuid};
        QSet<QString> mac{QStringLiteral("52:54:00:aa:bb:cc")};
        for (const JobItem &item : r.items) {
            ASSERT_TRUE(item.ok) << item.name.toStdString() << ": "
                                 << item.error.details().toStdString();
            const QString xml = domainXml(item.name);
            ASSERT_FALSE(xml.isEmpty()) << item.name.toStdString();
            const QDomDocument doc = parse(xml);
            EXPECT_EQ(doc.documentElement().firstChildElement(QStringLiteral("name")).text(),
                      item.name);
            const QString uuid =
                doc.documentElement().firstChildElement(QStringLiteral("uuid")).text();
            EXPECT_EQ(uuid, item.uuid);
            EXPECT_FALSE(uuids.contains(uuid)) << uuid.toStdString();
            uuids.insert(uuid);
            const QList<QDomElement> macs = elements(doc, "mac");
            ASSERT_EQ(macs.size(), 1);
            const QString address = macs[0].attribute(QStringLiteral("address"));
            EXPECT_FALSE(mac.contains(address)) << address.toStdString();
            mac.insert(address);
            const QString disk = elements(doc, "disk")[0]
                                     .firstChildElement(QStringLiteral("source"))
                                     .attribute(QStringLiteral("file"));
            EXPECT_EQ(disk,
                      QStringLiteral("/default-pool/") + item.name + QStringLiteral(".qcow2"));
            const QString vol = volumeXml(item.name + QStringLiteral(".qcow2"));
            ASSERT_FALSE(vol.isEmpty());
            EXPECT_EQ(vol.contains(QStringLiteral("<path>/default-pool/vdt-template.qcow2</path>")),
                      linked)
                << vol.toStdString();
        }
    }

    ConnectHandle conn;
    StoragePoolHandle pool;
    StorageVolHandle templateVolume;
    DomainHandle templateDomain;
    QString templateUuid;
    QStringList volumesBefore;
};

TEST_F(TemplateDeployerDriver, FiveLinkedClonesEachWithItsOwnIdentity) {
    JobControl control;
    const JobResult r = TemplateDeployer::deploy(
        conn.get(), request(QStringLiteral("vdt-web-{01..05}"), true), control);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString();
    EXPECT_FALSE(r.cancelled);
    ASSERT_EQ(r.items.size(), 5);
    EXPECT_EQ(r.items[0].name, QStringLiteral("vdt-web-01"));
    EXPECT_EQ(r.items[4].name, QStringLiteral("vdt-web-05"));
    expectDistinctGuests(r, true);
    const QString log = control.logLines().join(QLatin1Char('\n'));
    EXPECT_TRUE(log.contains(QStringLiteral("vdt-web-03: created (linked clone)")))
        << log.toStdString();
    EXPECT_DOUBLE_EQ(control.fraction(), 1.0);
    EXPECT_EQ(control.step(), QStringLiteral("Made 5 of 5 guests"));
    EXPECT_EQ(volumeNames().size(), volumesBefore.size() + 5);
}

TEST_F(TemplateDeployerDriver, FiveFullCopiesStartedOnRequest) {
    TemplateRequest req = request(QStringLiteral("vdt-db{1..5}"), false);
    req.start = true;
    JobControl control;
    const JobResult r = TemplateDeployer::deploy(conn.get(), req, control);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString();
    ASSERT_EQ(r.items.size(), 5);
    expectDistinctGuests(r, false);
    for (const JobItem &item : r.items) {
        DomainHandle d(virDomainLookupByName(conn.get(), item.name.toUtf8().constData()));
        ASSERT_TRUE(d);
        EXPECT_EQ(virDomainIsActive(d.get()), 1) << item.name.toStdString();
    }
    EXPECT_TRUE(control.logLines()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("vdt-db2: created (full copy), started")));
}

TEST_F(TemplateDeployerDriver, AFailingGuestIsReportedTheOthersKept) {
    // A guest of that name exists already.
    const QString other =
        QStringLiteral("<domain type='test'><name>vdt-node-2</name><memory unit='MiB'>64</memory>"
                       "<os><type>hvm</type></os></domain>");
    DomainHandle squatter(virDomainDefineXML(conn.get(), other.toUtf8().constData()));
    ASSERT_TRUE(squatter);
    const QString squatterXml = domainXml(QStringLiteral("vdt-node-2"));

    JobControl control;
    const JobResult r = TemplateDeployer::deploy(
        conn.get(), request(QStringLiteral("vdt-node-{1..3}"), true), control);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.cancelled);
    EXPECT_TRUE(r.error.explanation().contains(QStringLiteral("1 of 3")))
        << r.error.summary().toStdString();
    ASSERT_EQ(r.items.size(), 3);
    EXPECT_TRUE(r.items[0].ok);
    EXPECT_FALSE(r.items[1].ok);
    EXPECT_EQ(r.items[1].name, QStringLiteral("vdt-node-2"));
    EXPECT_EQ(r.items[1].error.kind(), UserError::Kind::NameTaken);
    EXPECT_TRUE(r.items[1].uuid.isEmpty());
    EXPECT_TRUE(r.items[2].ok);
    EXPECT_FALSE(domainXml(QStringLiteral("vdt-node-1")).isEmpty());
    EXPECT_FALSE(domainXml(QStringLiteral("vdt-node-3")).isEmpty());
    EXPECT_EQ(domainXml(QStringLiteral("vdt-node-2")), squatterXml);
    const QStringList vols = volumeNames();
    EXPECT_TRUE(vols.contains(QStringLiteral("vdt-node-1.qcow2")));
    EXPECT_FALSE(vols.contains(QStringLiteral("vdt-node-2.qcow2")));
    EXPECT_TRUE(vols.contains(QStringLiteral("vdt-node-3.qcow2")));
    EXPECT_TRUE(control.logLines()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("vdt-node-2: failed: The name is taken")))
        << control.logLines().join(QLatin1Char('\n')).toStdString();
}

TEST_F(TemplateDeployerDriver, SeedThatCannotBeUploadedUndoesEachGuestCompletely) {
    // The test driver has no volume upload: every guest fails at its seed, after its disk and
    // seed volume were made, and both must go again.
    TemplateRequest req = request(QStringLiteral("vdt-ci-{1..3}"), true);
    req.cloudInit = true;
    req.startIp = QStringLiteral("192.168.122.50/24");
    req.gateway = QStringLiteral("192.168.122.1");
    JobControl control;
    const JobResult r = TemplateDeployer::deploy(conn.get(), req, control);
    EXPECT_FALSE(r.ok);
    ASSERT_EQ(r.items.size(), 3);
    for (const JobItem &item : r.items) {
        EXPECT_FALSE(item.ok);
        EXPECT_EQ(item.error.code(), VIR_ERR_NO_SUPPORT) << item.error.details().toStdString();
        EXPECT_TRUE(domainXml(item.name).isEmpty());
    }
    EXPECT_EQ(volumeNames(), volumesBefore);
    const QString log = control.logLines().join(QLatin1Char('\n'));
    EXPECT_TRUE(log.contains(QStringLiteral("Deleted /default-pool/vdt-ci-2-cidata.iso")))
        << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("Deleted /default-pool/vdt-ci-2.qcow2")))
        << log.toStdString();
}

TEST_F(TemplateDeployerDriver, TemplateProblemsAreReportedOnce) {
    ASSERT_EQ(virDomainCreate(templateDomain.get()), 0);
    JobControl control;
    const JobResult r =
        TemplateDeployer::deploy(conn.get(), request(QStringLiteral("vdt-x{1..4}"), true), control);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error.kind(), UserError::Kind::AlreadyRunning);
    EXPECT_TRUE(r.items.isEmpty());
    EXPECT_EQ(volumeNames(), volumesBefore);
}

TEST_F(TemplateDeployerDriver, CancelledBeforeTheFirstGuestMakesNothing) {
    JobControl control;
    control.cancel();
    const JobResult r = TemplateDeployer::deploy(
        conn.get(), request(QStringLiteral("vdt-c{1..4}"), false), control);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.cancelled);
    ASSERT_EQ(r.items.size(), 4);
    for (const JobItem &item : r.items) {
        EXPECT_FALSE(item.ok);
        EXPECT_EQ(item.error.title(), QStringLiteral("Cancelled"));
        EXPECT_TRUE(domainXml(item.name).isEmpty());
    }
    EXPECT_EQ(volumeNames(), volumesBefore);
}

TEST_F(TemplateDeployerDriver, CancelStopsAfterTheGuestBeingMade) {
    JobControl control;
    JobResult r;
    const TemplateRequest req = request(QStringLiteral("vdt-many-{001..300}"), true);
    std::thread job([&] { r = TemplateDeployer::deploy(conn.get(), req, control); });
    // Cancel as soon as the first guest is reported.
    while (!control.logLines().join(QLatin1Char('\n')).contains(QStringLiteral(": created")))
        std::this_thread::yield();
    control.cancel();
    job.join();

    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.ok);
    ASSERT_EQ(r.items.size(), 300);
    // A run of guests made, then only guests never started: nothing half-made in between.
    int made = 0;
    while (made < r.items.size() && r.items[made].ok)
        ++made;
    EXPECT_GE(made, 1);
    EXPECT_LT(made, 300) << "the cancel arrived after the last guest";
    const QStringList vols = volumeNames();
    for (int i = 0; i < r.items.size(); ++i) {
        const JobItem &item = r.items[i];
        if (i < made) {
            EXPECT_FALSE(domainXml(item.name).isEmpty());
            EXPECT_TRUE(vols.contains(item.name + QStringLiteral(".qcow2")));
        } else {
            EXPECT_FALSE(item.ok) << item.name.toStdString();
            EXPECT_EQ(item.error.title(), QStringLiteral("Cancelled")) << item.name.toStdString();
            EXPECT_TRUE(domainXml(item.name).isEmpty()) << item.name.toStdString();
            EXPECT_FALSE(vols.contains(item.name + QStringLiteral(".qcow2")));
        }
    }
    EXPECT_EQ(vols.size(), volumesBefore.size() + made);
    EXPECT_TRUE(r.error.explanation().contains(QStringLiteral("%1 of 300").arg(made)))
        << r.error.summary().toStdString();
}
