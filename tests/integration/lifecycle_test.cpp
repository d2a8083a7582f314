// SPDX-License-Identifier: GPL-2.0-or-later
#include "connection.h"
#include "connectionmanager.h"
#include "domainlistmodel.h"
#include "modeltesterguard.h"
#include "testsupport.h"
#include "throwawayguest.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <libvirt/libvirt.h>

#include <gtest/gtest.h>

#include <memory>

using TestSupport::waitFor;

namespace {

class LocalQemu : public ::testing::Test {
protected:
    void SetUp() override {
        if (!TestSupport::systemDaemonAnswers())
            GTEST_SKIP()
                << "no libvirt daemon answers on qemu:///system (run as root, or start libvirtd)";
        ThrowawayGuest::removeLeftovers();
        guest = std::make_unique<ThrowawayGuest>();
        QString error;
        ASSERT_TRUE(guest->define({}, &error)) << error.toStdString();
        model = std::make_unique<DomainListModel>(&manager);
        tester = std::make_unique<ModelTesterGuard>(model.get());
        connection =
            manager.add(ConnectionUri::parse(QStringLiteral("qemu:///system")), false, false);
        ASSERT_TRUE(TestSupport::connectAndLoad(connection));
    }
    void TearDown() override {
        if (tester) {
            EXPECT_TRUE(tester->failures().isEmpty())
                << tester->failures().join(QLatin1Char('\n')).toStdString();
        }
        guest.reset();
    }

    GuestState modelState() const {
        const QModelIndex idx = model->guestIndex(connection, guest->uuid());
        return idx.isValid() ? GuestState(idx.data(DomainListModel::GuestStateRole).toInt())
                             : GuestState::NoState;
    }
    // Time from now until the model shows `state`; -1 if it never does within 5 s.
    qint64 msUntil(GuestState state) {
        QElapsedTimer t;
        t.start();
        if (!waitFor([&] { return modelState() == state; }, 5000))
            return -1;
        return t.elapsed();
    }
    void act(GuestAction action) {
        QSignalSpy done(connection, &Connection::actionFinished);
        connection->requestAction(action, {guest->uuid()});
        ASSERT_TRUE(waitFor([&] { return !done.isEmpty(); }, 30000));
        const auto r = done.first().first().value<ActionResult>();
        ASSERT_EQ(r.outcomes.size(), 1);
        ASSERT_TRUE(r.outcomes[0].ok) << r.outcomes[0].error.details().toStdString();
    }

    ConnectionManager manager;
    std::unique_ptr<ThrowawayGuest> guest;
    std::unique_ptr<DomainListModel> model;
    std::unique_ptr<ModelTesterGuard> tester;
    Connection *connection = nullptr;
};

} // namespace

TEST_F(LocalQemu, ChangesMadeByAnotherClientArriveThroughEventsWithinASecond) {
    ASSERT_EQ(modelState(), GuestState::ShutOff);
    QString error;
    ASSERT_TRUE(guest->start(&error)) << error.toStdString();
    const qint64 started = msUntil(GuestState::Running);
    ASSERT_GE(started, 0);
    EXPECT_LE(started, 1000);
    ASSERT_EQ(virDomainSuspend(guest->domain()), 0);
    const qint64 paused = msUntil(GuestState::Paused);
    EXPECT_GE(paused, 0);
    EXPECT_LE(paused, 1000);
    ASSERT_EQ(virDomainResume(guest->domain()), 0);
    const qint64 resumed = msUntil(GuestState::Running);
    EXPECT_GE(resumed, 0);
    EXPECT_LE(resumed, 1000);
    ASSERT_EQ(virDomainDestroy(guest->domain()), 0);
    const qint64 off = msUntil(GuestState::ShutOff);
    EXPECT_GE(off, 0);
    EXPECT_LE(off, 1000);
    std::printf("[   INFO   ] event -> model: start %lld ms, pause %lld ms, resume %lld ms, "
                "off %lld ms (%s)\n",
                started, paused, resumed, off, TestSupport::kvmUsable() ? "KVM" : "TCG");
}

