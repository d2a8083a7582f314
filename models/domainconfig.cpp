// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainconfig.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace {

// Messages are looked up under "DomainConfig"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(DomainConfig)
};

// libvirt's own element order (docs/formatdomain). New elements go after the last existing
// sibling that libvirt writes earlier, so our additions land where libvirt would put them.
const QHash<QString, QStringList> &childOrder() {
    static const QHash<QString, QStringList> order = {
        {QStringLiteral("domain"), QStringList{QStringLiteral("name"),
                                               QStringLiteral("uuid"),
                                               QStringLiteral("genid"),
                                               QStringLiteral("title"),
                                               QStringLiteral("description"),
                                               QStringLiteral("metadata"),
                                               QStringLiteral("maxMemory"),
                                               QStringLiteral("memory"),
                                               QStringLiteral("currentMemory"),
                                               QStringLiteral("blkiotune"),
                                               QStringLiteral("memtune"),
                                               QStringLiteral("memoryBacking"),
                                               QStringLiteral("vcpu"),
                                               QStringLiteral("vcpus"),
                                               QStringLiteral("iothreads"),
                                               QStringLiteral("iothreadids"),
                                               QStringLiteral("cputune"),
                                               QStringLiteral("numatune"),
                                               QStringLiteral("resource"),
                                               QStringLiteral("sysinfo"),
                                               QStringLiteral("bootloader"),
                                               QStringLiteral("bootloader_args"),
                                               QStringLiteral("os"),
                                               QStringLiteral("idmap"),
                                               QStringLiteral("features"),
                                               QStringLiteral("cpu"),
                                               QStringLiteral("clock"),
                                               QStringLiteral("on_poweroff"),
                                               QStringLiteral("on_reboot"),
                                               QStringLiteral("on_crash"),
                                               QStringLiteral("pm"),
                                               QStringLiteral("perf"),
                                               QStringLiteral("devices"),
                                               QStringLiteral("seclabel")}},
        {QStringLiteral("os"),
         QStringList{QStringLiteral("type"), QStringLiteral("firmware"), QStringLiteral("loader"),
                     QStringLiteral("nvram"), QStringLiteral("kernel"), QStringLiteral("initrd"),
                     QStringLiteral("cmdline"), QStringLiteral("dtb"), QStringLiteral("acpi"),
                     QStringLiteral("boot"), QStringLiteral("bootmenu"), QStringLiteral("smbios"),
                     QStringLiteral("bios")}},
        {QStringLiteral("cpu"),
         QStringList{QStringLiteral("model"), QStringLiteral("vendor"), QStringLiteral("topology"),
                     QStringLiteral("cache"), QStringLiteral("feature"), QStringLiteral("numa")}},
        {QStringLiteral("cputune"),
         QStringList{QStringLiteral("shares"), QStringLiteral("period"), QStringLiteral("quota"),
                     QStringLiteral("global_period"), QStringLiteral("global_quota"),
                     QStringLiteral("emulator_period"), QStringLiteral("emulator_quota")}},
        {QStringLiteral("memtune"),
         QStringList{QStringLiteral("hard_limit"), QStringLiteral("soft_limit"),
                     QStringLiteral("swap_hard_limit"), QStringLiteral("min_guarantee")}},
        {QStringLiteral("blkiotune"),
         QStringList{QStringLiteral("weight"), QStringLiteral("device")}},
        {QStringLiteral("disk"),
         QStringList{QStringLiteral("driver"), QStringLiteral("source"),
                     QStringLiteral("backingStore"), QStringLiteral("target"),
                     QStringLiteral("iotune"), QStringLiteral("boot"), QStringLiteral("readonly")}},
        {QStringLiteral("interface"),
         QStringList{QStringLiteral("mac"), QStringLiteral("source"), QStringLiteral("target"),
                     QStringLiteral("model"), QStringLiteral("driver"), QStringLiteral("link")}},
    };
    return order;
}

// Multipliers for libvirt's unit= attribute (docs/formatdomain "memory").
std::optional<quint64> unitBytes(const QString &unit) {
    const QString u = unit.toLower();
    if (u.isEmpty() || u == QLatin1String("k") || u == QLatin1String("kib"))
        return 1024;
    if (u == QLatin1String("b") || u == QLatin1String("bytes"))
        return 1;
    static const char *const decimal[] = {"kb", "mb", "gb", "tb", "pb", "eb"};
    static const char *const binary[] = {"k", "m", "g", "t", "p", "e"};
    quint64 dec = 1000, bin = 1024;
    for (int i = 0; i < 6; ++i) {
        if (u == QLatin1String(decimal[i]))
            return dec;
        if (u == QLatin1String(binary[i]) || u == QLatin1String(binary[i]) + QLatin1String("ib"))
            return bin;
        dec *= 1000;
        bin *= 1024;
    }
    return std::nullopt;
}

QList<QDomElement> childElements(const QDomElement &parent, const QString &name) {
    QList<QDomElement> out;
    for (QDomElement e = parent.firstChildElement(name); !e.isNull();
         e = e.nextSiblingElement(name))
        out.push_back(e);
    return out;
}

// Without namespace processing QDom keeps "prefix:name"; resolve the prefix by hand.
QString namespaceOf(const QDomElement &element) {
    const QString tag = element.tagName();
    const int colon = tag.indexOf(QLatin1Char(':'));
    const QString attr =
        colon < 0 ? QStringLiteral("xmlns") : QStringLiteral("xmlns:") + tag.left(colon);
    for (QDomNode n = element; n.isElement(); n = n.parentNode()) {
        const QDomElement e = n.toElement();
        if (e.hasAttribute(attr))
            return e.attribute(attr);
    }
    return {};
}

QString localName(const QDomElement &element) {
    const QString tag = element.tagName();
    return tag.mid(tag.indexOf(QLatin1Char(':')) + 1);
}

void setAttr(QDomElement e, const QString &name, const QString &value) {
    if (value.isEmpty())
        e.removeAttribute(name);
    else if (e.attribute(name) != value || !e.hasAttribute(name))
        e.setAttribute(name, value);
}

} // namespace

std::optional<DomainConfig> DomainConfig::parse(const QString &xml, QString *error) {
    DomainConfig config;
    QString message;
    int line = 0, column = 0;
    // Namespace processing off: prefixes and xmlns attributes stay exactly as written.
    if (!config.m_doc.setContent(xml, false, &message, &line, &column)) {
        if (error)
            *error = UiText::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
        return std::nullopt;
    }
    if (config.root().tagName() != QLatin1String("domain")) {
        if (error)
            *error = UiText::tr("line 1, column 1: the root element is <%1>, not <domain>")
                         .arg(config.root().tagName());
        return std::nullopt;
    }
    return config;
}

