// SPDX-License-Identifier: GPL-2.0-or-later
// Cloning and many-from-a-template against the real system daemon: a storage pool of our
// own in a temporary folder, real qcow2 files, real QEMU guests that must start.
#include "guestcloner.h"
#include "libvirthandles.h"
#include "templatedeployer.h"
#include "testsupport.h"
#include "throwawayguest.h"

#include <QCoreApplication>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace {

QString qemuImgInfo(const QString &path, const char *key) {
    QString out;
    // --force-share: a running guest holds a lock on its image.
    if (TestSupport::run(QStringLiteral("qemu-img"),
                         {QStringLiteral("info"), QStringLiteral("--force-share"),
                          QStringLiteral("--output=json"), path},
                         &out) != 0)
        return QStringLiteral("(qemu-img failed: %1)").arg(out);
    return QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String(key)).toString();
}

QDomElement firstDevice(const QDomDocument &doc, const QString &tag, const QString &device = {}) {
    const QDomNodeList nodes = doc.elementsByTagName(tag);
    for (int i = 0; i < nodes.size(); ++i) {
        const QDomElement e = nodes.at(i).toElement();
        if (device.isEmpty() || e.attribute(QStringLiteral("device")) == device)
            return e;
    }
    return {};
}

void removeDomain(virDomainPtr d) {
    if (virDomainIsActive(d) == 1)
        virDomainDestroy(d);
    if (virDomainUndefineFlags(d, VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE) !=
        0)
        virDomainUndefine(d);
}

void removePool(virStoragePoolPtr pool) {
    if (virStoragePoolIsActive(pool) == 1) {
        virStoragePoolRefresh(pool, 0);
        virStorageVolPtr *vols = nullptr;
        const int n = virStoragePoolListAllVolumes(pool, &vols, 0);
        for (int i = 0; i < n; ++i) {
            virStorageVolDelete(vols[i], 0);
            virStorageVolFree(vols[i]);
        }
        std::free(vols);
        virStoragePoolDestroy(pool);
    }
    virStoragePoolUndefine(pool);
}

