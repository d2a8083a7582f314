// SPDX-License-Identifier: GPL-2.0-or-later
#include "connection.h"
#include "containercreator.h"
#include "containerhostinfo.h"
#include "libvirthandles.h"
#include "rootfsbootstrap.h"
#include "testsupport.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>

#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <optional>

using TestSupport::waitFor;

namespace {

QString containerName(const char *tag) {
    return QStringLiteral("vdtest-ct-%1-%2")
        .arg(QLatin1String(tag))
        .arg(QCoreApplication::applicationPid());
}

// The system daemon's LXC driver, through a Connection like the wizard uses.
class LxcHost : public ::testing::Test {
protected:
    void SetUp() override {
        if (!TestSupport::systemDaemonAnswers())
            GTEST_SKIP() << "no libvirt daemon answers on the system socket";
        raw.reset(virConnectOpen("lxc:///"));
        if (!raw)
            GTEST_SKIP() << "libvirt's LXC driver is not available here: "
                         << virGetLastErrorMessage();
        connection = std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("lxc:///")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
    }
    void TearDown() override {
        for (const QString &name : made) {
            DomainHandle d(virDomainLookupByName(raw.get(), name.toUtf8().constData()));
            if (!d)
                continue;
            if (virDomainIsActive(d.get()) == 1)
                virDomainDestroy(d.get());
            EXPECT_EQ(virDomainUndefine(d.get()), 0) << virGetLastErrorMessage();
        }
        virResetLastError();
        connection.reset();
    }

    // Runs the creator as the wizard does: a job off the GUI thread on the connection.
    JobResult create(const ContainerSpec &spec, int timeoutMs = 60000) {
        made << spec.name;
        std::optional<JobResult> result;
        QObject receiver;
        lastControl = connection->runJob(
            [spec](virConnectPtr c, JobControl &control) {
                return ContainerCreator::create(c, spec, control);
            },
            &receiver, [&](const JobResult &r) { result = r; });
        EXPECT_TRUE(waitFor([&] { return result.has_value(); }, timeoutMs));
        return result.value_or(JobResult());
    }

    QDomElement xmlOf(const QString &name, QDomDocument &doc) {
        DomainHandle d(virDomainLookupByName(raw.get(), name.toUtf8().constData()));
        EXPECT_TRUE(d) << virGetLastErrorMessage();
        if (!d)
            return {};
        CString xml(virDomainGetXMLDesc(d.get(), 0));
        EXPECT_TRUE(doc.setContent(QByteArray(xml.get())));
        return doc.documentElement();
    }

    ContainerSpec shellSpec(const char *tag) {
        ContainerSpec s;
        s.name = containerName(tag);
        s.command = QStringLiteral("/bin/sh");
        s.memoryMiB = 64;
        s.cpuShares = 512;
        // The "default" network when the host has it, no network otherwise.
        const ContainerHostInfo info = ContainerHostInfo::query(raw.get(), true);
        s.network = info.networks.contains(QStringLiteral("default"))
                        ? ContainerSpec::Network::VirtualNetwork
                        : ContainerSpec::Network::None;
        s.startAfterCreation = false;
        return s;
    }

    ConnectHandle raw;
    std::unique_ptr<Connection> connection;
    std::shared_ptr<JobControl> lastControl;
    QStringList made;
};

} // namespace

TEST_F(LxcHost, DefinesAnApplicationContainerRunningAShell) {
    const ContainerSpec spec = shellSpec("app");
    const JobResult r = create(spec);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString();
    ASSERT_EQ(r.items.size(), 1);
    QDomDocument doc;
    const QDomElement root = xmlOf(spec.name, doc);
    EXPECT_EQ(root.attribute(QStringLiteral("type")), QStringLiteral("lxc"));
    EXPECT_EQ(root.firstChildElement(QStringLiteral("uuid")).text(), r.items[0].uuid);
    const QDomElement os = root.firstChildElement(QStringLiteral("os"));
    EXPECT_EQ(os.firstChildElement(QStringLiteral("type")).text(), QStringLiteral("exe"));
    EXPECT_EQ(os.firstChildElement(QStringLiteral("init")).text(), QStringLiteral("/bin/sh"));
    EXPECT_EQ(root.firstChildElement(QStringLiteral("memory")).text(), QStringLiteral("65536"));
    EXPECT_EQ(root.firstChildElement(QStringLiteral("cputune"))
                  .firstChildElement(QStringLiteral("shares"))
                  .text(),
              QStringLiteral("512"));
    const QDomElement devices = root.firstChildElement(QStringLiteral("devices"));
    EXPECT_FALSE(devices.firstChildElement(QStringLiteral("console")).isNull());
    EXPECT_TRUE(devices.firstChildElement(QStringLiteral("filesystem")).isNull());
    if (spec.network == ContainerSpec::Network::VirtualNetwork) {
        EXPECT_EQ(devices.firstChildElement(QStringLiteral("interface"))
                      .attribute(QStringLiteral("type")),
                  QStringLiteral("network"));
    }

    // A second one with the same name is refused and the first is left alone.
    const JobResult again = create(spec);
    EXPECT_FALSE(again.ok);
    EXPECT_EQ(again.error.kind(), UserError::Kind::NameTaken);
    DomainHandle still(virDomainLookupByName(raw.get(), spec.name.toUtf8().constData()));
    EXPECT_TRUE(still);
}

