// SPDX-License-Identifier: GPL-2.0-or-later
#include "connection.h"
#include "connectionmanager.h"
#include "domainfilterproxy.h"
#include "domainlistmodel.h"
#include "modeltesterguard.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using TestSupport::waitFor;

namespace {

const QString kFixture = QStringLiteral("guests-all-states.xml");

class DomainListModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        model = std::make_unique<DomainListModel>(&manager);
        tester = std::make_unique<ModelTesterGuard>(model.get());
        connection =
            manager.add(ConnectionUri::parse(TestSupport::fixtureUri(kFixture)), false, false);
        ASSERT_NE(connection, nullptr);
        ASSERT_TRUE(TestSupport::connectAndLoad(connection));
        host = model->hostIndex(connection);
        ASSERT_TRUE(host.isValid());
    }
    void TearDown() override {
        EXPECT_TRUE(tester->failures().isEmpty())
            << tester->failures().join(QLatin1Char('\n')).toStdString();
        tester.reset();
        model.reset();
    }

    const DomainInfo *guest(const QString &name) const {
        for (int r = 0; r < model->rowCount(host); ++r) {
            const DomainInfo *g = model->guestAt(model->index(r, 0, host));
            if (g && g->name == name)
                return g;
        }
        return nullptr;
    }
    GuestState stateOf(const QString &name) const {
        const DomainInfo *g = guest(name);
        return g ? g->state : GuestState::NoState;
    }
    QStringList visibleNames(DomainFilterProxy &proxy) const {
        QStringList names;
        const QModelIndex h = proxy.mapFromSource(host);
        for (int r = 0; r < proxy.rowCount(h); ++r)
            names << proxy.index(r, DomainListModel::NameColumn, h)
                         .data(Qt::DisplayRole)
                         .toString()
                         .section(QStringLiteral(" — "), 0, 0);
        return names;
    }
    ActionResult runAndWait(GuestAction action, const QStringList &uuids,
                            const QHash<QString, QStringList> &disks = {}) {
        QSignalSpy spy(connection, &Connection::actionFinished);
        const int id = connection->requestAction(action, uuids, disks);
        EXPECT_TRUE(waitFor([&] { return !spy.isEmpty(); }));
        const auto result =
            spy.isEmpty() ? ActionResult{} : spy.first().first().value<ActionResult>();
        EXPECT_EQ(result.requestId, id);
        return result;
    }

    ConnectionManager manager;
    std::unique_ptr<DomainListModel> model;
    std::unique_ptr<ModelTesterGuard> tester;
    Connection *connection = nullptr;
    QModelIndex host;
};

} // namespace

TEST_F(DomainListModelTest, ListsEveryGuestOfTheFixtureInItsState) {
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->rowCount(host), 11);
    EXPECT_EQ(model->guestCount(), 11);
    EXPECT_EQ(stateOf(QStringLiteral("web-frontend")), GuestState::Running);
    EXPECT_EQ(stateOf(QStringLiteral("build-agent")), GuestState::Paused);
    EXPECT_EQ(stateOf(QStringLiteral("debian12")), GuestState::ShutOff);
    EXPECT_EQ(stateOf(QStringLiteral("old-kernel")), GuestState::Crashed);
    EXPECT_EQ(stateOf(QStringLiteral("laptop-sim")), GuestState::Suspended);
    EXPECT_EQ(stateOf(QStringLiteral("win7-qa")), GuestState::Saved);
    EXPECT_EQ(stateOf(QStringLiteral("nginx-ct")), GuestState::Running);
    EXPECT_EQ(stateOf(QStringLiteral("redis-ct")), GuestState::Paused);
    EXPECT_EQ(stateOf(QStringLiteral("batch-ct")), GuestState::ShutOff);
}

