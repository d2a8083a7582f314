// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// The statistics pipeline at scale: a test-driver connection with N running guests whose
// statistics are a real QEMU guest's, replayed (see StatsReplay), sampled every second and
// shown as sparklines in the manager window. Reports GUI-thread time per tick (p50, p99:
// time spent handling events on the GUI thread between two ticks, see BusyMeter), the whole
// process's CPU as % of one core, peak RSS and the longest GUI stall.
class StatsBench {
public:
    static QJsonObject run(const QString &uri, int guests, int seconds);
    // What the bulk call itself costs through a daemon (test+unix): the milliseconds of one
    // virConnectGetAllDomainStats with the groups VirtDeck asks for (p50 and worst of 10) and
    // the records it returned. The test driver fills only the state group.
    static QJsonObject rpcCallCost(const QString &uri);
};