QString DomainConfig::toXml() const {
    return m_doc.toString(2);
}

QDomElement DomainConfig::child(const QDomElement &parent, const QString &name) const {
    return parent.firstChildElement(name);
}

QDomElement DomainConfig::ensureChild(QDomElement parent, const QString &name) {
    QDomElement existing = parent.firstChildElement(name);
    if (!existing.isNull())
        return existing;
    QDomElement created = m_doc.createElement(name);
    const QStringList order = childOrder().value(parent.tagName());
    const qsizetype rank = order.indexOf(name);
    QDomNode after;
    if (rank >= 0) {
        for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
            const qsizetype r = order.indexOf(e.tagName());
            if (r >= 0 && r < rank)
                after = e;
        }
    }
    if (!after.isNull())
        parent.insertAfter(created, after);
    else if (rank >= 0 && !parent.firstChildElement().isNull())
        parent.insertBefore(created, parent.firstChildElement());
    else
        parent.appendChild(created);
    return created;
}

void DomainConfig::setChildText(QDomElement parent, const QString &name, const QString &text) {
    QDomElement e = child(parent, name);
    if (text.isEmpty()) {
        if (!e.isNull())
            parent.removeChild(e);
        return;
    }
    if (!e.isNull() && e.text() == text)
        return;
    e = ensureChild(parent, name);
    while (e.hasChildNodes())
        e.removeChild(e.firstChild());
    e.appendChild(m_doc.createTextNode(text));
}

QString DomainConfig::domainType() const {
    return root().attribute(QStringLiteral("type"));
}
QString DomainConfig::uuid() const {
    return child(root(), QStringLiteral("uuid")).text().trimmed();
}
QString DomainConfig::name() const {
    return child(root(), QStringLiteral("name")).text().trimmed();
}
void DomainConfig::setName(const QString &name) {
    if (!name.isEmpty())
        setChildText(root(), QStringLiteral("name"), name);
}
QString DomainConfig::title() const {
    return child(root(), QStringLiteral("title")).text();
}
void DomainConfig::setTitle(const QString &title) {
    setChildText(root(), QStringLiteral("title"), title);
}
QString DomainConfig::description() const {
    return child(root(), QStringLiteral("description")).text();
}
void DomainConfig::setDescription(const QString &description) {
    setChildText(root(), QStringLiteral("description"), description);
}

unsigned DomainConfig::vcpuMaximum() const {
    const QString text = child(root(), QStringLiteral("vcpu")).text().trimmed();
    return text.isEmpty() ? 1 : text.toUInt();
}
unsigned DomainConfig::vcpuCurrent() const {
    const QDomElement vcpu = child(root(), QStringLiteral("vcpu"));
    return vcpu.hasAttribute(QStringLiteral("current"))
               ? vcpu.attribute(QStringLiteral("current")).toUInt()
               : vcpuMaximum();
}
void DomainConfig::setVcpus(unsigned current, unsigned maximum) {
    if (current == vcpuCurrent() && maximum == vcpuMaximum())
        return;
    if (maximum != vcpuMaximum())
        setChildText(root(), QStringLiteral("vcpu"), QString::number(maximum));
    QDomElement vcpu = ensureChild(root(), QStringLiteral("vcpu"));
    // current= is only meaningful below the maximum; libvirt omits it otherwise.
    setAttr(vcpu, QStringLiteral("current"),
            current == maximum ? QString() : QString::number(current));
}

QString DomainConfig::cpuMode() const {
    return child(root(), QStringLiteral("cpu")).attribute(QStringLiteral("mode"));
}
void DomainConfig::setCpuMode(const QString &mode) {
    if (mode == cpuMode())
        return;
    QDomElement cpu = child(root(), QStringLiteral("cpu"));
    if (cpu.isNull() && mode.isEmpty())
        return;
    cpu = ensureChild(root(), QStringLiteral("cpu"));
    setAttr(cpu, QStringLiteral("mode"), mode);
    // libvirt allows migratable= only with these two modes and rejects the domain otherwise.
    if (mode != QLatin1String("host-passthrough") && mode != QLatin1String("maximum"))
        cpu.removeAttribute(QStringLiteral("migratable"));
}
QString DomainConfig::cpuModel() const {
    return child(child(root(), QStringLiteral("cpu")), QStringLiteral("model")).text().trimmed();
}
void DomainConfig::setCpuModel(const QString &model) {
    if (model == cpuModel())
        return;
    QDomElement cpu = child(root(), QStringLiteral("cpu"));
    if (cpu.isNull())
        cpu = ensureChild(root(), QStringLiteral("cpu"));
    setChildText(cpu, QStringLiteral("model"), model);
}

DomainConfig::CpuTopology DomainConfig::cpuTopology() const {
    const QDomElement t = child(child(root(), QStringLiteral("cpu")), QStringLiteral("topology"));
    return {t.attribute(QStringLiteral("sockets")).toUInt(),
            t.attribute(QStringLiteral("dies")).toUInt(),
            t.attribute(QStringLiteral("cores")).toUInt(),
            t.attribute(QStringLiteral("threads")).toUInt()};
}
void DomainConfig::setCpuTopology(const CpuTopology &topology) {
    if (topology == cpuTopology())
        return;
    if (topology.isEmpty()) {
        QDomElement cpu = child(root(), QStringLiteral("cpu"));
        cpu.removeChild(child(cpu, QStringLiteral("topology")));
        return;
    }
    QDomElement t =
        ensureChild(ensureChild(root(), QStringLiteral("cpu")), QStringLiteral("topology"));
    auto put = [&t](const QString &name, unsigned v) {
        setAttr(t, name, v ? QString::number(v) : QString());
    };
    put(QStringLiteral("sockets"), topology.sockets);
    put(QStringLiteral("dies"), topology.dies);
    put(QStringLiteral("cores"), topology.cores);
    put(QStringLiteral("threads"), topology.threads);
}

std::optional<quint64> DomainConfig::sizeKiB(const QDomElement &parent, const QString &name) const {
    const QDomElement e = child(parent, name);
    if (e.isNull())
        return std::nullopt;
    bool ok = false;
    const quint64 value = e.text().trimmed().toULongLong(&ok);
    const auto unit = unitBytes(e.attribute(QStringLiteral("unit")));
    if (!ok || !unit)
        return std::nullopt;
    return value * *unit / 1024;
}

