// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Everything the "New container" wizard asks for, for an LXC host.
struct ContainerSpec {
    enum class Kind {
        Application, // one command in the host's own root file system (shares its files)
        OsContainer, // a whole system from a root file system directory, booted with /sbin/init
    };
    enum class Network {
        VirtualNetwork, // a libvirt network, e.g. "default" (NAT)
        Bridge,         // a bridge device on the host, e.g. "br0"
        None,           // only loopback inside the container
    };

    QString name;
    Kind kind = Kind::Application;

    // Application: the absolute path of the program and its arguments.
    QString command = QStringLiteral("/bin/sh");
    QStringList arguments;

    // OsContainer: the directory mounted as the container's "/".
    QString rootfsPath;
    // Fill rootfsPath with a fresh Debian first (debootstrap; local hosts only).
    bool createRootfs = false;
    QString release = QStringLiteral("bookworm");
    QString mirror = defaultMirror();
    // Empty: debootstrap found on PATH. Tests put a stand-in script here.
    QString bootstrapProgram;

    quint64 memoryMiB = 256;
    // cgroup CPU weight (<cputune><shares>): relative, 1024 is the kernel's default.
    int cpuShares = 1024;

    Network network = Network::VirtualNetwork;
    QString networkName = QStringLiteral("default");
    QString bridgeName;

    bool startAfterCreation = true;

    static QString defaultMirror() { return QStringLiteral("http://deb.debian.org/debian"); }
    // Debian releases debootstrap can make, newest stable first.
    static QStringList releases() {
        return {QStringLiteral("bookworm"), QStringLiteral("bullseye"), QStringLiteral("trixie")};
    }
    // What the container runs first.
    QString initPath() const {
        return kind == Kind::Application ? command : QStringLiteral("/sbin/init");
    }
};
