// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <limits>

// One guest's figures over the last sampling interval. Rates are NaN where unknown (first
// sample, counter reset, a driver that does not report them).
struct GuestRates {
    static constexpr float Unknown = std::numeric_limits<float>::quiet_NaN();

    QString uuid;
    GuestState state = GuestState::NoState;
    float cpuPercent = Unknown;     // of the guest's own vCPUs (100 = all of them busy)
    float hostCpuPercent = Unknown; // of all the host's CPUs
    QVector<float> vcpuPercent;     // each vCPU, of one host CPU
    quint64 memoryUsedKiB = 0;      // what the guest uses (guest-reported, else host RSS)
    quint64 memoryBalloonKiB = 0;   // what the balloon currently gives the guest
    quint64 memoryAssignedKiB = 0;  // the maximum the guest may have
    float diskReadBytesPerSec = Unknown;
    float diskWriteBytesPerSec = Unknown;
    float diskReadIops = Unknown;
    float diskWriteIops = Unknown;
    float netRxBytesPerSec = Unknown;
    float netTxBytesPerSec = Unknown;

    float memoryPercent() const {
        return memoryAssignedKiB ? float(100.0 * double(memoryUsedKiB) / double(memoryAssignedKiB))
                                 : Unknown;
    }
    float diskBytesPerSec() const { return diskReadBytesPerSec + diskWriteBytesPerSec; }
    float netBytesPerSec() const { return netRxBytesPerSec + netTxBytesPerSec; }
};

// The host's own figures over the interval.
struct HostRates {
    float cpuPercent = GuestRates::Unknown; // all CPUs, busy share
    quint64 memoryTotalKiB = 0;
    quint64 memoryUsedKiB = 0; // total - free - buffers - cached
    int cpus = 0;
};

// Everything one sampling tick learned about one connection: one signal per tick.
struct StatsBatch {
    qint64 timestampMs = 0; // steady clock
    qint64 intervalMs = 0;  // since the previous tick
    QVector<GuestRates> guests;
    HostRates host;
    bool perGuestFallback = false; // the driver has no bulk statistics (LXC): read one by one
};

Q_DECLARE_METATYPE(StatsBatch)
