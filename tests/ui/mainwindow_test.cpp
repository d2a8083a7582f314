// SPDX-License-Identifier: GPL-2.0-or-later
#include "actionresultsdialog.h"
#include "clonedialog.h"
#include "connection.h"
#include "connectionmanager.h"
#include "consolepage.h"
#include "deleteguestdialog.h"
#include "domainfilterproxy.h"
#include "domainlistmodel.h"
#include "errordialog.h"
#include "guestwindow.h"
#include "hostpage.h"
#include "hostwindow.h"
#include "mainwindow.h"
#include "modeltesterguard.h"
#include "newvmwizard.h"
#include "performancepage.h"
#include "statshistory.h"
#include "templatedialog.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>

using TestSupport::waitFor;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        manager = std::make_unique<ConnectionManager>();
        connection = manager->add(
            ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("guests-all-states.xml"))),
            true, false);
        window = std::make_unique<MainWindow>(manager.get());
        modelTester = std::make_unique<ModelTesterGuard>(window->proxy());
        window->show();
        ASSERT_TRUE(TestSupport::connectAndLoad(connection));
    }
    void TearDown() override {
        EXPECT_TRUE(modelTester->failures().isEmpty())
            << modelTester->failures().join(QLatin1Char('\n')).toStdString();
        modelTester.reset();
        const auto dialogs = window->findChildren<QDialog *>();
        for (QDialog *d : dialogs)
            d->close();
        window.reset();
        manager.reset();
    }

    QModelIndex proxyRowOf(const QString &name) const {
        QAbstractItemModel *proxy = window->proxy();
        const QModelIndex host = proxy->index(0, 0);
        for (int r = 0; r < proxy->rowCount(host); ++r) {
            const QModelIndex idx = proxy->index(r, 0, host);
            if (idx.data().toString().section(QStringLiteral(" — "), 0, 0) == name)
                return idx;
        }
        return {};
    }
    void select(const QStringList &names) {
        QItemSelectionModel *sel = window->view()->selectionModel();
        sel->clearSelection();
        for (const QString &name : names) {
            const QModelIndex idx = proxyRowOf(name);
            ASSERT_TRUE(idx.isValid()) << name.toStdString();
            sel->select(idx, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            sel->setCurrentIndex(idx, QItemSelectionModel::NoUpdate);
        }
        QCoreApplication::processEvents(); // action states update on the next turn
    }
    bool enabled(GuestAction a) const { return window->guestAction(a)->isEnabled(); }
    GuestState stateOf(const QString &name) const {
        const QModelIndex idx = proxyRowOf(name);
        return idx.isValid() ? GuestState(idx.data(DomainListModel::GuestStateRole).toInt())
                             : GuestState::NoState;
    }
    QVector<ActionOutcome> waitForCompletion(QSignalSpy &spy) {
        EXPECT_TRUE(waitFor([&] { return !spy.isEmpty(); }));
        return spy.isEmpty() ? QVector<ActionOutcome>()
                             : spy.first().at(1).value<QVector<ActionOutcome>>();
    }

    std::unique_ptr<ConnectionManager> manager;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<ModelTesterGuard> modelTester;
    Connection *connection = nullptr;
};

} // namespace

TEST_F(MainWindowTest, ListsTheFixturesGuests) {
    QAbstractItemModel *proxy = window->proxy();
    ASSERT_EQ(proxy->rowCount(), 1);
    const QModelIndex host = proxy->index(0, 0);
    EXPECT_EQ(proxy->rowCount(host), 11);
    EXPECT_TRUE(window->view()->isExpanded(host));
    for (const char *name :
         {"web-frontend", "db-primary", "build-agent", "winxp-test", "win7-qa", "old-kernel",
          "laptop-sim", "debian12", "nginx-ct", "redis-ct", "batch-ct"})
        EXPECT_TRUE(proxyRowOf(QString::fromLatin1(name)).isValid()) << name;
    // Rows are visible on screen, sorted by name.
    EXPECT_FALSE(window->view()->visualRect(proxyRowOf(QStringLiteral("batch-ct"))).isEmpty());
    EXPECT_LT(proxyRowOf(QStringLiteral("batch-ct")).row(),
              proxyRowOf(QStringLiteral("winxp-test")).row());
    EXPECT_FALSE(window->demoBanner()->isVisible());
    const QImage shot = window->grab().toImage();
    EXPECT_FALSE(shot.isNull());
}

