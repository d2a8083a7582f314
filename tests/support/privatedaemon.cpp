// SPDX-License-Identifier: GPL-2.0-or-later
#include "privatedaemon.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <libvirt/libvirt.h>

#include <signal.h>

namespace {

bool writeFile(const QString &path, const QByteArray &content) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

} // namespace

PrivateDaemon::PrivateDaemon()
    : m_dir(TestSupport::makeTempDir(QStringLiteral("daemon"))) {}

PrivateDaemon::~PrivateDaemon() {
    kill();
}

QString PrivateDaemon::socketPath() const {
    return m_dir + QStringLiteral("/sock/libvirt-sock");
}

QString PrivateDaemon::testUri(const QString &fixtureName) const {
    return testUriForFile(TestSupport::fixture(fixtureName));
}

QString PrivateDaemon::testUriForFile(const QString &path) const {
    // The daemon runs as nobody: it reads a world-readable copy in its own directory.
    const QString copy = m_dir + QStringLiteral("/fixtures/") + QFileInfo(path).fileName();
    if (!QFileInfo::exists(copy)) {
        QDir().mkpath(m_dir + QStringLiteral("/fixtures"));
        QFile::copy(path, copy);
        QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                   QFileDevice::ReadOther | QFileDevice::WriteOwner);
    }
    return QStringLiteral("test+unix://") + copy + QStringLiteral("?socket=") + socketPath();
}

bool PrivateDaemon::start(QString *error) {
    kill();
    for (const char *sub : {"sock", "home", "config", "cache", "run", "fixtures"})
        QDir().mkpath(m_dir + QLatin1Char('/') + QLatin1String(sub));
    const QByteArray conf = "unix_sock_dir = \"" + (m_dir + QStringLiteral("/sock")).toUtf8() +
                            "\"\nunix_sock_rw_perms = \"0777\"\nauth_unix_rw = \"none\"\n";
    writeFile(m_dir + QStringLiteral("/libvirtd.conf"), conf);
    // nobody must be able to reach everything below the directory.
    TestSupport::run(QStringLiteral("chmod"),
                     {QStringLiteral("-R"), QStringLiteral("a+rwX"), m_dir});
    TestSupport::run(QStringLiteral("chown"),
                     {QStringLiteral("-R"), QStringLiteral("nobody"), m_dir});

    m_process = new QProcess;
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setStandardOutputFile(m_dir + QStringLiteral("/libvirtd.out"));
    // setpriv execs libvirtd directly, so the process we own is the daemon itself.
    m_process->start(QStringLiteral("setpriv"),
                     {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                      QStringLiteral("--clear-groups"), QStringLiteral("--"), QStringLiteral("env"),
                      QStringLiteral("HOME=") + m_dir + QStringLiteral("/home"),
                      QStringLiteral("XDG_CONFIG_HOME=") + m_dir + QStringLiteral("/config"),
                      QStringLiteral("XDG_CACHE_HOME=") + m_dir + QStringLiteral("/cache"),
                      QStringLiteral("XDG_RUNTIME_DIR=") + m_dir + QStringLiteral("/run"),
                      QStringLiteral("libvirtd"), QStringLiteral("--config"),
                      m_dir + QStringLiteral("/libvirtd.conf")});
    if (!m_process->waitForStarted(5000)) {
        if (error)
            *error =
                QStringLiteral("could not start libvirtd as nobody: ") + m_process->errorString();
        return false;
    }
    const bool up = TestSupport::waitFor(
        [this] {
            if (!QFileInfo::exists(socketPath()))
                return false;
            const QByteArray uri =
                (QStringLiteral("test+unix:///default?socket=") + socketPath()).toUtf8();
            virConnectPtr c = virConnectOpen(uri.constData());
            if (!c)
                return false;
            virConnectClose(c);
            return true;
        },
        15000);
    if (!up && error)
        *error = QStringLiteral("private libvirtd did not answer on ") + socketPath();
    return up;
}

void PrivateDaemon::kill() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process->processId()), SIGCONT);
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    delete m_process;
    m_process = nullptr;
    QFile::remove(socketPath());
}

bool PrivateDaemon::freeze() {
    return m_process && ::kill(pid_t(pid()), SIGSTOP) == 0;
}

bool PrivateDaemon::thaw() {
    return m_process && ::kill(pid_t(pid()), SIGCONT) == 0;
}

qint64 PrivateDaemon::pid() const {
    return m_process ? m_process->processId() : -1;
}
