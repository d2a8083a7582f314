// SPDX-License-Identifier: GPL-2.0-or-later
#include "statsbench.h"

#include "connection.h"
#include "connectionmanager.h"
#include "domainlistmodel.h"
#include "mainwindow.h"
#include "processstats.h"
#include "stallmonitor.h"
#include "busymeter.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <vector>

namespace {

double busyMs() { return BusyMeter::instance() ? BusyMeter::instance()->busyNs() / 1e6 : 0; }

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
        result.insert(QStringLiteral("error"),
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
    QObject::connect(c, &Connection::statsSampled, [&](const StatsBatch &b) { sampled = int(b.guests.size()); });
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
