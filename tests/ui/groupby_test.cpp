// SPDX-License-Identifier: GPL-2.0-or-later
// The main window's "Group by" box: the list grouped by host, state, OS and tag on test
// driver guests, lifecycle actions and double-click on guests selected under a group.
#include "connection.h"
#include "connectionmanager.h"
#include "domainfilterproxy.h"
#include "domaingroupproxy.h"
#include "domainlistmodel.h"
#include "guestwindow.h"
#include "mainwindow.h"
#include "modeltesterguard.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

using TestSupport::waitFor;
using Mode = DomainGroupProxy::Mode;

namespace {

const QString kGroupByKey = QStringLiteral("manager/groupBy");

QString guestXml(const QString &name, int n, int runstate, int memoryMiB, const QString &osId,
                 const QStringList &tags) {
    QString metadata;
    if (!osId.isEmpty())
        metadata += QStringLiteral("<libosinfo:libosinfo "
                                   "xmlns:libosinfo='http://libosinfo.org/xmlns/libvirt/domain/"
                                   "1.0'><libosinfo:os id='%1'/></libosinfo:libosinfo>")
                        .arg(osId);
    if (!tags.isEmpty()) {
        metadata += QStringLiteral("<vd:guest xmlns:vd='https://virtdeck.org/xmlns/guest/1.0'>");
        for (const QString &t : tags)
            metadata += QStringLiteral("<vd:tag>%1</vd:tag>").arg(t);
        metadata += QStringLiteral("</vd:guest>");
    }
    return QStringLiteral(
               "<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
               "<name>%1</name><uuid>eeeeeeee-0000-4000-8000-%2</uuid>"
               "<memory unit='MiB'>%3</memory><vcpu>1</vcpu><os><type>hvm</type></os>"
               "<metadata>%4</metadata><devices/><test:runstate>%5</test:runstate></domain>")
        .arg(name)
        .arg(n, 12, 10, QLatin1Char('0'))
        .arg(memoryMiB)
        .arg(metadata)
        .arg(runstate);
}

class GroupByTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().remove(kGroupByKey);
        const QString debian = QStringLiteral("http://debian.org/debian/12");
        const QString path =
            TestSupport::makeTempDir(QStringLiteral("groupby")) + QStringLiteral("/guests.xml");
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(
            (QStringLiteral("<?xml version='1.0'?><node><cpu><mhz>3000</mhz><model>x86_64</model>"
                            "<active>4</active><nodes>1</nodes><sockets>1</sockets><cores>4</cores>"
                            "<threads>1</threads></cpu><memory>16777216</memory>") +
             guestXml(QStringLiteral("deb-web"), 1, 1, 1024, debian,
                      {QStringLiteral("web"), QStringLiteral("prod")}) +
             guestXml(QStringLiteral("deb-db"), 2, 5, 4096, debian,
                      {QStringLiteral("db"), QStringLiteral("prod")}) +
             guestXml(QStringLiteral("xp-old"), 3, 5, 512,
                      QStringLiteral("http://microsoft.com/win/xp"), {}) +
             guestXml(QStringLiteral("ubu-ci"), 4, 3, 2048,
                      QStringLiteral("http://ubuntu.com/ubuntu/22.04"), {QStringLiteral("ci")}) +
             guestXml(QStringLiteral("bare"), 5, 5, 256, QString(), {}) + QStringLiteral("</node>"))
                .toUtf8());
        file.close();