void DomainConfig::setSizeKiB(QDomElement parent, const QString &name, std::optional<quint64> kib) {
    if (kib == sizeKiB(parent, name))
        return;
    if (!kib) {
        parent.removeChild(child(parent, name));
        return;
    }
    setChildText(parent, name, QString::number(*kib));
    setAttr(child(parent, name), QStringLiteral("unit"), QStringLiteral("KiB"));
}

quint64 DomainConfig::memoryKiB() const {
    return sizeKiB(root(), QStringLiteral("memory")).value_or(0);
}
void DomainConfig::setMemoryKiB(quint64 kib) {
    if (kib)
        setSizeKiB(root(), QStringLiteral("memory"), kib);
}
quint64 DomainConfig::currentMemoryKiB() const {
    return sizeKiB(root(), QStringLiteral("currentMemory")).value_or(memoryKiB());
}
void DomainConfig::setCurrentMemoryKiB(quint64 kib) {
    if (kib == currentMemoryKiB())
        return;
    setSizeKiB(root(), QStringLiteral("currentMemory"),
               kib ? std::optional<quint64>(kib) : std::nullopt);
}

QStringList DomainConfig::bootOrder() const {
    QStringList out;
    for (const QDomElement &b :
         childElements(child(root(), QStringLiteral("os")), QStringLiteral("boot")))
        out.push_back(b.attribute(QStringLiteral("dev")));
    return out;
}
void DomainConfig::setBootOrder(const QStringList &devices) {
    if (devices == bootOrder())
        return;
    QDomElement os = ensureChild(root(), QStringLiteral("os"));
    const QList<QDomElement> old = childElements(os, QStringLiteral("boot"));
    // Replace in place: the new list takes the first old entry's position.
    QDomNode anchor;
    if (!old.isEmpty())
        anchor = os.insertBefore(m_doc.createComment(QString()), old.first());
    for (const QDomElement &b : old)
        os.removeChild(b);
    for (const QString &dev : devices) {
        QDomElement b = m_doc.createElement(QStringLiteral("boot"));
        b.setAttribute(QStringLiteral("dev"), dev);
        if (!anchor.isNull()) {
            os.insertBefore(b, anchor);
        } else {
            QDomElement placed = ensureChild(os, QStringLiteral("boot"));
            os.replaceChild(b, placed);
            anchor = os.insertAfter(m_doc.createComment(QString()), b);
        }
    }
    if (!anchor.isNull())
        os.removeChild(anchor);
}

std::optional<bool> DomainConfig::bootMenu() const {
    const QDomElement m = child(child(root(), QStringLiteral("os")), QStringLiteral("bootmenu"));
    if (m.isNull())
        return std::nullopt;
    return m.attribute(QStringLiteral("enable")) == QLatin1String("yes");
}
void DomainConfig::setBootMenu(std::optional<bool> enabled) {
    if (enabled == bootMenu())
        return;
    QDomElement os = ensureChild(root(), QStringLiteral("os"));
    if (!enabled) {
        os.removeChild(child(os, QStringLiteral("bootmenu")));
        return;
    }
    setAttr(ensureChild(os, QStringLiteral("bootmenu")), QStringLiteral("enable"),
            *enabled ? QStringLiteral("yes") : QStringLiteral("no"));
}

QString DomainConfig::kernel() const {
    return child(child(root(), QStringLiteral("os")), QStringLiteral("kernel")).text();
}
void DomainConfig::setKernel(const QString &path) {
    if (path != kernel())
        setChildText(ensureChild(root(), QStringLiteral("os")), QStringLiteral("kernel"), path);
}
QString DomainConfig::initrd() const {
    return child(child(root(), QStringLiteral("os")), QStringLiteral("initrd")).text();
}
void DomainConfig::setInitrd(const QString &path) {
    if (path != initrd())
        setChildText(ensureChild(root(), QStringLiteral("os")), QStringLiteral("initrd"), path);
}
QString DomainConfig::kernelCmdline() const {
    return child(child(root(), QStringLiteral("os")), QStringLiteral("cmdline")).text();
}
void DomainConfig::setKernelCmdline(const QString &cmdline) {
    if (cmdline != kernelCmdline())
        setChildText(ensureChild(root(), QStringLiteral("os")), QStringLiteral("cmdline"), cmdline);
}

QDomElement DomainConfig::device(const QString &kind, int index) const {
    const QList<QDomElement> all = childElements(child(root(), QStringLiteral("devices")), kind);
    return index >= 0 && index < all.size() ? all.at(index) : QDomElement();
}

QList<QDomElement> DomainConfig::deviceElements() const {
    QList<QDomElement> out;
    for (QDomElement e = child(root(), QStringLiteral("devices")).firstChildElement(); !e.isNull();
         e = e.nextSiblingElement())
        out << e;
    return out;
}

QDomElement DomainConfig::deviceElement(const QString &tag, int index) const {
    return device(tag, index);
}

bool DomainConfig::replaceDevice(const QString &tag, int index, const QDomElement &element) {
    QDomElement old = device(tag, index);
    if (old.isNull() || element.tagName() != tag)
        return false;
    const QDomNode copy = m_doc.importNode(element, true);
    old.parentNode().replaceChild(copy, old);
    return true;
}

void DomainConfig::addDevice(const QDomElement &element) {
    QDomElement devices = ensureChild(root(), QStringLiteral("devices"));
    const QDomNode copy = m_doc.importNode(element, true);
    const QList<QDomElement> same = childElements(devices, element.tagName());
    if (same.isEmpty())
        devices.appendChild(copy);
    else
        devices.insertAfter(copy, same.last());
}

bool DomainConfig::removeDevice(const QString &tag, int index) {
    QDomElement old = device(tag, index);
    if (old.isNull())
        return false;
    old.parentNode().removeChild(old);
    return true;
}