TEST_F(MainWindowTest, NothingSelectedMeansNoGuestActions) {
    window->view()->selectionModel()->clearSelection();
    QCoreApplication::processEvents();
    for (GuestAction a : GuestActions::all())
        EXPECT_FALSE(enabled(a)) << GuestActions::label(a).toStdString();
    EXPECT_TRUE(window->addConnectionAction()->isEnabled());
}

TEST_F(MainWindowTest, ActionsFollowTheSelectedGuestsState) {
    select({QStringLiteral("web-frontend")});
    EXPECT_FALSE(enabled(GuestAction::Start));
    EXPECT_TRUE(enabled(GuestAction::Shutdown));
    EXPECT_TRUE(enabled(GuestAction::Reboot));
    EXPECT_TRUE(enabled(GuestAction::ForceOff));
    EXPECT_TRUE(enabled(GuestAction::Pause));
    EXPECT_FALSE(enabled(GuestAction::Resume));
    EXPECT_TRUE(enabled(GuestAction::Save));
    EXPECT_FALSE(enabled(GuestAction::Restore));
    EXPECT_TRUE(enabled(GuestAction::Delete));

    select({QStringLiteral("build-agent")});
    EXPECT_TRUE(enabled(GuestAction::Resume));
    EXPECT_FALSE(enabled(GuestAction::Pause));
    EXPECT_FALSE(enabled(GuestAction::Shutdown));
    EXPECT_TRUE(enabled(GuestAction::ForceOff));

    select({QStringLiteral("win7-qa")});
    EXPECT_TRUE(enabled(GuestAction::Restore));
    EXPECT_TRUE(enabled(GuestAction::DiscardSave));
    EXPECT_FALSE(enabled(GuestAction::Start));
    EXPECT_FALSE(enabled(GuestAction::ForceOff));

    select({QStringLiteral("nginx-ct")});
    EXPECT_FALSE(enabled(GuestAction::Save)); // containers have no managed save
    EXPECT_TRUE(enabled(GuestAction::Pause));

    // A mixed selection offers what applies to at least one guest.
    select({QStringLiteral("web-frontend"), QStringLiteral("debian12")});
    EXPECT_TRUE(enabled(GuestAction::Start));
    EXPECT_TRUE(enabled(GuestAction::Shutdown));

    // Disconnected hosts offer nothing for their guests.
    select({QStringLiteral("debian12")});
    connection->disconnectFromHost();
    QCoreApplication::processEvents();
    for (GuestAction a : GuestActions::all())
        EXPECT_FALSE(enabled(a)) << GuestActions::label(a).toStdString();
}

