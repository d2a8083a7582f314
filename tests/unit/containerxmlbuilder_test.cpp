// SPDX-License-Identifier: GPL-2.0-or-later
#include "containercreator.h"
#include "containerxmlbuilder.h"
#include "libvirthandles.h"
#include "rootfsbootstrap.h"
#include "testsupport.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <thread>

namespace {

QDomElement parse(const QString &xml, QDomDocument &doc) {
    QString error;
    EXPECT_TRUE(doc.setContent(xml, &error)) << error.toStdString();
    return doc.documentElement();
}

QString text(const QDomElement &root, const QString &path) {
    QDomElement e = root;
    for (const QString &part : path.split(QLatin1Char('/')))
        e = e.firstChildElement(part);
    return e.text();
}

ContainerSpec appSpec(const QString &name) {
    ContainerSpec s;
    s.name = name;
    s.command = QStringLiteral("/bin/sh");
    s.arguments = {QStringLiteral("-c"), QStringLiteral("echo <hi> & sleep 5")};
    s.memoryMiB = 128;
    s.cpuShares = 512;
    s.networkName = QStringLiteral("default");
    s.startAfterCreation = false;
    return s;
}

// A stand-in for debootstrap: prints its kind of output and makes a tiny tree. $4 is the
// target folder (after --variant and --include, then the release).
QString standIn(const QString &dir, const QString &body) {
    const QString path = dir + QStringLiteral("/fake-debootstrap");
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\n");
    f.write(body.toUtf8());
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

const char *kGoodRun =
    "echo \"args: $*\"\n"
    "echo 'I: Retrieving InRelease'\n"
    "echo 'I: Retrieving adduser 3.134'\n"
    "echo 'I: Validating adduser 3.134'\n"
    "mkdir -p \"$4/sbin\" \"$4/etc\" && touch \"$4/sbin/init\" \"$4/etc/os-release\"\n"
    "echo 'I: Extracting adduser...'\n"
    "echo 'I: Unpacking required packages...'\n"
    "echo 'I: Configuring required packages...'\n"
    "echo 'I: Unpacking the base system...'\n"
    "echo 'I: Configuring the base system...'\n"
    "echo 'I: Base system installed successfully.'\n";

struct TestDriver {
    ConnectHandle conn{virConnectOpen("test:///default")};
    bool has(const QString &name) {
        DomainHandle d(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
        virResetLastError();
        return d != nullptr;
    }
    QString xmlOf(const QString &name) {
        DomainHandle d(virDomainLookupByName(conn.get(), name.toUtf8().constData()));
        if (!d)
            return {};
        CString xml(virDomainGetXMLDesc(d.get(), 0));
        return QString::fromUtf8(xml.get());
    }
};

} // namespace

TEST(ContainerXmlBuilder, ApplicationContainerRunsItsCommandInTheHostsFiles) {
    QDomDocument doc;
    const QDomElement root = parse(ContainerXmlBuilder::build(appSpec(QStringLiteral("app"))), doc);
    EXPECT_EQ(root.tagName(), QStringLiteral("domain"));
    EXPECT_EQ(root.attribute(QStringLiteral("type")), QStringLiteral("lxc"));
    EXPECT_EQ(text(root, QStringLiteral("name")), QStringLiteral("app"));
    EXPECT_EQ(text(root, QStringLiteral("os/type")), QStringLiteral("exe"));
    EXPECT_EQ(text(root, QStringLiteral("os/init")), QStringLiteral("/bin/sh"));
    const QDomNodeList args =
        root.firstChildElement(QStringLiteral("os")).elementsByTagName(QStringLiteral("initarg"));
    ASSERT_EQ(args.size(), 2);
    EXPECT_EQ(args.at(0).toElement().text(), QStringLiteral("-c"));
    EXPECT_EQ(args.at(1).toElement().text(), QStringLiteral("echo <hi> & sleep 5"))
        << "special characters are escaped, not lost";
    const QDomElement memory = root.firstChildElement(QStringLiteral("memory"));
    EXPECT_EQ(memory.attribute(QStringLiteral("unit")), QStringLiteral("KiB"));
    EXPECT_EQ(memory.text(), QStringLiteral("131072"));
    EXPECT_EQ(text(root, QStringLiteral("cputune/shares")), QStringLiteral("512"));
    EXPECT_TRUE(root.elementsByTagName(QStringLiteral("filesystem")).isEmpty())
        << "an application container shares the host's root";
    const QDomElement devices = root.firstChildElement(QStringLiteral("devices"));
    EXPECT_EQ(
        devices.firstChildElement(QStringLiteral("console")).attribute(QStringLiteral("type")),
        QStringLiteral("pty"));
    const QDomElement nic = devices.firstChildElement(QStringLiteral("interface"));
    EXPECT_EQ(nic.attribute(QStringLiteral("type")), QStringLiteral("network"));
    EXPECT_EQ(nic.firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("network")),
              QStringLiteral("default"));
    EXPECT_TRUE(root.firstChildElement(QStringLiteral("features")).isNull());
}

TEST(ContainerXmlBuilder, OsContainerMountsItsRootAndBootsInit) {
    ContainerSpec s = appSpec(QStringLiteral("os"));
    s.kind = ContainerSpec::Kind::OsContainer;
    s.rootfsPath = QStringLiteral("/var/lib/lxc/os/rootfs");
    s.network = ContainerSpec::Network::Bridge;
    s.bridgeName = QStringLiteral("br0");
    QDomDocument doc;
    const QDomElement root = parse(ContainerXmlBuilder::build(s), doc);
    EXPECT_EQ(text(root, QStringLiteral("os/init")), QStringLiteral("/sbin/init"));
    EXPECT_TRUE(root.elementsByTagName(QStringLiteral("initarg")).isEmpty())
        << "application arguments are not passed to init";
    const QDomElement fs = root.firstChildElement(QStringLiteral("devices"))
                               .firstChildElement(QStringLiteral("filesystem"));
    ASSERT_FALSE(fs.isNull());
    EXPECT_EQ(fs.attribute(QStringLiteral("type")), QStringLiteral("mount"));
    EXPECT_EQ(fs.firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("dir")),
              QStringLiteral("/var/lib/lxc/os/rootfs"));
    EXPECT_EQ(fs.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dir")),
              QStringLiteral("/"));
    const QDomElement nic = root.firstChildElement(QStringLiteral("devices"))
                                .firstChildElement(QStringLiteral("interface"));
    EXPECT_EQ(nic.attribute(QStringLiteral("type")), QStringLiteral("bridge"));
    EXPECT_EQ(nic.firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("bridge")),
              QStringLiteral("br0"));
}

