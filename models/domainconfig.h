// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDomDocument>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A domain definition kept as the DOM libvirt gave us. Getters read, setters touch only their
// own element or attribute, so everything else (comments, unknown elements, other programs'
// metadata) survives a load/edit/save cycle. Setting a value equal to the current one is a
// no-op; clearing an optional value removes only its element or attribute.
class DomainConfig {
public:
    static constexpr const char *VirtDeckNamespace = "https://virtdeck.org/xmlns/guest/1.0";

    // error gets "line L, column C: message" when the text is not well-formed XML.
    static std::optional<DomainConfig> parse(const QString &xml, QString *error = nullptr);
    QString toXml() const;
    const QDomDocument &document() const { return m_doc; }

    QString domainType() const;
    QString uuid() const;
    QString name() const;
    void setName(const QString &name);
    QString title() const;
    void setTitle(const QString &title);
    QString description() const;
    void setDescription(const QString &description);

    unsigned vcpuMaximum() const;
    unsigned vcpuCurrent() const;
    void setVcpus(unsigned current, unsigned maximum);

    struct CpuTopology {
        unsigned sockets = 0, dies = 0, cores = 0, threads = 0;
        bool isEmpty() const { return !sockets && !dies && !cores && !threads; }
        bool operator==(const CpuTopology &) const = default;
    };
    QString cpuMode() const;
    void setCpuMode(const QString &mode); // drops migratable= where libvirt forbids it
    QString cpuModel() const;
    void setCpuModel(const QString &model);
    CpuTopology cpuTopology() const;
    void setCpuTopology(const CpuTopology &topology); // empty removes <topology>

    // Read honouring unit=, written in KiB.
    quint64 memoryKiB() const;
    void setMemoryKiB(quint64 kib);
    quint64 currentMemoryKiB() const; // falls back to memory
    void setCurrentMemoryKiB(quint64 kib);

    QStringList bootOrder() const; // <os><boot dev=...> in order
    void setBootOrder(const QStringList &devices);
    std::optional<bool> bootMenu() const;
    void setBootMenu(std::optional<bool> enabled);
    QString kernel() const;
    void setKernel(const QString &path);
    QString initrd() const;
    void setInitrd(const QString &path);
    QString kernelCmdline() const;
    void setKernelCmdline(const QString &cmdline);

    struct Disk {
        QString type, device, bus, target;
        QString sourcePath; // file=, dev= or dir=
        QString sourcePool, sourceVolume;
        QString sourceProtocol, sourceName; // network disks
        QString driverCache, driverIo, driverDiscard;
        bool readOnly = false;
    };
    QList<Disk> disks() const;
    // Indexes count <disk> elements in document order. False when out of range.
    bool setDiskMedia(int index, const QString &path); // empty ejects
    // Also renames the target when one is given (a name from the old bus may clash on the new).
    // Drops what only fits the old bus: the address, and virtio-only driver attributes.
    bool setDiskBus(int index, const QString &bus, const QString &target = {});
    bool setDiskCache(int index, const QString &cache);
    bool setDiskIo(int index, const QString &io);
    bool setDiskDiscard(int index, const QString &discard);
    bool setDiskReadOnly(int index, bool readOnly);

    struct Interface {
        QString type, mac, model, sourceNetwork, sourceBridge, linkState;
    };
    QList<Interface> interfaces() const;
    bool setInterfaceMac(int index, const QString &mac);
    bool setInterfaceModel(int index, const QString &model);
    bool setInterfaceLinkState(int index, const QString &state); // "up", "down", empty removes
    // type is "network" or "bridge"; replaces the <source> element.
    bool setInterfaceSource(int index, const QString &type, const QString &source);

    struct Graphics {
        QString type, listen, passwd;
    };
    QList<Graphics> graphics() const;
    bool setGraphicsListen(int index, const QString &address);
    bool setGraphicsPassword(int index, const QString &password); // empty removes

    std::optional<quint64> cpuShares() const;
    void setCpuShares(std::optional<quint64> shares);
    std::optional<quint64> cpuPeriod() const;
    void setCpuPeriod(std::optional<quint64> period);
    std::optional<qint64> cpuQuota() const;
    void setCpuQuota(std::optional<qint64> quota);

    std::optional<quint64> memoryHardLimitKiB() const;
    void setMemoryHardLimitKiB(std::optional<quint64> kib);
    std::optional<quint64> memorySoftLimitKiB() const;
    void setMemorySoftLimitKiB(std::optional<quint64> kib);
    std::optional<quint64> swapHardLimitKiB() const;
    void setSwapHardLimitKiB(std::optional<quint64> kib);

    std::optional<unsigned> blkioWeight() const;
    void setBlkioWeight(std::optional<unsigned> weight);

