// SPDX-License-Identifier: GPL-2.0-or-later
// The configuration a new guest gets for its operating system: host capabilities, the
// hardware profile chosen from libosinfo's knowledge, and the domain XML written from it.
#include "domainxmlbuilder.h"
#include "hardwareprofile.h"
#include "hostcapabilities.h"
#include "libvirthandles.h"
#include "osdatabase.h"
#include "testsupport.h"

#include <QDomDocument>
#include <QFile>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

namespace {

QString readFixture(const QString &name) {
    QFile f(TestSupport::fixture(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

HostCapabilities kvmHost() {
    return HostCapabilities::parse(readFixture(QStringLiteral("caps/capabilities.xml")),
                                   readFixture(QStringLiteral("caps/domcaps-q35-kvm.xml")));
}

const OsDatabase &database() {
    static std::shared_ptr<const OsDatabase> db = [] {
        QString error;
        auto loaded = OsDatabase::load(OsDatabase::defaultExtraPaths(), &error);
        if (!loaded)
            ADD_FAILURE() << error.toStdString();
        return loaded;
    }();
    return *db;
}

OsInfo os(const char *shortId) {
    const auto found = database().find(QLatin1String(shortId));
    if (!found)
        ADD_FAILURE() << "libosinfo does not know " << shortId;
    return found.value_or(OsDatabase::generic());
}

NewGuestSpec specFor(const OsInfo &info, const HostCapabilities &host = kvmHost()) {
    NewGuestSpec spec;
    spec.name = QStringLiteral("vdtest-") + info.shortId;
    spec.os = info;
    spec.hardware = HardwareProfile::forOs(info, host);
    spec.domainType = host.domainType;
    spec.emulator = host.emulator;
    spec.memoryMiB = 1024;
    spec.vcpus = 2;
    spec.method = NewGuestSpec::InstallMethod::LocalMedia;
    spec.mediaPath = QStringLiteral("/srv/iso/install.iso");
    spec.disk = NewGuestSpec::DiskChoice::NewVolume;
    spec.diskPath =
        QStringLiteral("/var/lib/libvirt/images/") + spec.name + QStringLiteral(".qcow2");
    return spec;
}

// The generated XML, read back the way libvirt would read it.
class Generated {
public:
    explicit Generated(const QString &xml)
        : m_xml(xml) {
        EXPECT_TRUE(m_doc.setContent(xml)) << xml.toStdString();
    }
    QDomElement first(const QString &path) const {
        QDomElement e = m_doc.documentElement();
        for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            e = e.firstChildElement(part);
        return e;
    }
    QString attr(const QString &path, const char *name) const {
        return first(path).attribute(QLatin1String(name));
    }
    QList<QDomElement> all(const QString &path) const {
        QList<QDomElement> out;
        const QString parent = path.section(QLatin1Char('/'), 0, -2);
        const QString leaf = path.section(QLatin1Char('/'), -1);
        for (QDomElement e = first(parent).firstChildElement(leaf); !e.isNull();
             e = e.nextSiblingElement(leaf))
            out << e;
        return out;
    }
    QDomElement disk(const char *device) const {
        for (const QDomElement &d : all(QStringLiteral("devices/disk")))
            if (d.attribute(QStringLiteral("device")) == QLatin1String(device))
                return d;
        return {};
    }
    const QString &xml() const { return m_xml; }

private:
    QString m_xml;
    QDomDocument m_doc;
};

std::string diskBus(const Generated &g, const char *device) {
    return g.disk(device)
        .firstChildElement(QStringLiteral("target"))
        .attribute(QStringLiteral("bus"))
        .toStdString();
}

} // namespace

TEST(HostCapabilities, ReadsKvmFirmwareTpmAndMachines) {
    const HostCapabilities host = kvmHost();
    EXPECT_EQ(host.arch, QStringLiteral("x86_64"));
    EXPECT_EQ(host.domainType, QStringLiteral("kvm"));
    EXPECT_EQ(host.emulator, QStringLiteral("/usr/bin/qemu-system-x86_64"));
    EXPECT_TRUE(host.machines.contains(QStringLiteral("pc")));
    EXPECT_TRUE(host.machines.contains(QStringLiteral("q35")));
    EXPECT_TRUE(host.efiAvailable);
    EXPECT_TRUE(host.secureBootAvailable);
    EXPECT_TRUE(host.tpmEmulatorAvailable);
    EXPECT_GT(host.memoryBytes, 512LL << 20);
    EXPECT_GE(host.cpus, 1);
}

TEST(HostCapabilities, MissingDocumentsLeaveSafeDefaults) {
    const HostCapabilities host = HostCapabilities::parse(QString(), QStringLiteral("<not xml"));
    EXPECT_EQ(host.domainType, QStringLiteral("qemu"));
    EXPECT_FALSE(host.efiAvailable);
    EXPECT_FALSE(host.tpmEmulatorAvailable);
}

TEST(NewGuestConfig, WindowsXpGetsLegacyDevicesAndNoVirtio) {
    const OsInfo xp = os("winxp");
    EXPECT_TRUE(xp.endOfLife());
    const Generated g(DomainXmlBuilder::build(specFor(xp)));
    EXPECT_TRUE(g.attr(QStringLiteral("os/type"), "machine").startsWith(QLatin1String("pc")));
    EXPECT_EQ(diskBus(g, "disk"), "ide");
    EXPECT_EQ(diskBus(g, "cdrom"), "ide");
    EXPECT_EQ(g.disk("cdrom")
                  .firstChildElement(QStringLiteral("target"))
                  .attribute(QStringLiteral("dev")),
              QStringLiteral("hdc"));
    const QString nic = g.attr(QStringLiteral("devices/interface/model"), "type");
    EXPECT_TRUE(nic == QLatin1String("e1000") || nic == QLatin1String("rtl8139"))
        << nic.toStdString();
    EXPECT_EQ(g.attr(QStringLiteral("devices/video/model"), "type"), QStringLiteral("vga"));
    EXPECT_EQ(g.attr(QStringLiteral("devices/input"), "type"), QStringLiteral("tablet"));
    EXPECT_EQ(g.attr(QStringLiteral("clock"), "offset"), QStringLiteral("localtime"));
    EXPECT_FALSE(g.xml().contains(QLatin1String("virtio"))) << g.xml().toStdString();
    EXPECT_TRUE(g.first(QStringLiteral("features/hyperv")).isNull());
    EXPECT_TRUE(g.first(QStringLiteral("devices/tpm")).isNull());
    EXPECT_NE(g.attr(QStringLiteral("os"), "firmware"), QStringLiteral("efi"));
    EXPECT_EQ(g.attr(QStringLiteral("os/boot"), "dev"), QStringLiteral("cdrom"));
}

TEST(NewGuestConfig, Windows7GetsI440fxSataHypervAndNoVirtio) {
    const Generated g(DomainXmlBuilder::build(specFor(os("win7"))));
    EXPECT_TRUE(g.attr(QStringLiteral("os/type"), "machine").startsWith(QLatin1String("pc")));
    EXPECT_EQ(diskBus(g, "disk"), "sata");
    const QString nic = g.attr(QStringLiteral("devices/interface/model"), "type");
    EXPECT_TRUE(nic == QLatin1String("e1000") || nic == QLatin1String("rtl8139"))
        << nic.toStdString();
    EXPECT_EQ(g.attr(QStringLiteral("devices/video/model"), "type"), QStringLiteral("vga"));
    EXPECT_EQ(g.attr(QStringLiteral("clock"), "offset"), QStringLiteral("localtime"));
    EXPECT_FALSE(g.first(QStringLiteral("features/hyperv/relaxed")).isNull());
    EXPECT_FALSE(g.xml().contains(QLatin1String("virtio")));
}

TEST(NewGuestConfig, Windows11GetsQ35UefiSecureBootTpmAndHyperv) {
    QStringList notes;
    const OsInfo win11 = os("win11");
    NewGuestSpec spec = specFor(win11);
    spec.hardware = HardwareProfile::forOs(win11, kvmHost(), &notes);
    EXPECT_TRUE(notes.isEmpty()) << notes.join(QLatin1Char('\n')).toStdString();
    const Generated g(DomainXmlBuilder::build(spec));
    EXPECT_EQ(g.attr(QStringLiteral("os/type"), "machine"), QStringLiteral("q35"));
    EXPECT_EQ(g.attr(QStringLiteral("os"), "firmware"), QStringLiteral("efi"));
    bool secureBoot = false;
    for (const QDomElement &f : g.all(QStringLiteral("os/firmware/feature")))
        secureBoot |= f.attribute(QStringLiteral("name")) == QLatin1String("secure-boot") &&
                      f.attribute(QStringLiteral("enabled")) == QLatin1String("yes");
    EXPECT_TRUE(secureBoot);
    EXPECT_EQ(g.attr(QStringLiteral("features/smm"), "state"), QStringLiteral("on"));
    EXPECT_EQ(g.attr(QStringLiteral("devices/tpm/backend"), "type"), QStringLiteral("emulator"));
    EXPECT_EQ(g.attr(QStringLiteral("devices/tpm/backend"), "version"), QStringLiteral("2.0"));
    EXPECT_FALSE(g.first(QStringLiteral("features/hyperv/synic")).isNull());
    EXPECT_EQ(g.attr(QStringLiteral("clock"), "offset"), QStringLiteral("localtime"));
    EXPECT_EQ(diskBus(g, "disk"), "sata");

    // With the virtio-win driver disc, disk and network switch to virtio and the disc is
    // attached as a second CD-ROM.
    spec.hardware.useVirtioDrivers();
    spec.virtioWinIsoPath = QStringLiteral("/srv/iso/virtio-win.iso");
    const Generated withDrivers(DomainXmlBuilder::build(spec));
    EXPECT_EQ(diskBus(withDrivers, "disk"), "virtio");
    EXPECT_EQ(withDrivers.attr(QStringLiteral("devices/interface/model"), "type"),
              QStringLiteral("virtio"));
    int cdroms = 0;
    for (const QDomElement &d : withDrivers.all(QStringLiteral("devices/disk")))
        cdroms += d.attribute(QStringLiteral("device")) == QLatin1String("cdrom");
    EXPECT_EQ(cdroms, 2);
}

TEST(NewGuestConfig, Windows11OnAHostWithoutOvmfOrSwtpmSaysWhy) {
    HostCapabilities bare = kvmHost();
    bare.efiAvailable = bare.secureBootAvailable = bare.tpmEmulatorAvailable = false;
    QStringList notes;
    const HardwareProfile hw = HardwareProfile::forOs(os("win11"), bare, &notes);
    EXPECT_FALSE(hw.efi);
    EXPECT_FALSE(hw.tpm);
    EXPECT_EQ(notes.size(), 2) << notes.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(notes.join(QLatin1Char(' ')).contains(QLatin1String("OVMF")));
    EXPECT_TRUE(notes.join(QLatin1Char(' ')).contains(QLatin1String("swtpm")));
}

TEST(NewGuestConfig, Debian12GetsVirtioEverywhereAndHostCpu) {
    const Generated g(DomainXmlBuilder::build(specFor(os("debian12"))));
    EXPECT_EQ(g.attr(QStringLiteral("os/type"), "machine"), QStringLiteral("q35"));
    EXPECT_EQ(diskBus(g, "disk"), "virtio");
    EXPECT_EQ(diskBus(g, "cdrom"), "sata");
    EXPECT_EQ(g.attr(QStringLiteral("devices/interface/model"), "type"), QStringLiteral("virtio"));
    EXPECT_EQ(g.attr(QStringLiteral("devices/video/model"), "type"), QStringLiteral("virtio"));
    EXPECT_EQ(g.attr(QStringLiteral("cpu"), "mode"), QStringLiteral("host-passthrough"));
    EXPECT_EQ(g.attr(QStringLiteral("clock"), "offset"), QStringLiteral("utc"));
    EXPECT_EQ(g.attr(QStringLiteral("devices/rng"), "model"), QStringLiteral("virtio"));
    EXPECT_EQ(g.attr(QStringLiteral("devices/memballoon"), "model"), QStringLiteral("virtio"));
    EXPECT_FALSE(g.first(QStringLiteral("devices/console")).isNull());
    EXPECT_TRUE(g.first(QStringLiteral("features/hyperv")).isNull());
}

TEST(NewGuestConfig, FreeBsdGetsVirtioDiskAndNetwork) {
    const Generated g(DomainXmlBuilder::build(specFor(os("freebsd14.0"))));
    EXPECT_EQ(g.attr(QStringLiteral("os/type"), "machine"), QStringLiteral("q35"));
    EXPECT_EQ(diskBus(g, "disk"), "virtio");
    EXPECT_EQ(g.attr(QStringLiteral("devices/interface/model"), "type"), QStringLiteral("virtio"));
    EXPECT_EQ(g.attr(QStringLiteral("clock"), "offset"), QStringLiteral("utc"));
    EXPECT_TRUE(g.first(QStringLiteral("features/hyperv")).isNull());
}

TEST(NewGuestConfig, TcgHostGetsNoHostPassthroughCpu) {
    HostCapabilities tcg = kvmHost();
    tcg.domainType = QStringLiteral("qemu");
    const Generated g(DomainXmlBuilder::build(specFor(os("debian12"), tcg)));
    EXPECT_EQ(g.attr(QString(), "type"), QStringLiteral("qemu"));
    EXPECT_TRUE(g.first(QStringLiteral("cpu")).isNull());
}

TEST(NewGuestConfig, NetworkInstallBootsTheTreesKernel) {
    NewGuestSpec spec = specFor(os("debian12"));
    spec.method = NewGuestSpec::InstallMethod::NetworkTree;
    spec.kernelPath = QStringLiteral("/var/lib/libvirt/boot/vmlinuz");
    spec.initrdPath = QStringLiteral("/var/lib/libvirt/boot/initrd.gz");
    spec.kernelArgs = QStringLiteral("console=ttyS0");
    const Generated g(DomainXmlBuilder::build(spec));
    EXPECT_EQ(g.first(QStringLiteral("os/kernel")).text(), spec.kernelPath);
    EXPECT_EQ(g.first(QStringLiteral("os/initrd")).text(), spec.initrdPath);
    EXPECT_EQ(g.first(QStringLiteral("os/cmdline")).text(), spec.kernelArgs);
    EXPECT_TRUE(g.disk("cdrom").isNull());
}

TEST(NewGuestConfig, NetworkChoicesAndNoDisk) {
    NewGuestSpec spec = specFor(os("debian12"));
    spec.disk = NewGuestSpec::DiskChoice::None;
    spec.diskPath.clear();
    spec.method = NewGuestSpec::InstallMethod::Pxe;
    spec.network = NewGuestSpec::NetworkType::Bridge;
    spec.networkSource = QStringLiteral("br0");
    Generated bridge(DomainXmlBuilder::build(spec));
    EXPECT_EQ(bridge.attr(QStringLiteral("devices/interface"), "type"), QStringLiteral("bridge"));
    EXPECT_EQ(bridge.attr(QStringLiteral("devices/interface/source"), "bridge"),
              QStringLiteral("br0"));
    EXPECT_EQ(bridge.attr(QStringLiteral("os/boot"), "dev"), QStringLiteral("network"));
    EXPECT_TRUE(bridge.disk("disk").isNull());
    spec.network = NewGuestSpec::NetworkType::Macvtap;
    spec.networkSource = QStringLiteral("eth0");
    Generated direct(DomainXmlBuilder::build(spec));
    EXPECT_EQ(direct.attr(QStringLiteral("devices/interface"), "type"), QStringLiteral("direct"));
    EXPECT_EQ(direct.attr(QStringLiteral("devices/interface/source"), "mode"),
              QStringLiteral("bridge"));
    spec.network = NewGuestSpec::NetworkType::None;
    EXPECT_TRUE(Generated(DomainXmlBuilder::build(spec))
                    .first(QStringLiteral("devices/interface"))
                    .isNull());
}

TEST(NewGuestConfig, NamesAreEscapedAndValidated) {
    QString reason;
    EXPECT_TRUE(DomainXmlBuilder::validName(QStringLiteral("web-01.example_2+x"), &reason));
    EXPECT_FALSE(DomainXmlBuilder::validName(QString(), &reason));
    EXPECT_FALSE(reason.isEmpty());
    EXPECT_FALSE(DomainXmlBuilder::validName(QStringLiteral("my vm"), &reason));
    EXPECT_TRUE(reason.contains(QLatin1String("space"))) << reason.toStdString();
    EXPECT_FALSE(DomainXmlBuilder::validName(QStringLiteral("a/b"), &reason));
    EXPECT_TRUE(reason.contains(QLatin1Char('/')));
    EXPECT_FALSE(DomainXmlBuilder::validName(QStringLiteral("-web"), &reason));
    EXPECT_FALSE(DomainXmlBuilder::validName(QStringLiteral(".web"), &reason));
    EXPECT_FALSE(DomainXmlBuilder::validName(QString(65, QLatin1Char('a')), &reason));
    EXPECT_TRUE(reason.contains(QLatin1String("64")));
    EXPECT_FALSE(DomainXmlBuilder::validName(QStringLiteral("сервер"), &reason));

    NewGuestSpec spec = specFor(os("debian12"));
    spec.title = QStringLiteral("<b>&\"quoted\"");
    spec.mediaPath = QStringLiteral("/isos/a&b <1>.iso");
    const Generated g(DomainXmlBuilder::build(spec));
    EXPECT_EQ(g.first(QStringLiteral("title")).text(), spec.title);
    EXPECT_EQ(g.disk("cdrom")
                  .firstChildElement(QStringLiteral("source"))
                  .attribute(QStringLiteral("file")),
              spec.mediaPath);
}

// libvirt itself accepts every generated configuration (the test driver parses and checks
// domain XML with the same code as the QEMU driver).
TEST(NewGuestConfig, TheTestDriverAcceptsEachGeneratedConfiguration) {
    ConnectHandle conn(virConnectOpen("test:///default"));
    ASSERT_TRUE(conn);
    for (const char *id : {"winxp", "win7", "win11", "debian12", "freebsd14.0", "ubuntu24.04"}) {
        NewGuestSpec spec = specFor(os(id));
        spec.domainType = QStringLiteral("test");
        spec.emulator.clear();
        const QByteArray xml = DomainXmlBuilder::build(spec).toUtf8();
        DomainHandle dom(virDomainDefineXML(conn.get(), xml.constData()));
        EXPECT_TRUE(dom) << id << ": " << virGetLastErrorMessage() << "\n" << xml.constData();
    }
}
