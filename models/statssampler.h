// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "statsbatch.h"

#include <QHash>
#include <QString>
#include <QVector>

// Raw counters of one guest as read from libvirt in one tick. Counters only ever grow while
// the guest runs; they restart from zero when it restarts.
struct RawGuestSample {
    QString uuid;
    int state = 0; // virDomainState
    bool hasCpuTime = false;
    quint64 cpuTimeNs = 0;
    unsigned vcpus = 0;
    QVector<quint64> vcpuTimeNs; // per vCPU, where reported
    quint64 balloonCurrentKiB = 0;
    quint64 balloonMaximumKiB = 0;
    quint64 balloonRssKiB = 0;       // host memory the QEMU process uses
    quint64 balloonAvailableKiB = 0; // guest-reported (balloon driver), 0 if not
    quint64 balloonUnusedKiB = 0;
    bool hasBlock = false;
    quint64 readBytes = 0;
    quint64 writeBytes = 0;
    quint64 readRequests = 0;
    quint64 writeRequests = 0;
    bool hasNet = false;
    quint64 rxBytes = 0;
    quint64 txBytes = 0;
};

// The host's CPU time counters and memory, from virNodeGetCPUStats/virNodeGetMemoryStats.
struct RawHostSample {
    bool hasCpu = false;
    quint64 busyNs = 0; // kernel + user
    quint64 idleNs = 0; // idle + iowait
    int cpus = 0;
    quint64 memoryTotalKiB = 0;
    quint64 memoryFreeKiB = 0; // free + buffers + cached
};

// Turns successive raw counter samples into rates. A counter that goes backwards (guest
// restarted, device unplugged) yields "unknown" for that tick, never a negative or huge rate.
class StatsSampler {
public:
    StatsBatch update(qint64 timestampNs, const QVector<RawGuestSample> &samples,
                      const RawHostSample &host = {});
    void clear();

    // Memory the guest uses: what it reports itself, else what its process holds on the host.
    static quint64 usedMemoryKiB(const RawGuestSample &s);

private:
    struct Previous {
        qint64 timestampNs = 0;
        bool hasCpuTime = false;
        quint64 cpuTimeNs = 0;
        QVector<quint64> vcpuTimeNs;
        bool hasBlock = false;
        quint64 readBytes = 0;
        quint64 writeBytes = 0;
        quint64 readRequests = 0;
        quint64 writeRequests = 0;
        bool hasNet = false;
        quint64 rxBytes = 0;
        quint64 txBytes = 0;
    };
    QHash<QString, Previous> m_previous;
    qint64 m_lastTimestampNs = 0;
    bool m_hasLast = false;
    RawHostSample m_previousHost;
};