QList<DomainConfig::Disk> DomainConfig::disks() const {
    QList<Disk> out;
    for (const QDomElement &e :
         childElements(child(root(), QStringLiteral("devices")), QStringLiteral("disk"))) {
        const QDomElement source = child(e, QStringLiteral("source"));
        const QDomElement target = child(e, QStringLiteral("target"));
        const QDomElement driver = child(e, QStringLiteral("driver"));
        Disk d;
        d.type = e.attribute(QStringLiteral("type"), QStringLiteral("file"));
        d.device = e.attribute(QStringLiteral("device"), QStringLiteral("disk"));
        d.bus = target.attribute(QStringLiteral("bus"));
        d.target = target.attribute(QStringLiteral("dev"));
        for (const char *attr : {"file", "dev", "dir"}) {
            if (source.hasAttribute(QLatin1String(attr)))
                d.sourcePath = source.attribute(QLatin1String(attr));
        }
        d.sourcePool = source.attribute(QStringLiteral("pool"));
        d.sourceVolume = source.attribute(QStringLiteral("volume"));
        d.sourceProtocol = source.attribute(QStringLiteral("protocol"));
        d.sourceName = source.attribute(QStringLiteral("name"));
        d.driverCache = driver.attribute(QStringLiteral("cache"));
        d.driverIo = driver.attribute(QStringLiteral("io"));
        d.driverDiscard = driver.attribute(QStringLiteral("discard"));
        d.readOnly = !child(e, QStringLiteral("readonly")).isNull();
        out.push_back(d);
    }
    return out;
}

bool DomainConfig::setDiskMedia(int index, const QString &path) {
    QDomElement disk = device(QStringLiteral("disk"), index);
    if (disk.isNull())
        return false;
    const Disk current = disks().at(index);
    const bool pathType =
        current.type == QLatin1String("file") || current.type == QLatin1String("block");
    QDomElement source = child(disk, QStringLiteral("source"));
    if (path.isEmpty()) {
        if (!source.isNull())
            disk.removeChild(source);
        // An empty network or volume drive is not valid; an empty file drive is.
        if (!pathType)
            setAttr(disk, QStringLiteral("type"), QStringLiteral("file"));
        return true;
    }
    if (pathType && current.sourcePath == path && !source.isNull())
        return true;
    if (pathType) {
        setAttr(ensureChild(disk, QStringLiteral("source")),
                current.type == QLatin1String("block") ? QStringLiteral("dev")
                                                       : QStringLiteral("file"),
                path);
        return true;
    }
    // Media from a pool volume or the network become a plain file: the old <source> is replaced.
    setAttr(disk, QStringLiteral("type"), QStringLiteral("file"));
    QDomElement fresh = m_doc.createElement(QStringLiteral("source"));
    fresh.setAttribute(QStringLiteral("file"), path);
    if (source.isNull())
        disk.replaceChild(fresh, ensureChild(disk, QStringLiteral("source")));
    else
        disk.replaceChild(fresh, source);
    return true;
}

bool DomainConfig::setDiskBus(int index, const QString &bus, const QString &target) {
    QDomElement disk = device(QStringLiteral("disk"), index);
    if (disk.isNull() || bus.isEmpty())
        return !disk.isNull();
    QDomElement t = ensureChild(disk, QStringLiteral("target"));
    if (!target.isEmpty() && t.attribute(QStringLiteral("dev")) != target)
        setAttr(t, QStringLiteral("dev"), target);
    if (t.attribute(QStringLiteral("bus")) == bus)
        return true;
    const bool leavingVirtio = t.attribute(QStringLiteral("bus")) == QLatin1String("virtio");
    setAttr(t, QStringLiteral("bus"), bus);
    // libvirt refuses multiqueue and per-disk IOThreads on anything but virtio-blk.
    QDomElement driver = child(disk, QStringLiteral("driver"));
    if (leavingVirtio && !driver.isNull()) {
        for (const char *attr : {"queues", "queue_size", "iothread"})
            driver.removeAttribute(QLatin1String(attr));
    }
    // The old controller address does not fit the new bus; libvirt assigns a fresh one.
    const QDomElement address = child(disk, QStringLiteral("address"));
    if (!address.isNull())
        disk.removeChild(address);
    return true;
}

namespace {
bool setDriverAttr(QDomElement disk, const QString &attr, const QString &value,
                   const std::function<QDomElement()> &ensureDriver) {
    if (disk.isNull())
        return false;
    QDomElement driver = disk.firstChildElement(QStringLiteral("driver"));
    if (driver.attribute(attr) == value)
        return true;
    if (driver.isNull())
        driver = ensureDriver();
    setAttr(driver, attr, value);
    return true;
}
} // namespace

bool DomainConfig::setDiskCache(int index, const QString &cache) {
    QDomElement disk = device(QStringLiteral("disk"), index);
    return setDriverAttr(disk, QStringLiteral("cache"), cache,
                         [&] { return ensureChild(disk, QStringLiteral("driver")); });
}
bool DomainConfig::setDiskIo(int index, const QString &io) {
    QDomElement disk = device(QStringLiteral("disk"), index);
    return setDriverAttr(disk, QStringLiteral("io"), io,
                         [&] { return ensureChild(disk, QStringLiteral("driver")); });
}
bool DomainConfig::setDiskDiscard(int index, const QString &discard) {
    QDomElement disk = device(QStringLiteral("disk"), index);
    return setDriverAttr(disk, QStringLiteral("discard"), discard,
                         [&] { return ensureChild(disk, QStringLiteral("driver")); });
}
bool DomainConfig::setDiskReadOnly(int index, bool readOnly) {
    QDomElement disk = device(QStringLiteral("disk"), index);
    if (disk.isNull())
        return false;
    const QDomElement ro = child(disk, QStringLiteral("readonly"));
    if (readOnly && ro.isNull())
        ensureChild(disk, QStringLiteral("readonly"));
    else if (!readOnly && !ro.isNull())
        disk.removeChild(ro);
    return true;
}

QList<DomainConfig::Interface> DomainConfig::interfaces() const {
    QList<Interface> out;
    for (const QDomElement &e :
         childElements(child(root(), QStringLiteral("devices")), QStringLiteral("interface"))) {
        const QDomElement source = child(e, QStringLiteral("source"));
        out.push_back({e.attribute(QStringLiteral("type")),
                       child(e, QStringLiteral("mac")).attribute(QStringLiteral("address")),
                       child(e, QStringLiteral("model")).attribute(QStringLiteral("type")),
                       source.attribute(QStringLiteral("network")),
                       source.attribute(QStringLiteral("bridge")),
                       child(e, QStringLiteral("link")).attribute(QStringLiteral("state"))});
    }
    return out;
}