TEST_F(LocalQemu, VirtDecksOwnActionsRunTheRealGuest) {
    act(GuestAction::Start);
    EXPECT_GE(msUntil(GuestState::Running), 0);
    EXPECT_EQ(guest->state(), VIR_DOMAIN_RUNNING);
    act(GuestAction::Pause);
    EXPECT_GE(msUntil(GuestState::Paused), 0);
    EXPECT_EQ(guest->state(), VIR_DOMAIN_PAUSED);
    act(GuestAction::Resume);
    EXPECT_GE(msUntil(GuestState::Running), 0);
    act(GuestAction::ForceOff);
    EXPECT_GE(msUntil(GuestState::ShutOff), 0);
    EXPECT_EQ(guest->state(), VIR_DOMAIN_SHUTOFF);
}

TEST_F(LocalQemu, ManagedSaveAndRestoreKeepTheGuestsState) {
    act(GuestAction::Start);
    ASSERT_GE(msUntil(GuestState::Running), 0);
    act(GuestAction::Save);
    EXPECT_GE(msUntil(GuestState::Saved), 0);
    EXPECT_EQ(virDomainHasManagedSaveImage(guest->domain(), 0), 1);
    act(GuestAction::Restore);
    EXPECT_GE(msUntil(GuestState::Running), 0);
    EXPECT_EQ(virDomainHasManagedSaveImage(guest->domain(), 0), 0);
}

TEST_F(LocalQemu, DefinedAndUndefinedGuestsAppearAndDisappear) {
    ThrowawayGuest other;
    QString error;
    ASSERT_TRUE(other.define(ThrowawayGuest::Options::tagged(QStringLiteral("other")), &error))
        << error.toStdString();
    EXPECT_TRUE(
        waitFor([&] { return model->guestIndex(connection, other.uuid()).isValid(); }, 1000));
    const QString uuid = other.uuid();
    ASSERT_EQ(virDomainUndefine(other.domain()), 0);
    EXPECT_TRUE(waitFor([&] { return !model->guestIndex(connection, uuid).isValid(); }, 1000));
}

TEST_F(LocalQemu, RunningGuestsReportCpuUsage) {
    act(GuestAction::Start);
    ASSERT_GE(msUntil(GuestState::Running), 0);
    const QModelIndex idx = model->guestIndex(connection, guest->uuid());
    // Two samples are needed for a rate; SeaBIOS keeps the vCPU busy retrying boot.
    ASSERT_TRUE(waitFor(
        [&] {
            const auto *h = idx.siblingAtColumn(DomainListModel::CpuColumn)
                                .data(DomainListModel::HistoryRole)
                                .value<const StatsHistory *>();
            return h && !std::isnan(h->latest());
        },
        5000));
    const auto *h = idx.siblingAtColumn(DomainListModel::CpuColumn)
                        .data(DomainListModel::HistoryRole)
                        .value<const StatsHistory *>();
    EXPECT_GE(h->latest(), 0.0f);
    EXPECT_LE(h->latest(), 100.0f);
}

TEST_F(LocalQemu, GuestsDomainTypeMatchesWhatTheMachineCanDo) {
    const QModelIndex idx = model->guestIndex(connection, guest->uuid());
    ASSERT_TRUE(idx.isValid());
    const DomainInfo *info = model->guestAt(idx);
    ASSERT_TRUE(waitFor([&] {
        return model->guestAt(model->guestIndex(connection, guest->uuid()))->detailsLoaded;
    }));
    info = model->guestAt(model->guestIndex(connection, guest->uuid()));
    EXPECT_EQ(info->domainType,
              TestSupport::kvmUsable() ? QStringLiteral("kvm") : QStringLiteral("qemu"));
    EXPECT_EQ(info->graphics, QStringList{QStringLiteral("vnc")});
}
