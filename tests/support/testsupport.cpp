// SPDX-License-Identifier: GPL-2.0-or-later
#include "testsupport.h"

#include "connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <vector>

namespace TestSupport {

QString fixture(const QString &name) {
    return QStringLiteral(VD_FIXTURES_DIR) + QLatin1Char('/') + name;
}

QString fixtureUri(const QString &name) {
    return QStringLiteral("test://") + fixture(name);
}

bool waitFor(const std::function<bool()> &pred, int timeoutMs) {
    return QTest::qWaitFor(pred, timeoutMs);
}

bool connectAndLoad(Connection *connection, int timeoutMs) {
    bool finished = false;
    const auto c =
        QObject::connect(connection, &Connection::loadFinished, [&finished] { finished = true; });
    connection->connectToHost();
    const bool ok = waitFor([&] { return finished; }, timeoutMs);
    QObject::disconnect(c);
    // Details (title, kind) follow in chunks right after; let them arrive.
    QTest::qWait(200);
    return ok && connection->isOpen();
}

bool kvmUsable() {
    // "PVM" KVM is a software hypervisor that runs only PVM-aware guests fast; SeaBIOS and
    // the tests' boot images crawl under it, far slower than plain TCG.
    if (QFileInfo::exists(QStringLiteral("/sys/module/kvm_pvm")))
        return false;
    // QEMU runs as libvirt-qemu (group kvm), so root being able to open it is not enough.
    struct stat st;
    if (::stat("/dev/kvm", &st) != 0 || !S_ISCHR(st.st_mode))
        return false;
    if ((st.st_mode & (S_IROTH | S_IWOTH)) == (S_IROTH | S_IWOTH))
        return true;
    const struct group *kvm = ::getgrnam("kvm");
    return kvm && st.st_gid == kvm->gr_gid &&
           (st.st_mode & (S_IRGRP | S_IWGRP)) == (S_IRGRP | S_IWGRP);
}

namespace {
bool daemonAnswersNow() {
    virConnectPtr c = virConnectOpen("qemu:///system");
    if (!c)
        return false;
    virConnectClose(c);
    return true;
}
} // namespace

bool systemDaemonAnswers() {
    if (daemonAnswersNow())
        return true;
    if (::getuid() != 0)
        return false;
    run(QStringLiteral(VD_SOURCE_DIR "/scripts/libvirt-up.sh"), {});
    return daemonAnswersNow();
}

QString makeTempDir(const QString &tag) {
    static std::vector<std::unique_ptr<QTemporaryDir>> dirs;
    auto dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/vdtest-") + tag +
                                               QStringLiteral("-XXXXXX"));
    dir->setAutoRemove(qEnvironmentVariableIsEmpty("VD_KEEP_TMP"));
    const QString path = dir->path();
    dirs.push_back(std::move(dir));
    return path;
}

int run(const QString &program, const QStringList &args, QString *output, int timeoutMs) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        if (output)
            *output = QString::fromLocal8Bit(p.readAll()) + QStringLiteral("\n(timed out)");
        return -1;
    }
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace TestSupport
