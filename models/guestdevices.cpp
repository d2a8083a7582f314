// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestdevices.h"

#include "domainconfig.h"
#include "domaindefinition.h"
#include "libvirthandles.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <functional>

namespace {

// Messages are looked up under "GuestDevices"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(GuestDevices)
};

using Problem = GuestDevices::Problem;
using Outcome = GuestDevices::Outcome;

QString text(char *owned) {
    CString s(owned);
    return s ? QString::fromUtf8(s.get()) : QString();
}

QString attr(const QDomElement &e, const char *name) {
    return e.attribute(QLatin1String(name));
}

QDomElement child(const QDomElement &e, const char *name) {
    return e.firstChildElement(QLatin1String(name));
}

// Namespace processing off, as DomainConfig parses: prefixes stay exactly as written.
QDomElement parseElement(const QString &xml, QDomDocument *holder) {
    if (!holder->setContent(xml, false))
        return {};
    return holder->documentElement();
}

QList<QDomElement> deviceElements(const QDomElement &root) {
    QList<QDomElement> out;
    for (QDomElement e = child(root, "devices").firstChildElement(); !e.isNull();
         e = e.nextSiblingElement()) {
        if (e.tagName() != QLatin1String("emulator"))
            out << e;
    }
    return out;
}

QList<QDomElement> byTag(const QList<QDomElement> &all, const QString &tag) {
    QList<QDomElement> out;
    for (const QDomElement &e : all)
        if (e.tagName() == tag)
            out << e;
    return out;
}

QString sizeText(quint64 bytes) {
    constexpr quint64 GiB = 1024ull * 1024 * 1024, MiB = 1024ull * 1024;
    if (bytes >= GiB)
        return bytes % GiB == 0 ? UiText::tr("%1 GiB").arg(bytes / GiB)
                                : UiText::tr("%1 GiB").arg(double(bytes) / double(GiB), 0, 'f', 1);
    return UiText::tr("%1 MiB").arg((bytes + MiB - 1) / MiB);
}