TEST_F(MainWindowTest, HostRowEnablesConnectionActions) {
    QItemSelectionModel *sel = window->view()->selectionModel();
    sel->select(window->proxy()->index(0, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->disconnectAction()->isEnabled());
    EXPECT_FALSE(window->connectAction()->isEnabled());
    EXPECT_TRUE(window->removeConnectionAction()->isEnabled());
    window->disconnectAction()->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(connection->state(), Connection::State::Disconnected);
    EXPECT_TRUE(window->connectAction()->isEnabled());
}

TEST_F(MainWindowTest, DeleteDialogDefaultsToKeepingDisks) {
    select({QStringLiteral("winxp-test")});
    window->trigger(GuestAction::Delete);
    DeleteGuestDialog *dialog = window->findChild<DeleteGuestDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(waitFor([&] { return dialog->plansLoaded(); }));
    QTreeWidget *tree = dialog->diskTree();
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *guest = tree->topLevelItem(0);
    ASSERT_EQ(guest->childCount(), 2);
    for (int i = 0; i < guest->childCount(); ++i) {
        QTreeWidgetItem *disk = guest->child(i);
        if (disk->flags() & Qt::ItemIsUserCheckable) {
            EXPECT_EQ(disk->checkState(0), Qt::Unchecked);
        }
    }
    EXPECT_TRUE(guest->child(0)->flags() & Qt::ItemIsUserCheckable);  // in a pool: offered
    EXPECT_FALSE(guest->child(1)->flags() & Qt::ItemIsUserCheckable); // outside pools: kept
    EXPECT_TRUE(dialog->disksToDelete().isEmpty());
    EXPECT_EQ(dialog->deleteButton()->text(), QStringLiteral("Delete, keep disks"));
    EXPECT_TRUE(dialog->deleteButton()->isEnabled());
    // Ticking a disk says so on the button before anything happens.
    guest->child(0)->setCheckState(0, Qt::Checked);
    EXPECT_EQ(dialog->deleteButton()->text(), QStringLiteral("Delete and erase 1 disk(s)"));
    EXPECT_EQ(
        dialog->disksToDelete().value(
            proxyRowOf(QStringLiteral("winxp-test")).data(DomainListModel::UuidRole).toString()),
        QStringList{QStringLiteral("/var/lib/libvirt/images/winxp-test.qcow2")});
    guest->child(0)->setCheckState(0, Qt::Unchecked);
    // The CD shared with another guest says so.
    EXPECT_TRUE(guest->child(1)->text(2).contains(QStringLiteral("win7-qa")));
    dialog->reject();
    QTest::qWait(100);
    EXPECT_TRUE(proxyRowOf(QStringLiteral("winxp-test")).isValid());
}

TEST_F(MainWindowTest, DeleteKeepingDisksRemovesOnlyTheGuest) {
    select({QStringLiteral("debian12")});
    QSignalSpy done(window.get(), &MainWindow::actionCompleted);
    window->trigger(GuestAction::Delete);
    DeleteGuestDialog *dialog = window->findChild<DeleteGuestDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(waitFor([&] { return dialog->plansLoaded(); }));
    dialog->accept();
    const auto outcomes = waitForCompletion(done);
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_TRUE(outcomes[0].ok);
    EXPECT_TRUE(outcomes[0].notes.isEmpty()); // no disk touched
    EXPECT_TRUE(waitFor([&] { return !proxyRowOf(QStringLiteral("debian12")).isValid(); }, 1000));
}

TEST_F(MainWindowTest, BulkStartReportsEveryGuest) {
    select({QStringLiteral("debian12"), QStringLiteral("winxp-test"), QStringLiteral("batch-ct"),
            QStringLiteral("web-frontend")});
    QSignalSpy done(window.get(), &MainWindow::actionCompleted);
    window->trigger(GuestAction::Start);
    const auto outcomes = waitForCompletion(done);
    ASSERT_EQ(outcomes.size(), 3); // web-frontend already runs: not asked
    for (const ActionOutcome &o : outcomes)
        EXPECT_TRUE(o.ok) << o.name.toStdString();
    EXPECT_TRUE(waitFor(
        [&] {
            return stateOf(QStringLiteral("debian12")) == GuestState::Running &&
                   stateOf(QStringLiteral("winxp-test")) == GuestState::Running &&
                   stateOf(QStringLiteral("batch-ct")) == GuestState::Running;
        },
        1000));
    EXPECT_EQ(window->findChild<ActionResultsDialog *>(), nullptr); // all fine: no dialog
}

TEST_F(MainWindowTest, BulkFailuresAreListedInOneDialog) {
    select({QStringLiteral("debian12"), QStringLiteral("winxp-test")});
    // Another client deletes winxp-test just before the user presses Start.
    const QString gone =
        proxyRowOf(QStringLiteral("winxp-test")).data(DomainListModel::UuidRole).toString();
    connection->requestAction(GuestAction::Delete, {gone});
    QSignalSpy done(window.get(), &MainWindow::actionCompleted);
    window->trigger(GuestAction::Start);
    const auto outcomes = waitForCompletion(done);
    ASSERT_EQ(outcomes.size(), 2);
    int failed = 0;
    for (const ActionOutcome &o : outcomes)
        failed += o.ok ? 0 : 1;
    EXPECT_EQ(failed, 1);
    auto *dialog = window->findChild<ActionResultsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->list()->topLevelItemCount(), 2);
    EXPECT_EQ(window->findChildren<ErrorDialog *>().size(), 0);
}