    // Whole device elements, for the Devices page. Indexes count <tag> children of <devices>
    // in document order. The returned elements belong to this configuration's document.
    QList<QDomElement> deviceElements() const; // every child element of <devices>, in order
    QDomElement deviceElement(const QString &tag, int index) const;
    // Puts a copy of `element` in place of the device (keeping its position); false when out of
    // range or when the tag differs.
    bool replaceDevice(const QString &tag, int index, const QDomElement &element);
    // Appends a copy after the last device of the same tag (or at the end of <devices>).
    void addDevice(const QDomElement &element);
    bool removeDevice(const QString &tag, int index);

    // VirtDeck's own metadata: <metadata><virtdeck:guest xmlns:virtdeck=...>.
    QStringList tags() const;
    void setTags(const QStringList &tags);
    QString notes() const;
    void setNotes(const QString &notes);

    // Boot settings beside <os><boot dev>: the per-device order (which libvirt refuses together
    // with <os><boot dev>), the menu's timeout, the device tree, and the firmware (read only).
    struct BootDevice {
        QString tag;        // "disk", "interface", "hostdev" or "redirdev"
        int index = 0;      // among the <tag> children of <devices>, in document order
        unsigned order = 0; // <boot order='N'/>; 0 when the device has none
    };
    QList<BootDevice> bootDevices() const; // every device that can carry a boot order, in order
    bool hasDeviceBootOrder() const;
    // 0 removes the device's <boot>; false when out of range or not a bootable kind.
    bool setDeviceBootOrder(const QString &tag, int index, unsigned order);
    std::optional<unsigned> bootMenuTimeout() const; // milliseconds
    void setBootMenuTimeout(std::optional<unsigned> milliseconds);
    QString dtb() const;
    void setDtb(const QString &path);
    QString firmware() const;   // <os firmware=...>: "efi", "bios" or empty
    QString loader() const;     // the <os><loader> path
    QString loaderType() const; // "rom", "pflash" or empty

    // CPU features, pinning, NUMA placement and memory backing (CPU, Memory and Resources
    // pages). Same rules as above: unchanged values change nothing, setters touch only their
    // own elements and put new ones where libvirt writes them.
    struct CpuFeature {
        QString name;
        QString policy; // "force", "require", "optional", "disable" or "forbid"
        bool operator==(const CpuFeature &) const = default;
    };
    QList<CpuFeature> cpuFeatures() const; // <cpu><feature>, in document order
    // A feature that stays keeps its element (a new policy changes only that attribute); the
    // ones not listed are removed; new ones go after the last feature.
    void setCpuFeatures(const QList<CpuFeature> &features);
    QString vcpuPlacement() const;                   // <vcpu placement>: "static", "auto" or ""
    void setVcpuPlacement(const QString &placement); // empty removes the attribute
    QString vcpuCpuset() const;                      // <vcpu cpuset>: every vCPU's default
    QList<std::pair<unsigned, QString>> vcpuPins() const;  // <cputune><vcpupin>: vCPU, cpuset
    void setVcpuPin(unsigned vcpu, const QString &cpuset); // empty removes that vCPU's pin
    QString emulatorPin() const;                           // <cputune><emulatorpin cpuset>
    void setEmulatorPin(const QString &cpuset);            // empty removes it
    struct NumaMemory {
        QString mode;      // "strict", "interleave", "preferred", "restrictive" or ""
        QString nodeset;   // "0-1"
        QString placement; // "static", "auto" or ""
        bool isEmpty() const { return mode.isEmpty() && nodeset.isEmpty() && placement.isEmpty(); }
        bool operator==(const NumaMemory &) const = default;
    };
    NumaMemory numaMemory() const; // <numatune><memory>
    // All empty removes <memory> (and <numatune> when nothing else is left in it).
    void setNumaMemory(const NumaMemory &memory);
    // <memoryBacking><hugepages>: none without it, 0 for the host's default size, else the size
    // of its (first) <page>. A size replaces every <page>; an empty <memoryBacking> goes.
    std::optional<quint64> hugePageSizeKiB() const;
    void setHugePageSizeKiB(std::optional<quint64> kib);
    // <memoryBacking><source type='memfd'/><access mode='shared'/>, which virtiofs needs.
    bool sharedMemoryBacking() const; // access mode='shared'
    void setSharedMemoryBacking(bool shared);

private:
    DomainConfig() = default;
    QDomElement root() const { return m_doc.documentElement(); }
    QDomElement child(const QDomElement &parent, const QString &name) const;
    QDomElement ensureChild(QDomElement parent, const QString &name);
    QDomElement device(const QString &kind, int index) const;
    QDomElement virtDeckGuest() const;
    QDomElement ensureVirtDeckGuest();
    void setChildText(QDomElement parent, const QString &name, const QString &text);
    std::optional<quint64> sizeKiB(const QDomElement &parent, const QString &name) const;
    void setSizeKiB(QDomElement parent, const QString &name, std::optional<quint64> kib);
    void setNumber(const QStringList &path, std::optional<qint64> value);
    std::optional<qint64> number(const QStringList &path) const;

    QDomDocument m_doc;
};
