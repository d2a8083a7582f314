// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainconfig.h"
#include "libvirthandles.h"
#include "testsupport.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <iostream>

namespace {

constexpr quint64 GiB = 1024 * 1024; // in KiB

QString readFile(const QString &path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(f.readAll());
}

QStringList fixtureFiles() {
    const QDir dir(TestSupport::fixture(QStringLiteral("domains")));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name))
        out.push_back(dir.filePath(name));
    return out;
}

std::string str(const QString &s) {
    return s.toStdString();
}
// Readable failure output for lists of differences.
std::string str(const QStringList &l) {
    return l.join(QLatin1Char('\n')).toStdString();
}

// --- Canonical form -----------------------------------------------------------------------
// A document flattened to "path -> value" lines. Paths index elements per name among their
// siblings (disk[1]), attributes are a sorted map (path@name), text is trimmed (path#text),
// comments keep their place in path#order and their text in path#comment[i]. Two documents
// are canonically equal when the maps are equal.
using Canonical = QMap<QString, QString>;

void flatten(const QDomNode &node, const QString &path, Canonical &out) {
    if (node.isElement()) {
        out.insert(path, QStringLiteral("<element>"));
        const QDomNamedNodeMap attrs = node.attributes();
        for (int i = 0; i < attrs.count(); ++i) {
            const QDomAttr a = attrs.item(i).toAttr();
            out.insert(path + QLatin1Char('@') + a.name(), a.value());
        }
    }
    QString text;
    QStringList order;
    QHash<QString, int> seen;
    int comments = 0;
    for (QDomNode c = node.firstChild(); !c.isNull(); c = c.nextSibling()) {
        if (c.isText() || c.isCDATASection()) {
            text += c.nodeValue();
        } else if (c.isComment()) {
            order.push_back(QStringLiteral("#comment"));
            out.insert(path + QStringLiteral("#comment[%1]").arg(comments++),
                       c.nodeValue().trimmed());
        } else if (c.isProcessingInstruction()) {
            order.push_back(QStringLiteral("#pi"));
            out.insert(path + QStringLiteral("#pi:") + c.nodeName(), c.nodeValue());
        } else if (c.isElement()) {
            const QString name = c.toElement().tagName();
            order.push_back(name);
            // The root is just "/domain": there is only one.
            const QString index =
                node.isDocument() ? QString() : QStringLiteral("[%1]").arg(seen[name]++);
            flatten(c, path + QLatin1Char('/') + name + index, out);
        }
    }
    if (!text.trimmed().isEmpty())
        out.insert(path + QStringLiteral("#text"), text.trimmed());
    if (!order.isEmpty())
        out.insert(path + QStringLiteral("#order"), order.join(QLatin1Char(',')));
}

Canonical canonical(const QString &xml) {
    QDomDocument doc;
    QString error;
    int line = 0, column = 0;
    EXPECT_TRUE(doc.setContent(xml, false, &error, &line, &column))
        << line << ":" << column << " " << str(error);
    Canonical out;
    flatten(doc, QString(), out);
    return out;
}

// Keys that differ between a and b, present on either side.
QStringList differences(const Canonical &a, const Canonical &b) {
    QSet<QString> keys;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        keys.insert(it.key());
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        keys.insert(it.key());
    QStringList out;
    for (const QString &k : keys) {
        if (a.value(k, QStringLiteral("\x01absent")) != b.value(k, QStringLiteral("\x01absent")))
            out.push_back(k);
    }
    out.sort();
    return out;
}

bool startsWithAt(const QString &key, const QString &prefix, const char *separators) {
    if (!key.startsWith(prefix))
        return false;
    if (key.size() == prefix.size())
        return true;
    return QByteArray(separators).contains(key.at(prefix.size()).toLatin1());
}

// The element names along the allowed paths: an order line may differ only by these.
QSet<QString> touchedNames(const QStringList &allowed) {
    QSet<QString> names;
    for (const QString &p : allowed) {
        for (QString part : p.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            part = part.left(part.indexOf(QLatin1Char('@')) < 0 ? part.size()
                                                                : part.indexOf(QLatin1Char('@')));
            names.insert(part.left(part.indexOf(QLatin1Char('['))));
        }
    }
    return names;
}

QString withoutNames(const QString &order, const QSet<QString> &names) {
    QStringList kept;
    for (const QString &n : order.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!names.contains(n))
            kept.push_back(n);
    }
    return kept.join(QLatin1Char(','));
}

// Differences outside the allowed paths. An ancestor element of an allowed path may appear
// or disappear (a setter creates <cputune> for <shares>); order lines are compared with the
// touched element names left out.
QStringList unexpectedDifferences(const Canonical &before, const Canonical &after,
                                  const QStringList &allowed) {
    const QSet<QString> names = touchedNames(allowed);
    QStringList out;
    for (const QString &key : differences(before, after)) {
        const bool insideAllowed =
            std::any_of(allowed.cbegin(), allowed.cend(),
                        [&](const QString &p) { return startsWithAt(key, p, "/#["); });
        if (key.endsWith(QStringLiteral("#order")) && !insideAllowed) {
            if (withoutNames(before.value(key), names) != withoutNames(after.value(key), names))
                out.push_back(key + QStringLiteral(": ") + before.value(key) +
                              QStringLiteral(" -> ") + after.value(key));
            continue;
        }
        bool ok = false;
        for (const QString &p : allowed) {
            if (startsWithAt(key, p, "/@#["))
                ok = true;
            // A container that only one side has, on the way to an allowed path.
            if (!key.contains(QLatin1Char('@')) && !key.contains(QLatin1Char('#')) &&
                before.contains(key) != after.contains(key) && startsWithAt(p, key, "/@"))
                ok = true;
        }
        if (!ok)
            out.push_back(key + QStringLiteral(": '") + before.value(key) +
                          QStringLiteral("' -> '") + after.value(key) + QLatin1Char('\''));
    }
    return out;
}

// --- libvirt acceptance --------------------------------------------------------------------

void quietLibvirt(void *, virErrorPtr) {}

QString lastError() {
    return QString::fromUtf8(virGetLastErrorMessage());
}

// The test driver's capabilities offer only <domain type='test'> i686 guests with no emulator
// binary. libvirt 9.0 does not enforce that, but a later version may, so QEMU/KVM/LXC definitions
// go to it as a copy with just those three things adjusted; devices, tuning and metadata
// are what DomainConfig wrote.
QString asTestDriverDomain(const QString &xml) {
    QDomDocument doc;
    doc.setContent(xml, false);
    QDomElement root = doc.documentElement();
    root.setAttribute(QStringLiteral("type"), QStringLiteral("test"));
    QDomElement devices = root.firstChildElement(QStringLiteral("devices"));
    devices.removeChild(devices.firstChildElement(QStringLiteral("emulator")));
    QDomElement type =
        root.firstChildElement(QStringLiteral("os")).firstChildElement(QStringLiteral("type"));
    if (type.hasAttribute(QStringLiteral("arch")))
        type.setAttribute(QStringLiteral("arch"), QStringLiteral("i686"));
    return doc.toString();
}

QString renamed(const QString &xml, const QString &name) {
    QDomDocument doc;
    doc.setContent(xml, false);
    QDomElement n = doc.documentElement().firstChildElement(QStringLiteral("name"));
    while (n.hasChildNodes())
        n.removeChild(n.firstChild());
    n.appendChild(doc.createTextNode(name));
    return doc.toString();
}

QString defineAndUndefine(virConnectPtr conn, const QString &xml) {
    DomainHandle dom(
        virDomainDefineXMLFlags(conn, xml.toUtf8().constData(), VIR_DOMAIN_DEFINE_VALIDATE));
    if (!dom)
        return lastError().isEmpty() ? QStringLiteral("rejected") : lastError();
    // The test and LXC drivers refuse the NVRAM flag: fall back to a plain undefine, or the
    // next edit of the same fixture (same UUID, new name) would clash with this one.
    if (virDomainUndefineFlags(dom.get(), VIR_DOMAIN_UNDEFINE_NVRAM) != 0)
        virDomainUndefine(dom.get());
    return {};
}

struct Verdict {
    QString testDriverError; // empty: test:///default accepted it
    QString daemon;          // "qemu:///system" or "lxc:///system" when one checked it too
    QString daemonError;     // empty: that daemon accepted it (with VIR_DOMAIN_DEFINE_VALIDATE)
    bool accepted() const { return testDriverError.isEmpty() && daemonError.isEmpty(); }
    std::string explain() const {
        return str(
            QStringLiteral("test driver: ") +
            (testDriverError.isEmpty() ? QStringLiteral("ok") : testDriverError) +
            QStringLiteral("; ") + (daemon.isEmpty() ? QStringLiteral("no daemon") : daemon) +
            QStringLiteral(": ") + (daemonError.isEmpty() ? QStringLiteral("ok") : daemonError));
    }
};

// Every definition goes to the test driver. It only runs libvirt's generic parser and the
// schema (libvirt 9.0 takes type='kvm', x86_64, <emulator>, unknown NIC models and QEMU-only
// tuning without complaint), so QEMU and LXC definitions are also checked by the real daemon
// when it answers: that is where driver validation happens. Names there are vdtest-*.
class Libvirt {
public:
    static Libvirt &instance() {
        static Libvirt l;
        return l;
    }

