// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestboot.h"

#include "domainconfig.h"
#include "domaindefinition.h"
#include "libvirthandles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>

namespace {

// Messages are looked up under "GuestBoot"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(GuestBoot)
};

using Field = GuestBoot::Field;
using Settings = GuestBoot::Settings;

QDomElement deviceAt(const DomainConfig &config, const QString &tag, int index) {
    QDomElement e = config.document()
                        .documentElement()
                        .firstChildElement(QStringLiteral("devices"))
                        .firstChildElement(tag);
    for (int i = 0; i < index && !e.isNull(); ++i)
        e = e.nextSiblingElement(tag);
    return e;
}

QString hexId(const QDomElement &e) {
    return e.attribute(QStringLiteral("id")).remove(QStringLiteral("0x"));
}

// What identifies the device in both the saved and the running definition: libvirt fills in
// disk targets and MAC addresses when it defines a guest.
QString identity(const QDomElement &e) {
    const QString tag = e.tagName();
    if (tag == QLatin1String("disk"))
        return e.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev"));
    if (tag == QLatin1String("interface"))
        return e.firstChildElement(QStringLiteral("mac"))
            .attribute(QStringLiteral("address"))
            .toLower();
    if (tag == QLatin1String("hostdev")) {
        const QDomElement source = e.firstChildElement(QStringLiteral("source"));
        const QDomElement address = source.firstChildElement(QStringLiteral("address"));
        if (e.attribute(QStringLiteral("type")) == QLatin1String("pci") && !address.isNull()) {
            auto part = [&address](const char *name, int width) {
                bool ok = false;
                const uint v = address.attribute(QLatin1String(name)).toUInt(&ok, 0);
                return QStringLiteral("%1").arg(ok ? v : 0, width, 16, QLatin1Char('0'));
            };
            return part("domain", 4) + QLatin1Char(':') + part("bus", 2) + QLatin1Char(':') +
                   part("slot", 2) + QLatin1Char('.') + part("function", 1);
        }
        const QDomElement vendor = source.firstChildElement(QStringLiteral("vendor"));
        const QDomElement product = source.firstChildElement(QStringLiteral("product"));
        if (!vendor.isNull() || !product.isNull())
            return hexId(vendor) + QLatin1Char(':') + hexId(product);
        if (!address.isNull())
            return address.attribute(QStringLiteral("bus")) + QLatin1Char('.') +
                   address.attribute(QStringLiteral("device"));
    }
    return {};
}

QString deviceType(const QDomElement &e) {
    const QString tag = e.tagName();
    if (tag == QLatin1String("interface"))
        return QStringLiteral("network");
    if (tag != QLatin1String("disk"))
        return {};
    const QString device = e.attribute(QStringLiteral("device"), QStringLiteral("disk"));
    if (device == QLatin1String("cdrom"))
        return QStringLiteral("cdrom");
    if (device == QLatin1String("floppy"))
        return QStringLiteral("fd");
    return QStringLiteral("hd");
}

QString deviceLabel(const QDomElement &e, const QString &id) {
    const QString tag = e.tagName();
    if (tag == QLatin1String("disk")) {
        const QString device = e.attribute(QStringLiteral("device"), QStringLiteral("disk"));
        const QString kind = device == QLatin1String("cdrom")    ? UiText::tr("CD/DVD drive")
                             : device == QLatin1String("floppy") ? UiText::tr("Floppy drive")
                             : device == QLatin1String("lun")    ? UiText::tr("SCSI LUN")
                                                                 : UiText::tr("Disk");
        const QDomElement source = e.firstChildElement(QStringLiteral("source"));
        QString from;
        for (const char *attr : {"file", "dev", "dir", "volume", "name"}) {
            if (from.isEmpty())
                from = source.attribute(QLatin1String(attr));
        }
        if (from.isEmpty())
            from = UiText::tr("empty");
        return UiText::tr("%1 %2 — %3").arg(kind, id, from);
    }
    if (tag == QLatin1String("interface")) {
        const QDomElement source = e.firstChildElement(QStringLiteral("source"));
        QString where = source.attribute(QStringLiteral("network"));
        if (where.isEmpty())
            where = source.attribute(QStringLiteral("bridge"));
        if (where.isEmpty())
            where = e.attribute(QStringLiteral("type"));
        return UiText::tr("Network card %1 — %2")
            .arg(id.isEmpty() ? UiText::tr("(no MAC yet)") : id, where);
    }
    if (tag == QLatin1String("hostdev")) {
        const QString type = e.attribute(QStringLiteral("type"));
        if (type == QLatin1String("pci"))
            return UiText::tr("Host PCI device %1").arg(id);
        if (type == QLatin1String("usb"))
            return UiText::tr("Host USB device %1").arg(id);
        return UiText::tr("Host device (%1)").arg(type);
    }
    return UiText::tr("Redirected USB device (%1)").arg(e.attribute(QStringLiteral("type")));
}