QString withDetails(const QString &name, const QStringList &details) {
    QStringList shown = details;
    shown.removeAll(QString());
    return shown.isEmpty()
               ? name
               : name + QStringLiteral(" (") + shown.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString diskDevice(const QDomElement &disk) {
    const QString device = attr(disk, "device");
    return device.isEmpty() ? QStringLiteral("disk") : device;
}

QString diskType(const QDomElement &disk) {
    const QString type = attr(disk, "type");
    return type.isEmpty() ? QStringLiteral("file") : type;
}

// What a person calls the disk's source: a path, "pool/volume" or "protocol:name".
QString diskSource(const QDomElement &disk) {
    const QDomElement s = child(disk, "source");
    for (const char *a : {"file", "dev", "dir"})
        if (s.hasAttribute(QLatin1String(a)))
            return attr(s, a);
    if (s.hasAttribute(QStringLiteral("volume")))
        return attr(s, "pool") + QLatin1Char('/') + attr(s, "volume");
    if (s.hasAttribute(QStringLiteral("protocol")))
        return attr(s, "protocol") + QLatin1Char(':') + attr(s, "name");
    return {};
}

QString sourceKey(const QDomElement &disk) {
    const QDomElement s = child(disk, "source");
    QStringList parts{diskType(disk)};
    for (const char *a : {"file", "dev", "dir", "pool", "volume", "protocol", "name"})
        parts << attr(s, a);
    return parts.join(QLatin1Char('|'));
}

QString linkState(const QDomElement &nic) {
    const QString state = attr(child(nic, "link"), "state");
    return state.isEmpty() ? QStringLiteral("up") : state;
}

// The type and what it names; a running card's <source> says more (the network's bridge).
QString nicConnection(const QDomElement &nic) {
    const QString type = attr(nic, "type");
    const QDomElement s = child(nic, "source");
    const QString name = type == QLatin1String("network")  ? attr(s, "network")
                         : type == QLatin1String("bridge") ? attr(s, "bridge")
                         : type == QLatin1String("direct") ? attr(s, "dev")
                                                           : QString();
    return type + QLatin1Char('|') + name;
}

QString macOf(const QDomElement &nic) {
    return attr(child(nic, "mac"), "address").toLower();
}

// What identifies a device between the definition and the running guest.
QString identity(const QDomElement &e) {
    const QString tag = e.tagName();
    if (tag == QLatin1String("disk"))
        return attr(child(e, "target"), "dev");
    if (tag == QLatin1String("interface"))
        return macOf(e);
    if (tag == QLatin1String("hostdev"))
        return GuestDevices::toXml(child(e, "source")).simplified();
    return {};
}

// For each configured element of one tag, the index of its running counterpart or -1: first
// by identity (target, MAC, host address), then the rest in order (a changed MAC still pairs
// with the card it was).
QList<int> matchLive(const QList<QDomElement> &configured, const QList<QDomElement> &running) {
    QList<int> match(configured.size(), -1);
    QList<bool> taken(running.size(), false);
    for (qsizetype i = 0; i < configured.size(); ++i) {
        const QString key = identity(configured[i]);
        if (key.isEmpty())
            continue;
        for (qsizetype j = 0; j < running.size(); ++j) {
            if (!taken[j] && identity(running[j]) == key) {
                match[i] = int(j);
                taken[j] = true;
                break;
            }
        }
    }
    for (qsizetype i = 0; i < configured.size(); ++i) {
        if (match[i] >= 0)
            continue;
        const bool keyed = !identity(configured[i]).isEmpty();
        for (qsizetype j = 0; j < running.size(); ++j) {
            // A keyed element only pairs with one whose key the definition no longer has.
            if (taken[j])
                continue;
            if (keyed) {
                const QString runningKey = identity(running[j]);
                bool keyStillConfigured = false;
                for (const QDomElement &c : configured)
                    keyStillConfigured |= identity(c) == runningKey;
                if (keyStillConfigured)
                    continue;
            }
            match[i] = int(j);
            taken[j] = true;
            break;
        }
    }
    return match;
}

// Attributes the running guest fills in for itself (a port chosen at start, say).
bool ignoredAttribute(const QDomElement &configured, const QString &name) {
    if (configured.tagName() == QLatin1String("graphics") &&
        (name == QLatin1String("port") || name == QLatin1String("tlsPort") ||
         name == QLatin1String("websocket")))
        return configured.attribute(name) == QLatin1String("-1") ||
               configured.attribute(QStringLiteral("autoport")) == QLatin1String("yes");
    return false;
}

QString ownText(const QDomElement &e) {
    QString out;
    for (QDomNode n = e.firstChild(); !n.isNull(); n = n.nextSibling())
        if (n.isText() || n.isCDATASection())
            out += n.nodeValue();
    return out.trimmed();
}

// True when everything the definition says of a device the running guest has too; what libvirt
// adds when it starts a guest (aliases, addresses, paths of consoles) is no difference.
bool contained(const QDomElement &configured, const QDomElement &running) {
    const QDomNamedNodeMap attrs = configured.attributes();
    for (int i = 0; i < attrs.count(); ++i) {
        const QDomAttr a = attrs.item(i).toAttr();
        if (ignoredAttribute(configured, a.name()))
            continue;
        if (!running.hasAttribute(a.name()) || running.attribute(a.name()) != a.value())
            return false;
    }
    if (ownText(configured) != ownText(running))
        return false;
    QHash<QString, int> seen;
    for (QDomElement c = configured.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
        const QString tag = c.tagName();
        if (tag == QLatin1String("alias") || tag == QLatin1String("address"))
            continue;
        int n = seen.value(tag);
        seen[tag] = n + 1;
        QDomElement r = running.firstChildElement(tag);
        while (!r.isNull() && n-- > 0)
            r = r.nextSiblingElement(tag);
        if (r.isNull() || !contained(c, r))
            return false;
    }
    return true;
}

QString driverAttr(const QDomElement &disk, const char *name) {
    return attr(child(disk, "driver"), name);
}

// The aspects of two disk elements that differ, in words; forLive leaves out what a running
// guest can change (the media of a CD-ROM or floppy).
QStringList diskAspects(const QDomElement &a, const QDomElement &b, bool onlyNotLive) {
    QStringList out;
    const bool removable =
        diskDevice(b) == QLatin1String("cdrom") || diskDevice(b) == QLatin1String("floppy");
    if (diskDevice(a) != diskDevice(b))
        out << UiText::tr("device type");
    if (sourceKey(a) != sourceKey(b) && diskSource(a) != diskSource(b) &&
        !(onlyNotLive && removable))
        out << (removable ? UiText::tr("media") : UiText::tr("image"));
    if (attr(child(a, "target"), "bus") != attr(child(b, "target"), "bus"))
        out << UiText::tr("bus");
    if (attr(child(a, "target"), "dev") != attr(child(b, "target"), "dev"))
        out << UiText::tr("target name");
    // An empty drive has no format to speak of (libvirt drops it from the running one).
    if (driverAttr(a, "type") != driverAttr(b, "type") && !diskSource(a).isEmpty() &&
        !diskSource(b).isEmpty())
        out << UiText::tr("format");
    if (driverAttr(a, "cache") != driverAttr(b, "cache"))
        out << UiText::tr("cache mode");
    if (driverAttr(a, "io") != driverAttr(b, "io"))
        out << UiText::tr("I/O mode");
    if (driverAttr(a, "discard") != driverAttr(b, "discard"))
        out << UiText::tr("discard");
    if (child(a, "readonly").isNull() != child(b, "readonly").isNull())
        out << UiText::tr("read-only");
    return out;
}

// onlyNotLive: a is the element before a change, b after it. Otherwise a is the definition's
// and b the running guest's, which has a model and a MAC even where the definition leaves
// them to libvirt.
QStringList nicAspects(const QDomElement &a, const QDomElement &b, bool onlyNotLive) {
    QStringList out;
    const QString modelA = attr(child(a, "model"), "type"),
                  modelB = attr(child(b, "model"), "type");
    if (!onlyNotLive && nicConnection(a) != nicConnection(b))
        out << UiText::tr("connection");
    if (modelA != modelB && (onlyNotLive || !modelA.isEmpty()))
        out << UiText::tr("model");
    if (macOf(a) != macOf(b) && (onlyNotLive || !macOf(a).isEmpty()))
        out << UiText::tr("MAC address");
    if (!onlyNotLive && linkState(a) != linkState(b))
        out << UiText::tr("link state");
    return out;
}

// libvirt's order of children (docs/formatdomain), so that new ones land where libvirt writes
// them; children not listed go last.
QStringList childOrder(const QString &tag) {
    if (tag == QLatin1String("disk"))
        return {
            QStringLiteral("driver"),   QStringLiteral("source"),    QStringLiteral("backingStore"),
            QStringLiteral("target"),   QStringLiteral("iotune"),    QStringLiteral("boot"),
            QStringLiteral("readonly"), QStringLiteral("shareable"), QStringLiteral("transient"),
            QStringLiteral("serial"),   QStringLiteral("wwn"),       QStringLiteral("alias"),
            QStringLiteral("address")};
    if (tag == QLatin1String("interface"))
        return {QStringLiteral("mac"),    QStringLiteral("source"), QStringLiteral("virtualport"),
                QStringLiteral("target"), QStringLiteral("model"),  QStringLiteral("driver"),
                QStringLiteral("link"),   QStringLiteral("mtu"),    QStringLiteral("alias"),
                QStringLiteral("address")};
    return {};
}

// ----- libvirt plumbing of the changes -----

struct Guest {
    DomainHandle dom;
    std::optional<DomainConfig> config;
    bool running = false;
    QString liveXml;
    UserError error;
};

Guest openGuest(virConnectPtr c, const QString &uuid, const QString &doing) {
    Guest g;
    g.dom.reset(virDomainLookupByUUIDString(c, uuid.toUtf8().constData()));
    if (!g.dom) {
        g.error = UserError::fromLastLibvirtError(doing);
        return g;
    }
    const DomainDefinition::Read read = DomainDefinition::read(c, uuid);
    if (!read.error.isNull()) {
        g.error = read.error;
        return g;
    }
    QString why;
    g.config = DomainConfig::parse(read.xml, &why);
    if (!g.config) {
        g.error = UserError::make(UserError::Kind::InvalidConfiguration,
                                  UiText::tr("The configuration cannot be read"), why);
        return g;
    }
    g.running = virDomainIsActive(g.dom.get()) == 1;
    if (g.running)
        g.liveXml = text(virDomainGetXMLDesc(g.dom.get(), VIR_DOMAIN_XML_SECURE));
    virResetLastError();
    return g;
}

// The running guest's counterpart of the definition's device, or a null element.
QDomElement liveCounterpart(const Guest &g, const QString &tag, int index, QDomDocument *holder) {
    if (!g.running || g.liveXml.isEmpty())
        return {};
    const QDomElement liveRoot = parseElement(g.liveXml, holder);
    const QList<QDomElement> running = byTag(deviceElements(liveRoot), tag);
    const QList<QDomElement> configured =
        byTag(deviceElements(g.config->document().documentElement()), tag);
    const QList<int> match = matchLive(configured, running);
    return index >= 0 && index < match.size() && match[index] >= 0 ? running[match[index]]
                                                                   : QDomElement();
}

UserError changedMeanwhile() {
    return UserError::make(UserError::Kind::InvalidInput,
                           UiText::tr("The device was changed elsewhere"),
                           UiText::tr("The guest's configuration changed since the page was "
                                      "loaded; nothing was done."),
                           UiText::tr("Look at the device again and repeat the change."));
}

UserError malformed(const QString &why) {
    return UserError::make(UserError::Kind::InvalidInput, UiText::tr("The device is not valid"),
                           why);
}

// libvirt errors that mean "not in a running guest": the change then waits for a restart.
bool refusedLive(int code) {
    return code == VIR_ERR_OPERATION_UNSUPPORTED || code == VIR_ERR_OPERATION_INVALID ||
           code == VIR_ERR_NO_SUPPORT || code == VIR_ERR_CONFIG_UNSUPPORTED ||
           code == VIR_ERR_ARGUMENT_UNSUPPORTED;
}

enum class Live { Done, Refused, Failed };

// Runs a libvirt call that changes the running guest and its definition at once.
Live tryLive(const std::function<int()> &call, const QString &doing, QString *reason,
             UserError *error) {
    if (call() == 0)
        return Live::Done;
    if (refusedLive(virGetLastErrorCode())) {
        *reason = UiText::tr("The running guest cannot take it now (%1); it applies at the next "
                             "start.")
                      .arg(QString::fromUtf8(virGetLastErrorMessage()));
        virResetLastError();
        return Live::Refused;
    }
    *error = UserError::fromLastLibvirtError(doing);
    return Live::Failed;
}

QString notLiveReason(const QStringList &aspects) {
    return UiText::tr("A running guest cannot change the %1 of this device; it applies at the "
                      "next start.")
        .arg(aspects.join(QStringLiteral(", ")));
}

void finish(virConnectPtr c, const QString &uuid, Outcome *out) {
    if (out->saved || out->live)
        out->after = GuestDevices::read(c, uuid);
}

// Saves the changed definition when the running guest cannot have the change (or is off).
void saveOnly(virConnectPtr c, const QString &uuid, const Guest &g, bool pending,
              const QString &reason, Outcome *out) {
    out->error = DomainDefinition::redefine(c, uuid, g.config->toXml());
    if (!out->error.isNull())
        return;
    out->saved = true;
    out->pending = pending;
    if (pending)
        out->pendingReason = reason;
}

// Changes the device in the running guest and in its definition at once. True when that
// settled the outcome (done, or failed with out->error); false when the running guest
// refused it, with the reason, so that only the definition is to be saved.
bool updateLiveAndSaved(virConnectPtr c, const QString &uuid, const Guest &g, const QByteArray &xml,
                        unsigned extraFlags, const QString &doing, QString *reason, Outcome *out) {
    switch (tryLive(
        [&] {
            return virDomainUpdateDeviceFlags(g.dom.get(), xml.constData(),
                                              VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG |
                                                  extraFlags);
        },
        doing, reason, &out->error)) {
    case Live::Done:
        out->live = out->saved = true;
        finish(c, uuid, out);
        return true;
    case Live::Failed:
        return true;
    case Live::Refused:
        break;
    }
    return false;
}

StorageVolHandle volumeOf(virConnectPtr c, const QDomElement &disk) {
    const QDomElement s = child(disk, "source");
    if (diskType(disk) == QLatin1String("volume")) {
        StoragePoolHandle pool(virStoragePoolLookupByName(c, attr(s, "pool").toUtf8().constData()));
        return StorageVolHandle(
            pool ? virStorageVolLookupByName(pool.get(), attr(s, "volume").toUtf8().constData())
                 : nullptr);
    }
    const QString path = attr(s, "file").isEmpty() ? attr(s, "dev") : attr(s, "file");
    if (path.isEmpty())
        return {};
    return StorageVolHandle(virStorageVolLookupByPath(c, path.toUtf8().constData()));
}

} // namespace

