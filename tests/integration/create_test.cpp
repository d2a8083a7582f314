// SPDX-License-Identifier: GPL-2.0-or-later
// New virtual machines on the real system daemon: the wizard creates a guest from an install
// disc into a real storage pool, libvirt holds the configuration the wizard chose, QEMU boots
// it from the disc, and VirtDeck's console shows that. Failures and cancellation leave
// nothing behind.
#include "bootiso.h"
#include "connection.h"
#include "guestcreator.h"
#include "httpserver.h"
#include "libvirthandles.h"
#include "newvmpages.h"
#include "newvmwizard.h"
#include "osdatabase.h"
#include "temppool.h"
#include "testsupport.h"
#include "textconsolechannel.h"

#include <QComboBox>
#include <QDir>
#include <QDomDocument>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUuid>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

using TestSupport::waitFor;

namespace {

QString uniqueName(const char *tag) {
    return QStringLiteral("vdtest-%1-%2")
        .arg(QLatin1String(tag), QUuid::createUuid().toString(QUuid::Id128).left(6));
}

class CreateVmTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!TestSupport::systemDaemonAnswers())
            GTEST_SKIP() << "no libvirt daemon answers on qemu:///system";
        QString error;
        ASSERT_TRUE(pool.create(&error)) << error.toStdString();
        conn.reset(virConnectOpen("qemu:///system"));
        ASSERT_TRUE(conn);
    }

    void TearDown() override {
        for (const QString &name : std::as_const(names)) {
            DomainHandle dom(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
            if (!dom)
                continue;
            virDomainDestroy(dom.get());
            virDomainUndefineFlags(dom.get(), VIR_DOMAIN_UNDEFINE_NVRAM);
        }
        virResetLastError();
    }

    bool exists(const QString &name) {
        DomainHandle dom(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
        virResetLastError();
        return dom != nullptr;
    }

    QString bootableDebianIso() {
        QString error;
        const QString iso =
            BootIso::build(pool.path(), QStringLiteral("debian-12.5.0-amd64-netinst.iso"),
                           QStringLiteral("Debian 12.5.0 amd64 n"), &error);
        EXPECT_FALSE(iso.isEmpty()) << error.toStdString();
        return iso;
    }

    // A spec as the wizard makes it for Debian 12, for the failure tests.
    NewGuestSpec debianSpec(const QString &name) {
        QString error;
        static auto db = OsDatabase::load(OsDatabase::defaultExtraPaths(), &error);
        NewGuestSpec spec;
        spec.name = name;
        spec.os = db->find(QStringLiteral("debian12")).value_or(OsDatabase::generic());
        HostCapabilities caps;
        caps.domainType = TestSupport::kvmUsable() ? QStringLiteral("kvm") : QStringLiteral("qemu");
        spec.hardware = HardwareProfile::forOs(spec.os, caps);
        spec.domainType = caps.domainType;
        spec.memoryMiB = 128;
        spec.method = NewGuestSpec::InstallMethod::None;
        spec.pool = pool.name();
        spec.volumeName = name + QStringLiteral(".qcow2");
        spec.diskBytes = 1LL << 30;
        return spec;
    }

    TempPool pool;
    ConnectHandle conn;
    QStringList names;
};

} // namespace

