// SPDX-License-Identifier: GPL-2.0-or-later
#include "hardwareprofile.h"

#include <QCoreApplication>
#include <QVersionNumber>

namespace {

// Messages are looked up under "HardwareProfile"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(HardwareProfile)
};

bool supportsAny(const OsInfo &os, std::initializer_list<const char *> names) {
    for (const char *name : names)
        if (os.supportsDevice(QLatin1String(name)))
            return true;
    return false;
}

QVersionNumber windowsVersion(const OsInfo &os) {
    return QVersionNumber::fromString(os.version);
}

// Windows 2000, XP, Vista and 7 have no inbox virtio drivers and misbehave on q35.
bool legacyWindows(const OsInfo &os) {
    return os.isWindows() && windowsVersion(os) < QVersionNumber(6, 2);
}

// Windows 8, 10, 11 and their servers: UEFI, Secure Boot and TPM are what they expect.
bool modernWindows(const OsInfo &os) {
    return os.isWindows() && windowsVersion(os) >= QVersionNumber(6, 2);
}

void legacyWindowsProfile(const OsInfo &os, HardwareProfile *p) {
    p->machine = QStringLiteral("pc");
    // XP and 2000 have no AHCI driver on their install discs; Vista and 7 do.
    p->diskBus =
        windowsVersion(os) >= QVersionNumber(6, 0) ? QStringLiteral("sata") : QStringLiteral("ide");
    p->cdromBus = p->diskBus;
    p->nicModel = os.supportsDevice(QStringLiteral("e1000")) ? QStringLiteral("e1000")
                                                             : QStringLiteral("rtl8139");
    p->video = QStringLiteral("vga");
    p->sound = os.supportsDevice(QStringLiteral("ich6"))   ? QStringLiteral("ich6")
               : os.supportsDevice(QStringLiteral("ac97")) ? QStringLiteral("ac97")
                                                           : QString();
    p->usbController = QStringLiteral("piix3-uhci");
    p->clock = QStringLiteral("localtime");
    p->hyperv = windowsVersion(os) >= QVersionNumber(6, 1);
    p->virtioBalloon = false;
    p->virtioDriverIso = false;
}

void modernWindowsProfile(const OsInfo &os, HardwareProfile *p) {
    p->machine = QStringLiteral("q35");
    // Inbox drivers only, so the installer sees its disk and network at once; virtio
    // comes with the driver ISO (useVirtioDrivers).
    p->diskBus = QStringLiteral("sata");
    p->cdromBus = QStringLiteral("sata");
    p->nicModel = QStringLiteral("e1000e");
    p->video =
        os.supportsDevice(QStringLiteral("qxl")) ? QStringLiteral("qxl") : QStringLiteral("vga");
    p->sound = QStringLiteral("ich9");
    p->usbController = QStringLiteral("qemu-xhci");
    p->clock = QStringLiteral("localtime");
    p->hyperv = true;
    p->efi = true;
    p->secureBoot = true;
    p->tpm = true;
    p->virtioBalloon = false;
    p->virtioDriverIso = true;
}

void virtioProfile(const OsInfo &os, HardwareProfile *p) {
    p->machine = QStringLiteral("q35");
    p->diskBus = supportsAny(os, {"virtio-block", "virtio1.0-block"}) ? QStringLiteral("virtio")
                                                                      : QStringLiteral("sata");
    p->cdromBus = QStringLiteral("sata");
    p->nicModel = supportsAny(os, {"virtio-net", "virtio1.0-net"}) ? QStringLiteral("virtio")
                  : os.supportsDevice(QStringLiteral("e1000e"))    ? QStringLiteral("e1000e")
                                                                   : QStringLiteral("e1000");
    p->video = os.supportsDevice(QStringLiteral("virtio1.0-gpu")) ? QStringLiteral("virtio")
               : os.supportsDevice(QStringLiteral("qxl"))         ? QStringLiteral("qxl")
                                                                  : QStringLiteral("vga");
    p->sound = os.supportsDevice(QStringLiteral("ich9-hda")) ? QStringLiteral("ich9") : QString();
    p->usbController = os.supportsDevice(QStringLiteral("qemu-xhci"))
                           ? QStringLiteral("qemu-xhci")
                           : QStringLiteral("ich9-ehci1");
    p->clock = QStringLiteral("utc");
    p->virtioRng = supportsAny(os, {"virtio-rng", "virtio1.0-rng"});
    p->virtioBalloon = supportsAny(os, {"virtio-balloon", "virtio1.0-balloon"});
    // UEFI only where the OS cannot boot otherwise; BIOS installs are simpler to debug.
    p->efi = !os.biosSupported && os.efiSupported;
    p->secureBoot = false;
}

// Unknown systems and old ones without virtio: devices every PC operating system drives.
void compatibleProfile(HardwareProfile *p) {
    p->machine = QStringLiteral("q35");
    p->diskBus = QStringLiteral("sata");
    p->cdromBus = QStringLiteral("sata");
    p->nicModel = QStringLiteral("e1000e");
    p->video = QStringLiteral("vga");
    p->sound = QStringLiteral("ich9");
    p->usbController = QStringLiteral("qemu-xhci");
    p->virtioBalloon = false;
}

} // namespace

HardwareProfile HardwareProfile::forOs(const OsInfo &os, const HostCapabilities &host,
                                       QStringList *notes) {
    HardwareProfile p;
    if (legacyWindows(os))
        legacyWindowsProfile(os, &p);
    else if (modernWindows(os))
        modernWindowsProfile(os, &p);
    else if (supportsAny(os, {"virtio-block", "virtio1.0-block", "virtio-net", "virtio1.0-net"}))
        virtioProfile(os, &p);
    else
        compatibleProfile(&p);

    // libosinfo's firmware knowledge wins: an OS that cannot boot BIOS gets UEFI.
    if (!os.biosSupported && os.efiSupported)
        p.efi = true;
    if (p.efi && !os.secureBootSupported && !modernWindows(os))
        p.secureBoot = false;
    p.hostPassthroughCpu = host.domainType == QLatin1String("kvm");

    QStringList said;
    if (host.kvmUnsuitable)
        said << UiText::tr("This host's KVM (PVM) cannot run ordinary guests; the guest runs under "
                           "software emulation (TCG), which is slower.");
    if (p.efi && !host.efiAvailable) {
        p.efi = false;
        p.secureBoot = false;
        said << (os.biosSupported
                     ? UiText::tr("UEFI is off: no UEFI firmware (OVMF) is installed on this host.")
                     : UiText::tr("%1 needs UEFI, but no UEFI firmware (OVMF) is installed on this "
                                  "host; its installer may refuse to start.")
                           .arg(os.name));
    }
    if (p.secureBoot && !host.secureBootAvailable) {
        p.secureBoot = false;
        said << UiText::tr("Secure Boot is off: this host's UEFI firmware cannot do it.");
    }
    if (p.tpm && !host.tpmEmulatorAvailable) {
        p.tpm = false;
        said << UiText::tr(
                    "No TPM: this host has no TPM emulator (swtpm). %1 may refuse to install "
                    "without one.")
                    .arg(os.name);
    }
    if (notes)
        *notes << said;
    return p;
}

void HardwareProfile::useVirtioDrivers() {
    diskBus = QStringLiteral("virtio");
    nicModel = QStringLiteral("virtio");
    virtioBalloon = true;
}