// ----- reading and describing -----

QString GuestDevices::toXml(const QDomElement &element) {
    QString out;
    QTextStream stream(&out);
    element.save(stream, 2);
    return out.trimmed();
}

QDomElement GuestDevices::ensureChild(QDomElement device, const QString &name) {
    QDomElement existing = device.firstChildElement(name);
    if (!existing.isNull())
        return existing;
    QDomElement created = device.ownerDocument().createElement(name);
    const QStringList order = childOrder(device.tagName());
    const qsizetype rank = order.indexOf(name);
    if (rank >= 0) {
        for (QDomElement e = device.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
            const qsizetype r = order.indexOf(e.tagName());
            if (r > rank || r < 0) {
                device.insertBefore(created, e);
                return created;
            }
        }
    }
    device.appendChild(created);
    return created;
}

QString GuestDevices::groupOf(const QString &tag) {
    static const QHash<QString, QString> groups = {
        {QStringLiteral("disk"), QStringLiteral("storage")},
        {QStringLiteral("interface"), QStringLiteral("network")},
        {QStringLiteral("graphics"), QStringLiteral("display")},
        {QStringLiteral("video"), QStringLiteral("display")},
        {QStringLiteral("sound"), QStringLiteral("sound")},
        {QStringLiteral("audio"), QStringLiteral("sound")},
        {QStringLiteral("input"), QStringLiteral("input")},
        {QStringLiteral("serial"), QStringLiteral("serial")},
        {QStringLiteral("console"), QStringLiteral("serial")},
        {QStringLiteral("parallel"), QStringLiteral("serial")},
        {QStringLiteral("channel"), QStringLiteral("channel")},
        {QStringLiteral("tpm"), QStringLiteral("tpm")},
        {QStringLiteral("filesystem"), QStringLiteral("filesystem")},
        {QStringLiteral("hostdev"), QStringLiteral("hostdev")},
        {QStringLiteral("redirdev"), QStringLiteral("hostdev")},
        {QStringLiteral("smartcard"), QStringLiteral("hostdev")},
        {QStringLiteral("hub"), QStringLiteral("hostdev")},
        {QStringLiteral("watchdog"), QStringLiteral("watchdog")},
        {QStringLiteral("rng"), QStringLiteral("rng")},
        {QStringLiteral("controller"), QStringLiteral("controller")},
    };
    return groups.value(tag, QStringLiteral("other"));
}

QString GuestDevices::iconName(const QDomElement &d) {
    const QString tag = d.tagName();
    if (tag == QLatin1String("disk")) {
        const QString device = diskDevice(d);
        return device == QLatin1String("cdrom")    ? QStringLiteral("media-optical")
               : device == QLatin1String("floppy") ? QStringLiteral("media-floppy")
                                                   : QStringLiteral("drive-harddisk");
    }
    if (tag == QLatin1String("input")) {
        const QString type = attr(d, "type");
        return type == QLatin1String("keyboard") ? QStringLiteral("input-keyboard")
               : type == QLatin1String("tablet") ? QStringLiteral("input-tablet")
                                                 : QStringLiteral("input-mouse");
    }
    if (tag == QLatin1String("hostdev") || tag == QLatin1String("redirdev") ||
        tag == QLatin1String("hub") || tag == QLatin1String("smartcard"))
        return attr(d, "type") == QLatin1String("pci") ? QStringLiteral("cpu")
                                                       : QStringLiteral("drive-removable-media");
    static const QHash<QString, QString> icons = {
        {QStringLiteral("interface"), QStringLiteral("network-wired")},
        {QStringLiteral("graphics"), QStringLiteral("video-display")},
        {QStringLiteral("video"), QStringLiteral("video-display")},
        {QStringLiteral("sound"), QStringLiteral("audio-card")},
        {QStringLiteral("audio"), QStringLiteral("audio-card")},
        {QStringLiteral("serial"), QStringLiteral("utilities-terminal")},
        {QStringLiteral("console"), QStringLiteral("utilities-terminal")},
        {QStringLiteral("parallel"), QStringLiteral("printer")},
        {QStringLiteral("channel"), QStringLiteral("network-transmit-receive")},
        {QStringLiteral("tpm"), QStringLiteral("security-high")},
        {QStringLiteral("filesystem"), QStringLiteral("folder-remote")},
        {QStringLiteral("watchdog"), QStringLiteral("appointment-soon")},
        {QStringLiteral("rng"), QStringLiteral("system-run")},
        {QStringLiteral("controller"), QStringLiteral("preferences-system")},
        {QStringLiteral("memballoon"), QStringLiteral("media-flash")},
    };
    return icons.value(tag, QStringLiteral("preferences-other"));
}

