// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hostcapabilities.h"
#include "osdatabase.h"

#include <QString>

// The virtual hardware a new guest gets, chosen for its operating system: old Windows gets
// the devices it has drivers for (no virtio), current Windows gets UEFI, Secure Boot and a
// TPM, current Linux and BSD get virtio everywhere. What libosinfo knows about the OS
// (supported devices, firmware) wins over the defaults.
struct HardwareProfile {
    QString machine = QStringLiteral("q35");     // "pc" (i440fx) or "q35"
    QString diskBus = QStringLiteral("virtio");  // "ide", "sata", "virtio"
    QString cdromBus = QStringLiteral("sata");   // "ide" (i440fx) or "sata" (q35)
    QString nicModel = QStringLiteral("virtio"); // "virtio", "e1000e", "e1000", "rtl8139"
    QString video = QStringLiteral("virtio");    // "vga", "qxl", "virtio", "cirrus"
    QString sound;                               // "", "ich9", "ich6", "ac97", "es1370"
    bool usbTablet = true;
    QString usbController = QStringLiteral("qemu-xhci"); // "piix3-uhci", "ich9-ehci1", "qemu-xhci"
    QString clock = QStringLiteral("utc");               // "utc" or "localtime"
    bool hyperv = false; // Hyper-V enlightenments (Windows 7 and later)
    bool efi = false;
    bool secureBoot = false;
    bool tpm = false;                // emulated TPM 2.0 (swtpm)
    bool hostPassthroughCpu = false; // under KVM
    bool virtioRng = false;
    bool virtioBalloon = true;
    bool virtioDriverIso = false; // offer the virtio-win driver ISO (Windows with virtio drivers)

    // Picks the hardware for `os` on `host`. Where the host lacks something the OS wants
    // (no OVMF, no swtpm), the profile falls back and says why in `notes`.
    static HardwareProfile forOs(const OsInfo &os, const HostCapabilities &host,
                                 QStringList *notes = nullptr);
    // With a virtio driver disc for the installer (virtio-win), disk and network switch to
    // virtio.
    void useVirtioDrivers();
};
