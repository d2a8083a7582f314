// SPDX-License-Identifier: GPL-2.0-or-later
#include "statsbench.h"

#include "busymeter.h"
#include "connection.h"
#include "connectionmanager.h"
#include "domainlistmodel.h"
#include "mainwindow.h"
#include "processstats.h"
#include "stallmonitor.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <libvirt/libvirt.h>

#include <algorithm>
#include <ctime>
#include <vector>

namespace {

double busyMs() {
    return BusyMeter::instance() ? BusyMeter::instance()->busyNs() / 1e6 : 0;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

void idleFor(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

QJsonObject StatsBench::run(const QString &uri, int guests, int seconds) {
    QJsonObject result;
    ConnectionManager manager;
    MainWindow window(&manager);
    window.resize(1280, 800);
    window.show();
    Connection *c = manager.add(ConnectionUri::parse(uri), false, false);
    if (!TestSupport::connectAndLoad(c, 180000) || window.model()->guestCount() != guests) {
        result.insert(
            QStringLiteral("error"),
            QStringLiteral("listed %1 of %2 guests").arg(window.model()->guestCount()).arg(guests));
        return result;
    }
    // Let the details and the first ticks settle before measuring.
    idleFor(5000);

    std::vector<double> perTick;
    double lastCpu = busyMs();
    int sampled = 0;
    QObject::connect(window.model(), &DomainListModel::statisticsUpdated, [&] {
        // GUI-thread work since the previous tick: this tick's processing, the repaint of
        // the previous one, and anything else the GUI thread handled in that second.
        const double now = busyMs();
        perTick.push_back(now - lastCpu);
        lastCpu = now;
    });
    QObject::connect(c, &Connection::statsSampled,
                     [&](const StatsBatch &b) { sampled = int(b.guests.size()); });
    // First the CPU figures, with nothing else running on the GUI thread...
    const double cpuBefore = ProcessStats::cpuSeconds();
    perTick.clear();
    idleFor(seconds * 1000);
    const double cpuPct = 100.0 * (ProcessStats::cpuSeconds() - cpuBefore) / seconds;
    // ...then the longest stall, with a probe timer that itself costs GUI time.
    StallMonitor monitor(5);
    monitor.start();
    const std::vector<double> measured = perTick;
    idleFor(std::max(10, seconds / 2) * 1000);
    monitor.stop();
    perTick = measured;
    if (!perTick.empty())
        perTick.erase(perTick.begin()); // the first delta spans the set-up
    result.insert(QStringLiteral("ticks"), double(perTick.size()));
    result.insert(QStringLiteral("guests_sampled"), double(sampled));
    result.insert(QStringLiteral("gui_ms_per_tick_p50"), percentile(perTick, 0.5));
    result.insert(QStringLiteral("gui_ms_per_tick_p99"), percentile(perTick, 0.99));
    result.insert(QStringLiteral("cpu_pct_core"), cpuPct);
    result.insert(QStringLiteral("rss_mb"), ProcessStats::peakRssMb());
    result.insert(QStringLiteral("max_gui_stall_ms"), monitor.maxStallMs());
    return result;
}

QJsonObject StatsBench::rpcCallCost(const QString &uri) {
    virConnectPtr conn = virConnectOpen(uri.toUtf8().constData());
    if (!conn)
        return {{QStringLiteral("error"), QStringLiteral("could not open %1").arg(uri)}};
    const unsigned groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL |
                            VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU |
                            VIR_DOMAIN_STATS_BLOCK | VIR_DOMAIN_STATS_INTERFACE;
    std::vector<double> ms;
    int records = -1;
    for (int i = 0; i < 11; ++i) {
        virDomainStatsRecordPtr *list = nullptr;
        QElapsedTimer timer;
        timer.start();
        const int n = virConnectGetAllDomainStats(conn, groups, &list,
                                                  VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT |
                                                      VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (list)
            virDomainStatsRecordListFree(list);
        if (n < 0)
            break;
        records = n;
        if (i > 0) // the first call warms the daemon's caches
            ms.push_back(elapsed);
    }
    virConnectClose(conn);
    if (ms.empty())
        return {{QStringLiteral("error"), QStringLiteral("virConnectGetAllDomainStats failed")}};
    std::sort(ms.begin(), ms.end());
    return {{QStringLiteral("call_ms_p50"), ms[ms.size() / 2]},
            {QStringLiteral("call_ms_max"), ms.back()},
            {QStringLiteral("records"), records}};
}