QString GuestDevices::label(const QDomElement &d, std::optional<quint64> capacityBytes) {
    const QString tag = d.tagName();
    if (tag == QLatin1String("disk")) {
        const QString device = diskDevice(d);
        const QDomElement target = child(d, "target");
        const QString dev = attr(target, "dev");
        if (device == QLatin1String("cdrom") || device == QLatin1String("floppy")) {
            const QString source = diskSource(d);
            const QString name = device == QLatin1String("cdrom")
                                     ? UiText::tr("CD-ROM %1").arg(dev)
                                     : UiText::tr("Floppy %1").arg(dev);
            return withDetails(name, {source.isEmpty() ? UiText::tr("empty")
                                                       : source.section(QLatin1Char('/'), -1)});
        }
        const QString name = device == QLatin1String("lun") ? UiText::tr("LUN %1").arg(dev)
                                                            : UiText::tr("Disk %1").arg(dev);
        return withDetails(
            name, {attr(target, "bus"), capacityBytes ? sizeText(*capacityBytes) : QString()});
    }
    if (tag == QLatin1String("interface")) {
        const QString type = attr(d, "type");
        const QDomElement s = child(d, "source");
        QString detail;
        if (type == QLatin1String("network"))
            detail = UiText::tr("network %1").arg(attr(s, "network"));
        else if (type == QLatin1String("bridge"))
            detail = UiText::tr("bridge %1").arg(attr(s, "bridge"));
        else if (type == QLatin1String("direct"))
            detail = UiText::tr("direct %1").arg(attr(s, "dev"));
        else if (type == QLatin1String("user"))
            detail = UiText::tr("user networking");
        else
            detail = type;
        const QString mac = attr(child(d, "mac"), "address");
        return withDetails(mac.isEmpty() ? UiText::tr("NIC") : UiText::tr("NIC %1").arg(mac),
                           {detail});
    }
    if (tag == QLatin1String("graphics")) {
        QString listen = attr(d, "listen");
        if (listen.isEmpty())
            listen = attr(child(d, "listen"), "address");
        return withDetails(UiText::tr("Display %1").arg(attr(d, "type").toUpper()), {listen});
    }
    if (tag == QLatin1String("video"))
        return withDetails(UiText::tr("Video"), {attr(child(d, "model"), "type")});
    if (tag == QLatin1String("sound"))
        return withDetails(UiText::tr("Sound"), {attr(d, "model")});
    if (tag == QLatin1String("audio"))
        return withDetails(UiText::tr("Audio backend"), {attr(d, "type")});
    if (tag == QLatin1String("input")) {
        const QString type = attr(d, "type");
        const QString name = type == QLatin1String("tablet")     ? UiText::tr("Tablet")
                             : type == QLatin1String("mouse")    ? UiText::tr("Mouse")
                             : type == QLatin1String("keyboard") ? UiText::tr("Keyboard")
                                                                 : UiText::tr("Input device");
        return withDetails(name, {attr(d, "bus")});
    }
    if (tag == QLatin1String("serial") || tag == QLatin1String("parallel")) {
        const QString port = attr(child(d, "target"), "port");
        const QString name = tag == QLatin1String("serial") ? UiText::tr("Serial port %1")
                                                            : UiText::tr("Parallel port %1");
        return withDetails(name.arg(port).trimmed(), {attr(d, "type")});
    }
    if (tag == QLatin1String("console"))
        return withDetails(UiText::tr("Console"),
                           {attr(d, "type"), attr(child(d, "target"), "type")});
    if (tag == QLatin1String("channel")) {
        const QString name = attr(child(d, "target"), "name");
        const QString shown = name == QLatin1String("org.qemu.guest_agent.0")
                                  ? UiText::tr("Guest agent channel")
                              : name == QLatin1String("com.redhat.spice.0")
                                  ? UiText::tr("SPICE agent channel")
                                  : UiText::tr("Channel %1").arg(name).trimmed();
        return withDetails(shown, {attr(d, "type")});
    }
    if (tag == QLatin1String("tpm"))
        return withDetails(UiText::tr("TPM"),
                           {attr(d, "model"), attr(child(d, "backend"), "type")});
    if (tag == QLatin1String("filesystem")) {
        const QDomElement s = child(d, "source");
        QString from = attr(s, "dir");
        if (from.isEmpty())
            from = attr(s, "name");
        return withDetails(UiText::tr("Shared folder %1").arg(attr(child(d, "target"), "dir")),
                           {from, attr(child(d, "driver"), "type")});
    }
    if (tag == QLatin1String("hostdev")) {
        const QDomElement s = child(d, "source");
        const QDomElement a = child(s, "address");
        if (attr(d, "type") == QLatin1String("pci")) {
            auto part = [&](const char *name, int width) {
                return QStringLiteral("%1").arg(attr(a, name).toUInt(nullptr, 0), width, 16,
                                                QLatin1Char('0'));
            };
            return UiText::tr("PCI host device %1")
                .arg(part("domain", 4) + QLatin1Char(':') + part("bus", 2) + QLatin1Char(':') +
                     part("slot", 2) + QLatin1Char('.') + part("function", 1));
        }
        if (attr(d, "type") == QLatin1String("usb")) {
            const QString vendor = attr(child(s, "vendor"), "id").remove(QStringLiteral("0x"));
            const QString product = attr(child(s, "product"), "id").remove(QStringLiteral("0x"));
            if (!vendor.isEmpty())
                return UiText::tr("USB host device %1").arg(vendor + QLatin1Char(':') + product);
            return withDetails(
                UiText::tr("USB host device"),
                {UiText::tr("bus %1, device %2").arg(attr(a, "bus"), attr(a, "device"))});
        }
        return withDetails(UiText::tr("Host device"), {attr(d, "type")});
    }
    if (tag == QLatin1String("redirdev"))
        return withDetails(UiText::tr("USB redirection"), {attr(d, "type")});
    if (tag == QLatin1String("watchdog"))
        return withDetails(UiText::tr("Watchdog"), {attr(d, "model"), attr(d, "action")});
    if (tag == QLatin1String("rng")) {
        const QDomElement backend = child(d, "backend");
        const QString detail =
            ownText(backend).isEmpty() ? attr(backend, "model") : ownText(backend);
        return withDetails(UiText::tr("Random number generator"), {attr(d, "model"), detail});
    }
    if (tag == QLatin1String("controller"))
        return withDetails(UiText::tr("Controller %1 %2").arg(attr(d, "type"), attr(d, "index")),
                           {attr(d, "model")});
    if (tag == QLatin1String("memballoon"))
        return withDetails(UiText::tr("Memory balloon"), {attr(d, "model")});
    if (tag == QLatin1String("smartcard"))
        return withDetails(UiText::tr("Smartcard"), {attr(d, "mode")});
    if (tag == QLatin1String("hub"))
        return UiText::tr("USB hub");
    if (tag == QLatin1String("panic"))
        return withDetails(UiText::tr("Panic notifier"), {attr(d, "model")});
    if (tag == QLatin1String("memory"))
        return withDetails(UiText::tr("Memory module"), {attr(d, "model")});
    if (tag == QLatin1String("iommu"))
        return withDetails(UiText::tr("IOMMU"), {attr(d, "model")});
    if (tag == QLatin1String("vsock"))
        return UiText::tr("VM socket (vsock)");
    if (tag == QLatin1String("shmem"))
        return UiText::tr("Shared memory %1").arg(attr(d, "name"));
    if (tag == QLatin1String("lease"))
        return UiText::tr("Lease %1").arg(ownText(child(d, "key")));
    return tag;
}

QStringList GuestDevices::differences(const QDomElement &configured, const QDomElement &running) {
    const QString tag = configured.tagName();
    if (tag == QLatin1String("disk"))
        return diskAspects(configured, running, false);
    if (tag == QLatin1String("interface"))
        return nicAspects(configured, running, false);
    if (contained(configured, running))
        return {};
    return {UiText::tr("settings")};
}

QStringList GuestDevices::notLiveChanges(const QDomElement &before, const QDomElement &after) {
    const QString tag = before.tagName();
    if (tag == QLatin1String("disk"))
        return diskAspects(before, after, true);
    if (tag == QLatin1String("interface"))
        return nicAspects(before, after, true);
    return {};
}