    Verdict accept(const QString &xml, const QString &fixture) {
        Verdict v;
        const QString type = DomainConfig::parse(xml)->domainType();
        const bool qemu = type == QLatin1String("kvm") || type == QLatin1String("qemu");
        const bool test = type == QLatin1String("test");
        v.testDriverError = defineAndUndefine(m_test.get(), test ? xml : asTestDriverDomain(xml));
        virConnectPtr daemon = qemu                           ? m_qemu.get()
                               : type == QLatin1String("lxc") ? m_lxc.get()
                                                              : nullptr;
        if (daemon) {
            v.daemon = qemu ? QStringLiteral("qemu:///system") : QStringLiteral("lxc:///system");
            v.daemonError =
                defineAndUndefine(daemon, renamed(xml, QStringLiteral("vdtest-") + fixture));
        }
        return v;
    }

    bool hasTestDriver() const { return bool(m_test); }
    bool hasDaemons() const { return m_qemu && m_lxc; }

private:
    Libvirt() {
        virSetErrorFunc(nullptr, quietLibvirt);
        m_test.reset(virConnectOpen("test:///default"));
        if (TestSupport::systemDaemonAnswers()) {
            m_qemu.reset(virConnectOpen("qemu:///system"));
            m_lxc.reset(virConnectOpen("lxc:///system"));
        }
    }
    ConnectHandle m_test, m_qemu, m_lxc;
};

// --- Edits ---------------------------------------------------------------------------------

struct Edit {
    QString name;
    std::function<bool(const DomainConfig &)> applies;
    std::function<void(DomainConfig &)> apply;
    std::function<bool(const DomainConfig &)> verify; // on the re-parsed result
    std::function<QStringList(const DomainConfig &)> allowed;
};

int firstDisk(const DomainConfig &c, const std::function<bool(const DomainConfig::Disk &)> &pred) {
    const auto disks = c.disks();
    for (int i = 0; i < disks.size(); ++i) {
        if (pred(disks.at(i)))
            return i;
    }
    return -1;
}
bool isDisk(const DomainConfig::Disk &d) {
    return d.device == QLatin1String("disk");
}
bool isCdrom(const DomainConfig::Disk &d) {
    return d.device == QLatin1String("cdrom");
}
QString diskPath(int i) {
    return QStringLiteral("/domain/devices[0]/disk[%1]").arg(i);
}
QString nicPath(int i) {
    return QStringLiteral("/domain/devices[0]/interface[%1]").arg(i);
}
QString graphicsPath(int i) {
    return QStringLiteral("/domain/devices[0]/graphics[%1]").arg(i);
}

int firstNic(const DomainConfig &c, const QStringList &types) {
    const auto nics = c.interfaces();
    for (int i = 0; i < nics.size(); ++i) {
        if (types.isEmpty() || types.contains(nics.at(i).type))
            return i;
    }
    return -1;
}

int firstGraphics(const DomainConfig &c) {
    const auto all = c.graphics();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).type == QLatin1String("vnc") || all.at(i).type == QLatin1String("spice"))
            return i;
    }
    return -1;
}

bool isHvm(const DomainConfig &c) {
    return c.domainType() != QLatin1String("lxc");
}

bool hasPerDeviceBoot(const DomainConfig &c) {
    const QDomElement devices =
        c.document().documentElement().firstChildElement(QStringLiteral("devices"));
    for (QDomElement d = devices.firstChildElement(); !d.isNull(); d = d.nextSiblingElement()) {
        if (!d.firstChildElement(QStringLiteral("boot")).isNull())
            return true;
    }
    return false;
}

bool hasElement(const DomainConfig &c, const QStringList &path) {
    QDomElement e = c.document().documentElement();
    for (const QString &p : path)
        e = e.firstChildElement(p);
    return !e.isNull();
}

// <metadata>'s child in VirtDeck's namespace, as a canonical path (found after the edit).
QString virtDeckPath(const DomainConfig &c) {
    const QDomElement metadata =
        c.document().documentElement().firstChildElement(QStringLiteral("metadata"));
    QHash<QString, int> seen;
    for (QDomElement e = metadata.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        const int index = seen[e.tagName()]++;
        const QDomNamedNodeMap attrs = e.attributes();
        for (int i = 0; i < attrs.count(); ++i) {
            if (attrs.item(i).nodeValue() == QLatin1String(DomainConfig::VirtDeckNamespace))
                return QStringLiteral("/domain/metadata[0]/%1[%2]").arg(e.tagName()).arg(index);
        }
    }
    return QStringLiteral("/domain/metadata[0]/virtdeck:guest[0]");
}

template <typename T> T flip(T current, T a, T b) {
    return current == a ? b : a;
}

