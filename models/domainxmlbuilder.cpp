// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainxmlbuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace {

// Messages are looked up under "DomainXmlBuilder"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(DomainXmlBuilder)
};

using Attributes = std::initializer_list<std::pair<const char *, QString>>;

// QXmlStreamWriter with one-line helpers for libvirt's attribute-heavy elements.
class Writer {
public:
    explicit Writer(QString *out)
        : w(out) {
        w.setAutoFormatting(true);
        w.setAutoFormattingIndent(2);
    }
    void open(const char *name, Attributes attributes = {}) {
        w.writeStartElement(QLatin1String(name));
        for (const auto &[key, value] : attributes)
            w.writeAttribute(QLatin1String(key), value);
    }
    void close() { w.writeEndElement(); }
    void empty(const char *name, Attributes attributes = {}) {
        w.writeEmptyElement(QLatin1String(name));
        for (const auto &[key, value] : attributes)
            w.writeAttribute(QLatin1String(key), value);
    }
    void text(const char *name, const QString &value, Attributes attributes = {}) {
        open(name, attributes);
        w.writeCharacters(value);
        close();
    }
    QXmlStreamWriter w;
};

QString yes() {
    return QStringLiteral("yes");
}
QString on() {
    return QStringLiteral("on");
}

// Target device names per bus, in the order devices are attached.
class TargetNames {
public:
    QString next(const QString &bus) {
        const int index = m_used[bus]++;
        const QChar letter = QLatin1Char(char('a' + index));
        if (bus == QLatin1String("virtio"))
            return QStringLiteral("vd") + letter;
        if (bus == QLatin1String("ide"))
            return QStringLiteral("hd") + letter;
        return QStringLiteral("sd") + letter;
    }
    // IDE: the disk is the primary master, CD-ROMs go to the secondary channel (hdc, hdd),
    // where Windows XP's installer expects them.
    void reserveIdeMaster() {
        m_used[QStringLiteral("ide")] = std::max(m_used[QStringLiteral("ide")], 2);
    }

private:
    QHash<QString, int> m_used;
};

void writeOs(Writer &x, const NewGuestSpec &spec) {
    const HardwareProfile &hw = spec.hardware;
    if (hw.efi)
        x.open("os", {{"firmware", QStringLiteral("efi")}});
    else
        x.open("os");
    x.text("type", QStringLiteral("hvm"), {{"arch", spec.arch}, {"machine", hw.machine}});
    if (hw.efi) {
        x.open("firmware");
        x.empty("feature", {{"enabled", hw.secureBoot ? yes() : QStringLiteral("no")},
                            {"name", QStringLiteral("secure-boot")}});
        x.empty("feature", {{"enabled", hw.secureBoot ? yes() : QStringLiteral("no")},
                            {"name", QStringLiteral("enrolled-keys")}});
        x.close();
    }
    using M = NewGuestSpec::InstallMethod;
    if (spec.method == M::NetworkTree && !spec.kernelPath.isEmpty()) {
        x.text("kernel", spec.kernelPath);
        x.text("initrd", spec.initrdPath);
        if (!spec.kernelArgs.isEmpty())
            x.text("cmdline", spec.kernelArgs);
    }
    if (spec.installed)
        x.empty("boot", {{"dev", QStringLiteral("hd")}});
    if (spec.method == M::LocalMedia)
        x.empty("boot", {{"dev", QStringLiteral("cdrom")}});
    if (spec.method == M::Pxe)
        x.empty("boot", {{"dev", QStringLiteral("network")}});
    if (!spec.installed)
        x.empty("boot", {{"dev", QStringLiteral("hd")}});
    if (spec.method == M::LocalMedia || spec.method == M::Pxe)
        x.empty("bootmenu", {{"enable", yes()}, {"timeout", QStringLiteral("3000")}});
    x.close();
}

void writeFeatures(Writer &x, const HardwareProfile &hw) {
    x.open("features");
    x.empty("acpi");
    x.empty("apic");
    if (hw.hyperv) {
        x.open("hyperv", {{"mode", QStringLiteral("custom")}});
        x.empty("relaxed", {{"state", on()}});
        x.empty("vapic", {{"state", on()}});
        x.empty("spinlocks", {{"state", on()}, {"retries", QStringLiteral("8191")}});
        if (hw.efi) { // Windows 8 and later
            x.empty("vpindex", {{"state", on()}});
            x.empty("runtime", {{"state", on()}});
            x.empty("synic", {{"state", on()}});
            x.empty("stimer", {{"state", on()}});
            x.empty("frequencies", {{"state", on()}});
        }
        x.close();
    }
    if (hw.secureBoot)
        x.empty("smm", {{"state", on()}});
    if (hw.machine == QLatin1String("q35") || hw.machine.contains(QLatin1String("i440fx")) ||
        hw.machine == QLatin1String("pc"))
        x.empty("vmport", {{"state", QStringLiteral("off")}});
    x.close();
}