bool DomainConfig::setInterfaceMac(int index, const QString &mac) {
    QDomElement nic = device(QStringLiteral("interface"), index);
    if (nic.isNull())
        return false;
    if (mac.isEmpty())
        nic.removeChild(child(nic, QStringLiteral("mac")));
    else if (child(nic, QStringLiteral("mac")).attribute(QStringLiteral("address")) != mac)
        setAttr(ensureChild(nic, QStringLiteral("mac")), QStringLiteral("address"), mac);
    return true;
}
bool DomainConfig::setInterfaceModel(int index, const QString &model) {
    QDomElement nic = device(QStringLiteral("interface"), index);
    if (nic.isNull())
        return false;
    if (model.isEmpty())
        nic.removeChild(child(nic, QStringLiteral("model")));
    else if (child(nic, QStringLiteral("model")).attribute(QStringLiteral("type")) != model)
        setAttr(ensureChild(nic, QStringLiteral("model")), QStringLiteral("type"), model);
    return true;
}
bool DomainConfig::setInterfaceLinkState(int index, const QString &state) {
    QDomElement nic = device(QStringLiteral("interface"), index);
    if (nic.isNull())
        return false;
    if (state.isEmpty())
        nic.removeChild(child(nic, QStringLiteral("link")));
    else if (child(nic, QStringLiteral("link")).attribute(QStringLiteral("state")) != state)
        setAttr(ensureChild(nic, QStringLiteral("link")), QStringLiteral("state"), state);
    return true;
}
bool DomainConfig::setInterfaceSource(int index, const QString &type, const QString &source) {
    QDomElement nic = device(QStringLiteral("interface"), index);
    if (nic.isNull() || (type != QLatin1String("network") && type != QLatin1String("bridge")))
        return false;
    const QDomElement old = child(nic, QStringLiteral("source"));
    if (nic.attribute(QStringLiteral("type")) == type && old.attribute(type) == source)
        return true;
    setAttr(nic, QStringLiteral("type"), type);
    QDomElement fresh = m_doc.createElement(QStringLiteral("source"));
    fresh.setAttribute(type, source);
    nic.replaceChild(fresh, old.isNull() ? ensureChild(nic, QStringLiteral("source")) : old);
    return true;
}

QList<DomainConfig::Graphics> DomainConfig::graphics() const {
    QList<Graphics> out;
    for (const QDomElement &e :
         childElements(child(root(), QStringLiteral("devices")), QStringLiteral("graphics"))) {
        QString listen = e.attribute(QStringLiteral("listen"));
        if (listen.isEmpty())
            listen = child(e, QStringLiteral("listen")).attribute(QStringLiteral("address"));
        out.push_back(
            {e.attribute(QStringLiteral("type")), listen, e.attribute(QStringLiteral("passwd"))});
    }
    return out;
}
bool DomainConfig::setGraphicsListen(int index, const QString &address) {
    QDomElement g = device(QStringLiteral("graphics"), index);
    if (g.isNull())
        return false;
    if (graphics().at(index).listen == address)
        return true;
    // libvirt insists that listen= and <listen type='address' address=> agree.
    QDomElement l = child(g, QStringLiteral("listen"));
    if (l.isNull() || g.hasAttribute(QStringLiteral("listen")))
        setAttr(g, QStringLiteral("listen"), address);
    if (!l.isNull() && l.attribute(QStringLiteral("type")) == QLatin1String("address"))
        setAttr(l, QStringLiteral("address"), address);
    return true;
}
bool DomainConfig::setGraphicsPassword(int index, const QString &password) {
    QDomElement g = device(QStringLiteral("graphics"), index);
    if (g.isNull())
        return false;
    if (g.attribute(QStringLiteral("passwd")) != password)
        setAttr(g, QStringLiteral("passwd"), password);
    return true;
}

std::optional<qint64> DomainConfig::number(const QStringList &path) const {
    QDomElement e = root();
    for (const QString &part : path)
        e = child(e, part);
    bool ok = false;
    const qint64 v = e.text().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}
void DomainConfig::setNumber(const QStringList &path, std::optional<qint64> value) {
    if (value == number(path))
        return;
    const QString leaf = path.last();
    QDomElement parent = root();
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        if (!value && child(parent, path.at(i)).isNull())
            return;
        parent = value ? ensureChild(parent, path.at(i)) : child(parent, path.at(i));
    }
    setChildText(parent, leaf, value ? QString::number(*value) : QString());
}

std::optional<quint64> DomainConfig::cpuShares() const {
    return number({QStringLiteral("cputune"), QStringLiteral("shares")});
}
void DomainConfig::setCpuShares(std::optional<quint64> shares) {
    setNumber({QStringLiteral("cputune"), QStringLiteral("shares")}, shares);
}
std::optional<quint64> DomainConfig::cpuPeriod() const {
    return number({QStringLiteral("cputune"), QStringLiteral("period")});
}
void DomainConfig::setCpuPeriod(std::optional<quint64> period) {
    setNumber({QStringLiteral("cputune"), QStringLiteral("period")}, period);
}
std::optional<qint64> DomainConfig::cpuQuota() const {
    return number({QStringLiteral("cputune"), QStringLiteral("quota")});
}
void DomainConfig::setCpuQuota(std::optional<qint64> quota) {
    setNumber({QStringLiteral("cputune"), QStringLiteral("quota")}, quota);
}

std::optional<quint64> DomainConfig::memoryHardLimitKiB() const {
    return sizeKiB(child(root(), QStringLiteral("memtune")), QStringLiteral("hard_limit"));
}
void DomainConfig::setMemoryHardLimitKiB(std::optional<quint64> kib) {
    if (kib != memoryHardLimitKiB())
        setSizeKiB(ensureChild(root(), QStringLiteral("memtune")), QStringLiteral("hard_limit"),
                   kib);
}
std::optional<quint64> DomainConfig::memorySoftLimitKiB() const {
    return sizeKiB(child(root(), QStringLiteral("memtune")), QStringLiteral("soft_limit"));
}
void DomainConfig::setMemorySoftLimitKiB(std::optional<quint64> kib) {
    if (kib != memorySoftLimitKiB())
        setSizeKiB(ensureChild(root(), QStringLiteral("memtune")), QStringLiteral("soft_limit"),
                   kib);
}
std::optional<quint64> DomainConfig::swapHardLimitKiB() const {
    return sizeKiB(child(root(), QStringLiteral("memtune")), QStringLiteral("swap_hard_limit"));
}
void DomainConfig::setSwapHardLimitKiB(std::optional<quint64> kib) {
    if (kib != swapHardLimitKiB())
        setSizeKiB(ensureChild(root(), QStringLiteral("memtune")),
                   QStringLiteral("swap_hard_limit"), kib);
}

std::optional<unsigned> DomainConfig::blkioWeight() const {
    const auto v = number({QStringLiteral("blkiotune"), QStringLiteral("weight")});
    return v ? std::optional<unsigned>(unsigned(*v)) : std::nullopt;
}
void DomainConfig::setBlkioWeight(std::optional<unsigned> weight) {
    setNumber({QStringLiteral("blkiotune"), QStringLiteral("weight")},
              weight ? std::optional<qint64>(*weight) : std::nullopt);
}