TEST_F(CreateVmTest, WizardCreatesAGuestFromAnInstallDiscThatBootsFromIt) {
    const QString iso = bootableDebianIso();
    Connection connection(ConnectionUri::parse(QStringLiteral("qemu:///system")));
    ASSERT_TRUE(TestSupport::connectAndLoad(&connection));
    auto *wizard = new NewVmWizard(&connection);
    wizard->show();
    ASSERT_TRUE(waitFor([&] { return wizard->resources() && wizard->database(); }, 30000));

    wizard->methodPage()->mediaEdit()->setText(iso);
    ASSERT_TRUE(wizard->methodPage()->isComplete())
        << wizard->methodPage()->problem().toStdString();
    wizard->next();
    ASSERT_TRUE(waitFor([&] { return !wizard->osPage()->detecting(); }, 20000));
    ASSERT_TRUE(wizard->osPage()->chosen());
    EXPECT_EQ(wizard->osPage()->chosen()->shortId, QStringLiteral("debian12"));
    wizard->next();
    wizard->resourcesPage()->memoryBox()->setValue(256);
    wizard->resourcesPage()->cpuBox()->setValue(1);
    wizard->next();
    QComboBox *pools = wizard->storagePage()->poolBox();
    pools->setCurrentIndex(pools->findData(pool.name()));
    ASSERT_EQ(wizard->storagePage()->pool(), pool.name());
    wizard->storagePage()->sizeBox()->setValue(1);
    ASSERT_TRUE(wizard->storagePage()->isComplete())
        << wizard->storagePage()->problem().toStdString();
    wizard->next();
    const QString name = uniqueName("create");
    names << name;
    wizard->finishPage()->nameEdit()->setText(name);
    ASSERT_TRUE(wizard->finishPage()->isComplete())
        << wizard->finishPage()->problem().toStdString();
    QString createdUuid;
    QObject::connect(wizard, &NewVmWizard::guestCreated,
                     [&](const QString &uuid, bool) { createdUuid = uuid; });
    wizard->next();
    ASSERT_EQ(wizard->currentId(), NewVmWizard::ProgressPage);
    ASSERT_TRUE(waitFor([&] { return wizard->progressPage()->result().has_value(); }, 120000));
    const JobResult result = *wizard->progressPage()->result();
    ASSERT_TRUE(result.ok) << result.error.summary().toStdString() << "\n"
                           << wizard->progressPage()->logView()->toPlainText().toStdString();
    EXPECT_FALSE(createdUuid.isEmpty());

    // What libvirt holds is what the wizard chose for Debian 12.
    DomainHandle dom(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
    ASSERT_TRUE(dom);
    EXPECT_EQ(virDomainIsActive(dom.get()), 1);
    CString xml(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE));
    QDomDocument doc;
    ASSERT_TRUE(doc.setContent(QString::fromUtf8(xml.get())));
    const QDomElement root = doc.documentElement();
    const QDomElement os = root.firstChildElement(QStringLiteral("os"));
    EXPECT_TRUE(os.firstChildElement(QStringLiteral("type"))
                    .attribute(QStringLiteral("machine"))
                    .contains(QLatin1String("q35")));
    // Installed later, it boots its disk first; running now, the disc (checked below).
    EXPECT_EQ(os.firstChildElement(QStringLiteral("boot")).attribute(QStringLiteral("dev")),
              QStringLiteral("hd"));
    CString liveXml(virDomainGetXMLDesc(dom.get(), 0));
    QDomDocument live;
    ASSERT_TRUE(live.setContent(QString::fromUtf8(liveXml.get())));
    EXPECT_EQ(live.documentElement()
                  .firstChildElement(QStringLiteral("os"))
                  .firstChildElement(QStringLiteral("boot"))
                  .attribute(QStringLiteral("dev")),
              QStringLiteral("cdrom"));
    QString diskFile, diskBus, cdromFile;
    const QDomElement devices = root.firstChildElement(QStringLiteral("devices"));
    for (QDomElement d = devices.firstChildElement(QStringLiteral("disk")); !d.isNull();
         d = d.nextSiblingElement(QStringLiteral("disk"))) {
        const QString file =
            d.firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("file"));
        if (d.attribute(QStringLiteral("device")) == QLatin1String("disk")) {
            diskFile = file;
            diskBus =
                d.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("bus"));
        } else {
            cdromFile = file;
        }
    }
    EXPECT_EQ(diskFile, pool.path() + QLatin1Char('/') + name + QStringLiteral(".qcow2"));
    EXPECT_EQ(diskBus, QStringLiteral("virtio"));
    EXPECT_EQ(cdromFile, iso);
    EXPECT_EQ(devices.firstChildElement(QStringLiteral("interface"))
                  .firstChildElement(QStringLiteral("model"))
                  .attribute(QStringLiteral("type")),
              QStringLiteral("virtio"));
    EXPECT_TRUE(pool.volumes().contains(name + QStringLiteral(".qcow2")));

    // VirtDeck's console shows the disc's own boot program running.
    QByteArray seen;
    QObject holder;
    TextConsoleChannel *channel = connection.openTextConsole(createdUuid, QString(), &holder);
    QObject::connect(channel, &TextConsoleChannel::received,
                     [&](const QByteArray &bytes) { seen += bytes; });
    EXPECT_TRUE(waitFor([&] { return seen.contains(BootIso::kBootMessage); }, 60000))
        << "console showed: " << seen.toStdString();
    delete wizard;
}

