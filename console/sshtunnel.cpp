// SPDX-License-Identifier: GPL-2.0-or-later
#include "sshtunnel.h"

#include "connectionuri.h"

#include <QProcess>

#include <sys/socket.h>
#include <unistd.h>

SshTunnel::SshTunnel(QObject *parent)
    : QObject(parent) {}

SshTunnel::~SshTunnel() {
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString SshTunnel::program(const ConnectionUri &uri) {
    const QString command = uri.param(QStringLiteral("command"));
    return command.isEmpty() ? QStringLiteral("ssh") : command;
}

QStringList SshTunnel::arguments(const ConnectionUri &uri, const QString &targetHost,
                                 int targetPort) {
    QStringList args{QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                     QStringLiteral("ConnectTimeout=10")};
    if (uri.port() > 0)
        args << QStringLiteral("-p") << QString::number(uri.port());
    if (!uri.user().isEmpty())
        args << QStringLiteral("-l") << uri.user();
    const QString key = uri.param(QStringLiteral("keyfile"));
    if (!key.isEmpty())
        args << QStringLiteral("-i") << key;
    const QString target = targetHost.contains(QLatin1Char(':'))
                               ? QLatin1Char('[') + targetHost + QLatin1Char(']')
                               : targetHost;
    args << QStringLiteral("-W") << target + QLatin1Char(':') + QString::number(targetPort);
    args << uri.host();
    return args;
}

int SshTunnel::open(const ConnectionUri &uri, const QString &targetHost, int targetPort,
                    QString *error) {
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) < 0) {
        if (error)
            *error = tr("Could not create a socket pair for the SSH tunnel.");
        return -1;
    }
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const int childEnd = pair[1];
    // ssh reads and writes the stream on its stdin and stdout: our socket's other end.
    m_process->setChildProcessModifier([childEnd] {
        ::dup2(childEnd, STDIN_FILENO);
        ::dup2(childEnd, STDOUT_FILENO);
    });
    m_process->start(program(uri), arguments(uri, targetHost, targetPort));
    ::close(pair[1]);
    if (!m_process->waitForStarted(5000)) {
        if (error)
            *error = tr("Could not start \"%1\": %2").arg(program(uri), m_process->errorString());
        ::close(pair[0]);
        return -1;
    }
    return pair[0];
}