        manager = std::make_unique<ConnectionManager>();
        connection =
            manager->add(ConnectionUri::parse(QStringLiteral("test://") + path), true, false);
        ASSERT_NE(connection, nullptr);
        window = std::make_unique<MainWindow>(manager.get());
        tester = std::make_unique<ModelTesterGuard>(window->groupProxy());
        window->show();
        ASSERT_TRUE(TestSupport::connectAndLoad(connection));
        ASSERT_TRUE(waitFor([&] {
            DomainListModel *model = window->model();
            const QModelIndex host = model->hostIndex(connection);
            for (int r = 0; r < model->rowCount(host); ++r)
                if (!model->guestAt(model->index(r, 0, host))->detailsLoaded)
                    return false;
            return model->rowCount(host) == 5;
        }));
    }
    void TearDown() override {
        EXPECT_TRUE(tester->failures().isEmpty())
            << tester->failures().join(QLatin1Char('\n')).toStdString();
        tester.reset();
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<GuestWindow *>(w))
                w->close();
        window.reset();
        manager.reset();
        QSettings().remove(kGroupByKey); // other tests start from the host tree
    }

    void groupBy(Mode mode) {
        QComboBox *box = window->groupByBox();
        box->setCurrentIndex(box->findData(int(mode)));
        QCoreApplication::processEvents();
    }
    // The rows the view shows: "group: guest, guest" per top-level row.
    QStringList shown() const {
        QAbstractItemModel *m = window->view()->model();
        QStringList lines;
        for (int g = 0; g < m->rowCount(); ++g) {
            const QModelIndex group = m->index(g, 0);
            QStringList names;
            for (int r = 0; r < m->rowCount(group); ++r)
                names << m->index(r, 0, group).data().toString();
            lines << group.data().toString() + QStringLiteral(": ") +
                         names.join(QStringLiteral(", "));
        }
        return lines;
    }
    QModelIndex rowOf(const QString &group, const QString &guest) const {
        QAbstractItemModel *m = window->view()->model();
        for (int g = 0; g < m->rowCount(); ++g) {
            const QModelIndex parent = m->index(g, 0);
            if (!parent.data().toString().startsWith(group))
                continue;
            for (int r = 0; r < m->rowCount(parent); ++r)
                if (m->index(r, 0, parent).data().toString() == guest)
                    return m->index(r, 0, parent);
        }
        return {};
    }
    void select(const QModelIndexList &rows) {
        QItemSelectionModel *sel = window->view()->selectionModel();
        sel->clearSelection();
        for (const QModelIndex &row : rows) {
            sel->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            sel->setCurrentIndex(row, QItemSelectionModel::NoUpdate);
        }
        QCoreApplication::processEvents(); // action states update on the next turn
    }
    QStringList selectedNames() const {
        QStringList names;
        for (const MainWindow::SelectedGuest &g : window->selectedGuests())
            names << g.info->name;
        return names;
    }

    std::unique_ptr<ConnectionManager> manager;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<ModelTesterGuard> tester;
    Connection *connection = nullptr;
};

} // namespace