TEST_F(DomainListModelTest, ShowsKindTitleResourcesAndIcons) {
    const DomainInfo *db = guest(QStringLiteral("db-primary"));
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(db->vcpus, 4u);
    EXPECT_EQ(db->memoryKiB, 8u * 1024 * 1024);
    EXPECT_EQ(db->title, QStringLiteral("PostgreSQL primary"));
    EXPECT_EQ(db->kind, GuestKind::VirtualMachine);
    EXPECT_EQ(db->graphics, QStringList{QStringLiteral("vnc")});
    const DomainInfo *ct = guest(QStringLiteral("nginx-ct"));
    ASSERT_NE(ct, nullptr);
    EXPECT_EQ(ct->kind, GuestKind::Container);

    const QModelIndex row = model->guestIndex(connection, db->uuid);
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(row.siblingAtColumn(DomainListModel::NameColumn).data().toString(),
              QStringLiteral("db-primary — PostgreSQL primary"));
    EXPECT_EQ(row.siblingAtColumn(DomainListModel::StateColumn).data().toString(),
              QStringLiteral("Running"));
    EXPECT_EQ(row.siblingAtColumn(DomainListModel::StateColumn)
                  .data(DomainListModel::IconNameRole)
                  .toString(),
              QStringLiteral("state-running"));
    EXPECT_EQ(row.siblingAtColumn(DomainListModel::NameColumn)
                  .data(DomainListModel::IconNameRole)
                  .toString(),
              QStringLiteral("guest-vm"));
    EXPECT_EQ(row.siblingAtColumn(DomainListModel::KindColumn).data().toString(),
              QStringLiteral("Virtual machine"));
    EXPECT_EQ(row.siblingAtColumn(DomainListModel::VcpuColumn).data().toInt(), 4);
    EXPECT_EQ(row.siblingAtColumn(DomainListModel::MemoryColumn).data().toString(),
              QStringLiteral("8.0 GiB"));
    const QModelIndex ctRow = model->guestIndex(connection, ct->uuid);
    EXPECT_EQ(ctRow.data(DomainListModel::IconNameRole).toString(),
              QStringLiteral("guest-container"));
}

TEST_F(DomainListModelTest, HostRowSummarisesTheConnection) {
    EXPECT_TRUE(host.data(DomainListModel::IsHostRole).toBool());
    EXPECT_EQ(host.data().toString(), QStringLiteral("Test driver on localhost"));
    EXPECT_EQ(host.siblingAtColumn(DomainListModel::StateColumn).data().toString(),
              QStringLiteral("Connected, 3 of 11 running"));
    EXPECT_EQ(host.data(DomainListModel::IconNameRole).toString(),
              QStringLiteral("host-connected"));
}

TEST_F(DomainListModelTest, LifecycleActionsAreReflectedInTheModel) {
    const QString uuid = guest(QStringLiteral("debian12"))->uuid;
    ActionResult r = runAndWait(GuestAction::Start, {uuid});
    ASSERT_EQ(r.outcomes.size(), 1);
    EXPECT_TRUE(r.outcomes[0].ok);
    EXPECT_TRUE(
        waitFor([&] { return stateOf(QStringLiteral("debian12")) == GuestState::Running; }, 1000));
    r = runAndWait(GuestAction::Pause, {uuid});
    EXPECT_TRUE(
        waitFor([&] { return stateOf(QStringLiteral("debian12")) == GuestState::Paused; }, 1000));
    r = runAndWait(GuestAction::Resume, {uuid});
    EXPECT_TRUE(
        waitFor([&] { return stateOf(QStringLiteral("debian12")) == GuestState::Running; }, 1000));
    r = runAndWait(GuestAction::Save, {uuid});
    EXPECT_TRUE(r.outcomes[0].ok);
    EXPECT_TRUE(
        waitFor([&] { return stateOf(QStringLiteral("debian12")) == GuestState::Saved; }, 1000));
    r = runAndWait(GuestAction::Restore, {uuid});
    EXPECT_TRUE(
        waitFor([&] { return stateOf(QStringLiteral("debian12")) == GuestState::Running; }, 1000));
    r = runAndWait(GuestAction::ForceOff, {uuid});
    EXPECT_TRUE(
        waitFor([&] { return stateOf(QStringLiteral("debian12")) == GuestState::ShutOff; }, 1000));
    EXPECT_EQ(host.siblingAtColumn(DomainListModel::StateColumn).data().toString(),
              QStringLiteral("Connected, 3 of 11 running"));
}

TEST_F(DomainListModelTest, AutostartChangesShowWithoutALifecycleEvent) {
    const QString uuid = guest(QStringLiteral("winxp-test"))->uuid;
    runAndWait(GuestAction::AutostartOn, {uuid});
    EXPECT_TRUE(waitFor([&] { return guest(QStringLiteral("winxp-test"))->autostart; }, 1000));
    runAndWait(GuestAction::AutostartOff, {uuid});
    EXPECT_TRUE(waitFor([&] { return !guest(QStringLiteral("winxp-test"))->autostart; }, 1000));
}

