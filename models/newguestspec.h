// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hardwareprofile.h"

#include <QString>

// Everything the New virtual machine wizard decided, ready to be turned into a domain XML.
struct NewGuestSpec {
    enum class InstallMethod { LocalMedia, NetworkTree, ImportDisk, Pxe, None };
    enum class DiskChoice { NewVolume, ExistingPath, None };
    enum class NetworkType { Virtual, Bridge, Macvtap, None };

    QString name;
    QString title; // optional description shown in the list
    InstallMethod method = InstallMethod::LocalMedia;
    QString mediaPath; // ISO file or CD device on the host (LocalMedia)
    QString treeUrl;   // NetworkTree: the install tree
    // NetworkTree: the installer's kernel and initrd inside the tree (relative paths), and
    // the kernel command line (pointing the installer at the tree where it takes that).
    QString treeKernel;
    QString treeInitrd;
    QString kernelArgs;
    // NetworkTree: where the creation job put the kernel and initrd on the host (volumes in
    // `pool`). While set, the guest boots the installer kernel directly.
    QString kernelPath;
    QString initrdPath;

    OsInfo os;
    HardwareProfile hardware;
    QString domainType = QStringLiteral("kvm"); // "kvm" or "qemu"
    QString arch = QStringLiteral("x86_64");
    QString emulator;
    qint64 memoryMiB = 1024;
    int vcpus = 1;

    DiskChoice disk = DiskChoice::NewVolume;
    QString pool;         // NewVolume: the storage pool
    QString volumeName;   // NewVolume: defaults to "<name>.qcow2"
    qint64 diskBytes = 0; // NewVolume: capacity
    QString diskFormat = QStringLiteral("qcow2");
    QString diskPath; // ExistingPath or ImportDisk; for NewVolume, the created volume's path

    NetworkType network = NetworkType::Virtual;
    QString networkSource = QStringLiteral("default"); // network name, bridge or host device

    QString virtioWinIsoPath; // optional driver ISO, attached as a second CD (Windows)
    // The configuration after installation: boots from the disk first (install media stays
    // attached), no installer kernel.
    bool installed = false;
    bool customizeBeforeInstall = false;
    bool startAfterCreation = true;
};