TEST_F(GroupByTest, GroupsTheListByEachModeAndRemembersTheChoice) {
    QComboBox *box = window->groupByBox();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->accessibleName(), QStringLiteral("Group by"));
    EXPECT_EQ(box->count(), 4);
    EXPECT_EQ(box->currentText(), QStringLiteral("Host"));
    // The host tree is the filtered list itself, as before grouping existed.
    EXPECT_EQ(window->view()->model(), window->proxy());
    EXPECT_TRUE(window->view()->isColumnHidden(DomainListModel::DiskIoColumn));

    groupBy(Mode::State);
    EXPECT_EQ(window->view()->model(), window->groupProxy());
    EXPECT_EQ(window->groupProxy()->mode(), Mode::State);
    EXPECT_EQ(shown(), (QStringList{QStringLiteral("Running (1): deb-web"),
                                    QStringLiteral("Paused (1): ubu-ci"),
                                    QStringLiteral("Shut off (3): bare, deb-db, xp-old")}));
    for (int g = 0; g < window->groupProxy()->rowCount(); ++g)
        EXPECT_TRUE(window->view()->isExpanded(window->groupProxy()->index(g, 0)));
    // Guests under a group are on screen, with their host in the host column.
    const QModelIndex xp = rowOf(QStringLiteral("Shut off"), QStringLiteral("xp-old"));
    ASSERT_TRUE(xp.isValid());
    EXPECT_FALSE(window->view()->visualRect(xp).isEmpty());
    const QString hostName = window->model()
                                 ->hostIndex(connection)
                                 .siblingAtColumn(DomainListModel::HostColumn)
                                 .data()
                                 .toString();
    EXPECT_FALSE(hostName.isEmpty());
    EXPECT_EQ(xp.siblingAtColumn(DomainListModel::HostColumn).data().toString(), hostName);
    // The columns the user chose stay as they were.
    EXPECT_TRUE(window->view()->isColumnHidden(DomainListModel::DiskIoColumn));
    EXPECT_FALSE(window->view()->isColumnHidden(DomainListModel::CpuColumn));
    // Group rows and guest rows paint (icons, sparklines) without complaint.
    EXPECT_FALSE(window->view()->viewport()->grab().isNull());

    groupBy(Mode::Os);
    for (int g = 0; g < window->groupProxy()->rowCount(); ++g)
        EXPECT_TRUE(window->view()->isExpanded(window->groupProxy()->index(g, 0)));
    EXPECT_EQ(shown(), (QStringList{QStringLiteral("Debian 12 (2): deb-db, deb-web"),
                                    QStringLiteral("Ubuntu 22.04 (1): ubu-ci"),
                                    QStringLiteral("Windows XP (1): xp-old"),
                                    QStringLiteral("Unknown OS (1): bare")}));
    EXPECT_TRUE(rowOf(QStringLiteral("Debian 12"), QStringLiteral("deb-web"))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Operating system: Debian 12")));

    groupBy(Mode::Tag);
    EXPECT_EQ(shown(),
              (QStringList{QStringLiteral("ci (1): ubu-ci"), QStringLiteral("db (1): deb-db"),
                           QStringLiteral("prod (2): deb-db, deb-web"),
                           QStringLiteral("web (1): deb-web"),
                           QStringLiteral("No tags (2): bare, xp-old")}));
    EXPECT_EQ(QSettings().value(kGroupByKey).toString(), QStringLiteral("tag"));

    // Filters still apply, within the groups.
    window->searchField()->setText(QStringLiteral("deb"));
    EXPECT_EQ(shown(), (QStringList{QStringLiteral("db (1): deb-db"),
                                    QStringLiteral("prod (2): deb-db, deb-web"),
                                    QStringLiteral("web (1): deb-web")}));
    window->searchField()->clear();

    // Sorting by a column sorts within each group.
    window->view()->sortByColumn(DomainListModel::MemoryColumn, Qt::DescendingOrder);
    EXPECT_EQ(shown().at(2), QStringLiteral("prod (2): deb-db, deb-web")); // 4 GiB, 1 GiB
    window->view()->sortByColumn(DomainListModel::MemoryColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown().at(2), QStringLiteral("prod (2): deb-web, deb-db"));
    EXPECT_EQ(shown().at(4), QStringLiteral("No tags (2): bare, xp-old")); // 256 MiB, 512 MiB
    window->view()->sortByColumn(DomainListModel::NameColumn, Qt::AscendingOrder);

    // A new window opens grouped as the last one was.
    {
        MainWindow second(manager.get());
        EXPECT_EQ(second.groupByBox()->currentText(), QStringLiteral("Tag"));
        EXPECT_EQ(second.view()->model(), second.groupProxy());
        EXPECT_EQ(second.groupProxy()->mode(), Mode::Tag);
    }

    groupBy(Mode::Host);
    EXPECT_EQ(window->view()->model(), window->proxy());
    const QModelIndex host = window->proxy()->index(0, 0);
    EXPECT_TRUE(window->view()->isExpanded(host));
    EXPECT_EQ(window->proxy()->rowCount(host), 5);
    EXPECT_TRUE(window->view()->isColumnHidden(DomainListModel::DiskIoColumn));
    EXPECT_EQ(QSettings().value(kGroupByKey).toString(), QStringLiteral("host"));
}