struct Parsed {
    QList<GuestBoot::Device> devices;
    Settings settings;
};

Parsed parseBoot(const DomainConfig &config) {
    Parsed out;
    QSet<QString> keys;
    QList<std::pair<unsigned, QString>> ordered;
    for (const DomainConfig::BootDevice &b : config.bootDevices()) {
        const QDomElement e = deviceAt(config, b.tag, b.index);
        GuestBoot::Device d;
        d.tag = b.tag;
        d.index = b.index;
        const QString id = identity(e);
        d.key = b.tag + QLatin1Char(':') + (id.isEmpty() ? QString::number(b.index) : id);
        if (keys.contains(d.key))
            d.key += QLatin1Char('#') + QString::number(b.index);
        keys.insert(d.key);
        d.type = deviceType(e);
        d.label = deviceLabel(e, id);
        out.devices << d;
        if (b.order > 0)
            ordered.append({b.order, d.key});
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    Settings &s = out.settings;
    if (!ordered.isEmpty()) {
        s.orderKind = GuestBoot::OrderKind::Devices;
        for (const auto &o : ordered)
            s.devices << o.second;
    } else {
        s.orderKind = GuestBoot::OrderKind::DeviceTypes;
        s.deviceTypes = config.bootOrder();
    }
    s.menu = config.bootMenu().value_or(false);
    // libvirt keeps the timeout only with the menu on.
    s.menuTimeoutMs = s.menu ? config.bootMenuTimeout().value_or(0) : 0;
    s.kernel = config.kernel().trimmed();
    s.initrd = config.initrd().trimmed();
    s.cmdline = config.kernelCmdline();
    s.dtb = config.dtb().trimmed();
    return out;
}

bool sameOrder(const Settings &a, const Settings &b) {
    if (a.orderKind != b.orderKind)
        return false;
    return a.orderKind == GuestBoot::OrderKind::Devices ? a.devices == b.devices
                                                        : a.deviceTypes == b.deviceTypes;
}

QList<Field> pendingFields(const GuestBoot &b) {
    QList<Field> out;
    if (!b.active)
        return out;
    const Settings &s = b.saved, &l = b.live;
    if (!sameOrder(s, l))
        out << Field::Order;
    if (s.menu != l.menu)
        out << Field::Menu;
    else if (s.menu && s.menuTimeoutMs != l.menuTimeoutMs)
        out << Field::MenuTimeout;
    if (s.kernel != l.kernel)
        out << Field::Kernel;
    if (s.initrd != l.initrd)
        out << Field::Initrd;
    if (s.cmdline != l.cmdline)
        out << Field::Cmdline;
    if (s.dtb != l.dtb)
        out << Field::Dtb;
    return out;
}

QString firmwareName(const DomainConfig &config) {
    const QString loader = config.loader();
    if (config.firmware() == QLatin1String("efi") || config.loaderType() == QLatin1String("pflash"))
        return loader.isEmpty() ? UiText::tr("UEFI") : UiText::tr("UEFI (%1)").arg(loader);
    return loader.isEmpty() ? UiText::tr("BIOS") : UiText::tr("BIOS (%1)").arg(loader);
}

// The persistent definition, and the boot settings read from it and the running guest.
GuestBoot readWith(virConnectPtr connection, const QString &uuid,
                   std::optional<DomainConfig> *persistent) {
    GuestBoot out;
    out.uuid = uuid;
    const DomainDefinition::Read read = DomainDefinition::read(connection, uuid);
    if (!read.error.isNull()) {
        out.error = read.error;
        return out;
    }
    QString why;
    std::optional<DomainConfig> config = DomainConfig::parse(read.xml, &why);
    if (!config) {
        out.error = UserError::make(UserError::Kind::InvalidConfiguration,
                                    UiText::tr("The configuration cannot be read"), why);
        return out;
    }
    const QString osType = config->document()
                               .documentElement()
                               .firstChildElement(QStringLiteral("os"))
                               .firstChildElement(QStringLiteral("type"))
                               .text()
                               .trimmed();
    out.bootable = osType != QLatin1String("exe");
    out.firmware = firmwareName(*config);
    Parsed parsed = parseBoot(*config);
    out.devices = parsed.devices;
    out.saved = parsed.settings;

    DomainHandle dom(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
    if (!dom) {
        out.error = UserError::fromLastLibvirtError(UiText::tr("Reading the boot settings"));
        return out;
    }
    out.active = virDomainIsActive(dom.get()) == 1;
    if (out.active) {
        CString liveXml(virDomainGetXMLDesc(dom.get(), 0));
        const std::optional<DomainConfig> live =
            liveXml ? DomainConfig::parse(QString::fromUtf8(liveXml.get())) : std::nullopt;
        if (!live) {
            out.error = UserError::fromLastLibvirtError(
                UiText::tr("Reading the running guest's boot settings"));
            return out;
        }
        out.live = parseBoot(*live).settings;
        out.pending = pendingFields(out);
    }
    if (persistent)
        *persistent = std::move(config);
    return out;
}

// Only what the user changed is judged against the file system: an old path that has gone
// away does not block an unrelated change (the guest's start will say so).
Settings changedPaths(const Settings &wanted, const Settings &saved) {
    Settings s;
    s.kernel = wanted.kernel != saved.kernel ? wanted.kernel : QString();
    s.initrd = wanted.initrd != saved.initrd ? wanted.initrd : QString();
    s.dtb = wanted.dtb != saved.dtb ? wanted.dtb : QString();
    return s;
}

} // namespace

QString GuestBoot::fieldName(Field field) {
    switch (field) {
    case Field::Order:
        return UiText::tr("Boot order");
    case Field::Menu:
        return UiText::tr("Boot menu");
    case Field::MenuTimeout:
        return UiText::tr("Boot menu timeout");
    case Field::Kernel:
        return UiText::tr("Kernel");
    case Field::Initrd:
        return UiText::tr("Initial ramdisk");
    case Field::Cmdline:
        return UiText::tr("Kernel command line");
    case Field::Dtb:
        return UiText::tr("Device tree");
    }
    return {};
}

QStringList GuestBoot::pendingNames() const {
    QStringList names;
    for (Field f : pending)
        names << fieldName(f);
    return names;
}

QString GuestBoot::deviceTypeLabel(const QString &type) {
    if (type == QLatin1String("hd"))
        return UiText::tr("Hard disk");
    if (type == QLatin1String("cdrom"))
        return UiText::tr("CD/DVD");
    if (type == QLatin1String("network"))
        return UiText::tr("Network (PXE)");
    if (type == QLatin1String("fd"))
        return UiText::tr("Floppy");
    return type;
}

QStringList GuestBoot::devicesForTypes(const QList<Device> &devices, const QStringList &types) {
    QStringList keys;
    for (const QString &type : types) {
        const auto it = std::find_if(devices.cbegin(), devices.cend(),
                                     [&type](const Device &d) { return d.type == type; });
        if (it != devices.cend())
            keys << it->key;
    }
    return keys;
}

QStringList GuestBoot::typesForDevices(const QList<Device> &devices, const QStringList &keys) {
    QStringList types;
    for (const QString &key : keys) {
        const auto it = std::find_if(devices.cbegin(), devices.cend(),
                                     [&key](const Device &d) { return d.key == key; });
        if (it != devices.cend() && !it->type.isEmpty() && !types.contains(it->type))
            types << it->type;
    }
    return types;
}

GuestBoot GuestBoot::read(virConnectPtr connection, const QString &uuid) {
    return readWith(connection, uuid, nullptr);
}

QList<GuestBoot::Problem> GuestBoot::validate(const Settings &s, const Settings &saved) {
    QList<Problem> problems;
    if (sameOrder(s, saved)) {
        // Nothing to judge.
    } else if (s.orderKind == OrderKind::DeviceTypes) {
        if (s.deviceTypes.isEmpty())
            problems.append({Field::Order, UiText::tr("Tick at least one kind of device to boot "
                                                      "from.")});
        for (const QString &t : s.deviceTypes) {
            if (!allDeviceTypes().contains(t))
                problems.append(
                    {Field::Order, UiText::tr("“%1” is not a kind of boot device.").arg(t)});
        }
    } else if (s.devices.isEmpty()) {
        problems.append({Field::Order, UiText::tr("Tick at least one device to boot from.")});
    }
    if (s.menuTimeoutMs > MaxMenuTimeoutMs)
        problems.append({Field::MenuTimeout,
                         UiText::tr("At most %1 ms (about a minute).").arg(MaxMenuTimeoutMs)});
    const QList<std::pair<Field, QString>> paths = {
        {Field::Kernel, s.kernel}, {Field::Initrd, s.initrd}, {Field::Dtb, s.dtb}};
    for (const auto &[field, path] : paths) {
        if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
            problems.append({field, UiText::tr("Give the full path on the guest's host, "
                                               "starting with /.")});
    }
    if (s.kernel.isEmpty()) {
        if (!s.initrd.isEmpty())
            problems.append({Field::Initrd, UiText::tr("An initial ramdisk is only used together "
                                                       "with a kernel: give the kernel too, or "
                                                       "clear this field.")});
        if (!s.cmdline.trimmed().isEmpty())
            problems.append({Field::Cmdline, UiText::tr("A command line is only used together "
                                                        "with a kernel: give the kernel too, or "
                                                        "clear this field.")});
        if (!s.dtb.isEmpty())
            problems.append({Field::Dtb, UiText::tr("A device tree is only used together with "
                                                    "a kernel: give the kernel too, or clear "
                                                    "this field.")});
    }
    return problems;
}

QList<GuestBoot::Problem> GuestBoot::checkLocalFiles(const Settings &s) {
    QList<Problem> problems;
    const QList<std::pair<Field, QString>> paths = {
        {Field::Kernel, s.kernel}, {Field::Initrd, s.initrd}, {Field::Dtb, s.dtb}};
    for (const auto &[field, path] : paths) {
        if (path.isEmpty() || !path.startsWith(QLatin1Char('/')))
            continue;
        const QFileInfo info(path);
        if (!info.exists())
            problems.append({field, UiText::tr("There is no such file on this host.")});
        else if (info.isDir())
            problems.append({field, UiText::tr("This is a folder; give the file in it.")});
        else if (!info.isReadable())
            problems.append({field, UiText::tr("This file cannot be read; check its "
                                               "permissions.")});
    }
    return problems;
}

GuestBoot::Outcome GuestBoot::apply(virConnectPtr connection, const QString &uuid,
                                    const Settings &wanted, bool localHost) {
    Outcome out;
    std::optional<DomainConfig> config;
    const GuestBoot before = readWith(connection, uuid, &config);
    if (!before.error.isNull() || !config) {
        out.error = before.error;
        return out;
    }
    if (!before.bootable) {
        out.error = UserError::make(UserError::Kind::InvalidConfiguration,
                                    UiText::tr("The configuration was not changed"),
                                    UiText::tr("A container starts its init program; it has no "
                                               "boot settings."));
        return out;
    }
    const Settings &saved = before.saved;
    out.problems = validate(wanted, saved);
    if (localHost)
        out.problems += checkLocalFiles(changedPaths(wanted, saved));
    if (!out.problems.isEmpty())
        return out;

    const QString original = config->toXml();
    if (!sameOrder(wanted, saved)) {
        const QList<DomainConfig::BootDevice> bootDevices = config->bootDevices();
        if (wanted.orderKind == OrderKind::DeviceTypes) {
            for (const DomainConfig::BootDevice &d : bootDevices)
                config->setDeviceBootOrder(d.tag, d.index, 0);
            config->setBootOrder(wanted.deviceTypes);
        } else {
            for (const QString &key : wanted.devices) {
                const bool known = std::any_of(before.devices.cbegin(), before.devices.cend(),
                                               [&key](const Device &d) { return d.key == key; });
                if (!known) {
                    out.problems.append({Field::Order, UiText::tr("A device in the list is no "
                                                                  "longer in the guest; press "
                                                                  "Revert and order again.")});
                    return out;
                }
            }
            config->setBootOrder({});
            for (const Device &d : before.devices)
                config->setDeviceBootOrder(d.tag, d.index,
                                           unsigned(wanted.devices.indexOf(d.key) + 1));
        }
    }
    if (wanted.menu != saved.menu || wanted.menuTimeoutMs != saved.menuTimeoutMs) {
        config->setBootMenu(wanted.menu);
        config->setBootMenuTimeout(wanted.menu && wanted.menuTimeoutMs > 0
                                       ? std::optional<unsigned>(wanted.menuTimeoutMs)
                                       : std::nullopt);
    }
    // Clearing the kernel goes last, after what only makes sense with it.
    if (wanted.initrd != saved.initrd)
        config->setInitrd(wanted.initrd);
    if (wanted.cmdline != saved.cmdline)
        config->setKernelCmdline(wanted.cmdline);
    if (wanted.dtb != saved.dtb)
        config->setDtb(wanted.dtb);
    if (wanted.kernel != saved.kernel)
        config->setKernel(wanted.kernel);

    if (config->toXml() != original) {
        out.error = DomainDefinition::redefine(connection, uuid, config->toXml());
        if (!out.error.isNull())
            return out;
        out.saved = true;
    }
    out.after = read(connection, uuid);
    return out;
}
