// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What a host can give a new guest, read from libvirt's capabilities and domain
// capabilities XML (virConnectGetCapabilities, virConnectGetDomainCapabilities).
struct HostCapabilities {
    QString arch = QStringLiteral("x86_64");
    QString domainType = QStringLiteral("qemu"); // "kvm" when KVM is usable, else "qemu" (TCG)
    QString emulator;                            // "/usr/bin/qemu-system-x86_64"
    QStringList machines;                        // "pc-i440fx-7.2", "pc", "q35", ...
    bool efiAvailable = false;                   // an OVMF firmware is installed
    bool secureBootAvailable = false;            // a secure-boot capable OVMF build is installed
    bool tpmEmulatorAvailable = false;           // swtpm, for <tpm><backend type='emulator'>
    bool kvmUnsuitable = false;                  // /dev/kvm is PVM: guests run under TCG instead
    qint64 memoryBytes = 0;                      // host RAM
    int cpus = 0;                                // host logical CPUs

    // Parses both documents; missing parts leave the defaults.
    static HostCapabilities parse(const QString &capabilitiesXml,
                                  const QString &domainCapabilitiesXml);
};