TEST(ContainerXmlBuilder, NoNetworkMeansAPrivateNamespaceWithoutInterfaces) {
    ContainerSpec s = appSpec(QStringLiteral("isolated"));
    s.network = ContainerSpec::Network::None;
    QDomDocument doc;
    const QDomElement root = parse(ContainerXmlBuilder::build(s), doc);
    EXPECT_TRUE(root.elementsByTagName(QStringLiteral("interface")).isEmpty());
    EXPECT_FALSE(root.firstChildElement(QStringLiteral("features"))
                     .firstChildElement(QStringLiteral("privnet"))
                     .isNull())
        << "without privnet LXC would share the host's network";
}

TEST(ContainerXmlBuilder, NameRules) {
    QString reason;
    EXPECT_TRUE(ContainerXmlBuilder::validName(QStringLiteral("web-1.test_a+b"), &reason));
    EXPECT_TRUE(reason.isEmpty());
    EXPECT_FALSE(ContainerXmlBuilder::validName(QString(), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("Enter a name")));
    EXPECT_FALSE(ContainerXmlBuilder::validName(QString(65, QLatin1Char('a')), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("64")));
    EXPECT_TRUE(ContainerXmlBuilder::validName(QString(64, QLatin1Char('a'))));
    EXPECT_FALSE(ContainerXmlBuilder::validName(QStringLiteral("has space"), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("only letters")));
    EXPECT_FALSE(ContainerXmlBuilder::validName(QStringLiteral("a/b")));
    EXPECT_FALSE(ContainerXmlBuilder::validName(QStringLiteral(".hidden"), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("cannot start")));
    EXPECT_FALSE(ContainerXmlBuilder::validName(QStringLiteral("-x")));
}

