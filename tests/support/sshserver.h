// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QProcess;

// A real OpenSSH server on 127.0.0.1 with keys made for the test. The user's own ~/.ssh is
// never touched: clients use the known_hosts file and the ssh wrapper made here.
class SshServer {
public:
    SshServer();
    ~SshServer();
    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;

    bool start(QString *error);
    int port() const { return m_port; }
    QString clientKey() const;        // authorized
    QString unknownClientKey() const; // not authorized
    QString knownHosts() const;
    // An ssh command that uses knownHosts() and never prompts, for libvirt's "command=".
    QString sshWrapper() const;

    // qemu+ssh://root@127.0.0.1:PORT/system with the given key.
    QString sshUri(const QString &key) const;
    QString libsshUri(const QString &key) const;

private:
    QString m_dir;
    int m_port = 0;
    QProcess *m_process = nullptr;
};
