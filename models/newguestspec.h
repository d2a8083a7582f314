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
    // NetworkTree: where the tree's kernel and initrd were put on the host, and the kernel
    // command line pointing the installer at the tree. Filled by the creation job.
    QString kernelPath;
    QString initrdPath;
    QString kernelArgs;

    OsInfo os;
    HardwareProfile hardware;
    QString domainType = QStringLiteral("kvm"); // "kvm" or "qemu"
    QString arch = QStringLiteral("x86_64");
    QString emulator;
    qint64 memoryMiB = 1024;
    int vcpus = 1;

    DiskChoice disk = DiskChoice::NewVolume;
    QString pool;                 // NewVolume: the storage pool
    QString volumeName;           // NewVolume: defaults to "<name>.qcow2"
    qint64 diskBytes = 0;         // NewVolume: capacity
    QString diskFormat = QStringLiteral("qcow2");
    QString diskPath; // ExistingPath or ImportDisk; for NewVolume, the created volume's path

    NetworkType network = NetworkType::Virtual;
    QString networkSource = QStringLiteral("default"); // network name, bridge or host device

    QString virtioWinIsoPath; // optional driver ISO, attached as a second CD (Windows)
    bool customizeBeforeInstall = false;
    bool startAfterCreation = true;
};