QList<Edit> edits() {
    const auto always = [](const DomainConfig &) { return true; };
    const auto fixed = [](QStringList paths) {
        return [paths](const DomainConfig &) { return paths; };
    };
    QList<Edit> e;
    e.push_back({QStringLiteral("name"), always,
                 [](DomainConfig &c) { c.setName(c.name() + QStringLiteral("-renamed")); },
                 [](const DomainConfig &c) { return c.name().endsWith(QLatin1String("-renamed")); },
                 fixed({QStringLiteral("/domain/name[0]")})});
    e.push_back(
        {QStringLiteral("title"), always,
         [](DomainConfig &c) { c.setTitle(QStringLiteral("Edited title \u2713")); },
         [](const DomainConfig &c) { return c.title() == QStringLiteral("Edited title \u2713"); },
         fixed({QStringLiteral("/domain/title[0]")})});
    e.push_back({QStringLiteral("remove title"),
                 [](const DomainConfig &c) { return !c.title().isEmpty(); },
                 [](DomainConfig &c) { c.setTitle({}); },
                 [](const DomainConfig &c) { return c.title().isEmpty(); },
                 fixed({QStringLiteral("/domain/title[0]")})});
    e.push_back(
        {QStringLiteral("description"), always,
         [](DomainConfig &c) { c.setDescription(QStringLiteral("Line one\nLine <two> & three")); },
         [](const DomainConfig &c) {
             return c.description() == QStringLiteral("Line one\nLine <two> & three");
         },
         fixed({QStringLiteral("/domain/description[0]")})});
    e.push_back({QStringLiteral("vcpu current"),
                 [](const DomainConfig &c) { return c.vcpuMaximum() > 1; },
                 [](DomainConfig &c) {
                     c.setVcpus(c.vcpuCurrent() == 1 ? c.vcpuMaximum() : 1, c.vcpuMaximum());
                 },
                 [](const DomainConfig &c) { return c.vcpuCurrent() != 0; },
                 fixed({QStringLiteral("/domain/vcpu[0]")})});
    e.push_back({QStringLiteral("vcpu maximum"),
                 [](const DomainConfig &c) {
                     // Topology, NUMA cells and <vcpus> all pin the count; edit those first.
                     return c.cpuTopology().isEmpty() &&
                            !hasElement(c, {QStringLiteral("cpu"), QStringLiteral("numa")}) &&
                            !hasElement(c, {QStringLiteral("vcpus")});
                 },
                 [](DomainConfig &c) { c.setVcpus(c.vcpuCurrent(), c.vcpuMaximum() + 2); },
                 [](const DomainConfig &c) {
                     return c.vcpuMaximum() == c.vcpuCurrent() + 2 || c.vcpuMaximum() > 2;
                 },
                 fixed({QStringLiteral("/domain/vcpu[0]")})});
    e.push_back({QStringLiteral("cpu topology"), isHvm,
                 [](DomainConfig &c) {
                     const unsigned n = c.vcpuMaximum();
                     DomainConfig::CpuTopology t{1, 0, n, 1};
                     if (t == c.cpuTopology())
                         t = {n, 0, 1, 1};
                     c.setCpuTopology(t);
                 },
                 [](const DomainConfig &c) {
                     const auto t = c.cpuTopology();
                     return t.sockets * t.cores * t.threads == c.vcpuMaximum();
                 },
                 fixed({QStringLiteral("/domain/cpu[0]/topology[0]")})});
    e.push_back({QStringLiteral("cpu mode"),
                 [](const DomainConfig &c) { return isHvm(c) && c.cpuModel().isEmpty(); },
                 [](DomainConfig &c) {
                     c.setCpuMode(flip(c.cpuMode(), QStringLiteral("host-model"),
                                       QStringLiteral("host-passthrough")));
                 },
                 [](const DomainConfig &c) { return !c.cpuMode().isEmpty(); },
                 fixed({QStringLiteral("/domain/cpu[0]@mode"),
                        QStringLiteral("/domain/cpu[0]@migratable")})});
    e.push_back({QStringLiteral("memory"), always,
                 [](DomainConfig &c) { c.setMemoryKiB(c.memoryKiB() + GiB); },
                 [](const DomainConfig &c) { return c.memoryKiB() % 1024 == 0; },
                 fixed({QStringLiteral("/domain/memory[0]")})});
    e.push_back({QStringLiteral("current memory"), always,
                 [](DomainConfig &c) {
                     const quint64 half = c.memoryKiB() / 2;
                     c.setCurrentMemoryKiB(half == c.currentMemoryKiB() ? half / 2 : half);
                 },
                 [](const DomainConfig &c) { return c.currentMemoryKiB() < c.memoryKiB(); },
                 fixed({QStringLiteral("/domain/currentMemory[0]")})});
    e.push_back({QStringLiteral("boot order"),
                 [](const DomainConfig &c) { return isHvm(c) && !hasPerDeviceBoot(c); },
                 [](DomainConfig &c) {
                     const QStringList wanted{QStringLiteral("cdrom"), QStringLiteral("hd")};
                     c.setBootOrder(c.bootOrder() == wanted ? QStringList{QStringLiteral("hd")}
                                                            : wanted);
                 },
                 [](const DomainConfig &c) { return c.bootOrder().contains(QStringLiteral("hd")); },
                 fixed({QStringLiteral("/domain/os[0]/boot")})});
    e.push_back({QStringLiteral("boot menu"), isHvm,
                 [](DomainConfig &c) { c.setBootMenu(c.bootMenu() != std::optional<bool>(true)); },
                 [](const DomainConfig &c) { return c.bootMenu().has_value(); },
                 fixed({QStringLiteral("/domain/os[0]/bootmenu[0]")})});
    e.push_back(
        {QStringLiteral("kernel"),
         [](const DomainConfig &c) { return isHvm(c) && c.kernel().isEmpty(); },
         [](DomainConfig &c) { c.setKernel(QStringLiteral("/var/lib/virtdeck/boot/vmlinuz")); },
         [](const DomainConfig &c) {
             return c.kernel() == QStringLiteral("/var/lib/virtdeck/boot/vmlinuz");
         },
         fixed({QStringLiteral("/domain/os[0]/kernel[0]")})});
    e.push_back(
        {QStringLiteral("kernel cmdline"),
         [](const DomainConfig &c) { return !c.kernel().isEmpty(); },
         [](DomainConfig &c) { c.setKernelCmdline(QStringLiteral("console=ttyS0 virtdeck=1")); },
         [](const DomainConfig &c) {
             return c.kernelCmdline() == QStringLiteral("console=ttyS0 virtdeck=1");
         },
         fixed({QStringLiteral("/domain/os[0]/cmdline[0]")})});
    // Boot page: per-device order (replacing <os><boot dev>), menu timeout, initrd, dtb.
    e.push_back(
        {QStringLiteral("device boot order"),
         [](const DomainConfig &c) { return isHvm(c) && !c.bootDevices().isEmpty(); },
         [](DomainConfig &c) {
             // The devices in reverse document order; <os><boot> must go.
             c.setBootOrder({});
             const auto devices = c.bootDevices();
             for (int i = 0; i < devices.size(); ++i)
                 c.setDeviceBootOrder(devices.at(i).tag, devices.at(i).index,
                                      unsigned(devices.size() - i));
         },
         [](const DomainConfig &c) {
             return c.hasDeviceBootOrder() && c.bootOrder().isEmpty() &&
                    c.bootDevices().first().order == unsigned(c.bootDevices().size());
         },
         [](const DomainConfig &c) {
             QStringList paths{QStringLiteral("/domain/os[0]/boot")};
             for (const DomainConfig::BootDevice &d : c.bootDevices())
                 paths
                     << QStringLiteral("/domain/devices[0]/%1[%2]/boot[0]").arg(d.tag).arg(d.index);
             return paths;
         }});
    e.push_back({QStringLiteral("boot menu timeout"), isHvm,
                 [](DomainConfig &c) {
                     c.setBootMenu(true);
                     c.setBootMenuTimeout(c.bootMenuTimeout() == 3000u ? 4500u : 3000u);
                 },
                 [](const DomainConfig &c) {
                     return c.bootMenu() == std::optional<bool>(true) &&
                            c.bootMenuTimeout() >= 3000u;
                 },
                 fixed({QStringLiteral("/domain/os[0]/bootmenu[0]")})});
    e.push_back({QStringLiteral("initrd"),
                 [](const DomainConfig &c) { return !c.kernel().isEmpty(); },
                 [](DomainConfig &c) {
                     c.setInitrd(flip(c.initrd(), QStringLiteral("/var/lib/virtdeck/boot/initrd"),
                                      QStringLiteral("/var/lib/virtdeck/boot/initrd.new")));
                 },
                 [](const DomainConfig &c) {
                     return c.initrd().startsWith(QLatin1String("/var/lib/virtdeck/boot/"));
                 },
                 fixed({QStringLiteral("/domain/os[0]/initrd[0]")})});
    e.push_back(
        {QStringLiteral("dtb"), [](const DomainConfig &c) { return !c.kernel().isEmpty(); },
         [](DomainConfig &c) { c.setDtb(QStringLiteral("/var/lib/virtdeck/boot/board.dtb")); },
         [](const DomainConfig &c) {
             return c.dtb() == QStringLiteral("/var/lib/virtdeck/boot/board.dtb");
         },
         fixed({QStringLiteral("/domain/os[0]/dtb[0]")})});
    e.push_back({QStringLiteral("disk cache"),
                 [](const DomainConfig &c) { return firstDisk(c, isDisk) >= 0; },
                 [](DomainConfig &c) {
                     const int i = firstDisk(c, isDisk);
                     // io='native' allows only no cache or directsync (QEMU validation).
                     const auto d = c.disks().at(i);
                     const QString other = d.driverIo == QLatin1String("native")
                                               ? QStringLiteral("directsync")
                                               : QStringLiteral("writeback");
                     c.setDiskCache(i, flip(d.driverCache, QStringLiteral("none"), other));
                 },
                 [](const DomainConfig &c) {
                     return !c.disks().at(firstDisk(c, isDisk)).driverCache.isEmpty();
                 },
                 [](const DomainConfig &c) {
                     return QStringList{diskPath(firstDisk(c, isDisk)) +
                                        QStringLiteral("/driver[0]")};
                 }});
    e.push_back(
        {QStringLiteral("disk io"), [](const DomainConfig &c) { return firstDisk(c, isDisk) >= 0; },
         [](DomainConfig &c) {
             const int i = firstDisk(c, isDisk);
             c.setDiskIo(i, flip(c.disks().at(i).driverIo, QStringLiteral("threads"),
                                 QStringLiteral("io_uring")));
         },
         [](const DomainConfig &c) {
             return !c.disks().at(firstDisk(c, isDisk)).driverIo.isEmpty();
         },
         [](const DomainConfig &c) {
             return QStringList{diskPath(firstDisk(c, isDisk)) + QStringLiteral("/driver[0]")};
         }});
    e.push_back({QStringLiteral("disk discard"),
                 [](const DomainConfig &c) { return firstDisk(c, isDisk) >= 0; },
                 [](DomainConfig &c) {
                     const int i = firstDisk(c, isDisk);
                     c.setDiskDiscard(i, flip(c.disks().at(i).driverDiscard,
                                              QStringLiteral("unmap"), QStringLiteral("ignore")));
                 },
                 [](const DomainConfig &c) {
                     return !c.disks().at(firstDisk(c, isDisk)).driverDiscard.isEmpty();
                 },
                 [](const DomainConfig &c) {
                     return QStringList{diskPath(firstDisk(c, isDisk)) +
                                        QStringLiteral("/driver[0]")};
                 }});
    // QEMU has no read-only IDE or SATA disks.
    const auto canBeReadOnly = [](const DomainConfig::Disk &d) {
        return isDisk(d) && (d.bus == QLatin1String("virtio") || d.bus == QLatin1String("scsi"));
    };
    e.push_back(
        {QStringLiteral("disk read-only"),
         [canBeReadOnly](const DomainConfig &c) { return firstDisk(c, canBeReadOnly) >= 0; },
         [canBeReadOnly](DomainConfig &c) {
             const int i = firstDisk(c, canBeReadOnly);
             c.setDiskReadOnly(i, !c.disks().at(i).readOnly);
         },
         [](const DomainConfig &) { return true; },
         [canBeReadOnly](const DomainConfig &c) {
             return QStringList{diskPath(firstDisk(c, canBeReadOnly)) +
                                QStringLiteral("/readonly[0]")};
         }});
    const auto isVirtio = [](const DomainConfig::Disk &d) {
        return isDisk(d) && d.bus == QLatin1String("virtio");
    };
    e.push_back(
        {QStringLiteral("disk bus"),
         [isVirtio](const DomainConfig &c) { return isHvm(c) && firstDisk(c, isVirtio) >= 0; },
         [isVirtio](DomainConfig &c) {
             // A fresh target name: vda on SCSI would take sda's drive address.
             c.setDiskBus(firstDisk(c, isVirtio), QStringLiteral("scsi"), QStringLiteral("sdt"));
         },
         [](const DomainConfig &c) {
             return firstDisk(c, [](const DomainConfig::Disk &d) {
                        return d.bus == QLatin1String("scsi") && d.target == QLatin1String("sdt");
                    }) >= 0;
         },
         [isVirtio](const DomainConfig &c) {
             const QString p = diskPath(firstDisk(c, isVirtio));
             return QStringList{p + QStringLiteral("/target[0]@bus"),
                                p + QStringLiteral("/target[0]@dev"),
                                p + QStringLiteral("/address[0]"),
                                p + QStringLiteral("/driver[0]@queues"),
                                p + QStringLiteral("/driver[0]@queue_size"),
                                p + QStringLiteral("/driver[0]@iothread")};
         }});
    e.push_back(
        {QStringLiteral("cd media"),
         [](const DomainConfig &c) { return firstDisk(c, isCdrom) >= 0; },
         [](DomainConfig &c) {
             c.setDiskMedia(firstDisk(c, isCdrom),
                            QStringLiteral("/var/lib/libvirt/images/virtdeck-other.iso"));
         },
         [](const DomainConfig &c) {
             return c.disks().at(firstDisk(c, isCdrom)).sourcePath ==
                    QStringLiteral("/var/lib/libvirt/images/virtdeck-other.iso");
         },
         [](const DomainConfig &c) {
             const QString p = diskPath(firstDisk(c, isCdrom));
             return QStringList{p + QStringLiteral("/source[0]"), p + QStringLiteral("@type")};
         }});
    const auto cdWithMedia = [](const DomainConfig::Disk &d) {
        return isCdrom(d) && (!d.sourcePath.isEmpty() || !d.sourceVolume.isEmpty() ||
                              !d.sourceProtocol.isEmpty());
    };
    e.push_back(
        {QStringLiteral("eject"),
         [cdWithMedia](const DomainConfig &c) { return firstDisk(c, cdWithMedia) >= 0; },
         [cdWithMedia](DomainConfig &c) { c.setDiskMedia(firstDisk(c, cdWithMedia), {}); },
         [](const DomainConfig &) { return true; },
         [cdWithMedia](const DomainConfig &c) {
             const QString p = diskPath(firstDisk(c, cdWithMedia));
             return QStringList{p + QStringLiteral("/source[0]"), p + QStringLiteral("@type")};
         }});
    e.push_back({QStringLiteral("nic link"),
                 [](const DomainConfig &c) { return firstNic(c, {}) >= 0; },
                 [](DomainConfig &c) {
                     c.setInterfaceLinkState(0, flip(c.interfaces().at(0).linkState,
                                                     QStringLiteral("down"), QStringLiteral("up")));
                 },
                 [](const DomainConfig &c) { return !c.interfaces().at(0).linkState.isEmpty(); },
                 fixed({nicPath(0) + QStringLiteral("/link[0]")})});
    const QStringList emulated{QStringLiteral("network"), QStringLiteral("bridge"),
                               QStringLiteral("user")};
    e.push_back(
        {QStringLiteral("nic model"),
         [emulated](const DomainConfig &c) { return isHvm(c) && firstNic(c, emulated) >= 0; },
         [emulated](DomainConfig &c) {
             const int i = firstNic(c, emulated);
             c.setInterfaceModel(i, flip(c.interfaces().at(i).model, QStringLiteral("virtio"),
                                         QStringLiteral("e1000e")));
         },
         [](const DomainConfig &) { return true; },
         [emulated](const DomainConfig &c) {
             return QStringList{nicPath(firstNic(c, emulated)) + QStringLiteral("/model[0]")};
         }});
    e.push_back({QStringLiteral("nic mac"),
                 [](const DomainConfig &c) { return firstNic(c, {}) >= 0; },
                 [](DomainConfig &c) { c.setInterfaceMac(0, QStringLiteral("52:54:00:ab:cd:ef")); },
                 [](const DomainConfig &c) {
                     return c.interfaces().at(0).mac == QStringLiteral("52:54:00:ab:cd:ef");
                 },
                 fixed({nicPath(0) + QStringLiteral("/mac[0]")})});
    const QStringList switched{QStringLiteral("network"), QStringLiteral("bridge")};
    e.push_back(
        {QStringLiteral("nic source"),
         [switched](const DomainConfig &c) { return firstNic(c, switched) >= 0; },
         [switched](DomainConfig &c) {
             const int i = firstNic(c, switched);
             if (c.interfaces().at(i).type == QLatin1String("network"))
                 c.setInterfaceSource(i, QStringLiteral("bridge"), QStringLiteral("br-virtdeck"));
             else
                 c.setInterfaceSource(i, QStringLiteral("network"), QStringLiteral("default"));
         },
         [switched](const DomainConfig &c) {
             const auto nic = c.interfaces().at(firstNic(c, switched));
             return nic.sourceBridge == QStringLiteral("br-virtdeck") ||
                    nic.sourceNetwork == QStringLiteral("default");
         },
         [switched](const DomainConfig &c) {
             const QString p = nicPath(firstNic(c, switched));
             return QStringList{p + QStringLiteral("@type"), p + QStringLiteral("/source[0]")};
         }});
    e.push_back({QStringLiteral("graphics password"),
                 [](const DomainConfig &c) { return firstGraphics(c) >= 0; },
                 [](DomainConfig &c) {
                     c.setGraphicsPassword(firstGraphics(c), QStringLiteral("n3w-pass"));
                 },
                 [](const DomainConfig &c) {
                     return c.graphics().at(firstGraphics(c)).passwd == QStringLiteral("n3w-pass");
                 },
                 [](const DomainConfig &c) {
                     return QStringList{graphicsPath(firstGraphics(c)) + QStringLiteral("@passwd")};
                 }});
    e.push_back(
        {QStringLiteral("graphics listen"),
         [](const DomainConfig &c) {
             const int i = firstGraphics(c);
             if (i < 0)
                 return false;
             const QDomElement listen = c.document()
                                            .documentElement()
                                            .firstChildElement(QStringLiteral("devices"))
                                            .elementsByTagName(QStringLiteral("graphics"))
                                            .at(i)
                                            .firstChildElement(QStringLiteral("listen"));
             return listen.isNull() ||
                    listen.attribute(QStringLiteral("type")) == QLatin1String("address");
         },
         [](DomainConfig &c) {
             const int i = firstGraphics(c);
             c.setGraphicsListen(i, flip(c.graphics().at(i).listen, QStringLiteral("127.0.0.1"),
                                         QStringLiteral("0.0.0.0")));
         },
         [](const DomainConfig &c) { return !c.graphics().at(firstGraphics(c)).listen.isEmpty(); },
         [](const DomainConfig &c) {
             const QString p = graphicsPath(firstGraphics(c));
             return QStringList{p + QStringLiteral("@listen"),
                                p + QStringLiteral("/listen[0]@address")};
         }});
    e.push_back({QStringLiteral("cpu shares"), always,
                 [](DomainConfig &c) { c.setCpuShares(c.cpuShares() == 2048u ? 4096u : 2048u); },
                 [](const DomainConfig &c) { return c.cpuShares() >= 2048u; },
                 fixed({QStringLiteral("/domain/cputune[0]/shares[0]")})});
    e.push_back({QStringLiteral("cpu quota"), isHvm,
                 [](DomainConfig &c) { c.setCpuQuota(c.cpuQuota() == 50000 ? 60000 : 50000); },
                 [](const DomainConfig &c) { return c.cpuQuota() >= 50000; },
                 fixed({QStringLiteral("/domain/cputune[0]/quota[0]")})});
    e.push_back(
        {QStringLiteral("cpu period"), isHvm,
         [](DomainConfig &c) { c.setCpuPeriod(c.cpuPeriod() == 100000u ? 200000u : 100000u); },
         [](const DomainConfig &c) { return c.cpuPeriod() >= 100000u; },
         fixed({QStringLiteral("/domain/cputune[0]/period[0]")})});
    e.push_back({QStringLiteral("memory hard limit"), always,
                 [](DomainConfig &c) {
                     // Stay at or below an existing swap limit, which libvirt requires.
                     quint64 v = c.swapHardLimitKiB().value_or(16 * GiB);
                     if (v == c.memoryHardLimitKiB())
                         v -= 1024;
                     c.setMemoryHardLimitKiB(v);
                 },
                 [](const DomainConfig &c) { return c.memoryHardLimitKiB().has_value(); },
                 fixed({QStringLiteral("/domain/memtune[0]/hard_limit[0]")})});
    e.push_back({QStringLiteral("memory soft limit"), always,
                 [](DomainConfig &c) {
                     if (c.memorySoftLimitKiB())
                         c.setMemorySoftLimitKiB(std::nullopt);
                     else
                         c.setMemorySoftLimitKiB(256 * 1024);
                 },
                 [](const DomainConfig &) { return true; },
                 fixed({QStringLiteral("/domain/memtune[0]/soft_limit[0]")})});
    e.push_back({QStringLiteral("swap hard limit"), always,
                 [](DomainConfig &c) {
                     c.setSwapHardLimitKiB(c.memoryHardLimitKiB().value_or(0) + 4 * GiB + 1024);
                 },
                 [](const DomainConfig &c) { return c.swapHardLimitKiB() > 4 * GiB; },
                 fixed({QStringLiteral("/domain/memtune[0]/swap_hard_limit[0]")})});
    e.push_back({QStringLiteral("blkio weight"), always,
                 [](DomainConfig &c) { c.setBlkioWeight(c.blkioWeight() == 300u ? 400u : 300u); },
                 [](const DomainConfig &c) { return c.blkioWeight() >= 300u; },
                 fixed({QStringLiteral("/domain/blkiotune[0]/weight[0]")})});
    e.push_back(
        {QStringLiteral("tags"), always,
         [](DomainConfig &c) { c.setTags(c.tags() << QStringLiteral("virtdeck-test")); },
         [](const DomainConfig &c) { return c.tags().endsWith(QStringLiteral("virtdeck-test")); },
         [](const DomainConfig &c) { return QStringList{virtDeckPath(c)}; }});
    e.push_back({QStringLiteral("clear tags"),
                 [](const DomainConfig &c) { return !c.tags().isEmpty(); },
                 [](DomainConfig &c) { c.setTags({}); },
                 [](const DomainConfig &c) { return c.tags().isEmpty(); },
                 [](const DomainConfig &c) { return QStringList{virtDeckPath(c)}; }});
    e.push_back(
        {QStringLiteral("notes"), always,
         [](DomainConfig &c) { c.setNotes(QStringLiteral("Edited <notes> & more\nsecond line")); },
         [](const DomainConfig &c) {
             return c.notes() == QStringLiteral("Edited <notes> & more\nsecond line");
         },
         [](const DomainConfig &c) { return QStringList{virtDeckPath(c)}; }});
    // CPU features, pinning, NUMA placement and memory backing (CPU, Memory, Resources pages).
    const auto isQemuOrTest = [](const DomainConfig &c) {
        return c.domainType() == QLatin1String("kvm") || c.domainType() == QLatin1String("qemu") ||
               c.domainType() == QLatin1String("test");
    };
    const auto hasModel = [](const DomainConfig &c) {
        return isHvm(c) && (c.cpuMode() == QLatin1String("host-model") ||
                            (c.cpuMode() == QLatin1String("custom") && !c.cpuModel().isEmpty()));
    };
    e.push_back({QStringLiteral("cpu feature added"), hasModel,
                 [](DomainConfig &c) {
                     auto features = c.cpuFeatures();
                     features.push_back({QStringLiteral("pcid"), QStringLiteral("disable")});
                     c.setCpuFeatures(features);
                 },
                 [](const DomainConfig &c) {
                     return c.cpuFeatures().contains(DomainConfig::CpuFeature{
                         QStringLiteral("pcid"), QStringLiteral("disable")});
                 },
                 fixed({QStringLiteral("/domain/cpu[0]/feature")})});
    e.push_back({QStringLiteral("cpu feature policy"),
                 [=](const DomainConfig &c) { return hasModel(c) && !c.cpuFeatures().isEmpty(); },
                 [](DomainConfig &c) {
                     auto features = c.cpuFeatures();
                     features[0].policy = flip(features[0].policy, QStringLiteral("disable"),
                                               QStringLiteral("require"));
                     c.setCpuFeatures(features);
                 },
                 [](const DomainConfig &c) { return c.cpuFeatures().size() > 0; },
                 fixed({QStringLiteral("/domain/cpu[0]/feature[0]@policy")})});
    e.push_back({QStringLiteral("cpu feature removed"),
                 [=](const DomainConfig &c) { return hasModel(c) && !c.cpuFeatures().isEmpty(); },
                 [](DomainConfig &c) {
                     auto features = c.cpuFeatures();
                     features.removeLast();
                     c.setCpuFeatures(features);
                 },
                 [](const DomainConfig &) { return true; },
                 fixed({QStringLiteral("/domain/cpu[0]/feature")})});
    e.push_back({QStringLiteral("vcpu pin"), isQemuOrTest,
                 [](DomainConfig &c) {
                     QString now;
                     for (const auto &[vcpu, cpuset] : c.vcpuPins())
                         if (vcpu == 0)
                             now = cpuset;
                     c.setVcpuPin(0, now == QLatin1String("1") ? QStringLiteral("0")
                                                               : QStringLiteral("1"));
                 },
                 [](const DomainConfig &c) {
                     return !c.vcpuPins().isEmpty() && c.vcpuPins().first().first == 0;
                 },
                 fixed({QStringLiteral("/domain/cputune[0]/vcpupin")})});
    e.push_back({QStringLiteral("vcpu pin removed"),
                 [](const DomainConfig &c) { return !c.vcpuPins().isEmpty(); },
                 [](DomainConfig &c) { c.setVcpuPin(c.vcpuPins().last().first, QString()); },
                 [](const DomainConfig &) { return true; },
                 fixed({QStringLiteral("/domain/cputune[0]/vcpupin")})});
    e.push_back({QStringLiteral("emulator pin"), isQemuOrTest,
                 [](DomainConfig &c) {
                     c.setEmulatorPin(
                         flip(c.emulatorPin(), QStringLiteral("0"), QStringLiteral("0-1")));
                 },
                 [](const DomainConfig &c) { return !c.emulatorPin().isEmpty(); },
                 fixed({QStringLiteral("/domain/cputune[0]/emulatorpin[0]")})});
    e.push_back({QStringLiteral("numa memory"),
                 [=](const DomainConfig &c) {
                     return isQemuOrTest(c) && c.vcpuPlacement() != QLatin1String("auto") &&
                            c.numaMemory().placement != QLatin1String("auto");
                 },
                 [](DomainConfig &c) {
                     DomainConfig::NumaMemory m = c.numaMemory();
                     m.mode =
                         flip(m.mode, QStringLiteral("interleave"), QStringLiteral("preferred"));
                     m.nodeset = QStringLiteral("0");
                     c.setNumaMemory(m);
                 },
                 [](const DomainConfig &c) { return c.numaMemory().nodeset == QLatin1String("0"); },
                 fixed({QStringLiteral("/domain/numatune[0]/memory[0]")})});
    e.push_back({QStringLiteral("numa memory removed"),
                 [](const DomainConfig &c) { return !c.numaMemory().isEmpty(); },
                 [](DomainConfig &c) { c.setNumaMemory({}); },
                 [](const DomainConfig &c) { return c.numaMemory().isEmpty(); },
                 fixed({QStringLiteral("/domain/numatune[0]/memory[0]")})});
    e.push_back({QStringLiteral("vcpu placement"),
                 [=](const DomainConfig &c) {
                     return isQemuOrTest(c) && c.vcpuCpuset().isEmpty() &&
                            c.numaMemory().nodeset.isEmpty();
                 },
                 [](DomainConfig &c) {
                     c.setVcpuPlacement(
                         flip(c.vcpuPlacement(), QStringLiteral("auto"), QStringLiteral("static")));
                 },
                 [](const DomainConfig &c) { return !c.vcpuPlacement().isEmpty(); },
                 fixed({QStringLiteral("/domain/vcpu[0]@placement")})});
    e.push_back({QStringLiteral("huge pages"), isQemuOrTest,
                 [](DomainConfig &c) {
                     c.setHugePageSizeKiB(c.hugePageSizeKiB() == std::optional<quint64>(2048)
                                              ? std::optional<quint64>(0)
                                              : std::optional<quint64>(2048));
                 },
                 [](const DomainConfig &c) { return c.hugePageSizeKiB().has_value(); },
                 fixed({QStringLiteral("/domain/memoryBacking[0]/hugepages[0]")})});
    e.push_back({QStringLiteral("huge pages removed"),
                 [](const DomainConfig &c) { return c.hugePageSizeKiB().has_value(); },
                 [](DomainConfig &c) { c.setHugePageSizeKiB(std::nullopt); },
                 [](const DomainConfig &c) { return !c.hugePageSizeKiB().has_value(); },
                 fixed({QStringLiteral("/domain/memoryBacking[0]/hugepages[0]")})});
    e.push_back({QStringLiteral("shared memory"),
                 [=](const DomainConfig &c) { return isQemuOrTest(c) && !c.sharedMemoryBacking(); },
                 [](DomainConfig &c) { c.setSharedMemoryBacking(true); },
                 [](const DomainConfig &c) { return c.sharedMemoryBacking(); },
                 fixed({QStringLiteral("/domain/memoryBacking[0]/source[0]"),
                        QStringLiteral("/domain/memoryBacking[0]/access[0]")})});
    e.push_back({QStringLiteral("shared memory removed"),
                 [](const DomainConfig &c) {
                     // libvirt refuses a virtiofs share without it (the page does too).
                     return c.sharedMemoryBacking() &&
                            !c.toXml().contains(QLatin1String("type=\"virtiofs\""));
                 },
                 [](DomainConfig &c) { c.setSharedMemoryBacking(false); },
                 [](const DomainConfig &c) { return !c.sharedMemoryBacking(); },
                 fixed({QStringLiteral("/domain/memoryBacking[0]/source[0]"),
                        QStringLiteral("/domain/memoryBacking[0]/access[0]")})});
    return e;
}