class CloneOnSystem : public ::testing::Test {
protected:
    void SetUp() override {
        if (!TestSupport::systemDaemonAnswers())
            GTEST_SKIP()
                << "no libvirt daemon answers on qemu:///system (run as root, or start libvirtd)";
        conn.reset(virConnectOpen("qemu:///system"));
        ASSERT_TRUE(conn) << virGetLastErrorMessage();
        removeLeftovers();

        dir = TestSupport::makeTempDir(QStringLiteral("clonepool"));
        // QEMU runs as libvirt-qemu and must reach the images.
        QFile(dir).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                  QFileDevice::ExeOther);
        static int counter = 0;
        poolName = QStringLiteral("vdtest-pool-%1-%2")
                       .arg(QCoreApplication::applicationPid())
                       .arg(counter++);
        const QString xml = QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2"
                                           "</path></target></pool>")
                                .arg(poolName, dir);
        pool.reset(virStoragePoolDefineXML(conn.get(), xml.toUtf8().constData(), 0));
        ASSERT_TRUE(pool) << virGetLastErrorMessage();
        ASSERT_EQ(virStoragePoolBuild(pool.get(), 0), 0) << virGetLastErrorMessage();
        ASSERT_EQ(virStoragePoolCreate(pool.get(), 0), 0) << virGetLastErrorMessage();
    }

    void TearDown() override {
        if (!conn)
            return;
        for (const QString &name : guestNames) {
            DomainHandle d(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
            if (d)
                removeDomain(d.get());
        }
        templateGuest.reset();
        if (pool)
            removePool(pool.get());
        virResetLastError();
        // Nothing of ours is left on the host.
        for (const QString &name : guestNames) {
            DomainHandle d(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
            EXPECT_FALSE(d) << name.toStdString() << " is still defined";
        }
        StoragePoolHandle gone(
            virStoragePoolLookupByName(conn.get(), poolName.toUtf8().constData()));
        EXPECT_FALSE(gone) << poolName.toStdString() << " is still defined";
        virResetLastError();
    }

    // Guests and pools named like ours that a killed run left behind.
    void removeLeftovers() {
        virDomainPtr *domains = nullptr;
        const int n = virConnectListAllDomains(conn.get(), &domains, 0);
        for (int i = 0; i < n; ++i) {
            const QString name = QString::fromUtf8(virDomainGetName(domains[i]));
            if (name.startsWith(QLatin1String("vdtest-clone")))
                removeDomain(domains[i]);
            virDomainFree(domains[i]);
        }
        std::free(domains);
        virStoragePoolPtr *pools = nullptr;
        const int m = virConnectListAllStoragePools(conn.get(), &pools, 0);
        for (int i = 0; i < m; ++i) {
            const QString name = QString::fromUtf8(virStoragePoolGetName(pools[i]));
            CString xml(virStoragePoolGetXMLDesc(pools[i], 0));
            QDomDocument doc;
            doc.setContent(QString::fromUtf8(xml.get()));
            const QString path = doc.documentElement()
                                     .firstChildElement(QStringLiteral("target"))
                                     .firstChildElement(QStringLiteral("path"))
                                     .text();
            if (name.startsWith(QLatin1String("vdtest-pool-")) && !QFileInfo::exists(path))
                removePool(pools[i]);
            virStoragePoolFree(pools[i]);
        }
        std::free(pools);
        virResetLastError();
    }

    // A shut-off template guest whose only disk is a new volume of the pool.
    void makeTemplate(const QString &volumeName, const QString &format, qint64 mib,
                      bool fillWithData = false) {
        const QString volXml = QStringLiteral("<volume><name>%1</name><capacity unit='MiB'>%2"
                                              "</capacity><target><format type='%3'/></target>"
                                              "</volume>")
                                   .arg(volumeName)
                                   .arg(mib)
                                   .arg(format);
        StorageVolHandle vol(virStorageVolCreateXML(pool.get(), volXml.toUtf8().constData(), 0));
        ASSERT_TRUE(vol) << virGetLastErrorMessage();
        CString path(virStorageVolGetPath(vol.get()));
        templateDisk = QString::fromUtf8(path.get());
        if (fillWithData) {
            // Data that is not zeros, so the copy really moves every byte.
            QString out;
            ASSERT_EQ(TestSupport::run(
                          QStringLiteral("sh"),
                          {QStringLiteral("-c"), QStringLiteral("head -c %1 /dev/zero | tr '\\000' "
                                                                "'\\253' > '%2'")
                                                     .arg(mib * 1024 * 1024)
                                                     .arg(templateDisk)},
                          &out, 120000),
                      0)
                << out.toStdString();
            ASSERT_EQ(virStoragePoolRefresh(pool.get(), 0), 0);
        }
        templateGuest = std::make_unique<ThrowawayGuest>();
        ThrowawayGuest::Options o = ThrowawayGuest::Options::tagged(QStringLiteral("clonetmpl"));
        o.extraDevices = QStringLiteral("<disk type='file' device='disk'><driver name='qemu' "
                                        "type='%1'/><source file='%2'/><target dev='vda' "
                                        "bus='virtio'/></disk>"
                                        "<interface type='user'><mac address='52:54:00:0d:0e:0f'/>"
                                        "<model type='virtio'/></interface>")
                             .arg(format, templateDisk);
        QString error;
        ASSERT_TRUE(templateGuest->define(o, &error)) << error.toStdString();
    }

    QString liveXml(const QString &name) {
        DomainHandle d(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
        if (!d)
            return {};
        CString xml(virDomainGetXMLDesc(d.get(), 0));
        return QString::fromUtf8(xml.get());
    }

    // Starts the guest and checks it is still running a moment later.
    void expectStartsAndRuns(const QString &name, bool alreadyStarted = false) {
        DomainHandle d(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
        ASSERT_TRUE(d) << name.toStdString();
        if (!alreadyStarted) {
            ASSERT_EQ(virDomainCreate(d.get()), 0)
                << name.toStdString() << ": " << virGetLastErrorMessage();
        }
        QThread::msleep(1500);
        int state = VIR_DOMAIN_NOSTATE;
        ASSERT_EQ(virDomainGetState(d.get(), &state, nullptr, 0), 0);
        EXPECT_EQ(state, VIR_DOMAIN_RUNNING) << name.toStdString();
    }

    QStringList volumeNames() {
        virStoragePoolRefresh(pool.get(), 0);
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

    QString newName(const char *tag) {
        const QString name = QStringLiteral("vdtest-clone-%1-%2")
                                 .arg(QLatin1String(tag))
                                 .arg(QCoreApplication::applicationPid());
        guestNames << name;
        return name;
    }

    ConnectHandle conn;
    StoragePoolHandle pool;
    QString poolName;
    QString dir;
    QString templateDisk;
    std::unique_ptr<ThrowawayGuest> templateGuest;
    QStringList guestNames;
};

} // namespace

TEST_F(CloneOnSystem, LinkedAndFullClonesOfATemplateStart) {
    makeTemplate(QStringLiteral("template.qcow2"), QStringLiteral("qcow2"), 64);
    if (HasFatalFailure())
        return;
    for (bool linked : {true, false}) {
        CloneRequest request;
        request.sourceUuid = templateGuest->uuid();
        request.newName = newName(linked ? "linked" : "full");
        request.linked = linked;
        ASSERT_TRUE(GuestCloner::whyNotCloneable(conn.get(), request).isEmpty())
            << GuestCloner::whyNotCloneable(conn.get(), request).toStdString();
        JobControl control;
        const JobResult r = GuestCloner::clone(conn.get(), request, control);
        ASSERT_TRUE(r.ok) << r.error.details().toStdString();
        ASSERT_EQ(r.items.size(), 1);
        EXPECT_NE(r.items[0].uuid, templateGuest->uuid());

        const QString disk = dir + QLatin1Char('/') + request.newName + QStringLiteral(".qcow2");
        ASSERT_TRUE(QFileInfo::exists(disk)) << disk.toStdString();
        EXPECT_EQ(qemuImgInfo(disk, "format"), QStringLiteral("qcow2"));
        EXPECT_EQ(qemuImgInfo(disk, "backing-filename"), linked ? templateDisk : QString());

        QDomDocument doc;
        ASSERT_TRUE(doc.setContent(liveXml(request.newName)));
        EXPECT_EQ(firstDevice(doc, QStringLiteral("disk"))
                      .firstChildElement(QStringLiteral("source"))
                      .attribute(QStringLiteral("file")),
                  disk);
        const QString mac =
            firstDevice(doc, QStringLiteral("mac")).attribute(QStringLiteral("address"));
        EXPECT_TRUE(mac.startsWith(QLatin1String("52:54:00:"))) << mac.toStdString();
        EXPECT_NE(mac, QStringLiteral("52:54:00:0d:0e:0f"));

        expectStartsAndRuns(request.newName);
    }
    // QEMU's image locks keep the linked clone's base from being written while it runs...
    QString error;
    EXPECT_FALSE(templateGuest->start(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("lock"))) << error.toStdString();
    // ...and the template starts again once its clones are off.
    for (const QString &name : guestNames) {
        DomainHandle d(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
        ASSERT_TRUE(d);
        virDomainDestroy(d.get());
    }
    EXPECT_TRUE(templateGuest->start(&error)) << error.toStdString();
    templateGuest->destroy();
}

TEST_F(CloneOnSystem, ThreeFromATemplateWithCloudInitStartAndRun) {
    makeTemplate(QStringLiteral("template.qcow2"), QStringLiteral("qcow2"), 64);
    if (HasFatalFailure())
        return;
    TemplateRequest request;
    request.templateUuid = templateGuest->uuid();
    for (const char *tag : {"dep-1", "dep-2", "dep-3"})
        request.names << newName(tag);
    request.linked = true;
    request.cloudInit = true;
    request.startIp = QStringLiteral("10.0.2.50/24"); // QEMU's user network
    request.gateway = QStringLiteral("10.0.2.2");
    request.dns = {QStringLiteral("10.0.2.3")};
    request.start = true;
    JobControl control;
    const JobResult r = TemplateDeployer::deploy(conn.get(), request, control);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString() << "\n"
                      << control.logLines().join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(r.items.size(), 3);

    for (int i = 0; i < 3; ++i) {
        const QString name = request.names[i];
        EXPECT_TRUE(r.items[i].ok);
        expectStartsAndRuns(name, true);
        QDomDocument doc;
        ASSERT_TRUE(doc.setContent(liveXml(name)));
        const QDomElement cdrom = firstDevice(doc, QStringLiteral("disk"), QStringLiteral("cdrom"));
        ASSERT_FALSE(cdrom.isNull()) << name.toStdString();
        EXPECT_EQ(
            cdrom.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("bus")),
            QStringLiteral("ide"));
        const QString iso =
            cdrom.firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("file"));
        EXPECT_EQ(iso, dir + QLatin1Char('/') + name + QStringLiteral("-cidata.iso"));

        // The uploaded seed is the one cloud-init will read: this guest's name, address, MAC.
        const QString out = TestSupport::makeTempDir(QStringLiteral("seed"));
        QString log;
        ASSERT_EQ(TestSupport::run(QStringLiteral("xorriso"),
                                   {QStringLiteral("-osirrox"), QStringLiteral("on"),
                                    QStringLiteral("-indev"), iso, QStringLiteral("-extract"),
                                    QStringLiteral("/"), out},
                                   &log),
                  0)
            << log.toStdString();
        QFile meta(out + QStringLiteral("/meta-data"));
        ASSERT_TRUE(meta.open(QIODevice::ReadOnly));
        EXPECT_TRUE(meta.readAll().contains(
            QString(QStringLiteral("local-hostname: '") + name + QLatin1Char('\'')).toUtf8()));
        QFile network(out + QStringLiteral("/network-config"));
        ASSERT_TRUE(network.open(QIODevice::ReadOnly));
        const QByteArray net = network.readAll();
        const QString mac =
            firstDevice(doc, QStringLiteral("mac")).attribute(QStringLiteral("address"));
        EXPECT_TRUE(net.contains(mac.toUtf8())) << net.constData();
        EXPECT_TRUE(net.contains(QStringLiteral("10.0.2.%1/24").arg(50 + i).toUtf8()))
            << net.constData();
    }
    const QString logText = control.logLines().join(QLatin1Char('\n'));
    EXPECT_TRUE(
        logText.contains(request.names[1] + QStringLiteral(": created (linked clone), started")))
        << logText.toStdString();
}

TEST_F(CloneOnSystem, FullCopyShowsProgressAndCancelRemovesThePartialCopy) {
    makeTemplate(QStringLiteral("big.img"), QStringLiteral("raw"), 512, true);
    if (HasFatalFailure())
        return;
    const QStringList before = volumeNames();

    // A copy that runs to the end, watched from here as the window would.
    {
        CloneRequest request;
        request.sourceUuid = templateGuest->uuid();
        request.newName = newName("progress");
        JobControl control;
        JobResult r;
        std::atomic<bool> done{false};
        std::thread job([&] {
            r = GuestCloner::clone(conn.get(), request, control);
            done = true;
        });
        QStringList steps;
        while (!done) {
            const QString step = control.step();
            const double f = control.fraction();
            if (step.contains(QLatin1String(" of ")) && f > 0.05 && f < 0.85 &&
                !steps.contains(step))
                steps << step;
            QThread::msleep(20);
        }
        job.join();
        ASSERT_TRUE(r.ok) << r.error.details().toStdString();
        EXPECT_FALSE(steps.isEmpty()) << "no progress was reported during a 512 MiB copy";
        const QString copy = dir + QLatin1Char('/') + request.newName + QStringLiteral(".img");
        EXPECT_EQ(QFileInfo(copy).size(), 512 * 1024 * 1024);
        EXPECT_EQ(qemuImgInfo(copy, "format"), QStringLiteral("raw"));
    }

    // Cancelled while libvirt copies: the copy is removed when it ends, nothing else made.
    const QStringList withCopy = volumeNames();
    {
        CloneRequest request;
        request.sourceUuid = templateGuest->uuid();
        request.newName = newName("cancel");
        JobControl control;
        JobResult r;
        std::thread job([&] { r = GuestCloner::clone(conn.get(), request, control); });
        while (!control.logLines().join(QLatin1Char('\n')).contains(QStringLiteral("Copying disk")))
            QThread::msleep(5);
        control.cancel();
        job.join();
        EXPECT_FALSE(r.ok);
        EXPECT_TRUE(r.cancelled);
        EXPECT_EQ(volumeNames(), withCopy);
        EXPECT_TRUE(liveXml(request.newName).isEmpty());
        EXPECT_FALSE(
            QFileInfo::exists(dir + QLatin1Char('/') + request.newName + QStringLiteral(".img")));
        const QString log = control.logLines().join(QLatin1Char('\n'));
        EXPECT_TRUE(log.contains(QStringLiteral("cannot interrupt"))) << log.toStdString();
    }
    EXPECT_EQ(before.size() + 1, withCopy.size());
}
