// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QString>

class ConnectionUri;
class QProcess;

// Reaches a console port on a remote host through SSH, as virt-manager does: `ssh -W`
// forwards one stream to the host's loopback, and the console talks to our end of a
// socket pair. Uses the connection's own user, port, key file and ssh command.
class SshTunnel : public QObject {
    Q_OBJECT
public:
    explicit SshTunnel(QObject *parent = nullptr);
    ~SshTunnel() override;

    // Starts ssh and returns the local end of the stream (the caller owns it), or -1.
    int open(const ConnectionUri &uri, const QString &targetHost, int targetPort, QString *error);
    static QStringList arguments(const ConnectionUri &uri, const QString &targetHost,
                                 int targetPort);
    static QString program(const ConnectionUri &uri);

private:
    QProcess *m_process = nullptr;
};