class DomainConfigCorpus : public ::testing::Test {
protected:
    void SetUp() override {
        if (!Libvirt::instance().hasTestDriver())
            GTEST_SKIP() << "test:///default cannot be opened";
    }
};

} // namespace

TEST(DomainConfig, CorpusHasThirtyVariedDefinitions) {
    const QStringList files = fixtureFiles();
    EXPECT_GE(files.size(), 30);
    QSet<QString> types;
    for (const QString &f : files) {
        const auto c = DomainConfig::parse(readFile(f));
        ASSERT_TRUE(c) << str(f);
        types.insert(c->domainType());
    }
    EXPECT_TRUE(types.contains(QStringLiteral("kvm")));
    EXPECT_TRUE(types.contains(QStringLiteral("qemu")));
    EXPECT_TRUE(types.contains(QStringLiteral("lxc")));
    EXPECT_TRUE(types.contains(QStringLiteral("test")));
}

TEST(DomainConfig, UnchangedRoundTripIsCanonicallyIdentical) {
    for (const QString &f : fixtureFiles()) {
        const QString original = readFile(f);
        const auto c = DomainConfig::parse(original);
        ASSERT_TRUE(c) << str(f);
        const QString out = c->toXml();
        EXPECT_EQ(str(differences(canonical(original), canonical(out))), std::string()) << str(f);
        // And serializing is stable: a second load/save means the same. (Not the same text:
        // QDom keeps attributes in a hash, so their order may differ from run to run.)
        EXPECT_EQ(str(differences(canonical(out), canonical(DomainConfig::parse(out)->toXml()))),
                  std::string())
            << str(f);
    }
}

