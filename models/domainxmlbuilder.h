// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "newguestspec.h"

#include <QString>

// Writes the libvirt domain XML for a new guest: devices from spec.hardware, the install
// medium attached and booted first, the disk, the network. Pure: no libvirt calls, so the
// generated configuration for each OS can be checked in unit tests.
class DomainXmlBuilder {
public:
    // The XML to define. For NetworkTree, spec.kernelPath/initrdPath must be set: the guest
    // boots the installer kernel directly (and boots from its disk once it is removed).
    static QString build(const NewGuestSpec &spec);
    // Names libvirt accepts and VirtDeck allows: 1–64 characters, letters, digits and
    // "._+-", not starting with "." or "-". Returns the reason when not.
    static bool validName(const QString &name, QString *reason);
};
