// SPDX-License-Identifier: GPL-2.0-or-later
#include "sshserver.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

SshServer::SshServer()
    : m_dir(TestSupport::makeTempDir(QStringLiteral("ssh"))) {}

SshServer::~SshServer() {
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(3000);
        delete m_process;
    }
}

QString SshServer::clientKey() const {
    return m_dir + QStringLiteral("/client_key");
}
QString SshServer::unknownClientKey() const {
    return m_dir + QStringLiteral("/unknown_key");
}
QString SshServer::knownHosts() const {
    return m_dir + QStringLiteral("/known_hosts");
}
QString SshServer::sshWrapper() const {
    return m_dir + QStringLiteral("/ssh");
}

QString SshServer::sshUri(const QString &key) const {
    return QStringLiteral("qemu+ssh://root@127.0.0.1:%1/system?keyfile=%2&command=%3")
        .arg(m_port)
        .arg(key, sshWrapper());
}

QString SshServer::libsshUri(const QString &key) const {
    return QStringLiteral(
               "qemu+libssh://root@127.0.0.1:%1/system?keyfile=%2&known_hosts=%3&sshauth=privkey")
        .arg(m_port)
        .arg(key, knownHosts());
}

bool SshServer::start(QString *error) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    for (const QString &key : {QStringLiteral("host_key"), QStringLiteral("client_key"),
                               QStringLiteral("unknown_key")}) {
        QString out;
        if (TestSupport::run(QStringLiteral("ssh-keygen"),
                             {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                              QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                              m_dir + QLatin1Char('/') + key},
                             &out) != 0)
            return fail(QStringLiteral("ssh-keygen failed: ") + out);
    }
    QFile::copy(clientKey() + QStringLiteral(".pub"), m_dir + QStringLiteral("/authorized_keys"));
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    QFile hostPub(m_dir + QStringLiteral("/host_key.pub"));
    hostPub.open(QIODevice::ReadOnly);
    const QList<QByteArray> parts = hostPub.readAll().trimmed().split(' ');
    QFile known(knownHosts());
    known.open(QIODevice::WriteOnly);
    known.write("[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + parts.value(0) + ' ' +
                parts.value(1) + '\n');
    known.close();
    QFile wrapper(sshWrapper());
    wrapper.open(QIODevice::WriteOnly);
    wrapper.write("#!/bin/sh\nexec /usr/bin/ssh -o UserKnownHostsFile=" + knownHosts().toUtf8() +
                  " -o StrictHostKeyChecking=yes -o BatchMode=yes -o IdentitiesOnly=yes \"$@\"\n");
    wrapper.close();
    wrapper.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ExeOwner);

    QDir().mkpath(QStringLiteral("/run/sshd"));
    m_process = new QProcess;
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir + QStringLiteral("/sshd.log"));
    m_process->start(
        QStringLiteral("/usr/sbin/sshd"),
        {QStringLiteral("-D"),
         QStringLiteral("-e"),
         QStringLiteral("-p"),
         QString::number(m_port),
         QStringLiteral("-h"),
         m_dir + QStringLiteral("/host_key"),
         QStringLiteral("-o"),
         QStringLiteral("ListenAddress=127.0.0.1"),
         QStringLiteral("-o"),
         QStringLiteral("AuthorizedKeysFile=") + m_dir + QStringLiteral("/authorized_keys"),
         QStringLiteral("-o"),
         QStringLiteral("StrictModes=no"),
         QStringLiteral("-o"),
         QStringLiteral("PasswordAuthentication=no"),
         QStringLiteral("-o"),
         QStringLiteral("KbdInteractiveAuthentication=no"),
         QStringLiteral("-o"),
         QStringLiteral("PermitRootLogin=prohibit-password"),
         QStringLiteral("-o"),
         QStringLiteral("UsePAM=no"),
         QStringLiteral("-o"),
         QStringLiteral("PidFile=") + m_dir + QStringLiteral("/sshd.pid")});
    if (!m_process->waitForStarted(5000))
        return fail(QStringLiteral("cannot start sshd: ") + m_process->errorString());
    const bool listening = TestSupport::waitFor(
        [this] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            return s.waitForConnected(200);
        },
        10000);
    if (!listening) {
        QFile log(m_dir + QStringLiteral("/sshd.log"));
        log.open(QIODevice::ReadOnly);
        return fail(QStringLiteral("sshd is not listening: ") +
                    QString::fromLocal8Bit(log.readAll()));
    }
    return true;
}