QDomElement DomainConfig::virtDeckGuest() const {
    const QString ns = QLatin1String(VirtDeckNamespace);
    const QDomElement metadata = child(root(), QStringLiteral("metadata"));
    for (QDomElement e = metadata.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (localName(e) == QLatin1String("guest") && namespaceOf(e) == ns)
            return e;
    }
    return {};
}

QDomElement DomainConfig::ensureVirtDeckGuest() {
    QDomElement guest = virtDeckGuest();
    if (!guest.isNull())
        return guest;
    guest = m_doc.createElement(QStringLiteral("virtdeck:guest"));
    guest.setAttribute(QStringLiteral("xmlns:virtdeck"), QLatin1String(VirtDeckNamespace));
    ensureChild(root(), QStringLiteral("metadata")).appendChild(guest);
    return guest;
}

namespace {
// The prefix the guest element was written with (another tool may have chosen its own).
QString prefixed(const QDomElement &guest, const QString &local) {
    const QString tag = guest.tagName();
    const int colon = tag.indexOf(QLatin1Char(':'));
    return colon < 0 ? local : tag.left(colon + 1) + local;
}
} // namespace

QStringList DomainConfig::tags() const {
    QStringList out;
    const QDomElement guest = virtDeckGuest();
    for (QDomElement e = guest.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (localName(e) == QLatin1String("tag"))
            out.push_back(e.text());
    }
    return out;
}

void DomainConfig::setTags(const QStringList &tags) {
    if (tags == this->tags())
        return;
    QDomElement guest = ensureVirtDeckGuest();
    QDomNode anchor;
    for (QDomElement e = guest.firstChildElement(); !e.isNull();) {
        QDomElement next = e.nextSiblingElement();
        if (localName(e) == QLatin1String("tag")) {
            if (anchor.isNull())
                anchor = guest.insertBefore(m_doc.createComment(QString()), e);
            guest.removeChild(e);
        }
        e = next;
    }
    for (const QString &tag : tags) {
        QDomElement t = m_doc.createElement(prefixed(guest, QStringLiteral("tag")));
        t.appendChild(m_doc.createTextNode(tag));
        if (anchor.isNull())
            guest.insertBefore(t, guest.firstChild()); // tags lead, notes follow
        else
            guest.insertBefore(t, anchor);
    }
    if (!anchor.isNull())
        guest.removeChild(anchor);
    if (!guest.hasChildNodes())
        guest.parentNode().removeChild(guest);
}

QString DomainConfig::notes() const {
    const QDomElement guest = virtDeckGuest();
    for (QDomElement e = guest.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (localName(e) == QLatin1String("notes"))
            return e.text();
    }
    return {};
}

void DomainConfig::setNotes(const QString &notes) {
    if (notes == this->notes())
        return;
    QDomElement guest = ensureVirtDeckGuest();
    QDomElement existing;
    for (QDomElement e = guest.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (localName(e) == QLatin1String("notes"))
            existing = e;
    }
    if (notes.isEmpty()) {
        guest.removeChild(existing);
    } else {
        QDomElement fresh = m_doc.createElement(prefixed(guest, QStringLiteral("notes")));
        fresh.appendChild(m_doc.createTextNode(notes));
        if (existing.isNull())
            guest.appendChild(fresh);
        else
            guest.replaceChild(fresh, existing);
    }
    if (!guest.hasChildNodes())
        guest.parentNode().removeChild(guest);
}

namespace {

bool isBootableTag(const QString &tag) {
    return tag == QLatin1String("disk") || tag == QLatin1String("interface") ||
           tag == QLatin1String("hostdev") || tag == QLatin1String("redirdev");
}

} // namespace

QList<DomainConfig::BootDevice> DomainConfig::bootDevices() const {
    QList<BootDevice> out;
    QHash<QString, int> seen;
    for (QDomElement e = child(root(), QStringLiteral("devices")).firstChildElement(); !e.isNull();
         e = e.nextSiblingElement()) {
        if (!isBootableTag(e.tagName()))
            continue;
        BootDevice d;
        d.tag = e.tagName();
        d.index = seen[d.tag]++;
        d.order = child(e, QStringLiteral("boot")).attribute(QStringLiteral("order")).toUInt();
        out << d;
    }
    return out;
}

bool DomainConfig::hasDeviceBootOrder() const {
    for (const BootDevice &d : bootDevices()) {
        if (d.order > 0)
            return true;
    }
    return false;
}

bool DomainConfig::setDeviceBootOrder(const QString &tag, int index, unsigned order) {
    if (!isBootableTag(tag))
        return false;
    QDomElement dev = device(tag, index);
    if (dev.isNull())
        return false;
    QDomElement boot = child(dev, QStringLiteral("boot"));
    if (order == 0) {
        if (!boot.isNull())
            dev.removeChild(boot);
        return true;
    }
    if (boot.isNull()) {
        // libvirt writes <boot> right before these (docs/formatdomain "Device addresses").
        boot = m_doc.createElement(QStringLiteral("boot"));
        QDomElement before;
        for (QDomElement c = dev.firstChildElement(); !c.isNull() && before.isNull();
             c = c.nextSiblingElement()) {
            static const QStringList later{QStringLiteral("acpi"), QStringLiteral("alias"),
                                           QStringLiteral("master"), QStringLiteral("address"),
                                           QStringLiteral("rom")};
            if (later.contains(c.tagName()))
                before = c;
        }
        if (before.isNull())
            dev.appendChild(boot);
        else
            dev.insertBefore(boot, before);
    }
    setAttr(boot, QStringLiteral("order"), QString::number(order));
    return true;
}

std::optional<unsigned> DomainConfig::bootMenuTimeout() const {
    const QDomElement m = child(child(root(), QStringLiteral("os")), QStringLiteral("bootmenu"));
    bool ok = false;
    const unsigned ms = m.attribute(QStringLiteral("timeout")).toUInt(&ok);
    return ok ? std::optional<unsigned>(ms) : std::nullopt;
}

void DomainConfig::setBootMenuTimeout(std::optional<unsigned> milliseconds) {
    if (milliseconds == bootMenuTimeout())
        return;
    if (!milliseconds) {
        child(child(root(), QStringLiteral("os")), QStringLiteral("bootmenu"))
            .removeAttribute(QStringLiteral("timeout"));
        return;
    }
    QDomElement menu =
        ensureChild(ensureChild(root(), QStringLiteral("os")), QStringLiteral("bootmenu"));
    setAttr(menu, QStringLiteral("timeout"), QString::number(*milliseconds));
}