TEST(DomainConfig, SettingCurrentValuesChangesNothing) {
    for (const QString &f : fixtureFiles()) {
        auto c = DomainConfig::parse(readFile(f));
        ASSERT_TRUE(c);
        const QString before = c->toXml();
        c->setName(c->name());
        c->setTitle(c->title());
        c->setDescription(c->description());
        c->setVcpus(c->vcpuCurrent(), c->vcpuMaximum());
        c->setCpuMode(c->cpuMode());
        c->setCpuModel(c->cpuModel());
        c->setCpuTopology(c->cpuTopology());
        c->setMemoryKiB(c->memoryKiB());
        c->setCurrentMemoryKiB(c->currentMemoryKiB());
        c->setBootOrder(c->bootOrder());
        c->setBootMenu(c->bootMenu());
        c->setKernel(c->kernel());
        c->setInitrd(c->initrd());
        c->setKernelCmdline(c->kernelCmdline());
        for (const DomainConfig::BootDevice &d : c->bootDevices())
            c->setDeviceBootOrder(d.tag, d.index, d.order);
        c->setBootMenuTimeout(c->bootMenuTimeout());
        c->setDtb(c->dtb());
        const auto disks = c->disks();
        for (int i = 0; i < disks.size(); ++i) {
            const auto &d = disks.at(i);
            if (d.type == QLatin1String("file") || d.type == QLatin1String("block"))
                c->setDiskMedia(i, d.sourcePath);
            c->setDiskBus(i, d.bus);
            c->setDiskCache(i, d.driverCache);
            c->setDiskIo(i, d.driverIo);
            c->setDiskDiscard(i, d.driverDiscard);
            c->setDiskReadOnly(i, d.readOnly);
        }
        const auto nics = c->interfaces();
        for (int i = 0; i < nics.size(); ++i) {
            const auto &n = nics.at(i);
            c->setInterfaceMac(i, n.mac);
            c->setInterfaceModel(i, n.model);
            c->setInterfaceLinkState(i, n.linkState);
            if (n.type == QLatin1String("network"))
                c->setInterfaceSource(i, n.type, n.sourceNetwork);
            if (n.type == QLatin1String("bridge"))
                c->setInterfaceSource(i, n.type, n.sourceBridge);
        }
        const auto graphics = c->graphics();
        for (int i = 0; i < graphics.size(); ++i) {
            c->setGraphicsListen(i, graphics.at(i).listen);
            c->setGraphicsPassword(i, graphics.at(i).passwd);
        }
        c->setCpuShares(c->cpuShares());
        c->setCpuPeriod(c->cpuPeriod());
        c->setCpuQuota(c->cpuQuota());
        c->setMemoryHardLimitKiB(c->memoryHardLimitKiB());
        c->setMemorySoftLimitKiB(c->memorySoftLimitKiB());
        c->setSwapHardLimitKiB(c->swapHardLimitKiB());
        c->setBlkioWeight(c->blkioWeight());
        c->setTags(c->tags());
        c->setNotes(c->notes());
        c->setCpuFeatures(c->cpuFeatures());
        for (const auto &[vcpu, cpuset] : c->vcpuPins())
            c->setVcpuPin(vcpu, cpuset);
        c->setEmulatorPin(c->emulatorPin());
        c->setVcpuPlacement(c->vcpuPlacement());
        c->setNumaMemory(c->numaMemory());
        c->setHugePageSizeKiB(c->hugePageSizeKiB());
        c->setSharedMemoryBacking(c->sharedMemoryBacking());
        EXPECT_EQ(str(c->toXml()), str(before)) << str(f);
    }
}

