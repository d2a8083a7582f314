// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "containerspec.h"

#include <QString>

// Writes the libvirt domain XML of a new LXC container. Pure: no libvirt calls, so the
// generated configuration can be checked in unit tests.
class ContainerXmlBuilder {
public:
    static QString build(const ContainerSpec &spec);
    // Names libvirt accepts and VirtDeck allows: 1–64 characters, letters, digits and
    // "._+-", not starting with "." or "-". Returns the reason when not.
    static bool validName(const QString &name, QString *reason = nullptr);
    // Lowest memory limit the wizard accepts; below it even a shell is killed at once.
    static constexpr quint64 minimumMemoryMiB = 16;
    static constexpr int minimumCpuShares = 2;
    static constexpr int maximumCpuShares = 262144;
};
