// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hostdevicecontext.h"
#include "usererror.h"

#include <QDomElement>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

typedef struct _virConnect *virConnectPtr;

// One device of a guest's persistent definition, as the Devices page lists it.
struct GuestDevice {
    QString tag;         // the element: "disk", "interface", "graphics", ...
    int index = -1;      // among the definition's <tag> elements under <devices>, in order
    QString kind;        // "disk", "cdrom", "floppy", "lun" for disks; else the tag
    QString group;       // see GuestDevices::groupOf()
    QString label;       // "Disk vda (virtio, 20 GiB)", "NIC 52:54:00:12:34:56 (network default)"
    QString iconName;    // a freedesktop icon name: "drive-harddisk", "network-wired", ...
    QString xml;         // the element in the persistent definition
    QString liveXml;     // its counterpart in the running guest; empty when it has none
    bool live = false;   // the running guest has it
    QStringList pending; // what of it waits for the guest's next start ("cache mode", "new device")

    // Disks.
    QString target; // "vda"
    QString source; // the file, device or pool/volume; empty: no media
    std::optional<quint64> capacityBytes;
    // Network interfaces.
    QString mac;
    QString linkState; // "up" or "down": the running guest's when live, else the definition's

    bool isPending() const { return !pending.isEmpty(); }
};

// The devices of one guest and every change the Devices page makes to them. Input is checked
// first: refused input changes nothing. A running guest gets a change live and persistently in
// one libvirt call where the hypervisor can; what it cannot take live (libvirt refuses it, or
// QEMU is known not to: a disk's bus, cache, I/O mode, discard, read-only, a NIC's model) is
// saved to the persistent definition only, through DomainConfig so that nothing else in it is
// lost, and reported as pending until the next start. A shut-off guest's definition is edited
// the same lossless way. Reads and changes run on a job thread (Connection::runQuery); the
// validation functions are pure.
struct GuestDevices {
    // Field keys of Problem: "device", "source", "target", "bus", "io", "size", "pool",
    // "volume", "mac", "network", "model".
    struct Problem {
        QString field;
        QString reason;
    };
    // A disk image the add job makes first (and removes again if adding the disk fails).
    struct NewVolume {
        QString pool;
        QString name;
        quint64 bytes = 0;
        QString format = QStringLiteral("qcow2");
    };
    struct Outcome; // below: it holds a whole GuestDevices

    QString uuid;
    QString name;
    bool running = false;
    QList<GuestDevice> devices;
    QStringList removedButLive; // labels: gone from the definition, still in the running guest
    DeviceEditorContext context;
    UserError error;

    // Everything that waits for a restart, one line each: "Disk vda (virtio): cache mode".
    QStringList pendingSummary() const;
    const GuestDevice *find(const QString &tag, int index) const;

    static GuestDevices read(virConnectPtr connection, const QString &uuid);
    // The list from the persistent and (for a running guest) the live XML, without libvirt.
    // capacities: disk sizes by target.
    static GuestDevices fromXml(const QString &persistentXml, const QString &liveXml = {},
                                const QHash<QString, quint64> &capacities = {});

    static QString label(const QDomElement &device,
                         std::optional<quint64> capacityBytes = std::nullopt);
    static QString iconName(const QDomElement &device);
    // "storage", "network", "display", "sound", "input", "serial", "channel", "tpm",
    // "filesystem", "hostdev", "watchdog", "rng", "controller", "other".
    static QString groupOf(const QString &tag);
    // What differs between the definition's element and the running guest's, in words.
    static QStringList differences(const QDomElement &configured, const QDomElement &running);
    // The parts of a change QEMU cannot make in a running guest, in words (empty: try live).
    static QStringList notLiveChanges(const QDomElement &before, const QDomElement &after);

    // Validation. Each returns an empty string (or list) when the input is fine.
    static QString macProblem(const QString &mac, const QStringList &usedMacs,
                              const QString &ownMac = {});
    static QString generateMac(const QStringList &usedMacs);
    static QString targetProblem(const QString &target, const QStringList &usedTargets,
                                 const QString &ownTarget = {});
    // The first free target name for the bus: "vdb", "sdc", "hdc", "fda".
    static QString nextTarget(const QString &bus, const QStringList &usedTargets);
    static QString targetPrefix(const QString &bus);
    // A disk file or device path: missing files (on this machine) and paths inside a pool's
    // folder that are no volume of it are refused.
    static QString sourceProblem(const QString &path, const DeviceEditorContext &context);
    static QString resizeProblem(std::optional<quint64> currentBytes, quint64 wantedBytes);
    static QList<Problem> validateNewVolume(const NewVolume &volume,
                                            const DeviceEditorContext &context);
    // `original` is the element being replaced (null for a new device): unchanged sources are
    // not checked again, and the device's own target or MAC is no duplicate of itself.
    // withNewVolume: the add job makes the source, so a missing one is fine.
    static QList<Problem> validateDisk(const QDomElement &disk, const DeviceEditorContext &context,
                                       const QDomElement &original = {},
                                       bool withNewVolume = false);
    static QList<Problem> validateInterface(const QDomElement &nic,
                                            const DeviceEditorContext &context,
                                            const QDomElement &original = {});
    // Dispatches on the tag; other kinds are left to their editors and libvirt.
    static QList<Problem> validate(const QDomElement &device, const DeviceEditorContext &context,
                                   const QDomElement &original = {}, bool withNewVolume = false);

    // Changes. `originalXml` is the element as the page showed it: when the definition has
    // changed since, nothing is done and the error says so.
    static Outcome update(virConnectPtr connection, const QString &uuid, const QString &tag,
                          int index, const QString &originalXml, const QString &deviceXml);
    static Outcome add(virConnectPtr connection, const QString &uuid, const QString &deviceXml,
                       const std::optional<NewVolume> &volume = std::nullopt);
    // A disk's image stays where it is: nothing is deleted from storage.
    static Outcome remove(virConnectPtr connection, const QString &uuid, const QString &tag,
                          int index, const QString &originalXml);
    // CD-ROM or floppy media, live and persistent; an empty path ejects.
    static Outcome changeMedia(virConnectPtr connection, const QString &uuid, int diskIndex,
                               const QString &path);
    // Plugs or unplugs a NIC's virtual cable, live and persistent.
    static Outcome setLinkState(virConnectPtr connection, const QString &uuid, int nicIndex,
                                bool up);
    // Grows a disk: through the hypervisor while the guest runs, else its pool volume.
    static Outcome resizeDisk(virConnectPtr connection, const QString &uuid, int diskIndex,
                              quint64 bytes);

    // The element as text, indented like libvirt's own XML.
    static QString toXml(const QDomElement &element);
    // The first child element `name` of a device, made where libvirt writes it when missing
    // (<driver> before <source> before <target> in a disk, ...).
    static QDomElement ensureChild(QDomElement device, const QString &name);
};

struct GuestDevices::Outcome {
    UserError error;                   // failed; nothing was changed unless `saved` says otherwise
    QList<Problem> problems;           // refused input: nothing was changed
    bool saved = false;                // the persistent definition has the change
    bool live = false;                 // the running guest has it now
    bool pending = false;              // saved, but the running guest gets it at its next start
    QString pendingReason;             // why it could not be made live
    std::optional<GuestDevices> after; // read back when anything was changed
    bool ok() const { return error.isNull() && problems.isEmpty(); }
};

Q_DECLARE_METATYPE(GuestDevices)
Q_DECLARE_METATYPE(GuestDevices::Outcome)