TEST_F(MainWindowTest, ForceOffIsConfirmedFirst) {
    select({QStringLiteral("web-frontend")});
    int asked = 0;
    window->setConfirmationOverride([&](GuestAction a, int count) {
        ++asked;
        EXPECT_EQ(a, GuestAction::ForceOff);
        EXPECT_EQ(count, 1);
        return false;
    });
    window->trigger(GuestAction::ForceOff);
    QTest::qWait(300);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(stateOf(QStringLiteral("web-frontend")), GuestState::Running);

    window->setConfirmationOverride([](GuestAction, int) { return true; });
    QSignalSpy done(window.get(), &MainWindow::actionCompleted);
    window->trigger(GuestAction::ForceOff);
    waitForCompletion(done);
    EXPECT_TRUE(waitFor(
        [&] { return stateOf(QStringLiteral("web-frontend")) == GuestState::ShutOff; }, 1000));
}

TEST_F(MainWindowTest, KeyboardShortcutsRunActions) {
    select({QStringLiteral("web-frontend")});
    window->activateWindow();
    window->view()->setFocus();
    QTest::keyClick(window->view(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(waitFor(
        [&] { return stateOf(QStringLiteral("web-frontend")) == GuestState::Paused; }, 2000));
    select({QStringLiteral("web-frontend")});
    QTest::keyClick(window->view(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(waitFor(
        [&] { return stateOf(QStringLiteral("web-frontend")) == GuestState::Running; }, 2000));
}

TEST_F(MainWindowTest, FilterBarNarrowsTheList) {
    QTest::keyClicks(window->searchField(), QStringLiteral("ct"));
    const QModelIndex host = window->proxy()->index(0, 0);
    EXPECT_EQ(window->proxy()->rowCount(host), 3);
    window->searchField()->clear();
    window->kindFilterBox()->setCurrentIndex(2); // containers
    EXPECT_EQ(window->proxy()->rowCount(host), 3);
    window->kindFilterBox()->setCurrentIndex(0);
    window->stateFilterBox()->setCurrentIndex(2); // running
    EXPECT_EQ(window->proxy()->rowCount(host), 3);
}

TEST(MainWindowDemo, BannerShowsForTheDemoConnection) {
    ConnectionManager manager;
    manager.setDemoFallbackEnabled(true);
    manager.add(ConnectionUri::parse(QStringLiteral("qemu:///system?socket=/tmp/vd-none/sock")),
                true, false);
    MainWindow window(&manager);
    window.show();
    EXPECT_FALSE(window.demoBanner()->isVisible());
    manager.connectAutoconnect();
    ASSERT_TRUE(waitFor([&] { return window.demoBanner()->isVisible(); }, 10000));
    ASSERT_NE(manager.demoConnection(), nullptr);
    EXPECT_TRUE(waitFor([&] { return window.model()->guestCount() == 1; }, 5000)); // "test"
    const QModelIndex demoHost = window.model()->hostIndex(manager.demoConnection());
    EXPECT_TRUE(demoHost.data().toString().contains(QStringLiteral("demo")));
}

// The guest's Performance page and the host window, fed by the test driver with a real QEMU
// guest's recorded statistics replayed for every running guest.
TEST(MainWindowStatistics, PerformancePageAndHostWindowShowLiveSamples) {
    qputenv("VIRTDECK_STATS_REPLAY",
            TestSupport::fixture(QStringLiteral("qemu-domstats.json")).toLocal8Bit());
    ConnectionManager manager;
    manager.setStatsInterval(500);
    Connection *connection = manager.add(
        ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("guests-all-states.xml"))),
        true, false);
    MainWindow window(&manager);
    window.show();
    const bool loaded = TestSupport::connectAndLoad(connection);
    qunsetenv("VIRTDECK_STATS_REPLAY");
    ASSERT_TRUE(loaded);

    const QModelIndex host = window.model()->hostIndex(connection);
    QString uuid;
    for (int r = 0; r < window.model()->rowCount(host) && uuid.isEmpty(); ++r) {
        const DomainInfo *info = window.model()->guestAt(window.model()->index(r, 0, host));
        if (info->name == QLatin1String("web-frontend"))
            uuid = info->uuid;
    }
    ASSERT_FALSE(uuid.isEmpty());
    // The list gathers some history first: the page opens with it.
    ASSERT_TRUE(waitFor(
        [&] {
            const GuestHistory *h = window.model()->history(connection, uuid);
            return h && h->cpu.size() >= 3; // the first tick has no rate yet
        },
        10000));

    GuestWindow *guestWindow = window.openPerformance(connection, uuid);
    ASSERT_NE(guestWindow, nullptr);
    PerformancePage *page = guestWindow->performancePage();
    EXPECT_TRUE(page->isVisible());
    EXPECT_GE(page->pointCount(QStringLiteral("CPU")), 2);
    const int before = page->sampleCount();
    EXPECT_TRUE(waitFor([&] { return page->sampleCount() > before; }, 5000));
    EXPECT_GT(page->pointCount(QStringLiteral("Read")), 0);
    EXPECT_GT(page->pointCount(QStringLiteral("Received")), 0);
    // Opening the console afterwards turns the same window to its Console page.
    EXPECT_EQ(window.openGuestWindow(connection, uuid), guestWindow);
    EXPECT_TRUE(guestWindow->consolePage()->isVisible());
    EXPECT_TRUE(guestWindow->consolePage()->isStarted());
    guestWindow->close();

    window.view()->selectionModel()->setCurrentIndex(window.proxy()->mapFromSource(host),
                                                     QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    QCoreApplication::processEvents();
    ASSERT_TRUE(window.hostDetailsAction()->isEnabled());
    window.hostDetailsAction()->trigger();
    HostWindow *hostWindow = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *hw = qobject_cast<HostWindow *>(w))
            hostWindow = hw;
    ASSERT_NE(hostWindow, nullptr);
    EXPECT_TRUE(hostWindow->isVisible());
    EXPECT_TRUE(waitFor([&] { return hostWindow->page()->sampleCount() >= 2; }, 5000));
    EXPECT_TRUE(waitFor([&] { return !hostWindow->page()->topByCpu().isEmpty(); }, 5000));
    EXPECT_EQ(window.openHostWindow(connection), hostWindow);
    hostWindow->close();
}

TEST_F(MainWindowTest, NewVirtualMachineOpensTheWizardOnTheSelectedHost) {
    select({QStringLiteral("debian12")});
    EXPECT_TRUE(window->newVmAction()->isEnabled());
    // The fixture host is a test driver, not LXC: no container host to offer.
    EXPECT_FALSE(window->newContainerAction()->isEnabled());
    EXPECT_EQ(window->newContainer(), nullptr);
    NewVmWizard *wizard = window->newVirtualMachine();
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(wizard->connection(), connection);
    EXPECT_TRUE(wizard->isVisible());
    EXPECT_TRUE(wizard->windowTitle().contains(connection->displayName()));
    wizard->close();
    window->disconnectAction()->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(window->newVirtualMachine(), nullptr); // no open host to create on
}

TEST_F(MainWindowTest, CloneAndTemplateNeedOneVirtualMachine) {
    select({QStringLiteral("debian12"), QStringLiteral("winxp-test")});
    EXPECT_FALSE(window->cloneAction()->isEnabled());
    EXPECT_EQ(window->cloneSelected(), nullptr);
    select({QStringLiteral("nginx-ct")});
    EXPECT_FALSE(window->cloneAction()->isEnabled()); // a container
    select({QStringLiteral("debian12")});
    EXPECT_TRUE(window->cloneAction()->isEnabled());
    EXPECT_TRUE(window->fromTemplateAction()->isEnabled());
    CloneDialog *clone = window->cloneSelected();
    ASSERT_NE(clone, nullptr);
    EXPECT_TRUE(clone->isVisible());
    clone->close();
    TemplateDialog *deploy = window->deployFromSelected();
    ASSERT_NE(deploy, nullptr);
    EXPECT_TRUE(deploy->isVisible());
    deploy->close();
}