TEST_F(CreateVmTest, FailureAfterTheDiskWasMadeRemovesTheDisk) {
    const QString name = uniqueName("nodefine");
    names << name;
    NewGuestSpec spec = debianSpec(name);
    spec.emulator = QStringLiteral("/nonexistent/qemu-system-x86_64"); // define fails
    JobControl control;
    const JobResult result = GuestCreator::create(conn.get(), spec, QString(), control);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.isNull());
    EXPECT_TRUE(control.logLines().join(QLatin1Char('\n')).contains(QLatin1String("Created disk")));
    EXPECT_TRUE(pool.volumes().isEmpty()) << pool.volumes().join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(exists(name));
}

TEST_F(CreateVmTest, FailedFirstStartRemovesDefinitionAndDisk) {
    const QString name = uniqueName("nostart");
    names << name;
    NewGuestSpec spec = debianSpec(name);
    spec.networkSource = QStringLiteral("vdtest-no-such-network"); // start fails
    JobControl control;
    const JobResult result = GuestCreator::create(conn.get(), spec, QString(), control);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.isNull());
    const QString log = control.logLines().join(QLatin1Char('\n'));
    EXPECT_TRUE(log.contains(QLatin1String("Defined"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QLatin1String("Removed the definition"))) << log.toStdString();
    EXPECT_TRUE(pool.volumes().isEmpty());
    EXPECT_FALSE(exists(name));
}

TEST_F(CreateVmTest, CancelledCreationLeavesNothingAndExistingVolumesAreNotTouched) {
    const QString name = uniqueName("cancel");
    names << name;
    // A volume that was there before must survive, even one with the planned name.
    StoragePoolHandle p(virStoragePoolLookupByName(conn.get(), pool.name().toUtf8().constData()));
    const QString keep = QStringLiteral("<volume><name>%1.qcow2</name><capacity>1048576</capacity>"
                                        "<target><format type='qcow2'/></target></volume>")
                             .arg(name);
    StorageVolHandle kept(virStorageVolCreateXML(p.get(), keep.toUtf8().constData(), 0));
    ASSERT_TRUE(kept);
    JobControl control;
    JobResult clash = GuestCreator::create(conn.get(), debianSpec(name), QString(), control);
    EXPECT_FALSE(clash.ok);
    EXPECT_EQ(clash.error.kind(), UserError::Kind::NameTaken);
    EXPECT_TRUE(pool.volumes().contains(name + QStringLiteral(".qcow2")));

    NewGuestSpec spec = debianSpec(name);
    spec.volumeName = name + QStringLiteral("-new.qcow2");
    JobControl cancelled;
    cancelled.cancel();
    const JobResult result = GuestCreator::create(conn.get(), spec, QString(), cancelled);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.cancelled);
    EXPECT_EQ(pool.volumes(), QStringList{name + QStringLiteral(".qcow2")});
    EXPECT_FALSE(exists(name));
}

