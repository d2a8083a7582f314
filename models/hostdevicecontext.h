// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

typedef struct _virConnect *virConnectPtr;

// What a device editor may offer for one guest on one host: the host's networks, pools, host
// devices and what its hypervisor supports, plus what the guest already uses (so duplicates
// can be refused). Read once on a job thread when the Devices page loads; editors only read it.
struct DeviceEditorContext {
    struct HostDevice {
        QString kind;        // "usb" or "pci"
        QString nodeName;    // libvirt node device name, e.g. "usb_1_2" or "pci_0000_00_1f_2"
        QString description; // product and vendor as the host names them
        // usb: vendor/product ids "0x1234"; pci: domain/bus/slot/function "0x0000", "0x00", ...
        QString vendorId, productId;
        QString pciDomain, pciBus, pciSlot, pciFunction;
    };
    struct Pool {
        QString name;
        QString type; // "dir", "logical", ...
        QString path; // target path, when it has one
        quint64 freeBytes = 0;
        QStringList volumes; // volume names, for choosing an existing disk image
    };

    QString guestName;  // for names of new volumes ("web-vdb.qcow2")
    QString domainType; // "kvm", "qemu", "lxc", "test"
    QString arch;
    QString machine;
    bool running = false;
    bool localHost = true; // paths can be checked with the local file system

    QStringList networks; // libvirt virtual networks
    QStringList bridges;  // host bridges (and other host interfaces for macvtap)
    QList<Pool> pools;
    QList<HostDevice> hostDevices;

    // From the domain capabilities (empty: unknown, offer the usual values).
    QStringList diskBuses;             // "virtio", "sata", "scsi", "ide", "usb", "fdc"
    QStringList videoModels;           // "virtio", "qxl", "vga", "cirrus", "bochs", "ramfb", "none"
    QStringList graphicsTypes;         // "vnc", "spice", ...
    QStringList tpmModels;             // "tpm-crb", "tpm-tis"
    QStringList tpmBackends;           // "emulator", "passthrough"
    QStringList rngBackends;           // "random", "egd", "builtin"
    QStringList filesystemDrivers;     // "virtiofs", "path"
    QStringList hostdevSubsystemTypes; // "usb", "pci", ...

    // What the guest already uses, to refuse duplicates.
    QStringList usedMacs;        // of every guest on this host, lower case
    QStringList usedDiskTargets; // "vda", "sdb", ...

    static DeviceEditorContext read(virConnectPtr connection, const QString &uuid);
};

Q_DECLARE_METATYPE(DeviceEditorContext)
