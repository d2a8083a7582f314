// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// A libvirt connection URI taken apart: driver[+transport]://[user@]host[:port]/path?params.
// Parsing is strict so that a typo in the "custom URI" field is reported, not sent to libvirt.
class ConnectionUri {
    Q_DECLARE_TR_FUNCTIONS(ConnectionUri)
public:
    enum class Hypervisor { QemuSystem, QemuSession, Lxc, Test, Other };
    enum class Transport { Local, Unix, Ssh, Libssh, Libssh2, Tls, Tcp, Ext };

    ConnectionUri() = default;

    // Returns an invalid URI and fills *error with a readable reason when text is not a URI.
    static ConnectionUri parse(const QString &text, QString *error = nullptr);
    static ConnectionUri build(Hypervisor hypervisor, Transport transport, const QString &user,
                               const QString &host, int port = -1);

    bool isValid() const { return !m_driver.isEmpty(); }

    QString driver() const { return m_driver; }
    Transport transport() const { return m_transport; }
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString path() const { return m_path; }
    QList<QPair<QString, QString>> params() const { return m_params; }
    QString param(const QString &key) const;
    void setParam(const QString &key, const QString &value);

    Hypervisor hypervisor() const;
    // True when libvirt reaches the daemon over a network (keepalive matters, consoles tunnel).
    bool isRemote() const;
    bool isTestDriver() const { return m_driver == QLatin1String("test"); }

    QString toString() const;
    // "QEMU/KVM on example.org", for lists and window titles.
    QString displayName() const;
    QString hypervisorName() const;
    QString hostLabel() const;

    static QString transportScheme(Transport transport);
    static bool transportFromScheme(const QString &scheme, Transport *transport);

    friend bool operator==(const ConnectionUri &a, const ConnectionUri &b) {
        return a.toString() == b.toString();
    }

private:
    QString m_driver;
    Transport m_transport = Transport::Local;
    QString m_user;
    QString m_host;
    int m_port = -1;
    QString m_path;
    QList<QPair<QString, QString>> m_params;
};
