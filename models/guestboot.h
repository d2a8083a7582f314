// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

typedef struct _virConnect *virConnectPtr;

// How a guest starts, as the Boot page edits it: the boot order (either by device type,
// <os><boot dev>, or per device, <boot order='N'/>; libvirt refuses a mix, so the order is
// always written in one of the two forms and the other removed), the boot menu, and direct
// kernel boot. The firmware is shown, not edited. A running guest keeps what it started
// with: every change is saved to the persistent definition (through DomainConfig, so nothing
// else is lost) and reported as pending until the next start. Reads and applies run on a job
// thread (Connection::runQuery); validate() is pure and may run anywhere.
struct GuestBoot {
    enum class Field { Order, Menu, MenuTimeout, Kernel, Initrd, Cmdline, Dtb };
    enum class OrderKind { DeviceTypes, Devices };

    // A device that can carry a boot order.
    struct Device {
        QString key;   // stable across the saved and running definitions ("disk:vda")
        QString tag;   // "disk", "interface", "hostdev", "redirdev"
        int index = 0; // among the <tag> devices
        QString type;  // the device type it counts as: "hd", "cdrom", "fd", "network" or empty
        QString label; // "Disk vda — /var/lib/libvirt/images/web.qcow2"
        bool operator==(const Device &) const = default;
    };

    struct Settings {
        OrderKind orderKind = OrderKind::DeviceTypes;
        QStringList deviceTypes; // "hd", "cdrom", "network", "fd" in boot order
        QStringList devices;     // Device::key of the devices that boot, in boot order
        bool menu = false;
        unsigned menuTimeoutMs = 0; // 0: the firmware's default
        QString kernel, initrd, cmdline, dtb;
        bool operator==(const Settings &) const = default;
    };

    struct Problem {
        Field field;
        QString reason;
    };

    static constexpr unsigned MaxMenuTimeoutMs = 65535; // libvirt's limit

    QString uuid;
    bool active = false;
    bool bootable = true; // false for containers: they run an init program, nothing boots
    QString firmware;     // "BIOS", "UEFI", or a loader path, for display
    QList<Device> devices;
    Settings saved; // the persistent definition
    Settings live;  // the running guest; meaningful only when active
    QList<Field> pending;
    UserError error;

    bool isPending(Field field) const { return pending.contains(field); }
    // The pending fields by name ("Boot order"), for the guest window's indicator.
    QStringList pendingNames() const;
    static QString fieldName(Field field);
    static QStringList allDeviceTypes() {
        return {QStringLiteral("hd"), QStringLiteral("cdrom"), QStringLiteral("network"),
                QStringLiteral("fd")};
    }
    static QString deviceTypeLabel(const QString &type);
    // Converting between the two forms, for a user who switches: each device type becomes
    // the first device of that type; each device its type (devices with no type drop out).
    static QStringList devicesForTypes(const QList<Device> &devices, const QStringList &types);
    static QStringList typesForDevices(const QList<Device> &devices, const QStringList &keys);

    static GuestBoot read(virConnectPtr connection, const QString &uuid);

    // What can be judged from the values alone: absolute paths, no initrd, command line or
    // device tree without a kernel, something to boot from. An order equal to the saved one
    // is not judged again: it is what libvirt accepted.
    static QList<Problem> validate(const Settings &wanted, const Settings &saved);
    // The files on this machine: exist, are files, can be read. Only meaningful when the
    // hypervisor runs here; reads the file system, so call it off the GUI thread.
    static QList<Problem> checkLocalFiles(const Settings &settings);

    struct Outcome;
    // localHost: the guest's host is this machine, so its files are checked too.
    static Outcome apply(virConnectPtr connection, const QString &uuid, const Settings &wanted,
                         bool localHost);
};

struct GuestBoot::Outcome {
    UserError error;         // nothing was saved
    QList<Problem> problems; // refused values: nothing was changed
    bool saved = false;      // the definition changed
    std::optional<GuestBoot> after;
    bool ok() const { return error.isNull() && problems.isEmpty(); }
};

Q_DECLARE_METATYPE(GuestBoot)
Q_DECLARE_METATYPE(GuestBoot::Outcome)