GuestDevices GuestDevices::fromXml(const QString &persistentXml, const QString &liveXml,
                                   const QHash<QString, quint64> &capacities) {
    GuestDevices out;
    QDomDocument configuredDoc, liveDoc;
    const QDomElement root = parseElement(persistentXml, &configuredDoc);
    if (root.isNull()) {
        out.error = malformed(UiText::tr("The configuration is not well-formed XML."));
        return out;
    }
    out.name = child(root, "name").text().trimmed();
    out.uuid = child(root, "uuid").text().trimmed();
    const QList<QDomElement> configured = deviceElements(root);
    const QDomElement liveRoot =
        liveXml.isEmpty() ? QDomElement() : parseElement(liveXml, &liveDoc);
    out.running = !liveRoot.isNull();
    const QList<QDomElement> running = deviceElements(liveRoot);

    // Pairs per tag, in the definition's order.
    QHash<QString, QList<int>> matches;
    QHash<QString, QList<bool>> liveTaken;
    for (const QDomElement &e : configured) {
        const QString tag = e.tagName();
        if (matches.contains(tag))
            continue;
        const QList<int> m = matchLive(byTag(configured, tag), byTag(running, tag));
        matches.insert(tag, m);
        QList<bool> taken(byTag(running, tag).size(), false);
        for (int j : m)
            if (j >= 0)
                taken[j] = true;
        liveTaken.insert(tag, taken);
    }

    QHash<QString, int> counters;
    for (const QDomElement &e : configured) {
        GuestDevice d;
        d.tag = e.tagName();
        d.index = counters.value(d.tag);
        counters[d.tag] = d.index + 1;
        d.kind = d.tag == QLatin1String("disk") ? diskDevice(e) : d.tag;
        d.group = groupOf(d.tag);
        d.iconName = iconName(e);
        d.xml = toXml(e);
        if (d.tag == QLatin1String("disk")) {
            d.target = attr(child(e, "target"), "dev");
            d.source = diskSource(e);
            if (capacities.contains(d.target))
                d.capacityBytes = capacities.value(d.target);
        }
        d.label = label(e, d.capacityBytes);
        QDomElement liveElement;
        if (out.running) {
            const int j = matches.value(d.tag).value(d.index, -1);
            if (j >= 0) {
                liveElement = byTag(running, d.tag).at(j);
                d.live = true;
                d.liveXml = toXml(liveElement);
                d.pending = differences(e, liveElement);
            } else {
                d.pending << UiText::tr("new device");
            }
        }
        if (d.tag == QLatin1String("interface")) {
            d.mac = macOf(e);
            d.linkState = linkState(d.live ? liveElement : e);
        }
        out.devices << d;
    }

    // Hot-pluggable devices still in the running guest though gone from the definition.
    for (const QString &tag : {QStringLiteral("disk"), QStringLiteral("interface"),
                               QStringLiteral("hostdev"), QStringLiteral("filesystem")}) {
        const QList<QDomElement> live = byTag(running, tag);
        const QList<bool> taken = liveTaken.value(tag, QList<bool>(live.size(), false));
        for (qsizetype j = 0; j < live.size(); ++j)
            if (!taken.value(j))
                out.removedButLive << label(live[j]);
    }
    return out;
}

QStringList GuestDevices::pendingSummary() const {
    QStringList out;
    for (const GuestDevice &d : devices)
        if (d.isPending())
            out << UiText::tr("%1: %2").arg(d.label, d.pending.join(QStringLiteral(", ")));
    for (const QString &label : removedButLive)
        out << UiText::tr("%1: removal").arg(label);
    return out;
}

const GuestDevice *GuestDevices::find(const QString &tag, int index) const {
    for (const GuestDevice &d : devices)
        if (d.tag == tag && d.index == index)
            return &d;
    return nullptr;
}

GuestDevices GuestDevices::read(virConnectPtr c, const QString &uuid) {
    GuestDevices out;
    out.uuid = uuid;
    const QString doing = UiText::tr("Reading the guest's devices");
    DomainHandle dom(virDomainLookupByUUIDString(c, uuid.toUtf8().constData()));
    if (!dom) {
        out.error = UserError::fromLastLibvirtError(doing);
        return out;
    }
    const DomainDefinition::Read definition = DomainDefinition::read(c, uuid);
    if (!definition.error.isNull()) {
        out.error = definition.error;
        return out;
    }
    const bool running = virDomainIsActive(dom.get()) == 1;
    const QString liveXml =
        running ? text(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_SECURE)) : QString();

    // Disk sizes: the running guest's view, else the pool volume behind the disk.
    QHash<QString, quint64> capacities;
    QDomDocument doc;
    const QDomElement root = parseElement(definition.xml, &doc);
    for (const QDomElement &disk : byTag(deviceElements(root), QStringLiteral("disk"))) {
        if (diskDevice(disk) != QLatin1String("disk"))
            continue;
        const QString target = attr(child(disk, "target"), "dev");
        virDomainBlockInfo block{};
        virStorageVolInfo volume{};
        if (running &&
            virDomainGetBlockInfo(dom.get(), target.toUtf8().constData(), &block, 0) == 0)
            capacities.insert(target, block.capacity);
        else if (StorageVolHandle vol = volumeOf(c, disk);
                 vol && virStorageVolGetInfo(vol.get(), &volume) == 0)
            capacities.insert(target, volume.capacity);
    }
    virResetLastError();

    GuestDevices parsed = fromXml(definition.xml, liveXml, capacities);
    parsed.uuid = uuid;
    parsed.running = running;
    parsed.context = DeviceEditorContext::read(c, uuid);
    return parsed;
}

// ----- validation -----

QString GuestDevices::macProblem(const QString &mac, const QStringList &usedMacs,
                                 const QString &ownMac) {
    if (mac.isEmpty())
        return {}; // libvirt chooses one
    static const QRegularExpression format(QStringLiteral("^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"));
    if (!format.match(mac).hasMatch())
        return UiText::tr("Not a MAC address: six pairs of hexadecimal digits separated by "
                          "colons, like 52:54:00:12:34:56.");
    const QString lower = mac.toLower();
    if (lower == QLatin1String("00:00:00:00:00:00"))
        return UiText::tr("An address of zeros cannot identify a network card.");
    if (lower.left(2).toUInt(nullptr, 16) & 1)
        return UiText::tr("This is a multicast address (the first pair is odd); a network card "
                          "needs one whose first pair is even, like 52.");
    if (usedMacs.contains(lower) && lower != ownMac.toLower())
        return UiText::tr("Another network card on this host already has this address; press "
                          "Generate for a new one.");
    return {};
}

