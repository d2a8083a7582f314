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

    // VirtDeck's own metadata: <metadata><virtdeck:guest xmlns:virtdeck=...>.
    QStringList tags() const;
    void setTags(const QStringList &tags);
    QString notes() const;
    void setNotes(const QString &notes);

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