TEST_F(LxcHost, DefinesAnOsContainerFromAnExistingRootfs) {
    const QString rootfs = TestSupport::makeTempDir(QStringLiteral("ct-rootfs"));
    ASSERT_TRUE(QDir(rootfs).mkpath(QStringLiteral("sbin")));
    ContainerSpec spec = shellSpec("os");
    spec.kind = ContainerSpec::Kind::OsContainer;
    spec.rootfsPath = rootfs;
    const JobResult r = create(spec);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString();
    QDomDocument doc;
    const QDomElement root = xmlOf(spec.name, doc);
    EXPECT_EQ(root.firstChildElement(QStringLiteral("os"))
                  .firstChildElement(QStringLiteral("init"))
                  .text(),
              QStringLiteral("/sbin/init"));
    const QDomElement fs = root.firstChildElement(QStringLiteral("devices"))
                               .firstChildElement(QStringLiteral("filesystem"));
    EXPECT_EQ(fs.firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("dir")),
              rootfs);
    EXPECT_EQ(fs.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dir")),
              QStringLiteral("/"));
    EXPECT_TRUE(QFileInfo(rootfs).isDir()) << "a folder the user chose is never touched";
}

TEST_F(LxcHost, StartsTheShellContainerWhereTheHostCan) {
    ContainerSpec spec = shellSpec("start");
    spec.network = ContainerSpec::Network::None; // no dependency on a running network
    spec.command = QStringLiteral("/bin/sleep");
    spec.arguments = {QStringLiteral("600")};
    spec.startAfterCreation = true;
    const JobResult r = create(spec);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString();
    ASSERT_EQ(r.items.size(), 1);
    DomainHandle d(virDomainLookupByName(raw.get(), spec.name.toUtf8().constData()));
    ASSERT_TRUE(d) << "a container that cannot start is still kept";
    if (!r.items[0].error.isNull()) {
        EXPECT_EQ(virDomainIsActive(d.get()), 0);
        EXPECT_FALSE(r.notes.isEmpty()) << "the result says why it did not start";
        GTEST_SKIP() << "this machine cannot start containers: "
                     << r.items[0].error.rawMessage().toStdString();
    }
    EXPECT_EQ(virDomainIsActive(d.get()), 1);
}

// Downloads a Debian base system (~150 MB): only when asked for and the mirror answers.
TEST_F(LxcHost, DebootstrapMakesAnOsContainer) {
    if (qgetenv("VD_TEST_DEBOOTSTRAP") != "1")
        GTEST_SKIP() << "set VD_TEST_DEBOOTSTRAP=1 to download a Debian base system";
    if (RootfsBootstrap::findProgram().isEmpty())
        GTEST_SKIP() << "debootstrap is not installed";
    const QString unreachable = RootfsBootstrap::mirrorProblem(ContainerSpec::defaultMirror());
    if (!unreachable.isEmpty())
        GTEST_SKIP() << "the Debian mirror cannot be reached: " << unreachable.toStdString();
    const QString parent = TestSupport::makeTempDir(QStringLiteral("ct-debootstrap"));
    ContainerSpec spec = shellSpec("deb");
    spec.kind = ContainerSpec::Kind::OsContainer;
    spec.rootfsPath = parent + QStringLiteral("/rootfs");
    spec.createRootfs = true;
    spec.memoryMiB = 256;
    const JobResult r = create(spec, 30 * 60 * 1000);
    ASSERT_TRUE(r.ok) << r.error.details().toStdString();
    const QFileInfo init(spec.rootfsPath + QStringLiteral("/sbin/init"));
    EXPECT_TRUE(init.exists() || init.isSymLink());
    EXPECT_TRUE(QFileInfo::exists(spec.rootfsPath + QStringLiteral("/etc/debian_version")));
    EXPECT_TRUE(
        lastControl->logLines().contains(QStringLiteral("I: Base system installed successfully.")))
        << "debootstrap's output went into the job's log";
}

TEST_F(LxcHost, CancellingDebootstrapRemovesTheFolderItMade) {
    if (qgetenv("VD_TEST_DEBOOTSTRAP") != "1")
        GTEST_SKIP() << "set VD_TEST_DEBOOTSTRAP=1 to run debootstrap against the Debian mirror";
    if (RootfsBootstrap::findProgram().isEmpty())
        GTEST_SKIP() << "debootstrap is not installed";
    const QString unreachable = RootfsBootstrap::mirrorProblem(ContainerSpec::defaultMirror());
    if (!unreachable.isEmpty())
        GTEST_SKIP() << "the Debian mirror cannot be reached: " << unreachable.toStdString();
    const QString parent = TestSupport::makeTempDir(QStringLiteral("ct-cancel"));
    ContainerSpec spec = shellSpec("cancel");
    spec.kind = ContainerSpec::Kind::OsContainer;
    spec.rootfsPath = parent + QStringLiteral("/rootfs");
    spec.createRootfs = true;
    made << spec.name;
    std::optional<JobResult> result;
    QObject receiver;
    auto control = connection->runJob(
        [spec](virConnectPtr c, JobControl &jc) { return ContainerCreator::create(c, spec, jc); },
        &receiver, [&](const JobResult &r) { result = r; });
    ASSERT_TRUE(waitFor(
        [&] {
            const QStringList lines = control->logLines();
            return result.has_value() ||
                   std::any_of(lines.begin(), lines.end(), [](const QString &l) {
                       return l.startsWith(QLatin1String("I: Retrieving")) ||
                              l.startsWith(QLatin1String("I: Validating"));
                   });
        },
        120000));
    control->cancel();
    ASSERT_TRUE(waitFor([&] { return result.has_value(); }, 60000));
    EXPECT_FALSE(result->ok);
    EXPECT_TRUE(result->cancelled);
    EXPECT_FALSE(QFileInfo::exists(spec.rootfsPath)) << "the folder debootstrap filled is gone";
    EXPECT_TRUE(QFileInfo(parent).isDir()) << "its parent stays";
    DomainHandle d(virDomainLookupByName(raw.get(), spec.name.toUtf8().constData()));
    virResetLastError();
    EXPECT_FALSE(d) << "nothing was defined";
}