QString DomainConfig::dtb() const {
    return child(child(root(), QStringLiteral("os")), QStringLiteral("dtb")).text();
}
void DomainConfig::setDtb(const QString &path) {
    if (path != dtb())
        setChildText(ensureChild(root(), QStringLiteral("os")), QStringLiteral("dtb"), path);
}

QString DomainConfig::firmware() const {
    return child(root(), QStringLiteral("os")).attribute(QStringLiteral("firmware"));
}
QString DomainConfig::loader() const {
    return child(child(root(), QStringLiteral("os")), QStringLiteral("loader")).text().trimmed();
}
QString DomainConfig::loaderType() const {
    return child(child(root(), QStringLiteral("os")), QStringLiteral("loader"))
        .attribute(QStringLiteral("type"));
}

// --- CPU features, pinning, NUMA placement and memory backing --------------------------------

namespace {

// libvirt's order inside elements the table above does not cover (docs/formatdomain).
const QStringList &cputuneOrder() {
    static const QStringList order{
        QStringLiteral("shares"),         QStringLiteral("period"),
        QStringLiteral("quota"),          QStringLiteral("global_period"),
        QStringLiteral("global_quota"),   QStringLiteral("emulator_period"),
        QStringLiteral("emulator_quota"), QStringLiteral("iothread_period"),
        QStringLiteral("iothread_quota"), QStringLiteral("vcpupin"),
        QStringLiteral("emulatorpin"),    QStringLiteral("iothreadpin"),
        QStringLiteral("vcpusched"),      QStringLiteral("iothreadsched"),
        QStringLiteral("emulatorsched"),  QStringLiteral("cachetune"),
        QStringLiteral("memorytune")};
    return order;
}
const QStringList &memoryBackingOrder() {
    static const QStringList order{QStringLiteral("hugepages"), QStringLiteral("nosharepages"),
                                   QStringLiteral("locked"),    QStringLiteral("source"),
                                   QStringLiteral("access"),    QStringLiteral("allocation"),
                                   QStringLiteral("discard")};
    return order;
}
const QStringList &numatuneOrder() {
    static const QStringList order{QStringLiteral("memory"), QStringLiteral("memnode")};
    return order;
}

// After the last sibling libvirt writes no later than `created`, else before the first one it
// writes later, else at the end. Siblings it does not know are not counted.
void insertInOrder(QDomElement parent, const QDomElement &created, const QStringList &order) {
    const qsizetype rank = order.indexOf(created.tagName());
    QDomElement after, before;
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        const qsizetype r = order.indexOf(e.tagName());
        if (r < 0)
            continue;
        if (r <= rank)
            after = e;
        else if (before.isNull())
            before = e;
    }
    if (!after.isNull())
        parent.insertAfter(created, after);
    else if (!before.isNull())
        parent.insertBefore(created, before);
    else
        parent.appendChild(created);
}

// An element left with nothing but white space goes; one holding a comment stays.
void removeIfEmpty(QDomElement e) {
    if (e.isNull() || e.attributes().count() > 0)
        return;
    for (QDomNode n = e.firstChild(); !n.isNull(); n = n.nextSibling()) {
        if (!n.isText() || !n.nodeValue().trimmed().isEmpty())
            return;
    }
    e.parentNode().removeChild(e);
}

QString featurePolicy(const QDomElement &feature) {
    // libvirt's default for a guest CPU's feature.
    return feature.attribute(QStringLiteral("policy"), QStringLiteral("require"));
}

} // namespace

QList<DomainConfig::CpuFeature> DomainConfig::cpuFeatures() const {
    QList<CpuFeature> out;
    for (const QDomElement &e :
         childElements(child(root(), QStringLiteral("cpu")), QStringLiteral("feature")))
        out.push_back({e.attribute(QStringLiteral("name")), featurePolicy(e)});
    return out;
}

void DomainConfig::setCpuFeatures(const QList<CpuFeature> &features) {
    if (features == cpuFeatures())
        return;
    QDomElement cpu = child(root(), QStringLiteral("cpu"));
    if (cpu.isNull() && features.isEmpty())
        return;
    cpu = ensureChild(root(), QStringLiteral("cpu"));
    QHash<QString, QString> wanted;
    for (const CpuFeature &f : features)
        wanted.insert(f.name, f.policy);
    QStringList kept;
    QDomElement last;
    for (const QDomElement &e : childElements(cpu, QStringLiteral("feature"))) {
        const QString name = e.attribute(QStringLiteral("name"));
        if (!wanted.contains(name) || kept.contains(name)) {
            cpu.removeChild(e);
            continue;
        }
        if (featurePolicy(e) != wanted.value(name))
            setAttr(e, QStringLiteral("policy"), wanted.value(name));
        kept << name;
        last = e;
    }
    for (const CpuFeature &f : features) {
        if (kept.contains(f.name))
            continue;
        kept << f.name;
        QDomElement e;
        if (last.isNull()) {
            e = ensureChild(cpu, QStringLiteral("feature")); // placed among <cpu>'s children
        } else {
            e = m_doc.createElement(QStringLiteral("feature"));
            cpu.insertAfter(e, last);
        }
        e.setAttribute(QStringLiteral("policy"), f.policy);
        e.setAttribute(QStringLiteral("name"), f.name);
        last = e;
    }
}

QString DomainConfig::vcpuPlacement() const {
    return child(root(), QStringLiteral("vcpu")).attribute(QStringLiteral("placement"));
}
void DomainConfig::setVcpuPlacement(const QString &placement) {
    if (placement == vcpuPlacement())
        return;
    if (child(root(), QStringLiteral("vcpu")).isNull())
        setChildText(root(), QStringLiteral("vcpu"), QString::number(vcpuMaximum()));
    setAttr(child(root(), QStringLiteral("vcpu")), QStringLiteral("placement"), placement);
}
QString DomainConfig::vcpuCpuset() const {
    return child(root(), QStringLiteral("vcpu")).attribute(QStringLiteral("cpuset"));
}

QList<std::pair<unsigned, QString>> DomainConfig::vcpuPins() const {
    QList<std::pair<unsigned, QString>> out;
    for (const QDomElement &e :
         childElements(child(root(), QStringLiteral("cputune")), QStringLiteral("vcpupin")))
        out.push_back(
            {e.attribute(QStringLiteral("vcpu")).toUInt(), e.attribute(QStringLiteral("cpuset"))});
    return out;
}