// libvirt itself (its test driver) accepts the XML and keeps what matters.
TEST(ContainerXmlBuilder, TestDriverDefinesBothKinds) {
    TestDriver t;
    ASSERT_TRUE(t.conn);
    ContainerSpec os = appSpec(QStringLiteral("vdtest-xml-os"));
    os.kind = ContainerSpec::Kind::OsContainer;
    os.rootfsPath = QStringLiteral("/srv/rootfs");
    for (const ContainerSpec &s : {appSpec(QStringLiteral("vdtest-xml-app")), os}) {
        const QByteArray xml = ContainerXmlBuilder::build(s).toUtf8();
        DomainHandle d(
            virDomainDefineXMLFlags(t.conn.get(), xml.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
        ASSERT_TRUE(d) << virGetLastErrorMessage();
        QDomDocument doc;
        const QDomElement root = parse(t.xmlOf(s.name), doc);
        EXPECT_EQ(root.attribute(QStringLiteral("type")), QStringLiteral("lxc"));
        EXPECT_EQ(text(root, QStringLiteral("os/init")), s.initPath());
        EXPECT_EQ(text(root, QStringLiteral("cputune/shares")), QStringLiteral("512"));
        EXPECT_EQ(root.elementsByTagName(QStringLiteral("filesystem")).size(),
                  s.kind == ContainerSpec::Kind::OsContainer ? 1 : 0);
        virDomainUndefine(d.get());
    }
}

TEST(RootfsBootstrap, CommandLine) {
    EXPECT_EQ(
        RootfsBootstrap::arguments(QStringLiteral("bookworm"), QStringLiteral("/srv/r"),
                                   QStringLiteral("http://deb.debian.org/debian")),
        (QStringList{QStringLiteral("--variant=minbase"), QStringLiteral("--include=systemd-sysv"),
                     QStringLiteral("bookworm"), QStringLiteral("/srv/r"),
                     QStringLiteral("http://deb.debian.org/debian")}));
}

TEST(RootfsBootstrap, TargetAndMirrorChecks) {
    const QString dir = TestSupport::makeTempDir(QStringLiteral("rootfs-check"));
    EXPECT_FALSE(RootfsBootstrap::checkTarget(QString()).isEmpty());
    EXPECT_TRUE(RootfsBootstrap::checkTarget(QStringLiteral("relative/dir"))
                    .contains(QStringLiteral("full path")));
    EXPECT_FALSE(RootfsBootstrap::checkTarget(QStringLiteral("/")).isEmpty());
    EXPECT_TRUE(RootfsBootstrap::checkTarget(dir).isEmpty()) << "an empty folder is fine";
    EXPECT_TRUE(RootfsBootstrap::checkTarget(dir + QStringLiteral("/new")).isEmpty())
        << "a new folder in an existing one is fine";
    EXPECT_TRUE(RootfsBootstrap::checkTarget(dir + QStringLiteral("/no/such"))
                    .contains(QStringLiteral("does not exist")));
    QFile file(dir + QStringLiteral("/keep.txt"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_TRUE(RootfsBootstrap::checkTarget(dir).contains(QStringLiteral("already holds files")));
    EXPECT_TRUE(
        RootfsBootstrap::checkTarget(file.fileName()).contains(QStringLiteral("not a folder")));

    EXPECT_TRUE(
        RootfsBootstrap::checkMirror(QStringLiteral("http://deb.debian.org/debian")).isEmpty());
    EXPECT_TRUE(
        RootfsBootstrap::checkMirror(QStringLiteral("https://m.example/debian/")).isEmpty());
    EXPECT_FALSE(RootfsBootstrap::checkMirror(QString()).isEmpty());
    EXPECT_FALSE(RootfsBootstrap::checkMirror(QStringLiteral("ftp://m.example/debian")).isEmpty());
    EXPECT_FALSE(RootfsBootstrap::checkMirror(QStringLiteral("deb.debian.org")).isEmpty());
}

TEST(RootfsBootstrap, PhasesOnlyMoveForward) {
    RootfsBootstrap::PhaseTracker t;
    EXPECT_FALSE(t.feed(QStringLiteral("W: something unrelated")));
    double last = 0;
    const char *lines[] = {"I: Retrieving InRelease",
                           "I: Retrieving adduser",
                           "I: Validating adduser",
                           "I: Extracting adduser...",
                           "I: Unpacking required packages...",
                           "I: Configuring required packages...",
                           "I: Unpacking the base system...",
                           "I: Configuring the base system..."};
    for (const char *line : lines) {
        EXPECT_TRUE(t.feed(QString::fromLatin1(line)));
        EXPECT_GE(t.fraction(), last) << line;
        EXPECT_LT(t.fraction(), 1.0);
        last = t.fraction();
    }
    EXPECT_GE(last, 0.8) << "configuring is the last phase";
    EXPECT_FALSE(t.step().isEmpty());
    t.feed(QStringLiteral("I: Base system installed successfully."));
    EXPECT_EQ(t.fraction(), 1.0);
}

TEST(RootfsBootstrap, StandInRunLogsProgressAndRemovesTheFolderItMade) {
    const QString dir = TestSupport::makeTempDir(QStringLiteral("rootfs-run"));
    const QString target = dir + QStringLiteral("/rootfs");
    RootfsBootstrap b(target, QStringLiteral("bookworm"), QStringLiteral("http://m.invalid/debian"),
                      standIn(dir, QString::fromLatin1(kGoodRun)));
    JobControl control;
    const UserError error = b.run(control);
    EXPECT_TRUE(error.isNull()) << error.summary().toStdString();
    EXPECT_TRUE(QFileInfo::exists(target + QStringLiteral("/sbin/init")));
    EXPECT_EQ(control.fraction(), 1.0);
    const QStringList log = control.logLines();
    EXPECT_TRUE(log.contains(QStringLiteral("I: Unpacking required packages...")));
    EXPECT_TRUE(log.contains(QStringLiteral("args: --variant=minbase --include=systemd-sysv "
                                            "bookworm %1 http://m.invalid/debian")
                                 .arg(target)));
    EXPECT_TRUE(b.madeSomething());
    b.removeWhatWasMade();
    EXPECT_FALSE(QFileInfo::exists(target)) << "the folder it made is gone";
    EXPECT_TRUE(QFileInfo::exists(dir)) << "its parent is not touched";
}

TEST(RootfsBootstrap, AnEmptyFolderGivenIsEmptiedButKept) {
    const QString target = TestSupport::makeTempDir(QStringLiteral("rootfs-empty"));
    const QString dir = TestSupport::makeTempDir(QStringLiteral("rootfs-prog"));
    RootfsBootstrap b(target, QStringLiteral("bookworm"), QStringLiteral("http://m.invalid/d"),
                      standIn(dir, QString::fromLatin1(kGoodRun)));
    JobControl control;
    ASSERT_TRUE(b.run(control).isNull());
    b.removeWhatWasMade();
    EXPECT_TRUE(QFileInfo(target).isDir()) << "the folder existed before: it stays";
    EXPECT_TRUE(QDir(target).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                                     QDir::NoDotAndDotDot));
}

TEST(RootfsBootstrap, RefusesAFolderWithFilesAndTouchesNothing) {
    const QString target = TestSupport::makeTempDir(QStringLiteral("rootfs-full"));
    QFile keep(target + QStringLiteral("/precious"));
    ASSERT_TRUE(keep.open(QIODevice::WriteOnly));
    keep.close();
    const QString dir = TestSupport::makeTempDir(QStringLiteral("rootfs-prog"));
    RootfsBootstrap b(target, QStringLiteral("bookworm"), QStringLiteral("http://m.invalid/d"),
                      standIn(dir, QString::fromLatin1(kGoodRun)));
    JobControl control;
    const UserError error = b.run(control);
    EXPECT_EQ(error.kind(), UserError::Kind::InvalidInput);
    EXPECT_TRUE(error.explanation().contains(QStringLiteral("already holds files")));
    EXPECT_FALSE(b.madeSomething());
    b.removeWhatWasMade();
    EXPECT_TRUE(keep.exists());
}

TEST(RootfsBootstrap, CancelStopsItAndRemovesWhatItMade) {
    const QString dir = TestSupport::makeTempDir(QStringLiteral("rootfs-cancel"));
    const QString target = dir + QStringLiteral("/rootfs");
    RootfsBootstrap b(target, QStringLiteral("bookworm"), QStringLiteral("http://m.invalid/d"),
                      standIn(dir, QStringLiteral("echo 'I: Retrieving InRelease'\n"
                                                  "mkdir -p \"$4/usr/lib\"\n"
                                                  "echo 'I: Retrieving libc6'\n"
                                                  "exec sleep 60\n")));
    JobControl control;
    UserError error;
    std::thread job([&] { error = b.run(control); });
    const bool sawDownload = TestSupport::waitFor(
        [&] { return control.logLines().contains(QStringLiteral("I: Retrieving libc6")); }, 10000);
    control.cancel();
    job.join();
    ASSERT_TRUE(sawDownload);
    EXPECT_EQ(error.title(), QStringLiteral("Cancelled"));
    EXPECT_GT(control.fraction(), 0.0) << "progress moved while downloading";
    b.removeWhatWasMade();
    EXPECT_FALSE(QFileInfo::exists(target));
}

TEST(RootfsBootstrap, ClearErrorsForMissingProgramAndUnreachableMirror) {
    const QString dir = TestSupport::makeTempDir(QStringLiteral("rootfs-err"));
    {
        RootfsBootstrap b(dir + QStringLiteral("/r"), QStringLiteral("bookworm"),
                          QStringLiteral("http://m.invalid/d"), dir + QStringLiteral("/none"));
        JobControl control;
        const UserError e = b.run(control);
        EXPECT_EQ(e.kind(), UserError::Kind::NotSupported);
        EXPECT_TRUE(e.title().contains(QStringLiteral("not installed")));
        EXPECT_FALSE(QFileInfo::exists(dir + QStringLiteral("/r"))) << "nothing made";
    }
    {
        RootfsBootstrap b(
            dir + QStringLiteral("/r"), QStringLiteral("bookworm"),
            QStringLiteral("http://m.invalid/d"),
            standIn(dir, QStringLiteral("echo 'I: Retrieving InRelease'\n"
                                        "echo 'E: Failed getting release file "
                                        "http://m.invalid/d/dists/bookworm/Release' >&2\n"
                                        "exit 1\n")));
        JobControl control;
        const UserError e = b.run(control);
        EXPECT_EQ(e.kind(), UserError::Kind::HostUnreachable);
        EXPECT_TRUE(e.title().contains(QStringLiteral("mirror")));
        b.removeWhatWasMade();
        EXPECT_FALSE(QFileInfo::exists(dir + QStringLiteral("/r")));
    }
    const char *proxies[] = {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"};
    bool proxied = false;
    for (const char *p : proxies)
        proxied = proxied || !qEnvironmentVariableIsEmpty(p);
    if (!proxied) {
        // Port 1 on the loopback refuses at once: the same message as a dead mirror.
        const QString problem =
            RootfsBootstrap::mirrorProblem(QStringLiteral("http://127.0.0.1:1/debian"), 3000);
        EXPECT_TRUE(problem.contains(QStringLiteral("does not answer"))) << problem.toStdString();
    }
}

TEST(ContainerCreator, DefinesAnApplicationContainer) {
    TestDriver t;
    ContainerSpec s = appSpec(QStringLiteral("vdtest-cc-app"));
    s.startAfterCreation = true; // the test driver "starts" anything
    JobControl control;
    const JobResult r = ContainerCreator::create(t.conn.get(), s, control);
    ASSERT_TRUE(r.ok) << r.error.summary().toStdString();
    ASSERT_EQ(r.items.size(), 1);
    EXPECT_EQ(r.items[0].name, s.name);
    EXPECT_EQ(r.items[0].uuid.size(), 36);
    EXPECT_TRUE(r.items[0].error.isNull());
    EXPECT_TRUE(t.xmlOf(s.name).contains(QStringLiteral("<init>/bin/sh</init>")));
    DomainHandle d(virDomainLookupByName(t.conn.get(), "vdtest-cc-app"));
    EXPECT_EQ(virDomainIsActive(d.get()), 1);
    virDomainDestroy(d.get());
    virDomainUndefine(d.get());
}

TEST(ContainerCreator, RefusesATakenNameAndABadSpec) {
    TestDriver t;
    JobControl control;
    // test:///default ships a guest named "test".
    JobResult r = ContainerCreator::create(t.conn.get(), appSpec(QStringLiteral("test")), control);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error.kind(), UserError::Kind::NameTaken);
    r = ContainerCreator::create(t.conn.get(), appSpec(QStringLiteral("-bad")), control);
    EXPECT_EQ(r.error.kind(), UserError::Kind::InvalidInput);
    ContainerSpec tiny = appSpec(QStringLiteral("vdtest-cc-tiny"));
    tiny.memoryMiB = 0;
    r = ContainerCreator::create(t.conn.get(), tiny, control);
    EXPECT_EQ(r.error.kind(), UserError::Kind::InvalidInput);
    EXPECT_FALSE(t.has(QStringLiteral("vdtest-cc-tiny")));
}

TEST(ContainerCreator, BootstrapsThenDefinesAnOsContainer) {
    TestDriver t;
    const QString dir = TestSupport::makeTempDir(QStringLiteral("cc-os"));
    ContainerSpec s = appSpec(QStringLiteral("vdtest-cc-os"));
    s.kind = ContainerSpec::Kind::OsContainer;
    s.rootfsPath = dir + QStringLiteral("/rootfs");
    s.createRootfs = true;
    s.bootstrapProgram = standIn(dir, QString::fromLatin1(kGoodRun));
    JobControl control;
    const JobResult r = ContainerCreator::create(t.conn.get(), s, control);
    ASSERT_TRUE(r.ok) << r.error.summary().toStdString();
    EXPECT_TRUE(QFileInfo::exists(s.rootfsPath + QStringLiteral("/sbin/init")))
        << "the root file system stays with the container";
    EXPECT_TRUE(t.xmlOf(s.name).contains(QStringLiteral("<source dir='%1'/>").arg(s.rootfsPath)));
    EXPECT_TRUE(control.logLines().contains(QStringLiteral("I: Configuring the base system...")));
    DomainHandle d(virDomainLookupByName(t.conn.get(), s.name.toUtf8().constData()));
    virDomainUndefine(d.get());
}

TEST(ContainerCreator, FailedDefinitionRemovesTheRootfsItMade) {
    TestDriver t;
    const QString dir = TestSupport::makeTempDir(QStringLiteral("cc-fail"));
    ContainerSpec s = appSpec(QStringLiteral("vdtest-cc-fail"));
    s.kind = ContainerSpec::Kind::OsContainer;
    s.rootfsPath = dir + QStringLiteral("/rootfs");
    s.createRootfs = true;
    s.bootstrapProgram = standIn(dir, QString::fromLatin1(kGoodRun));
    s.memoryMiB = quint64(1) << 53; // libvirt refuses it: numerical overflow
    JobControl control;
    const JobResult r = ContainerCreator::create(t.conn.get(), s, control);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.error.isNull());
    EXPECT_FALSE(t.has(s.name));
    EXPECT_FALSE(QFileInfo::exists(s.rootfsPath)) << "the rootfs we made is removed again";
    EXPECT_TRUE(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("Deleted")));
}

TEST(ContainerCreator, CancelDuringBootstrapLeavesNothing) {
    TestDriver t;
    const QString dir = TestSupport::makeTempDir(QStringLiteral("cc-cancel"));
    ContainerSpec s = appSpec(QStringLiteral("vdtest-cc-cancel"));
    s.kind = ContainerSpec::Kind::OsContainer;
    s.rootfsPath = dir + QStringLiteral("/rootfs");
    s.createRootfs = true;
    s.bootstrapProgram = standIn(dir, QStringLiteral("mkdir -p \"$4/etc\"\n"
                                                     "echo 'I: Retrieving InRelease'\n"
                                                     "exec sleep 60\n"));
    JobControl control;
    JobResult r;
    std::thread job([&] { r = ContainerCreator::create(t.conn.get(), s, control); });
    TestSupport::waitFor(
        [&] { return control.logLines().contains(QStringLiteral("I: Retrieving InRelease")); },
        10000);
    control.cancel();
    job.join();
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(t.has(s.name));
    EXPECT_FALSE(QFileInfo::exists(s.rootfsPath));
}