TEST_F(DomainConfigCorpus, OriginalsAreAcceptedByLibvirt) {
    int daemonChecks = 0;
    for (const QString &f : fixtureFiles()) {
        const QString base = QFileInfo(f).completeBaseName();
        const Verdict v = Libvirt::instance().accept(readFile(f), base);
        EXPECT_TRUE(v.accepted()) << str(base) << ": " << v.explain();
        daemonChecks += v.daemon.isEmpty() ? 0 : 1;
    }
    if (!Libvirt::instance().hasDaemons())
        std::cout
            << "[domainconfig] qemu:///system or lxc:///system does not answer: test driver only\n";
    std::cout << "[domainconfig] " << daemonChecks << " originals also checked by a real daemon\n";
}

TEST_F(DomainConfigCorpus, EachEditChangesOnlyItsFieldAndLibvirtAcceptsIt) {
    const QList<Edit> all = edits();
    QHash<QString, int> used;
    int checked = 0, daemonChecks = 0;
    for (const QString &f : fixtureFiles()) {
        const QString base = QFileInfo(f).completeBaseName();
        const QString original = readFile(f);
        const Canonical before = canonical(original);
        for (const Edit &edit : all) {
            auto c = DomainConfig::parse(original);
            ASSERT_TRUE(c);
            if (!edit.applies(*c))
                continue;
            const QStringList allowed = edit.allowed(*c);
            edit.apply(*c);
            const QString changed = c->toXml();
            // For eyeballing the output: VD_DOMAINCONFIG_DUMP=/some/dir keeps every result.
            if (const QString dump = qEnvironmentVariable("VD_DOMAINCONFIG_DUMP");
                !dump.isEmpty()) {
                QFile out(dump + QLatin1Char('/') + base + QLatin1Char('-') +
                          QString(edit.name).replace(QLatin1Char(' '), QLatin1Char('-')) +
                          QStringLiteral(".xml"));
                if (out.open(QIODevice::WriteOnly))
                    out.write(changed.toUtf8());
            }
            const Canonical after = canonical(changed);
            const std::string where = str(base + QStringLiteral(" / ") + edit.name);
            EXPECT_FALSE(differences(before, after).isEmpty()) << where << ": nothing changed";
            // Tag paths depend on the prefix found after the edit.
            QStringList paths = allowed;
            paths += edit.allowed(*c);
            EXPECT_EQ(str(unexpectedDifferences(before, after, paths)), std::string()) << where;
            const auto reparsed = DomainConfig::parse(changed);
            ASSERT_TRUE(reparsed) << where;
            EXPECT_TRUE(edit.verify(*reparsed)) << where;
            const Verdict v = Libvirt::instance().accept(changed, base);
            EXPECT_TRUE(v.accepted()) << where << ": " << v.explain();
            daemonChecks += v.daemon.isEmpty() ? 0 : 1;
            ++used[edit.name];
            ++checked;
        }
    }
    for (const Edit &edit : all)
        EXPECT_GT(used.value(edit.name), 0) << str(edit.name) << " never applied";
    std::cout << "[domainconfig] " << checked << " edits checked over " << fixtureFiles().size()
              << " fixtures, " << daemonChecks << " of them by a real daemon too\n";
}

