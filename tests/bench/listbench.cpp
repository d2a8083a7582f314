// SPDX-License-Identifier: GPL-2.0-or-later
#include "listbench.h"

#include "connection.h"
#include "connectionmanager.h"
#include "domainfilterproxy.h"
#include "domaingroupproxy.h"
#include "domainlistmodel.h"
#include "mainwindow.h"
#include "processstats.h"
#include "stallmonitor.h"
#include "testsupport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTest>
#include <QTreeView>

#include <chrono>

namespace {

qint64 steadyNowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Notes when the view first paints guest rows, and when it paints all of them.
class PaintWatcher : public QObject {
public:
    PaintWatcher(QTreeView *view, int expected)
        : m_view(view)
        , m_expected(expected) {
        view->viewport()->installEventFilter(this);
    }
    qint64 firstRowsNs = 0;
    qint64 allRowsNs = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() != QEvent::Paint)
            return false;
        const QModelIndex host = m_view->model()->index(0, 0);
        const int rows = host.isValid() ? m_view->model()->rowCount(host) : 0;
        if (rows > 0 && !firstRowsNs)
            firstRowsNs = steadyNowNs();
        if (rows >= m_expected && !allRowsNs)
            allRowsNs = steadyNowNs();
        return false;
    }

private:
    QTreeView *m_view;
    int m_expected;
};

} // namespace

QJsonObject ListBench::run(const QString &uri, int expected) {
    QJsonObject result;
    ConnectionManager manager;
    MainWindow window(&manager);
    window.resize(1280, 800);
    window.show();
    PaintWatcher paints(window.view(), expected);
    StallMonitor monitor;
    monitor.start();

    Connection *c = manager.add(ConnectionUri::parse(uri), false, false);
    int details = 0;
    QObject::connect(c, &Connection::detailsLoaded,
                     [&details](const QVector<DomainDetails> &b) { details += int(b.size()); });
    c->connectToHost();
    const bool loaded =
        TestSupport::waitFor([&] { return paints.allRowsNs && details >= expected; }, 180000);
    if (!loaded) {
        result.insert(QStringLiteral("error"), QStringLiteral("not all rows shown: %1 of %2 (%3)")
                                                   .arg(window.model()->guestCount())
                                                   .arg(expected)
                                                   .arg(c->lastError().summary()));
        return result;
    }
    const HostFacts facts = c->facts();
    const double detailsDoneMs = (steadyNowNs() - facts.openedAtNs) / 1e6;

    // The whole list regrouped by state, until it is painted; then back to the host tree.
    QComboBox *groupBy = window.groupByBox();
    QElapsedTimer regroup;
    regroup.start();
    groupBy->setCurrentIndex(groupBy->findData(int(DomainGroupProxy::Mode::State)));
    window.view()->viewport()->repaint();
    const double groupStateMs = regroup.nsecsElapsed() / 1e6;
    groupBy->setCurrentIndex(groupBy->findData(int(DomainGroupProxy::Mode::Host)));

    // Idle: the list is complete, statistics tick once a second.
    const double cpuBefore = ProcessStats::cpuSeconds();
    QElapsedTimer idle;
    idle.start();
    QTest::qWait(5000);
    const double idleCpuPct =
        100.0 * (ProcessStats::cpuSeconds() - cpuBefore) / (idle.elapsed() / 1000.0);
    monitor.stop();

    result.insert(QStringLiteral("open_ms"), double(facts.openMs));
    result.insert(QStringLiteral("first_rows_ms"), (paints.firstRowsNs - facts.openedAtNs) / 1e6);
    result.insert(QStringLiteral("all_rows_ms"), (paints.allRowsNs - facts.openedAtNs) / 1e6);
    result.insert(QStringLiteral("details_ms"), detailsDoneMs);
    result.insert(QStringLiteral("group_state_ms"), groupStateMs);
    result.insert(QStringLiteral("max_gui_stall_ms"), monitor.maxStallMs());
    result.insert(QStringLiteral("idle_cpu_pct"), idleCpuPct);
    result.insert(QStringLiteral("rss_mb"), ProcessStats::peakRssMb());
    return result;
}
