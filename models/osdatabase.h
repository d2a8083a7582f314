// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

// One operating system as libosinfo describes it, copied into plain values so it can cross
// threads and outlive the database.
struct OsInfo {
    QString id;      // "http://microsoft.com/win/xp"
    QString shortId; // "winxp"
    QString name;    // "Microsoft Windows XP"
    QString vendor;  // "Microsoft Corporation"
    QString family;  // "winnt", "linux", "freebsd", ...
    QString distro;  // "win", "debian", "freebsd", ...
    QString version; // "5.1", "12", "13.2"
    QDate releaseDate;
    QDate eolDate; // invalid when still supported or unknown
    // Resources for x86_64 (or "all"; i686 as a last resort for 32-bit-only systems), 0 when
    // libosinfo does not say. Inherited values (derives-from) are resolved field by field.
    qint64 minimumRamBytes = 0;
    qint64 recommendedRamBytes = 0;
    int minimumCpus = 0;
    int recommendedCpus = 0;
    qint64 minimumStorageBytes = 0;
    qint64 recommendedStorageBytes = 0;
    // Names of the devices libosinfo says the OS supports out of the box, inherited ones
    // included: "virtio1.0-net", "virtio-block", "e1000", "rtl8139", "ich9-hda", "qxl", "vga",
    // "qemu-xhci", "tpm-crb", ... (osinfo <device> names).
    QStringList devices;
    // Firmware for x86_64: whether BIOS and EFI are supported; an OS that supports only EFI
    // (Windows 11) has biosSupported false.
    bool biosSupported = true;
    bool efiSupported = false;
    // EFI with secure boot. libosinfo 1.10 has no firmware features, so this is true for
    // Windows 8 and later only (Windows 11 requires it).
    bool secureBootSupported = false;
    // Where the distribution's own network install tree for x86_64 is, and its installer
    // kernel and initrd inside it (Debian, Ubuntu, Fedora, ...); empty when unknown.
    QString treeUrl;
    QString treeKernelPath;
    QString treeInitrdPath;
    // Whether a virtio driver package (virtio-win) exists for it: osinfo lists a driver for a
    // virtio device, or it is Windows 7 or later. Linux and BSD have virtio built in: check
    // `devices` instead.
    bool virtioDriversAvailable = false;

    bool isWindows() const {
        return family == QLatin1String("winnt") || family == QLatin1String("win9x") ||
               family == QLatin1String("win16");
    }
    bool endOfLife() const { return eolDate.isValid() && eolDate < QDate::currentDate(); }
    bool supportsDevice(const QString &name) const { return devices.contains(name); }
};

// libosinfo's database (osinfo-db), plus VirtDeck's own additions in the same format for
// systems released after the packaged database (data/osinfo/). Loading takes a few hundred
// milliseconds: load it off the GUI thread. All calls are thread-safe.
class OsDatabase {
public:
    // Loads the system database and the extra directories (osinfo-db layout: os/<vendor>/*.xml).
    // Returns null with a reason when libosinfo cannot load anything.
    static std::shared_ptr<const OsDatabase> load(const QStringList &extraPaths, QString *error);
    // VirtDeck's own additions (data/osinfo) that exist: $VIRTDECK_OSINFO_DIR, then the installed
    // copy (<app dir>/../share/virtdeck/osinfo) or, when not installed, the source tree's (the
    // two hold the same files; loading both would define every system twice).
    static QStringList defaultExtraPaths();
    ~OsDatabase();

    int size() const;
    // Systems whose name, short id or version contains every word of `text` (case-insensitive,
    // "win xp" finds Windows XP; "debian 12" finds Debian 12), best first: exact short-id or
    // name matches, then newest release. End-of-life systems are included.
    QVector<OsInfo> search(const QString &text, int limit = 50) const;
    std::optional<OsInfo> find(const QString &idOrShortId) const;

    // Identifies install media (an ISO file, or a CD device) by its volume, system and
    // publisher identifiers. nullopt with a reason when it cannot be read or is unknown.
    std::optional<OsInfo> identifyMedia(const QString &isoPath, QString *error) const;
    // Identifies an install tree (http(s) URL, file:// URL or local folder) by its .treeinfo.
    // libosinfo 1.10 can only recognise trees that have one (Fedora, RHEL, CentOS, SUSE...);
    // Debian and Ubuntu trees get nullopt with a reason. When found, kernelPath/initrdPath are
    // relative to the tree. Blocks on the network (15 s timeout): call it off the GUI thread.
    struct TreeMatch {
        OsInfo os;
        QString kernelPath;
        QString initrdPath;
        // The kernel argument that points the installer at the tree ("inst.repo" for Fedora,
        // RHEL and relatives, "install" for SUSE); empty when the installer needs none or
        // takes no URL (Debian's and Ubuntu's d-i netboot kernels use the mirror they were
        // built for; point them elsewhere with mirror/http/hostname and mirror/http/directory).
        QString kernelUrlArgument;
    };
    std::optional<TreeMatch> identifyTree(const QString &url, QString *error) const;

    // The generic entry used when the user picks nothing ("Generic OS", short id "generic",
    // empty id: there is no osinfo entry to record in the domain metadata).
    static OsInfo generic();

private:
    OsDatabase();
    struct Private;
    std::unique_ptr<Private> d;
};