TEST(DomainConfig, ParseErrorNamesLineAndColumn) {
    QString error;
    EXPECT_FALSE(DomainConfig::parse(
        QStringLiteral("<domain type='kvm'>\n  <name>x</nam>\n</domain>"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("line 2, column"))) << str(error);
    EXPECT_FALSE(DomainConfig::parse(QStringLiteral("<network/>"), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(DomainConfig, ReadsUnitsAndWritesKiB) {
    auto c = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/07-memory-units.xml"))));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->memoryKiB(), 4 * GiB);                             // unit='G'
    EXPECT_EQ(c->currentMemoryKiB(), 3000ull * 1000 * 1000 / 1024); // unit='MB' is decimal
    EXPECT_EQ(c->memoryHardLimitKiB(), 6 * GiB);
    EXPECT_EQ(c->memorySoftLimitKiB(), 3 * 1024 * 1024ull);
    EXPECT_EQ(c->swapHardLimitKiB(), 8 * GiB);
    c->setMemoryKiB(5 * GiB);
    QDomDocument doc;
    doc.setContent(c->toXml(), false);
    const QDomElement memory = doc.documentElement().firstChildElement(QStringLiteral("memory"));
    EXPECT_EQ(memory.attribute(QStringLiteral("unit")), QStringLiteral("KiB"));
    EXPECT_EQ(memory.text(), QString::number(5 * GiB));
}

TEST(DomainConfig, ReadsDisksInterfacesAndGraphics) {
    auto c = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/10-volume-disks.xml"))));
    ASSERT_TRUE(c);
    const auto disks = c->disks();
    ASSERT_EQ(disks.size(), 6);
    EXPECT_EQ(disks.at(0).sourcePool, QStringLiteral("default"));
    EXPECT_EQ(disks.at(0).sourceVolume, QStringLiteral("vd-volume-disks.qcow2"));
    EXPECT_EQ(disks.at(1).sourcePath, QStringLiteral("/dev/vg0/vd-data"));
    EXPECT_EQ(disks.at(1).driverIo, QStringLiteral("native"));
    EXPECT_TRUE(disks.at(2).readOnly);
    EXPECT_EQ(disks.at(3).device, QStringLiteral("cdrom"));
    EXPECT_EQ(disks.at(4).device, QStringLiteral("floppy"));
    EXPECT_EQ(disks.at(4).bus, QStringLiteral("fdc"));
    // A CD from a pool becomes a plain file once other media go in.
    ASSERT_TRUE(c->setDiskMedia(3, QStringLiteral("/srv/iso/other.iso")));
    EXPECT_EQ(c->disks().at(3).type, QStringLiteral("file"));
    EXPECT_TRUE(c->disks().at(3).sourcePool.isEmpty());
    EXPECT_FALSE(c->setDiskCache(42, QStringLiteral("none")));

    auto g = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/03-windows-hyperv.xml"))));
    ASSERT_TRUE(g);
    ASSERT_EQ(g->graphics().size(), 1);
    EXPECT_EQ(g->graphics().at(0).passwd, QStringLiteral("hunter2"));
    EXPECT_EQ(g->interfaces().at(0).model, QStringLiteral("e1000e"));
    EXPECT_EQ(g->cpuTopology(), (DomainConfig::CpuTopology{1, 1, 2, 2}));
    EXPECT_EQ(g->memoryKiB(), 8 * GiB);
}

TEST(DomainConfig, TagsKeepAnotherToolsPrefixAndUnknownFields) {
    auto c = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/32-virtdeck-prefix.xml"))));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->tags(), (QStringList{QStringLiteral("db"), QStringLiteral("staging")}));
    c->setTags({QStringLiteral("prod")});
    c->setNotes(QStringLiteral("moved to production"));
    const QString xml = c->toXml();
    EXPECT_TRUE(xml.contains(QStringLiteral("<vdk:tag>prod</vdk:tag>"))) << str(xml);
    EXPECT_TRUE(xml.contains(QStringLiteral("<vdk:notes>moved to production</vdk:notes>")));
    EXPECT_TRUE(xml.contains(
        QStringLiteral("<vdk:future-field level=\"3\">kept as is</vdk:future-field>")));
    EXPECT_FALSE(xml.contains(QStringLiteral("virtdeck:guest")));
    const auto again = DomainConfig::parse(xml);
    EXPECT_EQ(again->tags(), QStringList{QStringLiteral("prod")});
    EXPECT_EQ(again->notes(), QStringLiteral("moved to production"));
}

TEST(DomainConfig, ClearingVirtDeckMetadataLeavesOthersAlone) {
    auto c = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/26-lxc-app.xml"))));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->tags(), QStringList{QStringLiteral("container")});
    c->setTags({});
    c->setNotes({});
    EXPECT_FALSE(c->toXml().contains(QStringLiteral("virtdeck:guest")));
    c->setTags({QStringLiteral("back")});
    EXPECT_TRUE(c->toXml().contains(QStringLiteral(
        "<virtdeck:guest xmlns:virtdeck=\"https://virtdeck.org/xmlns/guest/1.0\">")));
}

// The comparison itself must see what the corpus test relies on it to see.
TEST(DomainConfig, CanonicalFormSeesCommentsOrderAndAttributes) {
    const QString base = QStringLiteral("<domain a='1' b='2'><!-- c --><x/><y>t</y></domain>");
    EXPECT_TRUE(
        differences(canonical(base), canonical(QStringLiteral(
                                         "<domain b='2' a='1'><!-- c --><x/><y> t\n</y></domain>")))
            .isEmpty());
    for (const char *changed : {"<domain a='1' b='3'><!-- c --><x/><y>t</y></domain>",
                                "<domain a='1' b='2'><!-- d --><x/><y>t</y></domain>",
                                "<domain a='1' b='2'><x/><y>t</y></domain>",
                                "<domain a='1' b='2'><!-- c --><y>t</y><x/></domain>",
                                "<domain a='1' b='2'><!-- c --><x/><y>u</y></domain>"}) {
        EXPECT_FALSE(differences(canonical(base), canonical(QLatin1String(changed))).isEmpty())
            << changed;
    }
}

// The Boot page's accessors on definitions of their own.
TEST(DomainConfig, DeviceBootOrderReadsSetsAndRemoves) {
    auto c = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/24-per-device-boot.xml"))));
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->hasDeviceBootOrder());
    EXPECT_TRUE(c->bootOrder().isEmpty());
    const auto devices = c->bootDevices();
    ASSERT_EQ(devices.size(), 3);
    EXPECT_EQ(devices.at(0).tag, QStringLiteral("disk"));
    EXPECT_EQ(devices.at(0).index, 0);
    EXPECT_EQ(devices.at(0).order, 2u); // the CD-ROM
    EXPECT_EQ(devices.at(1).order, 1u); // the disk
    EXPECT_EQ(devices.at(2).tag, QStringLiteral("interface"));
    EXPECT_EQ(devices.at(2).index, 0);
    EXPECT_EQ(devices.at(2).order, 3u);

    EXPECT_TRUE(c->setDeviceBootOrder(QStringLiteral("interface"), 0, 1));
    EXPECT_TRUE(c->setDeviceBootOrder(QStringLiteral("disk"), 1, 0));
    EXPECT_FALSE(c->setDeviceBootOrder(QStringLiteral("disk"), 5, 1));
    EXPECT_FALSE(c->setDeviceBootOrder(QStringLiteral("controller"), 0, 1));
    const auto again = DomainConfig::parse(c->toXml());
    EXPECT_EQ(again->bootDevices().at(1).order, 0u);
    EXPECT_EQ(again->bootDevices().at(2).order, 1u);
    const QDomElement nic = again->document()
                                .documentElement()
                                .firstChildElement(QStringLiteral("devices"))
                                .firstChildElement(QStringLiteral("interface"));
    EXPECT_EQ(nic.elementsByTagName(QStringLiteral("boot")).count(), 1);
    for (const auto &d : again->bootDevices())
        c->setDeviceBootOrder(d.tag, d.index, 0);
    EXPECT_FALSE(c->hasDeviceBootOrder());
}

TEST(DomainConfig, NewDeviceBootGoesBeforeTheAddress) {
    auto c = DomainConfig::parse(QStringLiteral(
        "<domain type='kvm'><devices><hostdev mode='subsystem' type='pci'><source>"
        "<address domain='0x0000' bus='0x03' slot='0x00' function='0x0'/></source>"
        "<alias name='hostdev0'/><address type='pci' bus='0x07' slot='0x00'/></hostdev>"
        "</devices></domain>"));
    ASSERT_TRUE(c);
    ASSERT_TRUE(c->setDeviceBootOrder(QStringLiteral("hostdev"), 0, 4));
    const QDomElement hostdev = c->document()
                                    .documentElement()
                                    .firstChildElement(QStringLiteral("devices"))
                                    .firstChildElement(QStringLiteral("hostdev"));
    QStringList children;
    for (QDomElement e = hostdev.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        children << e.tagName();
    EXPECT_EQ(children, (QStringList{QStringLiteral("source"), QStringLiteral("boot"),
                                     QStringLiteral("alias"), QStringLiteral("address")}));
    EXPECT_EQ(c->bootDevices().first().order, 4u);
}

TEST(DomainConfig, BootMenuTimeoutDtbAndFirmware) {
    auto c = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/23-boot-menu-multi.xml"))));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->bootMenu(), std::optional<bool>(false));
    EXPECT_FALSE(c->bootMenuTimeout());
    EXPECT_EQ(c->loader(), QStringLiteral("/usr/share/seabios/bios.bin"));
    EXPECT_EQ(c->loaderType(), QStringLiteral("rom"));
    EXPECT_TRUE(c->firmware().isEmpty());
    c->setBootMenu(true);
    c->setBootMenuTimeout(2500);
    const auto menu = DomainConfig::parse(c->toXml());
    EXPECT_EQ(menu->bootMenu(), std::optional<bool>(true));
    EXPECT_EQ(menu->bootMenuTimeout(), std::optional<unsigned>(2500));
    c->setBootMenuTimeout(std::nullopt);
    EXPECT_FALSE(c->bootMenuTimeout());
    EXPECT_EQ(c->bootMenu(), std::optional<bool>(true));

    EXPECT_TRUE(c->dtb().isEmpty());
    c->setDtb(QStringLiteral("/boot/board.dtb"));
    EXPECT_EQ(DomainConfig::parse(c->toXml())->dtb(), QStringLiteral("/boot/board.dtb"));
    c->setDtb({});
    EXPECT_FALSE(c->toXml().contains(QLatin1String("dtb")));

    const auto efi = DomainConfig::parse(
        QStringLiteral("<domain type='kvm'><os firmware='efi'><type>hvm</type></os></domain>"));
    EXPECT_EQ(efi->firmware(), QStringLiteral("efi"));
    EXPECT_TRUE(efi->loader().isEmpty());
}

// --- CPU features, pinning, NUMA placement and memory backing ------------------------------

TEST(DomainConfig, ReadsCpuFeaturesPinsAndNumaPlacement) {
    auto c = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/08-cputune-full.xml"))));
    ASSERT_TRUE(c);
    using F = DomainConfig::CpuFeature;
    EXPECT_EQ(c->cpuFeatures(), (QList<F>{{QStringLiteral("ssbd"), QStringLiteral("require")},
                                          {QStringLiteral("hle"), QStringLiteral("disable")},
                                          {QStringLiteral("rtm"), QStringLiteral("disable")}}));
    const auto pins = c->vcpuPins();
    ASSERT_EQ(pins.size(), 4);
    EXPECT_EQ(pins.at(2), std::make_pair(2u, QStringLiteral("2")));
    EXPECT_EQ(c->emulatorPin(), QStringLiteral("0-1"));
    EXPECT_EQ(c->vcpuCpuset(), QStringLiteral("0-3"));
    EXPECT_EQ(c->vcpuPlacement(), QStringLiteral("static"));
    EXPECT_EQ(c->numaMemory(),
              (DomainConfig::NumaMemory{QStringLiteral("strict"), QStringLiteral("0"), QString()}));
    auto auto29 = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/29-iothreads.xml"))));
    ASSERT_TRUE(auto29);
    EXPECT_EQ(auto29->vcpuPlacement(), QStringLiteral("auto"));
    // A feature without a policy is libvirt's "require".
    auto bare = DomainConfig::parse(QStringLiteral(
        "<domain type='kvm'><name>f</name><cpu mode='host-model'><feature name='pcid'/></cpu>"
        "</domain>"));
    ASSERT_TRUE(bare);
    EXPECT_EQ(bare->cpuFeatures(), (QList<F>{{QStringLiteral("pcid"), QStringLiteral("require")}}));
    const QString before = bare->toXml();
    bare->setCpuFeatures(bare->cpuFeatures());
    EXPECT_EQ(str(bare->toXml()), str(before));
}

TEST(DomainConfig, CpuFeaturesKeepTheirElementsAndNewOnesGoBeforeNuma) {
    auto c = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/08-cputune-full.xml"))));
    ASSERT_TRUE(c);
    using F = DomainConfig::CpuFeature;
    c->setCpuFeatures({{QStringLiteral("ssbd"), QStringLiteral("require")},
                       {QStringLiteral("hle"), QStringLiteral("require")},
                       {QStringLiteral("pcid"), QStringLiteral("disable")}});
    QDomDocument doc;
    doc.setContent(c->toXml(), false);
    const QDomElement cpu = doc.documentElement().firstChildElement(QStringLiteral("cpu"));
    QStringList order;
    for (QDomElement e = cpu.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        order << e.tagName() + QLatin1Char(':') + e.attribute(QStringLiteral("name")) +
                     QLatin1Char(':') + e.attribute(QStringLiteral("policy"));
    EXPECT_EQ(str(order),
              str(QStringList{QStringLiteral("model::"), QStringLiteral("vendor::"),
                              QStringLiteral("topology::"), QStringLiteral("feature:ssbd:require"),
                              QStringLiteral("feature:hle:require"),
                              QStringLiteral("feature:pcid:disable"), QStringLiteral("numa::")}));
    c->setCpuFeatures({});
    EXPECT_TRUE(c->cpuFeatures().isEmpty());
    EXPECT_TRUE(c->toXml().contains(QLatin1String("<numa>")));
    // Features on a definition without <cpu> create it in libvirt's place (after <os> here).
    auto minimal = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/01-minimal-kvm.xml"))));
    minimal->setCpuMode(QStringLiteral("host-model"));
    minimal->setCpuFeatures({F{QStringLiteral("pcid"), QStringLiteral("disable")}});
    EXPECT_EQ(minimal->cpuFeatures(),
              (QList<F>{{QStringLiteral("pcid"), QStringLiteral("disable")}}));
    QDomDocument minimalDoc;
    minimalDoc.setContent(minimal->toXml(), false);
    EXPECT_EQ(minimalDoc.documentElement()
                  .firstChildElement(QStringLiteral("os"))
                  .nextSiblingElement()
                  .tagName(),
              QStringLiteral("cpu"));
}

TEST(DomainConfig, PinsStayInVcpuOrderAndAnEmptyCputuneGoes) {
    auto c = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/01-minimal-kvm.xml"))));
    ASSERT_TRUE(c);
    ASSERT_TRUE(c->vcpuPins().isEmpty());
    c->setVcpuPin(3, QStringLiteral("1"));
    c->setVcpuPin(1, QStringLiteral("0-1"));
    c->setEmulatorPin(QStringLiteral("0"));
    c->setVcpuPin(3, QStringLiteral("2")); // in place
    EXPECT_EQ(c->vcpuPins(), (QList<std::pair<unsigned, QString>>{{1u, QStringLiteral("0-1")},
                                                                  {3u, QStringLiteral("2")}}));
    QDomDocument doc;
    doc.setContent(c->toXml(), false);
    const QDomElement root = doc.documentElement();
    // <cputune> where libvirt writes it: after <vcpu>, and pins before the emulator's.
    EXPECT_EQ(root.firstChildElement(QStringLiteral("vcpu")).nextSiblingElement().tagName(),
              QStringLiteral("cputune"));
    const QDomElement tune = root.firstChildElement(QStringLiteral("cputune"));
    EXPECT_EQ(tune.lastChildElement().tagName(), QStringLiteral("emulatorpin"));
    c->setVcpuPin(1, QString());
    c->setVcpuPin(3, QString());
    c->setEmulatorPin(QString());
    EXPECT_FALSE(c->toXml().contains(QLatin1String("cputune"))) << str(c->toXml());
    // A <cputune> holding other settings stays.
    auto full = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/08-cputune-full.xml"))));
    for (unsigned v = 0; v < 4; ++v)
        full->setVcpuPin(v, QString());
    full->setEmulatorPin(QString());
    EXPECT_TRUE(full->vcpuPins().isEmpty());
    EXPECT_EQ(full->cpuShares(), std::optional<quint64>(1024));
}

TEST(DomainConfig, NumaMemoryAndVcpuPlacement) {
    auto c = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/01-minimal-kvm.xml"))));
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->numaMemory().isEmpty());
    c->setNumaMemory({QStringLiteral("interleave"), QStringLiteral("0-1"), QString()});
    {
        QDomDocument doc;
        doc.setContent(c->toXml(), false);
        const QDomElement tune =
            doc.documentElement().firstChildElement(QStringLiteral("numatune"));
        const QDomElement memory = tune.firstChildElement();
        EXPECT_EQ(memory.tagName(), QStringLiteral("memory"));
        EXPECT_EQ(memory.attribute(QStringLiteral("mode")), QStringLiteral("interleave"));
        EXPECT_EQ(memory.attribute(QStringLiteral("nodeset")), QStringLiteral("0-1"));
        EXPECT_FALSE(memory.hasAttribute(QStringLiteral("placement")));
        // After <vcpu>, where libvirt writes it.
        EXPECT_EQ(doc.documentElement()
                      .firstChildElement(QStringLiteral("vcpu"))
                      .nextSiblingElement()
                      .tagName(),
                  QStringLiteral("numatune"));
    }
    c->setNumaMemory({});
    EXPECT_FALSE(c->toXml().contains(QLatin1String("numatune")));
    c->setVcpuPlacement(QStringLiteral("auto"));
    EXPECT_EQ(c->vcpuPlacement(), QStringLiteral("auto"));
    // <memnode> keeps <numatune> alive when the memory policy goes.
    auto full = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/08-cputune-full.xml"))));
    full->setNumaMemory({});
    EXPECT_TRUE(full->toXml().contains(QLatin1String("<memnode")));
    EXPECT_TRUE(full->numaMemory().isEmpty());
}

TEST(DomainConfig, HugePagesAndSharedMemoryBacking) {
    auto huge = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/30-hugepages.xml"))));
    ASSERT_TRUE(huge);
    EXPECT_EQ(huge->hugePageSizeKiB(), std::optional<quint64>(2048));
    EXPECT_FALSE(huge->sharedMemoryBacking());
    auto pages = [](const DomainConfig &c) {
        QDomDocument doc;
        doc.setContent(c.toXml(), false);
        QStringList out;
        const QDomElement huge = doc.documentElement()
                                     .firstChildElement(QStringLiteral("memoryBacking"))
                                     .firstChildElement(QStringLiteral("hugepages"));
        for (QDomElement p = huge.firstChildElement(); !p.isNull(); p = p.nextSiblingElement())
            out << p.tagName() + QLatin1Char(' ') + p.attribute(QStringLiteral("size")) +
                       p.attribute(QStringLiteral("unit"));
        return huge.isNull() ? QStringList{QStringLiteral("none")} : out;
    };
    huge->setHugePageSizeKiB(1048576);
    EXPECT_EQ(pages(*huge), QStringList{QStringLiteral("page 1048576KiB")});
    huge->setHugePageSizeKiB(0);
    EXPECT_EQ(huge->hugePageSizeKiB(), std::optional<quint64>(0));
    EXPECT_EQ(pages(*huge), QStringList());
    huge->setHugePageSizeKiB(std::nullopt);
    // The rest of <memoryBacking> stays.
    EXPECT_TRUE(huge->toXml().contains(QLatin1String("<nosharepages/>")));
    EXPECT_EQ(pages(*huge), QStringList{QStringLiteral("none")});
    // Sizes in other units are read in KiB.
    auto mb = DomainConfig::parse(QStringLiteral(
        "<domain type='kvm'><name>m</name><memoryBacking><hugepages><page size='1' unit='G'/>"
        "</hugepages></memoryBacking></domain>"));
    EXPECT_EQ(mb->hugePageSizeKiB(), std::optional<quint64>(1048576));

    auto shared = DomainConfig::parse(
        readFile(TestSupport::fixture(QStringLiteral("domains/16-tpm-virtiofs.xml"))));
    ASSERT_TRUE(shared);
    EXPECT_TRUE(shared->sharedMemoryBacking());
    shared->setSharedMemoryBacking(false);
    EXPECT_FALSE(shared->toXml().contains(QLatin1String("memoryBacking")));
    shared->setSharedMemoryBacking(true);
    EXPECT_TRUE(shared->toXml().contains(QLatin1String(
        "<memoryBacking>\n    <source type=\"memfd\"/>\n    <access mode=\"shared\"/>\n"
        "  </memoryBacking>")))
        << str(shared->toXml());
    // Huge pages go first inside <memoryBacking>, as libvirt writes them.
    shared->setHugePageSizeKiB(2048);
    QDomDocument doc;
    doc.setContent(shared->toXml(), false);
    EXPECT_EQ(doc.documentElement()
                  .firstChildElement(QStringLiteral("memoryBacking"))
                  .firstChildElement()
                  .tagName(),
              QStringLiteral("hugepages"));
}