void DomainConfig::setVcpuPin(unsigned vcpu, const QString &cpuset) {
    QDomElement cputune = child(root(), QStringLiteral("cputune"));
    QDomElement existing, nextHigher;
    for (const QDomElement &e : childElements(cputune, QStringLiteral("vcpupin"))) {
        bool ok = false;
        const unsigned id = e.attribute(QStringLiteral("vcpu")).toUInt(&ok);
        if (ok && id == vcpu && existing.isNull())
            existing = e;
        else if (ok && id > vcpu && nextHigher.isNull())
            nextHigher = e;
    }
    if (cpuset.isEmpty()) {
        if (!existing.isNull()) {
            cputune.removeChild(existing);
            removeIfEmpty(cputune);
        }
        return;
    }
    if (!existing.isNull()) {
        if (existing.attribute(QStringLiteral("cpuset")) != cpuset)
            setAttr(existing, QStringLiteral("cpuset"), cpuset);
        return;
    }
    cputune = ensureChild(root(), QStringLiteral("cputune"));
    QDomElement pin = m_doc.createElement(QStringLiteral("vcpupin"));
    pin.setAttribute(QStringLiteral("vcpu"), QString::number(vcpu));
    pin.setAttribute(QStringLiteral("cpuset"), cpuset);
    // Pins stay in vCPU order, as libvirt writes them.
    if (!nextHigher.isNull())
        cputune.insertBefore(pin, nextHigher);
    else
        insertInOrder(cputune, pin, cputuneOrder());
}

QString DomainConfig::emulatorPin() const {
    return child(child(root(), QStringLiteral("cputune")), QStringLiteral("emulatorpin"))
        .attribute(QStringLiteral("cpuset"));
}
void DomainConfig::setEmulatorPin(const QString &cpuset) {
    if (cpuset == emulatorPin())
        return;
    QDomElement cputune = child(root(), QStringLiteral("cputune"));
    QDomElement pin = child(cputune, QStringLiteral("emulatorpin"));
    if (cpuset.isEmpty()) {
        cputune.removeChild(pin);
        removeIfEmpty(cputune);
        return;
    }
    if (pin.isNull()) {
        cputune = ensureChild(root(), QStringLiteral("cputune"));
        pin = m_doc.createElement(QStringLiteral("emulatorpin"));
        insertInOrder(cputune, pin, cputuneOrder());
    }
    setAttr(pin, QStringLiteral("cpuset"), cpuset);
}

DomainConfig::NumaMemory DomainConfig::numaMemory() const {
    const QDomElement m =
        child(child(root(), QStringLiteral("numatune")), QStringLiteral("memory"));
    return {m.attribute(QStringLiteral("mode")), m.attribute(QStringLiteral("nodeset")),
            m.attribute(QStringLiteral("placement"))};
}
void DomainConfig::setNumaMemory(const NumaMemory &memory) {
    if (memory == numaMemory())
        return;
    QDomElement numatune = child(root(), QStringLiteral("numatune"));
    QDomElement m = child(numatune, QStringLiteral("memory"));
    if (memory.isEmpty()) {
        numatune.removeChild(m);
        removeIfEmpty(numatune);
        return;
    }
    if (m.isNull()) {
        numatune = ensureChild(root(), QStringLiteral("numatune"));
        m = m_doc.createElement(QStringLiteral("memory"));
        insertInOrder(numatune, m, numatuneOrder());
    }
    setAttr(m, QStringLiteral("mode"), memory.mode);
    setAttr(m, QStringLiteral("nodeset"), memory.nodeset);
    setAttr(m, QStringLiteral("placement"), memory.placement);
}

std::optional<quint64> DomainConfig::hugePageSizeKiB() const {
    const QDomElement huge =
        child(child(root(), QStringLiteral("memoryBacking")), QStringLiteral("hugepages"));
    if (huge.isNull())
        return std::nullopt;
    const QDomElement page = child(huge, QStringLiteral("page"));
    if (page.isNull())
        return 0;
    const auto unit = unitBytes(page.attribute(QStringLiteral("unit")));
    return page.attribute(QStringLiteral("size")).toULongLong() * unit.value_or(1024) / 1024;
}
void DomainConfig::setHugePageSizeKiB(std::optional<quint64> kib) {
    if (kib == hugePageSizeKiB())
        return;
    QDomElement backing = child(root(), QStringLiteral("memoryBacking"));
    QDomElement huge = child(backing, QStringLiteral("hugepages"));
    if (!kib) {
        backing.removeChild(huge);
        removeIfEmpty(backing);
        return;
    }
    if (huge.isNull()) {
        backing = ensureChild(root(), QStringLiteral("memoryBacking"));
        huge = m_doc.createElement(QStringLiteral("hugepages"));
        insertInOrder(backing, huge, memoryBackingOrder());
    }
    for (const QDomElement &page : childElements(huge, QStringLiteral("page")))
        huge.removeChild(page);
    if (*kib > 0) {
        QDomElement page = m_doc.createElement(QStringLiteral("page"));
        page.setAttribute(QStringLiteral("size"), QString::number(*kib));
        page.setAttribute(QStringLiteral("unit"), QStringLiteral("KiB"));
        huge.appendChild(page);
    }
}

bool DomainConfig::sharedMemoryBacking() const {
    return child(child(root(), QStringLiteral("memoryBacking")), QStringLiteral("access"))
               .attribute(QStringLiteral("mode")) == QLatin1String("shared");
}
void DomainConfig::setSharedMemoryBacking(bool shared) {
    if (shared == sharedMemoryBacking())
        return;
    if (!shared) {
        QDomElement backing = child(root(), QStringLiteral("memoryBacking"));
        backing.removeChild(child(backing, QStringLiteral("access")));
        const QDomElement source = child(backing, QStringLiteral("source"));
        if (source.attribute(QStringLiteral("type")) == QLatin1String("memfd"))
            backing.removeChild(source);
        removeIfEmpty(backing);
        return;
    }
    QDomElement backing = ensureChild(root(), QStringLiteral("memoryBacking"));
    if (child(backing, QStringLiteral("source")).isNull()) {
        QDomElement source = m_doc.createElement(QStringLiteral("source"));
        source.setAttribute(QStringLiteral("type"), QStringLiteral("memfd"));
        insertInOrder(backing, source, memoryBackingOrder());
    }
    QDomElement access = child(backing, QStringLiteral("access"));
    if (access.isNull()) {
        access = m_doc.createElement(QStringLiteral("access"));
        insertInOrder(backing, access, memoryBackingOrder());
    }
    setAttr(access, QStringLiteral("mode"), QStringLiteral("shared"));
}