// Network install from a tree with Debian's layout (no .treeinfo, so Debian 12 is chosen by
// hand): the installer's "kernel" is syslinux's memdisk and its "initrd" a floppy with the
// test boot program, so the guest proves it booted what was fetched.
TEST_F(CreateVmTest, NetworkInstallFetchesTheInstallerAndBootsIt) {
    const QString memdisk = QStringLiteral("/usr/lib/syslinux/memdisk");
    if (!QFile::exists(memdisk))
        GTEST_SKIP() << "syslinux-common is not installed: no memdisk to stand in for a kernel";
    const QString tree = pool.path() + QStringLiteral("-tree");
    const QString images = tree + QStringLiteral("/current/images/netboot/debian-installer/amd64");
    ASSERT_TRUE(QDir().mkpath(images));
    ASSERT_TRUE(QFile::copy(memdisk, images + QStringLiteral("/linux")));
    QString error;
    ASSERT_TRUE(BootIso::writeBootFloppy(images + QStringLiteral("/initrd.gz"), &error))
        << error.toStdString();
    HttpServer server(tree);
    ASSERT_TRUE(server.start());

    Connection connection(ConnectionUri::parse(QStringLiteral("qemu:///system")));
    ASSERT_TRUE(TestSupport::connectAndLoad(&connection));
    auto *wizard = new NewVmWizard(&connection);
    wizard->show();
    ASSERT_TRUE(waitFor([&] { return wizard->resources() && wizard->database(); }, 30000));
    wizard->methodPage()->setMethod(NewGuestSpec::InstallMethod::NetworkTree);
    wizard->methodPage()->urlEdit()->setText(server.baseUrl());
    ASSERT_TRUE(wizard->methodPage()->isComplete())
        << wizard->methodPage()->problem().toStdString();
    wizard->next();
    ASSERT_TRUE(waitFor([&] { return !wizard->osPage()->detecting(); }, 20000));
    EXPECT_FALSE(wizard->osPage()->chosen()); // no .treeinfo: not recognised, said why
    wizard->osPage()->searchEdit()->setText(QStringLiteral("debian 12"));
    wizard->osPage()->resultList()->setCurrentRow(0);
    ASSERT_EQ(wizard->osPage()->chosen()->shortId, QStringLiteral("debian12"));
    ASSERT_TRUE(wizard->osPage()->isComplete()) << wizard->osPage()->problem().toStdString();
    wizard->next();
    wizard->resourcesPage()->memoryBox()->setValue(256);
    wizard->resourcesPage()->cpuBox()->setValue(1);
    wizard->next();
    QComboBox *pools = wizard->storagePage()->poolBox();
    pools->setCurrentIndex(pools->findData(pool.name()));
    wizard->storagePage()->sizeBox()->setValue(1);
    wizard->next();
    const QString name = uniqueName("netinst");
    names << name;
    wizard->finishPage()->nameEdit()->setText(name);
    ASSERT_TRUE(wizard->finishPage()->isComplete())
        << wizard->finishPage()->problem().toStdString();
    wizard->next();
    ASSERT_TRUE(waitFor([&] { return wizard->progressPage()->result().has_value(); }, 120000));
    const JobResult result = *wizard->progressPage()->result();
    ASSERT_TRUE(result.ok) << result.error.summary().toStdString() << "\n"
                           << wizard->progressPage()->logView()->toPlainText().toStdString();
    EXPECT_GE(server.requests(), 2);

    DomainHandle dom(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
    ASSERT_TRUE(dom);
    // Running: the fetched installer, from the pool. Persistent: boots from its disk.
    CString live(virDomainGetXMLDesc(dom.get(), 0));
    CString persistent(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE));
    const QString kernel =
        pool.path() + QLatin1Char('/') + name + QStringLiteral("-installer-kernel");
    EXPECT_TRUE(QString::fromUtf8(live.get())
                    .contains(QStringLiteral("<kernel>") + kernel + QStringLiteral("</kernel>")))
        << live.get();
    EXPECT_TRUE(
        QString::fromUtf8(live.get()).contains(QLatin1String("<on_reboot>destroy</on_reboot>")));
    EXPECT_FALSE(QString::fromUtf8(persistent.get()).contains(QLatin1String("<kernel>")));
    EXPECT_TRUE(QString::fromUtf8(persistent.get())
                    .contains(QLatin1String("<on_reboot>restart</on_reboot>")));
    EXPECT_TRUE(pool.volumes().contains(name + QStringLiteral("-installer-initrd")));

    QByteArray seen;
    QObject holder;
    TextConsoleChannel *channel =
        connection.openTextConsole(result.items.first().uuid, QString(), &holder);
    QObject::connect(channel, &TextConsoleChannel::received,
                     [&](const QByteArray &bytes) { seen += bytes; });
    EXPECT_TRUE(waitFor([&] { return seen.contains(BootIso::kBootMessage); }, 60000))
        << "console showed: " << seen.toStdString();
    delete wizard;
    QDir(tree).removeRecursively();
}

TEST_F(CreateVmTest, NetworkInstallFromAMissingTreeSaysSoAndLeavesNothing) {
    QDir().mkpath(pool.path() + QStringLiteral("-empty"));
    HttpServer server(pool.path() + QStringLiteral("-empty"));
    ASSERT_TRUE(server.start());
    const QString name = uniqueName("notree");
    names << name;
    NewGuestSpec spec = debianSpec(name);
    spec.method = NewGuestSpec::InstallMethod::NetworkTree;
    spec.treeUrl = server.baseUrl();
    spec.treeKernel = spec.os.treeKernelPath;
    spec.treeInitrd = spec.os.treeInitrdPath;
    ASSERT_FALSE(spec.treeKernel.isEmpty());
    JobControl control;
    JobResult result;
    bool done = false;
    // The download needs this thread's event loop for the server: run the job elsewhere.
    JobRunner::start(
        conn.get(),
        [&](virConnectPtr c) {
            result = GuestCreator::create(c, spec, QString(), control);
            done = true;
        },
        nullptr);
    ASSERT_TRUE(waitFor([&] { return done; }, 60000));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.explanation().contains(QLatin1String("404")))
        << result.error.summary().toStdString();
    EXPECT_TRUE(pool.volumes().isEmpty()) << pool.volumes().join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(exists(name));
    QDir(pool.path() + QStringLiteral("-empty")).removeRecursively();
}