TEST_F(DomainListModelTest, FailedActionsExplainThemselves) {
    const QString running = guest(QStringLiteral("web-frontend"))->uuid;
    const ActionResult r = runAndWait(
        GuestAction::Start, {running, QStringLiteral("00000000-0000-4000-8000-00000000dead")});
    ASSERT_EQ(r.outcomes.size(), 2);
    EXPECT_FALSE(r.outcomes[0].ok);
    EXPECT_EQ(r.outcomes[0].name, QStringLiteral("web-frontend"));
    EXPECT_EQ(r.outcomes[0].error.kind(), UserError::Kind::AlreadyRunning);
    EXPECT_TRUE(r.outcomes[0].error.context().contains(QStringLiteral("web-frontend")));
    EXPECT_FALSE(r.outcomes[1].ok);
    EXPECT_EQ(r.outcomes[1].error.kind(), UserError::Kind::NoSuchGuest);
    EXPECT_EQ(r.failures(), 2);
}

TEST_F(DomainListModelTest, DeleteErasesOnlyTickedPoolVolumes) {
    const QString uuid = guest(QStringLiteral("winxp-test"))->uuid;
    // A path that is not one of the guest's disks is never touched, even if asked for.
    const ActionResult r =
        runAndWait(GuestAction::Delete, {uuid},
                   {{uuid,
                     {QStringLiteral("/var/lib/libvirt/images/winxp-test.qcow2"),
                      QStringLiteral("/var/lib/libvirt/images/debian12.qcow2")}}});
    ASSERT_EQ(r.outcomes.size(), 1);
    EXPECT_TRUE(r.outcomes[0].ok) << r.outcomes[0].error.details().toStdString();
    EXPECT_EQ(r.outcomes[0].notes,
              QStringList{QStringLiteral("Deleted /var/lib/libvirt/images/winxp-test.qcow2")});
    EXPECT_TRUE(waitFor([&] { return guest(QStringLiteral("winxp-test")) == nullptr; }, 1000));
    EXPECT_EQ(model->rowCount(host), 10);

    // debian12's disk is still in its pool: its delete plan still offers it.
    QSignalSpy spy(connection, &Connection::deletePlanReady);
    connection->requestDeletePlan(guest(QStringLiteral("debian12"))->uuid);
    ASSERT_TRUE(waitFor([&] { return !spy.isEmpty(); }));
    const auto plan = spy.first().at(1).value<DeletePlan>();
    ASSERT_EQ(plan.disks.size(), 1);
    EXPECT_TRUE(plan.disks[0].inStoragePool);
}

TEST_F(DomainListModelTest, DeleteKeepsDisksOutsideStoragePoolsAndSaysSo) {
    const QString uuid = guest(QStringLiteral("old-kernel"))->uuid;
    const ActionResult r =
        runAndWait(GuestAction::Delete, {uuid},
                   {{uuid, {QStringLiteral("/var/lib/libvirt/images/old-kernel.qcow2")}}});
    ASSERT_EQ(r.outcomes.size(), 1);
    EXPECT_FALSE(r.outcomes[0].ok);
    EXPECT_EQ(r.outcomes[0].error.title(), QStringLiteral("Disk kept"));
    EXPECT_TRUE(r.outcomes[0].error.explanation().contains(QStringLiteral("old-kernel.qcow2")));
    // The guest itself is deleted all the same.
    EXPECT_TRUE(waitFor([&] { return guest(QStringLiteral("old-kernel")) == nullptr; }, 1000));
}

TEST_F(DomainListModelTest, DeleteOfARunningGuestForcesItOffFirst) {
    const QString uuid = guest(QStringLiteral("db-primary"))->uuid;
    const ActionResult r = runAndWait(GuestAction::Delete, {uuid});
    ASSERT_EQ(r.outcomes.size(), 1);
    EXPECT_TRUE(r.outcomes[0].ok) << r.outcomes[0].error.details().toStdString();
    EXPECT_TRUE(waitFor([&] { return guest(QStringLiteral("db-primary")) == nullptr; }, 1000));
}

TEST_F(DomainListModelTest, DeletePlanListsDisksAndWhoElseUsesThem) {
    QSignalSpy spy(connection, &Connection::deletePlanReady);
    const int id = connection->requestDeletePlan(guest(QStringLiteral("winxp-test"))->uuid);
    ASSERT_TRUE(waitFor([&] { return !spy.isEmpty(); }));
    EXPECT_EQ(spy.first().at(0).toInt(), id);
    const auto plan = spy.first().at(1).value<DeletePlan>();
    EXPECT_TRUE(plan.error.isNull());
    EXPECT_EQ(plan.name, QStringLiteral("winxp-test"));
    EXPECT_FALSE(plan.active);
    ASSERT_EQ(plan.disks.size(), 2);
    EXPECT_EQ(plan.disks[0].path, QStringLiteral("/var/lib/libvirt/images/winxp-test.qcow2"));
    EXPECT_TRUE(plan.disks[0].inStoragePool);
    EXPECT_FALSE(plan.disks[1].inStoragePool);
    EXPECT_TRUE(plan.disks[0].sharedWith.isEmpty());
    EXPECT_EQ(plan.disks[1].device, QStringLiteral("cdrom"));
    EXPECT_EQ(plan.disks[1].sharedWith, QStringList{QStringLiteral("win7-qa")});
}

