// SPDX-License-Identifier: GPL-2.0-or-later
#include "alertmonitor.h"
#include "connection.h"
#include "connectionmanager.h"
#include "domainlistmodel.h"
#include "testsupport.h"

#include <QSettings>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

namespace {

class AlertMonitorTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        model = std::make_unique<DomainListModel>(&manager);
        monitor = std::make_unique<AlertMonitor>(model.get());
        connection = manager.add(
            ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("guests-all-states.xml"))),
            false, false);
        ASSERT_TRUE(TestSupport::connectAndLoad(connection));
        // The test's own batches arrive synchronously between the connection's real ticks
        // (which only run while the event loop does).
        web = uuidOf(QStringLiteral("web-frontend"));
        db = uuidOf(QStringLiteral("db-primary"));
    }
    void TearDown() override { QSettings().clear(); }

    QString uuidOf(const QString &name) const {
        const QModelIndex host = model->hostIndex(connection);
        for (int r = 0; r < model->rowCount(host); ++r) {
            const DomainInfo *g = model->guestAt(model->index(r, 0, host));
            if (g->name == name)
                return g->uuid;
        }
        return {};
    }
    void tick(float webCpu, float dbMemoryPercent) {
        StatsBatch batch;
        batch.intervalMs = 1000;
        batch.timestampMs = (now += 1000);
        GuestRates w;
        w.uuid = web;
        w.state = GuestState::Running;
        w.cpuPercent = webCpu;
        GuestRates d;
        d.uuid = db;
        d.state = GuestState::Running;
        d.cpuPercent = 5;
        d.memoryAssignedKiB = 1000;
        d.memoryUsedKiB = quint64(dbMemoryPercent * 10);
        batch.guests = {w, d};
        Q_EMIT connection->statsSampled(batch);
    }
    QString alertOf(const QString &uuid) const {
        return model->guestIndex(connection, uuid).data(DomainListModel::AlertRole).toString();
    }

    ConnectionManager manager;
    std::unique_ptr<DomainListModel> model;
    std::unique_ptr<AlertMonitor> monitor;
    Connection *connection = nullptr;
    QString web;
    QString db;
    qint64 now = 0;
};

} // namespace

TEST_F(AlertMonitorTest, OffByDefault) {
    EXPECT_FALSE(monitor->isEnabled());
    QSignalSpy raised(monitor.get(), &AlertMonitor::alertRaised);
    for (int i = 0; i < 100; ++i)
        tick(100, 100);
    EXPECT_TRUE(raised.isEmpty());
    EXPECT_TRUE(alertOf(web).isEmpty());
}

TEST_F(AlertMonitorTest, CpuMustStayHighForTheWholeDuration) {
    AlertRules rules;
    rules.cpuPercent = 90;
    rules.cpuSeconds = 3;
    monitor->setGlobalRules(rules);
    monitor->setEnabled(true);
    QSignalSpy raised(monitor.get(), &AlertMonitor::alertRaised);
    QSignalSpy cleared(monitor.get(), &AlertMonitor::alertCleared);
    tick(95, 10);
    tick(95, 10);
    tick(50, 10); // a dip restarts the count
    tick(95, 10);
    tick(95, 10);
    EXPECT_TRUE(raised.isEmpty());
    tick(95, 10);
    ASSERT_EQ(raised.size(), 1);
    EXPECT_EQ(raised.first().at(1).toString(), web);
    EXPECT_EQ(raised.first().at(2).toString(), QStringLiteral("web-frontend"));
    EXPECT_TRUE(alertOf(web).contains(QStringLiteral("CPU")));
    EXPECT_TRUE(alertOf(db).isEmpty());
    tick(20, 10);
    ASSERT_EQ(cleared.size(), 1);
    EXPECT_TRUE(alertOf(web).isEmpty());
}

TEST_F(AlertMonitorTest, MemoryNearlyFull) {
    monitor->setEnabled(true);
    QSignalSpy raised(monitor.get(), &AlertMonitor::alertRaised);
    tick(5, 90);
    EXPECT_TRUE(raised.isEmpty());
    tick(5, 97);
    ASSERT_EQ(raised.size(), 1);
    EXPECT_EQ(raised.first().at(1).toString(), db);
    EXPECT_TRUE(alertOf(db).contains(QStringLiteral("memory")));
}

TEST_F(AlertMonitorTest, PerGuestRulesOverrideTheGlobalOnes) {
    monitor->setEnabled(true);
    AlertRules strict;
    strict.cpuPercent = 30;
    strict.cpuSeconds = 1;
    monitor->setGuestRules(web, strict);
    QSignalSpy raised(monitor.get(), &AlertMonitor::alertRaised);
    tick(40, 10);
    ASSERT_EQ(raised.size(), 1);
    EXPECT_EQ(raised.first().at(1).toString(), web);
    monitor->setGuestRules(web, std::nullopt);
    EXPECT_FALSE(monitor->guestRules(web).has_value());
}

TEST_F(AlertMonitorTest, RulesSurviveARestart) {
    AlertRules rules;
    rules.cpuPercent = 75;
    rules.cpuSeconds = 30;
    rules.memoryEnabled = false;
    monitor->setEnabled(true);
    monitor->setGlobalRules(rules);
    AlertRules mine;
    mine.cpuPercent = 50;
    monitor->setGuestRules(db, mine);
    monitor->save();
    AlertMonitor loaded(model.get());
    loaded.load();
    EXPECT_TRUE(loaded.isEnabled());
    EXPECT_EQ(loaded.globalRules(), rules);
    ASSERT_TRUE(loaded.guestRules(db).has_value());
    EXPECT_EQ(*loaded.guestRules(db), mine);
}

TEST_F(AlertMonitorTest, SwitchingOffClearsTheMarks) {
    monitor->setEnabled(true);
    tick(5, 99);
    EXPECT_FALSE(alertOf(db).isEmpty());
    monitor->setEnabled(false);
    EXPECT_TRUE(alertOf(db).isEmpty());
}