TEST_F(GroupByTest, ActionsWorkOnAGuestSelectedUnderAGroup) {
    groupBy(Mode::State);
    select({rowOf(QStringLiteral("Shut off"), QStringLiteral("xp-old"))});
    EXPECT_EQ(selectedNames(), QStringList{QStringLiteral("xp-old")});
    EXPECT_EQ(window->selectedConnection(), connection);
    EXPECT_TRUE(window->guestAction(GuestAction::Start)->isEnabled());
    EXPECT_FALSE(window->guestAction(GuestAction::Pause)->isEnabled());

    QSignalSpy done(window.get(), &MainWindow::actionCompleted);
    window->trigger(GuestAction::Start);
    ASSERT_TRUE(waitFor([&] { return !done.isEmpty(); }));
    const auto outcomes = done.first().at(1).value<QVector<ActionOutcome>>();
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_TRUE(outcomes.first().ok);
    // The started guest moves to "Running" and stays selected there.
    EXPECT_TRUE(waitFor([&] {
        return shown() == QStringList{QStringLiteral("Running (2): deb-web, xp-old"),
                                      QStringLiteral("Paused (1): ubu-ci"),
                                      QStringLiteral("Shut off (2): bare, deb-db")};
    })) << shown().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(selectedNames(), QStringList{QStringLiteral("xp-old")});
    EXPECT_TRUE(waitFor([&] { return window->guestAction(GuestAction::Pause)->isEnabled(); }));
    EXPECT_FALSE(window->guestAction(GuestAction::Start)->isEnabled());

    // Switching the grouping, or back to the host tree, keeps it selected.
    groupBy(Mode::Os);
    EXPECT_EQ(selectedNames(), QStringList{QStringLiteral("xp-old")});
    groupBy(Mode::Host);
    EXPECT_EQ(selectedNames(), QStringList{QStringLiteral("xp-old")});
    EXPECT_TRUE(window->guestAction(GuestAction::Pause)->isEnabled());
    groupBy(Mode::State);
    EXPECT_EQ(selectedNames(), QStringList{QStringLiteral("xp-old")});

    // A group row is no guest: nothing to act on, no host to act on either.
    select({window->groupProxy()->index(0, 0)});
    EXPECT_TRUE(window->selectedGuests().isEmpty());
    EXPECT_EQ(window->selectedConnection(), nullptr);
    EXPECT_FALSE(window->guestAction(GuestAction::Start)->isEnabled());

    // Under tags a guest can be selected twice; it is acted on once.
    groupBy(Mode::Tag);
    select({rowOf(QStringLiteral("prod"), QStringLiteral("deb-web")),
            rowOf(QStringLiteral("web"), QStringLiteral("deb-web"))});
    EXPECT_EQ(selectedNames(), QStringList{QStringLiteral("deb-web")});
    window->setConfirmationOverride([](GuestAction, int count) { return count == 1; });
    done.clear();
    window->trigger(GuestAction::ForceOff);
    ASSERT_TRUE(waitFor([&] { return !done.isEmpty(); }));
    EXPECT_EQ(done.first().at(1).value<QVector<ActionOutcome>>().size(), 1);
    EXPECT_TRUE(waitFor([&] {
        const QModelIndex row = rowOf(QStringLiteral("web"), QStringLiteral("deb-web"));
        return GuestState(row.data(DomainListModel::GuestStateRole).toInt()) == GuestState::ShutOff;
    }));

    // Double-clicking a guest under a group opens its window.
    const QModelIndex ci = rowOf(QStringLiteral("ci"), QStringLiteral("ubu-ci"));
    ASSERT_TRUE(ci.isValid());
    const QRect rect = window->view()->visualRect(ci);
    ASSERT_FALSE(rect.isEmpty());
    // A real double-click: a click, then the second press that the system reports as double.
    QTest::mouseClick(window->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(window->view()->viewport(), Qt::LeftButton, {}, rect.center());
    GuestWindow *opened = nullptr;
    EXPECT_TRUE(waitFor([&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *g = qobject_cast<GuestWindow *>(w);
                g && g->uuid() == ci.data(DomainListModel::UuidRole).toString())
                opened = g;
        return opened != nullptr;
    }));
}