TEST_F(DomainListModelTest, FilterProxyByTextStateAndKind) {
    DomainFilterProxy proxy;
    proxy.setSourceModel(model.get());
    ModelTesterGuard proxyTester(&proxy);
    proxy.sort(DomainListModel::NameColumn);
    EXPECT_EQ(visibleNames(proxy).size(), 11);
    EXPECT_EQ(visibleNames(proxy).first(), QStringLiteral("batch-ct")); // sorted by name

    proxy.setText(QStringLiteral("WEB"));
    EXPECT_EQ(visibleNames(proxy), QStringList{QStringLiteral("web-frontend")});
    proxy.setText(QStringLiteral("postgresql")); // titles match too
    EXPECT_EQ(visibleNames(proxy), QStringList{QStringLiteral("db-primary")});
    proxy.setText({});

    proxy.setStateFilter(DomainFilterProxy::StateFilter::Paused);
    EXPECT_EQ(visibleNames(proxy),
              (QStringList{QStringLiteral("build-agent"), QStringLiteral("laptop-sim"),
                           QStringLiteral("redis-ct")}));
    proxy.setKindFilter(DomainFilterProxy::KindFilter::Container);
    EXPECT_EQ(visibleNames(proxy), QStringList{QStringLiteral("redis-ct")});
    proxy.setStateFilter(DomainFilterProxy::StateFilter::Any);
    EXPECT_EQ(visibleNames(proxy),
              (QStringList{QStringLiteral("batch-ct"), QStringLiteral("nginx-ct"),
                           QStringLiteral("redis-ct")}));
    proxy.setKindFilter(DomainFilterProxy::KindFilter::VirtualMachine);
    proxy.setStateFilter(DomainFilterProxy::StateFilter::Saved);
    EXPECT_EQ(visibleNames(proxy), QStringList{QStringLiteral("win7-qa")});
    proxy.setStateFilter(DomainFilterProxy::StateFilter::Crashed);
    EXPECT_EQ(visibleNames(proxy), QStringList{QStringLiteral("old-kernel")});
    // Hosts stay visible even when nothing matches, so their state can still be seen.
    proxy.setText(QStringLiteral("no such guest"));
    EXPECT_EQ(proxy.rowCount(), 1);
    EXPECT_TRUE(visibleNames(proxy).isEmpty());

    proxy.setText({});
    proxy.setStateFilter(DomainFilterProxy::StateFilter::Any);
    proxy.setKindFilter(DomainFilterProxy::KindFilter::Any);
    proxy.sort(DomainListModel::MemoryColumn, Qt::DescendingOrder);
    EXPECT_EQ(visibleNames(proxy).first(), QStringLiteral("db-primary"));
    EXPECT_TRUE(proxyTester.failures().isEmpty());
}

TEST_F(DomainListModelTest, DisconnectClearsAndReconnectRestores) {
    connection->disconnectFromHost();
    EXPECT_EQ(model->rowCount(host), 0);
    EXPECT_EQ(host.siblingAtColumn(DomainListModel::StateColumn).data().toString(),
              QStringLiteral("Not connected"));
    ASSERT_TRUE(TestSupport::connectAndLoad(connection));
    EXPECT_EQ(model->rowCount(host), 11);
}

TEST_F(DomainListModelTest, RemovingTheConnectionRemovesItsRows) {
    manager.remove(connection);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(model->guestCount(), 0);
}

TEST_F(DomainListModelTest, StatsTicksReachTheModel) {
    // The test driver's bulk stats carry only states, so CPU is "unknown" (a gap), but a tick
    // still arrives once per second for running guests.
    QSignalSpy ticks(connection, &Connection::statsSampled);
    ASSERT_TRUE(waitFor([&] { return !ticks.isEmpty(); }, 3000));
    const auto batch = ticks.first().first().value<StatsBatch>();
    EXPECT_EQ(batch.guests.size(), 7); // the active guests, crashed one included
    const QModelIndex web =
        model->guestIndex(connection, guest(QStringLiteral("web-frontend"))->uuid);
    const auto *history = web.siblingAtColumn(DomainListModel::CpuColumn)
                              .data(DomainListModel::HistoryRole)
                              .value<const StatsHistory *>();
    ASSERT_NE(history, nullptr);
    EXPECT_GE(history->size(), 1);
}