void writeClock(Writer &x, const HardwareProfile &hw) {
    x.open("clock", {{"offset", hw.clock}});
    x.empty("timer", {{"name", QStringLiteral("rtc")}, {"tickpolicy", QStringLiteral("catchup")}});
    x.empty("timer", {{"name", QStringLiteral("pit")}, {"tickpolicy", QStringLiteral("delay")}});
    x.empty("timer", {{"name", QStringLiteral("hpet")}, {"present", QStringLiteral("no")}});
    if (hw.hyperv)
        x.empty("timer", {{"name", QStringLiteral("hypervclock")}, {"present", yes()}});
    x.close();
}

bool isBlockDevice(const QString &path) {
    return path.startsWith(QLatin1String("/dev/"));
}

void writeDisk(Writer &x, const QString &path, const QString &format, const QString &bus,
               const QString &target) {
    x.open("disk", {{"type", QStringLiteral("file")}, {"device", QStringLiteral("disk")}});
    x.empty(
        "driver",
        {{"name", QStringLiteral("qemu")}, {"type", format}, {"discard", QStringLiteral("unmap")}});
    x.empty("source", {{"file", path}});
    x.empty("target", {{"dev", target}, {"bus", bus}});
    x.close();
}

void writeCdrom(Writer &x, const QString &path, const QString &bus, const QString &target) {
    const bool block = isBlockDevice(path);
    x.open("disk", {{"type", block ? QStringLiteral("block") : QStringLiteral("file")},
                    {"device", QStringLiteral("cdrom")}});
    x.empty("driver", {{"name", QStringLiteral("qemu")}, {"type", QStringLiteral("raw")}});
    if (!path.isEmpty())
        x.empty("source", {{block ? "dev" : "file", path}});
    x.empty("target", {{"dev", target}, {"bus", bus}});
    x.empty("readonly");
    x.close();
}

void writeDisks(Writer &x, const NewGuestSpec &spec) {
    const HardwareProfile &hw = spec.hardware;
    TargetNames names;
    using M = NewGuestSpec::InstallMethod;
    const bool hasDisk = spec.method == M::ImportDisk ||
                         (spec.disk != NewGuestSpec::DiskChoice::None && !spec.diskPath.isEmpty());
    if (hasDisk) {
        const QString format = spec.diskFormat.isEmpty() ? QStringLiteral("raw") : spec.diskFormat;
        writeDisk(x, spec.diskPath, format, hw.diskBus, names.next(hw.diskBus));
        if (hw.diskBus == QLatin1String("ide"))
            names.reserveIdeMaster();
    }
    if (spec.method == M::LocalMedia)
        writeCdrom(x, spec.mediaPath, hw.cdromBus, names.next(hw.cdromBus));
    if (!spec.virtioWinIsoPath.isEmpty())
        writeCdrom(x, spec.virtioWinIsoPath, hw.cdromBus, names.next(hw.cdromBus));
}

void writeInterface(Writer &x, const NewGuestSpec &spec) {
    using N = NewGuestSpec::NetworkType;
    switch (spec.network) {
    case N::None:
        return;
    case N::Virtual:
        x.open("interface", {{"type", QStringLiteral("network")}});
        x.empty("source", {{"network", spec.networkSource}});
        break;
    case N::Bridge:
        x.open("interface", {{"type", QStringLiteral("bridge")}});
        x.empty("source", {{"bridge", spec.networkSource}});
        break;
    case N::Macvtap:
        x.open("interface", {{"type", QStringLiteral("direct")}});
        x.empty("source", {{"dev", spec.networkSource}, {"mode", QStringLiteral("bridge")}});
        break;
    }
    x.empty("model", {{"type", spec.hardware.nicModel}});
    x.close();
}

