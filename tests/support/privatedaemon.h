// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QProcess;

// A libvirtd of the tests' own, run as the unprivileged user "nobody" with its socket in a
// temporary directory, so that tests can freeze (SIGSTOP), kill and restart it without
// touching the shared system daemon.
class PrivateDaemon {
public:
    PrivateDaemon();
    ~PrivateDaemon();
    PrivateDaemon(const PrivateDaemon &) = delete;
    PrivateDaemon &operator=(const PrivateDaemon &) = delete;

    bool start(QString *error);
    void kill();
    bool freeze();
    bool thaw();
    qint64 pid() const;

    QString socketPath() const;
    // test+unix URI serving a copy of a project fixture through this daemon.
    QString testUri(const QString &fixtureName) const;
    // The same for any test-driver configuration file.
    QString testUriForFile(const QString &path) const;

private:
    QString m_dir;
    QProcess *m_process = nullptr;
};