QString GuestDevices::generateMac(const QStringList &usedMacs) {
    // 52:54:00 is QEMU's prefix, locally administered: no vendor's card has it.
    for (;;) {
        const quint32 r = QRandomGenerator::global()->generate();
        const QString mac = QStringLiteral("52:54:00:%1:%2:%3")
                                .arg((r >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                .arg((r >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                .arg(r & 0xff, 2, 16, QLatin1Char('0'));
        if (!usedMacs.contains(mac))
            return mac;
    }
}

QString GuestDevices::targetPrefix(const QString &bus) {
    if (bus == QLatin1String("virtio"))
        return QStringLiteral("vd");
    if (bus == QLatin1String("ide"))
        return QStringLiteral("hd");
    if (bus == QLatin1String("fdc"))
        return QStringLiteral("fd");
    if (bus == QLatin1String("xen"))
        return QStringLiteral("xvd");
    return QStringLiteral("sd");
}

QString GuestDevices::nextTarget(const QString &bus, const QStringList &usedTargets) {
    const QString prefix = targetPrefix(bus);
    for (char letter = 'a'; letter <= 'z'; ++letter) {
        const QString name = prefix + QLatin1Char(letter);
        if (!usedTargets.contains(name))
            return name;
    }
    for (char first = 'a'; first <= 'z'; ++first)
        for (char second = 'a'; second <= 'z'; ++second) {
            const QString name = prefix + QLatin1Char(first) + QLatin1Char(second);
            if (!usedTargets.contains(name))
                return name;
        }
    return {};
}

QString GuestDevices::targetProblem(const QString &target, const QStringList &usedTargets,
                                    const QString &ownTarget) {
    if (target.isEmpty())
        return UiText::tr("Give the disk a target name, like vdb.");
    static const QRegularExpression format(QStringLiteral("^(hd|sd|vd|xvd|ubd|fd)[a-z]+$"));
    if (!format.match(target).hasMatch())
        return UiText::tr("Target names look like vda, sdb, hdc or fda.");
    if (target != ownTarget && usedTargets.contains(target))
        return UiText::tr("%1 is already used by another disk of this guest.").arg(target);
    return {};
}

QString GuestDevices::sourceProblem(const QString &path, const DeviceEditorContext &context) {
    if (path.isEmpty())
        return {};
    if (!path.startsWith(QLatin1Char('/')))
        return UiText::tr("Give the full path, starting with /.");
    for (const DeviceEditorContext::Pool &pool : context.pools) {
        if (pool.path.isEmpty() || !path.startsWith(pool.path + QLatin1Char('/')))
            continue;
        const QString name = path.mid(pool.path.size() + 1);
        if (name.contains(QLatin1Char('/')))
            continue;
        if (!pool.volumes.contains(name))
            return UiText::tr("The storage pool %1 has no volume %2 (in %3).")
                .arg(pool.name, name, pool.path);
        return {};
    }
    if (context.localHost && !QFileInfo::exists(path))
        return UiText::tr("There is no file %1.").arg(path);
    return {};
}

QString GuestDevices::resizeProblem(std::optional<quint64> currentBytes, quint64 wantedBytes) {
    if (wantedBytes == 0)
        return UiText::tr("A disk needs a size above 0.");
    if (currentBytes && wantedBytes < *currentBytes)
        return UiText::tr("Shrinking would cut off the data at the disk's end; VirtDeck only "
                          "makes disks larger (now %1).")
            .arg(sizeText(*currentBytes));
    if (currentBytes && wantedBytes == *currentBytes)
        return UiText::tr("The disk already has this size.");
    return {};
}

QList<Problem> GuestDevices::validateNewVolume(const NewVolume &volume,
                                               const DeviceEditorContext &context) {
    QList<Problem> out;
    const DeviceEditorContext::Pool *pool = nullptr;
    for (const DeviceEditorContext::Pool &p : context.pools)
        if (p.name == volume.pool)
            pool = &p;
    if (!pool)
        out.append({QStringLiteral("pool"), UiText::tr("Choose a storage pool for the new disk.")});
    const QString name = volume.name.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
        out.append({QStringLiteral("volume"),
                    UiText::tr("Give the new disk image a file name, like data.qcow2.")});
    else if (pool && pool->volumes.contains(name))
        out.append({QStringLiteral("volume"),
                    UiText::tr("The pool %1 already has a volume %2; choose another name.")
                        .arg(pool->name, name)});
    if (volume.bytes == 0)
        out.append({QStringLiteral("size"), UiText::tr("A disk needs a size above 0.")});
    return out;
}

QList<Problem> GuestDevices::validateDisk(const QDomElement &disk,
                                          const DeviceEditorContext &context,
                                          const QDomElement &original, bool withNewVolume) {
    QList<Problem> out;
    const QString device = diskDevice(disk);
    static const QStringList devices{QStringLiteral("disk"), QStringLiteral("cdrom"),
                                     QStringLiteral("floppy"), QStringLiteral("lun")};
    if (!devices.contains(device))
        out.append(
            {QStringLiteral("device"), UiText::tr("Choose a disk, CD-ROM or floppy drive.")});
    const QDomElement target = child(disk, "target");
    const QString bus = attr(target, "bus");
    const bool floppy = device == QLatin1String("floppy");
    if (bus.isEmpty())
        out.append({QStringLiteral("bus"), UiText::tr("Choose the bus the drive is attached to.")});
    else if (!context.diskBuses.isEmpty() && !context.diskBuses.contains(bus))
        out.append({QStringLiteral("bus"),
                    UiText::tr("This hypervisor does not offer the %1 bus here.").arg(bus)});
    else if (floppy != (bus == QLatin1String("fdc")))
        out.append({QStringLiteral("bus"),
                    floppy ? UiText::tr("A floppy drive goes on the floppy controller (fdc).")
                           : UiText::tr("Only floppy drives go on the floppy controller.")});
    const QString ownTarget =
        original.isNull() ? QString() : attr(child(original, "target"), "dev");
    if (const QString why = targetProblem(attr(target, "dev"), context.usedDiskTargets, ownTarget);
        !why.isEmpty())
        out.append({QStringLiteral("target"), why});

    const bool sourceChanged = original.isNull() || sourceKey(disk) != sourceKey(original);
    if (sourceChanged && !withNewVolume) {
        const QString type = diskType(disk);
        const QDomElement s = child(disk, "source");
        const bool needsMedia = device == QLatin1String("disk") || device == QLatin1String("lun");
        if (type == QLatin1String("file") || type == QLatin1String("block")) {
            const QString path = type == QLatin1String("file") ? attr(s, "file") : attr(s, "dev");
            if (path.isEmpty() && needsMedia)
                out.append({QStringLiteral("source"),
                            UiText::tr("A disk needs an image: choose a volume, a file or a "
                                       "device.")});
            else if (const QString why = sourceProblem(path, context); !why.isEmpty())
                out.append({QStringLiteral("source"), why});
        } else if (type == QLatin1String("volume")) {
            const QString poolName = attr(s, "pool"), volume = attr(s, "volume");
            const DeviceEditorContext::Pool *pool = nullptr;
            for (const DeviceEditorContext::Pool &p : context.pools)
                if (p.name == poolName)
                    pool = &p;
            if (!pool)
                out.append(
                    {QStringLiteral("source"),
                     UiText::tr("There is no active storage pool %1 on this host.").arg(poolName)});
            else if (!pool->volumes.contains(volume))
                out.append(
                    {QStringLiteral("source"),
                     UiText::tr("The storage pool %1 has no volume %2.").arg(poolName, volume)});
        }
    }
    const QDomElement driver = child(disk, "driver");
    if (attr(driver, "io") == QLatin1String("native") &&
        attr(driver, "cache") != QLatin1String("none") &&
        attr(driver, "cache") != QLatin1String("directsync"))
        out.append({QStringLiteral("io"),
                    UiText::tr("Native I/O needs the cache mode “none” or “directsync”.")});
    return out;
}

QList<Problem> GuestDevices::validateInterface(const QDomElement &nic,
                                               const DeviceEditorContext &context,
                                               const QDomElement &original) {
    QList<Problem> out;
    const QString ownMac = original.isNull() ? QString() : macOf(original);
    if (const QString why =
            macProblem(attr(child(nic, "mac"), "address"), context.usedMacs, ownMac);
        !why.isEmpty())
        out.append({QStringLiteral("mac"), why});
    const QString type = attr(nic, "type");
    const QDomElement s = child(nic, "source");
    const bool sourceChanged = original.isNull() || nicConnection(nic) != nicConnection(original);
    if (type == QLatin1String("network")) {
        const QString network = attr(s, "network");
        if (network.isEmpty())
            out.append({QStringLiteral("network"), UiText::tr("Choose a virtual network.")});
        else if (sourceChanged && !context.networks.isEmpty() &&
                 !context.networks.contains(network))
            out.append({QStringLiteral("network"),
                        UiText::tr("There is no virtual network %1 on this host.").arg(network)});
    } else if (type == QLatin1String("bridge") && attr(s, "bridge").isEmpty()) {
        out.append({QStringLiteral("network"),
                    UiText::tr("Give the name of a bridge on the host, like br0.")});
    } else if (type == QLatin1String("direct") && attr(s, "dev").isEmpty()) {
        out.append({QStringLiteral("network"),
                    UiText::tr("Choose the host's network device to attach to.")});
    }
    static const QRegularExpression modelFormat(QStringLiteral("^[A-Za-z0-9_.-]*$"));
    if (!modelFormat.match(attr(child(nic, "model"), "type")).hasMatch())
        out.append({QStringLiteral("model"),
                    UiText::tr("A model name has only letters, digits, dots, dashes and "
                               "underscores.")});
    return out;
}

QList<Problem> GuestDevices::validate(const QDomElement &device, const DeviceEditorContext &context,
                                      const QDomElement &original, bool withNewVolume) {
    if (device.tagName() == QLatin1String("disk"))
        return validateDisk(device, context, original, withNewVolume);
    if (device.tagName() == QLatin1String("interface"))
        return validateInterface(device, context, original);
    return {};
}

// ----- changes -----

GuestDevices::Outcome GuestDevices::update(virConnectPtr c, const QString &uuid, const QString &tag,
                                           int index, const QString &originalXml,
                                           const QString &deviceXml) {
    Outcome out;
    const QString doing = UiText::tr("Changing the device");
    QDomDocument newDoc, originalDoc;
    const QDomElement changed = parseElement(deviceXml, &newDoc);
    if (changed.isNull() || changed.tagName() != tag) {
        out.error = malformed(UiText::tr("The device's XML is not a <%1> element.").arg(tag));
        return out;
    }
    Guest g = openGuest(c, uuid, doing);
    if (!g.error.isNull()) {
        out.error = g.error;
        return out;
    }
    const QDomElement current = g.config->deviceElement(tag, index);
    if (current.isNull() || toXml(current) != toXml(parseElement(originalXml, &originalDoc))) {
        out.error = changedMeanwhile();
        return out;
    }
    const DeviceEditorContext context = DeviceEditorContext::read(c, uuid);
    out.problems = validate(changed, context, current);
    if (!out.problems.isEmpty())
        return out;
    if (toXml(changed) == toXml(current))
        return out; // nothing to do

    QDomDocument liveHolder;
    const QDomElement live = liveCounterpart(g, tag, index, &liveHolder);
    const QStringList notLive = notLiveChanges(current, changed);
    QString reason;
    if (!live.isNull() && notLive.isEmpty()) {
        const QByteArray xml = deviceXml.toUtf8();
        if (updateLiveAndSaved(c, uuid, g, xml, 0, doing, &reason, &out))
            return out;
    } else if (!live.isNull()) {
        reason = notLiveReason(notLive);
    } else if (g.running) {
        reason = UiText::tr("The running guest does not have this device yet; it applies at the "
                            "next start.");
    }
    g.config->replaceDevice(tag, index, changed);
    saveOnly(c, uuid, g, g.running, reason, &out);
    finish(c, uuid, &out);
    return out;
}

GuestDevices::Outcome GuestDevices::add(virConnectPtr c, const QString &uuid,
                                        const QString &deviceXml,
                                        const std::optional<NewVolume> &volume) {
    Outcome out;
    const QString doing = UiText::tr("Adding the device");
    QDomDocument doc;
    QDomElement device = parseElement(deviceXml, &doc);
    if (device.isNull()) {
        out.error = malformed(UiText::tr("The device's XML is not well-formed."));
        return out;
    }
    Guest g = openGuest(c, uuid, doing);
    if (!g.error.isNull()) {
        out.error = g.error;
        return out;
    }
    const DeviceEditorContext context = DeviceEditorContext::read(c, uuid);
    out.problems = validate(device, context, {}, volume.has_value());
    if (volume)
        out.problems += validateNewVolume(*volume, context);
    if (!out.problems.isEmpty())
        return out;

    // The new image first: the disk then points at it like at any other file.
    StorageVolHandle created;
    if (volume) {
        StoragePoolHandle pool(virStoragePoolLookupByName(c, volume->pool.toUtf8().constData()));
        QString poolType;
        for (const DeviceEditorContext::Pool &p : context.pools)
            if (p.name == volume->pool)
                poolType = p.type;
        const bool files = poolType == QLatin1String("dir") || poolType == QLatin1String("fs") ||
                           poolType == QLatin1String("netfs");
        const QString format = files ? volume->format : QStringLiteral("raw");
        QDomDocument v;
        QDomElement root = v.createElement(QStringLiteral("volume"));
        v.appendChild(root);
        auto add = [&](QDomElement parent, const QString &name, const QString &value = {}) {
            QDomElement e = v.createElement(name);
            if (!value.isEmpty())
                e.appendChild(v.createTextNode(value));
            parent.appendChild(e);
            return e;
        };
        add(root, QStringLiteral("name"), volume->name.trimmed());
        add(root, QStringLiteral("capacity"), QString::number(volume->bytes))
            .setAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
        add(root, QStringLiteral("allocation"), QStringLiteral("0"))
            .setAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
        add(add(root, QStringLiteral("target")), QStringLiteral("format"))
            .setAttribute(QStringLiteral("type"), format);
        if (pool)
            created.reset(virStorageVolCreateXML(pool.get(), v.toString().toUtf8().constData(), 0));
        if (!created) {
            out.error = UserError::fromLastLibvirtError(
                UiText::tr("Creating the disk image %1").arg(volume->name));
            return out;
        }
        virStorageVolInfo info{};
        virStorageVolGetInfo(created.get(), &info);
        const bool block = info.type == VIR_STORAGE_VOL_BLOCK;
        const QString path = text(virStorageVolGetPath(created.get()));
        device.setAttribute(QStringLiteral("type"),
                            block ? QStringLiteral("block") : QStringLiteral("file"));
        QDomElement source = doc.createElement(QStringLiteral("source"));
        source.setAttribute(block ? QStringLiteral("dev") : QStringLiteral("file"), path);
        device.replaceChild(source, ensureChild(device, QStringLiteral("source")));
        QDomElement driver = ensureChild(device, QStringLiteral("driver"));
        const QString domainType = g.config->domainType();
        if (!driver.hasAttribute(QStringLiteral("name")) &&
            (domainType == QLatin1String("qemu") || domainType == QLatin1String("kvm")))
            driver.setAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
        driver.setAttribute(QStringLiteral("type"), format);
    }
    auto dropCreated = [&] {
        if (created)
            virStorageVolDelete(created.get(), 0);
    };

    QString reason;
    if (g.running) {
        const QByteArray xml = toXml(device).toUtf8();
        switch (tryLive(
            [&] {
                return virDomainAttachDeviceFlags(g.dom.get(), xml.constData(),
                                                  VIR_DOMAIN_AFFECT_LIVE |
                                                      VIR_DOMAIN_AFFECT_CONFIG);
            },
            doing, &reason, &out.error)) {
        case Live::Done:
            out.live = out.saved = true;
            finish(c, uuid, &out);
            return out;
        case Live::Failed:
            dropCreated();
            return out;
        case Live::Refused:
            break;
        }
    }
    g.config->addDevice(device);
    saveOnly(c, uuid, g, g.running, reason, &out);
    if (!out.saved)
        dropCreated();
    finish(c, uuid, &out);
    return out;
}

GuestDevices::Outcome GuestDevices::remove(virConnectPtr c, const QString &uuid, const QString &tag,
                                           int index, const QString &originalXml) {
    Outcome out;
    const QString doing = UiText::tr("Removing the device");
    Guest g = openGuest(c, uuid, doing);
    if (!g.error.isNull()) {
        out.error = g.error;
        return out;
    }
    QDomDocument originalDoc;
    const QDomElement current = g.config->deviceElement(tag, index);
    if (current.isNull() || toXml(current) != toXml(parseElement(originalXml, &originalDoc))) {
        out.error = changedMeanwhile();
        return out;
    }
    QDomDocument liveHolder;
    const QDomElement live = liveCounterpart(g, tag, index, &liveHolder);
    QString reason;
    if (!live.isNull()) {
        const QByteArray xml = toXml(current).toUtf8();
        switch (tryLive(
            [&] {
                return virDomainDetachDeviceFlags(g.dom.get(), xml.constData(),
                                                  VIR_DOMAIN_AFFECT_LIVE |
                                                      VIR_DOMAIN_AFFECT_CONFIG);
            },
            doing, &reason, &out.error)) {
        case Live::Done: {
            out.saved = true;
            out.after = read(c, uuid);
            // libvirt returns once it has asked; the guest may not have let go yet.
            const QString label = GuestDevices::label(live);
            out.live = !out.after->removedButLive.contains(label);
            if (!out.live) {
                out.pending = true;
                out.pendingReason = UiText::tr("The guest has not released the device yet; it "
                                               "goes when the guest lets go of it, or at the "
                                               "next start.");
            }
            return out;
        }
        case Live::Failed:
            return out;
        case Live::Refused:
            break;
        }
    }
    g.config->removeDevice(tag, index);
    saveOnly(c, uuid, g, !live.isNull(), reason, &out);
    finish(c, uuid, &out);
    return out;
}

GuestDevices::Outcome GuestDevices::changeMedia(virConnectPtr c, const QString &uuid, int diskIndex,
                                                const QString &path) {
    Outcome out;
    const QString doing =
        path.isEmpty() ? UiText::tr("Ejecting the media") : UiText::tr("Inserting the media");
    Guest g = openGuest(c, uuid, doing);
    if (!g.error.isNull()) {
        out.error = g.error;
        return out;
    }
    const QDomElement disk = g.config->deviceElement(QStringLiteral("disk"), diskIndex);
    const QString device = disk.isNull() ? QString() : diskDevice(disk);
    if (device != QLatin1String("cdrom") && device != QLatin1String("floppy")) {
        out.error =
            UserError::make(UserError::Kind::InvalidInput, UiText::tr("Not a removable drive"),
                            UiText::tr("Only CD-ROM and floppy drives take media."));
        return out;
    }
    if (!path.isEmpty()) {
        if (const QString why = sourceProblem(path, DeviceEditorContext::read(c, uuid));
            !why.isEmpty()) {
            out.problems.append({QStringLiteral("source"), why});
            return out;
        }
    }
    QDomDocument liveHolder;
    const QDomElement live = liveCounterpart(g, QStringLiteral("disk"), diskIndex, &liveHolder);
    g.config->setDiskMedia(diskIndex, path);
    QString reason;
    if (!live.isNull()) {
        const QByteArray xml =
            toXml(g.config->deviceElement(QStringLiteral("disk"), diskIndex)).toUtf8();
        if (updateLiveAndSaved(c, uuid, g, xml, VIR_DOMAIN_DEVICE_MODIFY_FORCE, doing, &reason,
                               &out))
            return out;
    }
    saveOnly(c, uuid, g, !live.isNull(), reason, &out);
    finish(c, uuid, &out);
    return out;
}

GuestDevices::Outcome GuestDevices::setLinkState(virConnectPtr c, const QString &uuid, int nicIndex,
                                                 bool up) {
    Outcome out;
    const QString doing = up ? UiText::tr("Connecting the network cable")
                             : UiText::tr("Disconnecting the network cable");
    Guest g = openGuest(c, uuid, doing);
    if (!g.error.isNull()) {
        out.error = g.error;
        return out;
    }
    const QDomElement nic = g.config->deviceElement(QStringLiteral("interface"), nicIndex);
    if (nic.isNull()) {
        out.error = changedMeanwhile();
        return out;
    }
    QDomDocument liveHolder;
    const QDomElement live = liveCounterpart(g, QStringLiteral("interface"), nicIndex, &liveHolder);
    // "up" is libvirt's default: an element is only written where one was already.
    g.config->setInterfaceLinkState(nicIndex, !up                           ? QStringLiteral("down")
                                              : child(nic, "link").isNull() ? QString()
                                                                            : QStringLiteral("up"));
    QString reason;
    if (!live.isNull()) {
        // The running card needs the state said outright, even where the definition omits it.
        QDomDocument holder;
        QDomElement changed = parseElement(
            toXml(g.config->deviceElement(QStringLiteral("interface"), nicIndex)), &holder);
        ensureChild(changed, QStringLiteral("link"))
            .setAttribute(QStringLiteral("state"),
                          up ? QStringLiteral("up") : QStringLiteral("down"));
        const QByteArray xml = toXml(changed).toUtf8();
        if (updateLiveAndSaved(c, uuid, g, xml, 0, doing, &reason, &out))
            return out;
    }
    saveOnly(c, uuid, g, !live.isNull(), reason, &out);
    finish(c, uuid, &out);
    return out;
}

GuestDevices::Outcome GuestDevices::resizeDisk(virConnectPtr c, const QString &uuid, int diskIndex,
                                               quint64 bytes) {
    Outcome out;
    const QString doing = UiText::tr("Resizing the disk");
    Guest g = openGuest(c, uuid, doing);
    if (!g.error.isNull()) {
        out.error = g.error;
        return out;
    }
    const QDomElement disk = g.config->deviceElement(QStringLiteral("disk"), diskIndex);
    if (disk.isNull() || diskDevice(disk) != QLatin1String("disk")) {
        out.error = UserError::make(UserError::Kind::InvalidInput, UiText::tr("Not a disk"),
                                    UiText::tr("Only hard disks can be resized."));
        return out;
    }
    QDomDocument liveHolder;
    const QDomElement live = liveCounterpart(g, QStringLiteral("disk"), diskIndex, &liveHolder);
    if (!live.isNull()) {
        const QByteArray target = attr(child(live, "target"), "dev").toUtf8();
        virDomainBlockInfo info{};
        if (virDomainGetBlockInfo(g.dom.get(), target.constData(), &info, 0) != 0) {
            out.error = UserError::fromLastLibvirtError(doing);
            return out;
        }
        if (const QString why = resizeProblem(info.capacity, bytes); !why.isEmpty()) {
            out.problems.append({QStringLiteral("size"), why});
            return out;
        }
        if (virDomainBlockResize(g.dom.get(), target.constData(), bytes,
                                 VIR_DOMAIN_BLOCK_RESIZE_BYTES) != 0) {
            out.error = UserError::fromLastLibvirtError(doing);
            return out;
        }
        out.live = out.saved = true;
        finish(c, uuid, &out);
        return out;
    }
    StorageVolHandle volume = volumeOf(c, disk);
    virResetLastError();
    if (!volume) {
        out.error = UserError::make(
            UserError::Kind::NotSupported, UiText::tr("This disk cannot be resized here"),
            UiText::tr("The disk's image is not a volume of a storage pool, so it can only be "
                       "resized while the guest runs."),
            UiText::tr("Start the guest and resize the disk then, or resize the image with "
                       "qemu-img."));
        return out;
    }
    virStorageVolInfo info{};
    if (virStorageVolGetInfo(volume.get(), &info) != 0) {
        out.error = UserError::fromLastLibvirtError(doing);
        return out;
    }
    if (const QString why = resizeProblem(info.capacity, bytes); !why.isEmpty()) {
        out.problems.append({QStringLiteral("size"), why});
        return out;
    }
    if (virStorageVolResize(volume.get(), bytes, 0) != 0) {
        out.error = UserError::fromLastLibvirtError(doing);
        return out;
    }
    out.saved = true;
    finish(c, uuid, &out);
    return out;
}