void writeDevices(Writer &x, const NewGuestSpec &spec) {
    const HardwareProfile &hw = spec.hardware;
    x.open("devices");
    if (!spec.emulator.isEmpty())
        x.text("emulator", spec.emulator);
    writeDisks(x, spec);
    writeInterface(x, spec);
    x.empty("controller", {{"type", QStringLiteral("usb")}, {"model", hw.usbController}});
    if (hw.usbTablet)
        x.empty("input", {{"type", QStringLiteral("tablet")}, {"bus", QStringLiteral("usb")}});
    // SPICE where the guest has a driver worth it (qxl, virtio), VNC for plain VGA systems
    // (both open in VirtDeck's console).
    const bool spice = hw.video == QLatin1String("qxl") || hw.video == QLatin1String("virtio");
    x.open("graphics", {{"type", spice ? QStringLiteral("spice") : QStringLiteral("vnc")},
                        {"autoport", yes()}});
    x.empty("listen", {{"type", QStringLiteral("address")}});
    x.close();
    if (spice) {
        x.open("channel", {{"type", QStringLiteral("spicevmc")}});
        x.empty("target", {{"type", QStringLiteral("virtio")},
                           {"name", QStringLiteral("com.redhat.spice.0")}});
        x.close();
    }
    x.open("video");
    x.empty("model", {{"type", hw.video}});
    x.close();
    if (!hw.sound.isEmpty())
        x.empty("sound", {{"model", hw.sound}});
    if (hw.tpm) {
        x.open("tpm", {{"model", QStringLiteral("tpm-crb")}});
        x.empty("backend",
                {{"type", QStringLiteral("emulator")}, {"version", QStringLiteral("2.0")}});
        x.close();
    }
    if (!spec.os.isWindows()) {
        // A serial console, for VirtDeck's text console and installers that use one.
        x.open("serial", {{"type", QStringLiteral("pty")}});
        x.empty("target", {{"port", QStringLiteral("0")}});
        x.close();
        x.open("console", {{"type", QStringLiteral("pty")}});
        x.empty("target", {{"type", QStringLiteral("serial")}, {"port", QStringLiteral("0")}});
        x.close();
    }
    if (hw.diskBus == QLatin1String("virtio")) {
        x.open("channel", {{"type", QStringLiteral("unix")}});
        x.empty("target", {{"type", QStringLiteral("virtio")},
                           {"name", QStringLiteral("org.qemu.guest_agent.0")}});
        x.close();
    }
    if (hw.virtioRng) {
        x.open("rng", {{"model", QStringLiteral("virtio")}});
        x.text("backend", QStringLiteral("/dev/urandom"), {{"model", QStringLiteral("random")}});
        x.close();
    }
    x.empty("memballoon",
            {{"model", hw.virtioBalloon ? QStringLiteral("virtio") : QStringLiteral("none")}});
    x.close();
}

} // namespace

QString DomainXmlBuilder::build(const NewGuestSpec &spec) {
    QString out;
    Writer x(&out);
    const HardwareProfile &hw = spec.hardware;
    x.open("domain", {{"type", spec.domainType}});
    x.text("name", spec.name);
    if (!spec.title.isEmpty())
        x.text("title", spec.title);
    if (!spec.os.id.isEmpty()) {
        // The same metadata virt-install writes, so other tools know the guest's OS too.
        x.open("metadata");
        x.w.writeNamespace(QStringLiteral("http://libosinfo.org/xmlns/libvirt/domain/1.0"),
                           QStringLiteral("libosinfo"));
        x.w.writeStartElement(QStringLiteral("http://libosinfo.org/xmlns/libvirt/domain/1.0"),
                              QStringLiteral("libosinfo"));
        x.w.writeEmptyElement(QStringLiteral("http://libosinfo.org/xmlns/libvirt/domain/1.0"),
                              QStringLiteral("os"));
        x.w.writeAttribute(QStringLiteral("id"), spec.os.id);
        x.close();
        x.close();
    }
    x.text("memory", QString::number(spec.memoryMiB), {{"unit", QStringLiteral("MiB")}});
    x.text("currentMemory", QString::number(spec.memoryMiB), {{"unit", QStringLiteral("MiB")}});
    x.text("vcpu", QString::number(spec.vcpus), {{"placement", QStringLiteral("static")}});
    writeOs(x, spec);
    writeFeatures(x, hw);
    if (hw.hostPassthroughCpu)
        x.empty("cpu", {{"mode", QStringLiteral("host-passthrough")},
                        {"check", QStringLiteral("none")},
                        {"migratable", on()}});
    writeClock(x, hw);
    x.text("on_poweroff", QStringLiteral("destroy"));
    // The installer kernel must not boot again after installation: the first reboot stops
    // the guest, whose next start uses the final configuration (GuestCreator defines it).
    const bool installerKernel = spec.method == NewGuestSpec::InstallMethod::NetworkTree &&
                                 !spec.kernelPath.isEmpty() && !spec.installed;
    x.text("on_reboot", installerKernel ? QStringLiteral("destroy") : QStringLiteral("restart"));
    x.text("on_crash", QStringLiteral("destroy"));
    x.open("pm");
    x.empty("suspend-to-mem", {{"enabled", QStringLiteral("no")}});
    x.empty("suspend-to-disk", {{"enabled", QStringLiteral("no")}});
    x.close();
    writeDevices(x, spec);
    x.close();
    x.w.writeEndDocument();
    return out;
}

bool DomainXmlBuilder::validName(const QString &name, QString *reason) {
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (name.isEmpty())
        return fail(UiText::tr("Enter a name."));
    if (name.size() > 64)
        return fail(
            UiText::tr("The name is %1 characters long; at most 64 are allowed.").arg(name.size()));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._+-]+$"));
    if (!allowed.match(name).hasMatch()) {
        QString bad;
        for (const QChar c : name)
            if (!(c.isLetterOrNumber() && c.unicode() < 128) &&
                !QStringLiteral("._+-").contains(c) && !bad.contains(c))
                bad += c;
        return fail(UiText::tr("“%1” cannot be used in a name: use letters a–z, digits and . _ + -")
                        .arg(bad == QLatin1String(" ") ? UiText::tr("space") : bad));
    }
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        return fail(UiText::tr("The name cannot start with “%1”.").arg(name.at(0)));
    return true;
}
