// SPDX-License-Identifier: GPL-2.0-or-later
// The manager list grouped by host, state, operating system and tag (DomainGroupProxy) while
// guests come, change and go; and the operating system a guest's libosinfo metadata names.
#include "connection.h"
#include "connectionmanager.h"
#include "domainfilterproxy.h"
#include "domaingroupproxy.h"
#include "domainlistmodel.h"
#include "domainxmlsummary.h"
#include "guesttags.h"
#include "modeltesterguard.h"
#include "testsupport.h"

#include <libvirt/libvirt.h>

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using TestSupport::waitFor;
using Mode = DomainGroupProxy::Mode;

namespace {

const QString kDebian = QStringLiteral("http://debian.org/debian/12");
const QString kUbuntu = QStringLiteral("http://ubuntu.com/ubuntu/22.04");
const QString kWinXp = QStringLiteral("http://microsoft.com/win/xp");

QString uuidOf(int i) {
    return QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0'));
}

// A guest as the connection reports it once its details are in; the OS name is the one
// DomainXmlSummary derives, as the connection's worker would.
DomainInfo makeGuest(int i, const QString &name, GuestState state, const QStringList &tags = {},
                     const QString &osId = {}) {
    DomainInfo g;
    g.uuid = uuidOf(i);
    g.name = name;
    g.state = state;
    g.id = g.isActive() ? i : -1;
    g.vcpus = 1 + unsigned(i % 4);
    g.memoryKiB = quint64(512 + i) * 1024;
    g.maxMemoryKiB = g.memoryKiB;
    g.domainType = QStringLiteral("test");
    g.tags = tags;
    g.osId = osId;
    if (!osId.isEmpty())
        g.osName = DomainXmlSummary::details(
                       {}, QStringLiteral("<domain><metadata><libosinfo:libosinfo "
                                          "xmlns:libosinfo='http://libosinfo.org/xmlns/libvirt/"
                                          "domain/1.0'><libosinfo:os id='%1'/>"
                                          "</libosinfo:libosinfo></metadata></domain>")
                               .arg(osId))
                       .osName;
    g.detailsLoaded = true;
    return g;
}

// The grouped list as shown: each top-level row's text with the names listed below it.
using Tree = QList<QPair<QString, QStringList>>;

Tree treeOf(const DomainGroupProxy &groups) {
    Tree tree;
    for (int g = 0; g < groups.rowCount(); ++g) {
        const QModelIndex group = groups.index(g, 0);
        QStringList names;
        for (int r = 0; r < groups.rowCount(group); ++r) {
            const DomainInfo *info =
                groups.listModel()->guestAt(groups.mapToListModel(groups.index(r, 0, group)));
            names << (info ? info->name : QStringLiteral("<none>"));
        }
        tree.append({group.data().toString(), names});
    }
    return tree;
}

std::string text(const Tree &tree) {
    QStringList lines;
    for (const auto &[group, names] : tree)
        lines << group + QStringLiteral(": ") + names.join(QStringLiteral(", "));
    return lines.join(QLatin1Char('\n')).toStdString();
}

// Every role a view or the guest delegate reads from a row.
const int kRoles[] = {Qt::DisplayRole,
                      Qt::ToolTipRole,
                      Qt::TextAlignmentRole,
                      DomainListModel::IconNameRole,
                      DomainListModel::IsHostRole,
                      DomainListModel::UuidRole,
                      DomainListModel::GuestStateRole,
                      DomainListModel::GuestKindRole,
                      DomainListModel::ConnectionRole,
                      DomainListModel::SortRole,
                      DomainListModel::HistoryRole,
                      DomainListModel::GuestHistoryRole,
                      DomainListModel::StaleRole,
                      DomainListModel::HostStateRole,
                      DomainListModel::AlertRole,
                      DomainListModel::TagsRole,
                      DomainListModel::OsIdRole,
                      DomainListModel::OsNameRole};

// Hosts that never connect: the tests play their signals, as their workers would send them.
class DomainGroupProxyTest : public ::testing::Test {
protected:
    void SetUp() override {
        model = std::make_unique<DomainListModel>(&manager);
        filter = std::make_unique<DomainFilterProxy>();
        filter->setSourceModel(model.get());
        filter->sort(DomainListModel::NameColumn);
        groups = std::make_unique<DomainGroupProxy>(filter.get());
        tester = std::make_unique<ModelTesterGuard>(groups.get());
        alpha = manager.add(ConnectionUri::parse(QStringLiteral("qemu+ssh://alpha.example/system")),
                            false, false);
        beta = manager.add(ConnectionUri::parse(QStringLiteral("qemu+ssh://beta.example/system")),
                           false, false);
        ASSERT_NE(alpha, nullptr);
        ASSERT_NE(beta, nullptr);
    }
    void TearDown() override {
        if (tester) {
            EXPECT_TRUE(tester->failures().isEmpty())
                << tester->failures().join(QLatin1Char('\n')).toStdString();
        }
        tester.reset();
        groups.reset();
        filter.reset();
        model.reset();
    }

    // web-1 and db-1 and build on alpha, web-2 and cache on beta.
    void loadMixedGuests() {
        Q_EMIT alpha->domainsLoaded(
            {makeGuest(1, QStringLiteral("web-1"), GuestState::Running,
                       {QStringLiteral("web"), QStringLiteral("prod")}, kDebian),
             makeGuest(2, QStringLiteral("db-1"), GuestState::ShutOff, {QStringLiteral("db")},
                       kWinXp),
             makeGuest(3, QStringLiteral("build"), GuestState::Paused)});
        Q_EMIT beta->domainsLoaded(
            {makeGuest(4, QStringLiteral("web-2"), GuestState::Running, {QStringLiteral("Web")},
                       kDebian),
             makeGuest(5, QStringLiteral("cache"), GuestState::Crashed, {}, kUbuntu)});
    }
    DomainInfo current(Connection *c, int i) const {
        return *model->guestAt(model->guestIndex(c, uuidOf(i)));
    }
    void changeState(Connection *c, int i, GuestState state) {
        DomainInfo g = current(c, i);
        g.state = state;
        Q_EMIT c->domainUpdated(g);
    }
    void changeTags(Connection *c, int i, const QStringList &tags) {
        DomainInfo g = current(c, i);
        g.tags = tags;
        Q_EMIT c->domainUpdated(g);
    }
    void changeOs(Connection *c, int i, const QString &osId) {
        DomainInfo g =
            makeGuest(i, current(c, i).name, current(c, i).state, current(c, i).tags, osId);
        Q_EMIT c->domainUpdated(g);
    }
    QModelIndex groupRow(const QString &text) const {
        for (int g = 0; g < groups->rowCount(); ++g)
            if (groups->index(g, 0).data().toString() == text)
                return groups->index(g, 0);
        return {};
    }
    QModelIndex rowOf(const QModelIndex &group, const QString &name) const {
        for (int r = 0; r < groups->rowCount(group); ++r) {
            const QModelIndex row = groups->index(r, 0, group);
            if (model->guestAt(groups->mapToListModel(row))->name == name)
                return row;
        }
        return {};
    }

    ConnectionManager manager;
    std::unique_ptr<DomainListModel> model;
    std::unique_ptr<DomainFilterProxy> filter;
    std::unique_ptr<DomainGroupProxy> groups;
    std::unique_ptr<ModelTesterGuard> tester;
    Connection *alpha = nullptr;
    Connection *beta = nullptr;
};

} // namespace

TEST_F(DomainGroupProxyTest, HostModeShowsTheFilteredTreeUnchanged) {
    loadMixedGuests();
    EXPECT_EQ(groups->mode(), Mode::Host);
    ASSERT_EQ(groups->rowCount(), filter->rowCount());
    ASSERT_EQ(groups->rowCount(), 2);
    for (int h = 0; h < filter->rowCount(); ++h) {
        const QModelIndex fHost = filter->index(h, 0);
        const QModelIndex gHost = groups->index(h, 0);
        EXPECT_TRUE(gHost.data(DomainListModel::IsHostRole).toBool());
        EXPECT_EQ(groups->mapToListModel(gHost), filter->mapToSource(fHost));
        ASSERT_EQ(groups->rowCount(gHost), filter->rowCount(fHost));
        for (int r = 0; r < filter->rowCount(fHost); ++r)
            for (int c = 0; c < DomainListModel::ColumnCount; ++c) {
                const QModelIndex f = filter->index(r, c, fHost);
                const QModelIndex g = groups->index(r, c, gHost);
                for (int role : kRoles)
                    EXPECT_EQ(g.data(role), f.data(role)) << r << " " << c << " " << role;
                EXPECT_EQ(groups->mapToListModel(g), filter->mapToSource(f));
                EXPECT_EQ(groups->mapFromListModel(filter->mapToSource(f)), g);
            }
    }
}

TEST_F(DomainGroupProxyTest, StateGroupsGatherGuestsOfAllHosts) {
    loadMixedGuests();
    groups->setMode(Mode::State);
    EXPECT_EQ(treeOf(*groups), (Tree{{QStringLiteral("Running (2)"),
                                      {QStringLiteral("web-1"), QStringLiteral("web-2")}},
                                     {QStringLiteral("Paused (1)"), {QStringLiteral("build")}},
                                     {QStringLiteral("Crashed (1)"), {QStringLiteral("cache")}},
                                     {QStringLiteral("Shut off (1)"), {QStringLiteral("db-1")}}}))
        << text(treeOf(*groups));

    const QModelIndex running = groupRow(QStringLiteral("Running (2)"));
    EXPECT_TRUE(running.data(DomainGroupProxy::IsGroupRole).toBool());
    EXPECT_FALSE(running.data(DomainListModel::IsHostRole).toBool());
    EXPECT_EQ(running.data(DomainGroupProxy::GroupCountRole).toInt(), 2);
    EXPECT_EQ(running.data(DomainListModel::IconNameRole).toString(),
              QStringLiteral("state-running"));
    EXPECT_TRUE(running.data(Qt::ToolTipRole).toString().contains(QLatin1String("2 guest")));
    EXPECT_FALSE(groups->mapToListModel(running).isValid());
    EXPECT_FALSE(running.data(DomainListModel::ConnectionRole).isValid());

    // A guest row under a group answers every role as the list model's own row does.
    for (int r = 0; r < groups->rowCount(running); ++r) {
        const QModelIndex row = groups->index(r, 0, running);
        EXPECT_EQ(row.parent(), running);
        EXPECT_FALSE(row.data(DomainGroupProxy::IsGroupRole).toBool());
        const QModelIndex list = groups->mapToListModel(row);
        ASSERT_TRUE(list.isValid());
        for (int c = 0; c < DomainListModel::ColumnCount; ++c) {
            const QModelIndex cell = row.siblingAtColumn(c);
            const QModelIndex listCell = list.siblingAtColumn(c);
            EXPECT_EQ(groups->mapToListModel(cell), listCell);
            for (int role : kRoles)
                EXPECT_EQ(cell.data(role), listCell.data(role)) << c << " " << role;
            EXPECT_EQ(cell.flags(), listCell.flags() | Qt::ItemNeverHasChildren);
        }
        EXPECT_EQ(groups->mapFromListModel(list), row);
    }
    // The host column says which host each guest is on.
    EXPECT_EQ(rowOf(running, QStringLiteral("web-1"))
                  .siblingAtColumn(DomainListModel::HostColumn)
                  .data()
                  .toString(),
              QStringLiteral("alpha.example"));
    EXPECT_EQ(rowOf(running, QStringLiteral("web-2"))
                  .siblingAtColumn(DomainListModel::HostColumn)
                  .data()
                  .toString(),
              QStringLiteral("beta.example"));
    // The statistics delegate reads the very histories the list model keeps.
    const QModelIndex cpu =
        rowOf(running, QStringLiteral("web-1")).siblingAtColumn(DomainListModel::CpuColumn);
    EXPECT_EQ(cpu.data(DomainListModel::HistoryRole).value<const StatsHistory *>(),
              &model->history(alpha, uuidOf(1))->cpu);
}

TEST_F(DomainGroupProxyTest, StateChangesMoveGuestsBetweenGroups) {
    loadMixedGuests();
    groups->setMode(Mode::State);
    const QPersistentModelIndex web2 =
        rowOf(groupRow(QStringLiteral("Running (2)")), QStringLiteral("web-2"));
    ASSERT_TRUE(web2.isValid());
    const QPersistentModelIndex web1 =
        rowOf(groupRow(QStringLiteral("Running (2)")), QStringLiteral("web-1"));
    QSignalSpy inserted(groups.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(groups.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(groups.get(), &QAbstractItemModel::modelReset);

    changeState(alpha, 1, GuestState::Paused);
    EXPECT_EQ(treeOf(*groups), (Tree{{QStringLiteral("Running (1)"), {QStringLiteral("web-2")}},
                                     {QStringLiteral("Paused (2)"),
                                      {QStringLiteral("build"), QStringLiteral("web-1")}},
                                     {QStringLiteral("Crashed (1)"), {QStringLiteral("cache")}},
                                     {QStringLiteral("Shut off (1)"), {QStringLiteral("db-1")}}}))
        << text(treeOf(*groups));
    // The guest that moved is followed there (a view's selection goes with it), and the one
    // that stayed is still where a view holding on to it looks.
    ASSERT_TRUE(web1.isValid());
    EXPECT_EQ(web1.parent(), groupRow(QStringLiteral("Paused (2)")));
    EXPECT_EQ(model->guestAt(groups->mapToListModel(web1))->name, QStringLiteral("web-1"));
    ASSERT_TRUE(web2.isValid());
    EXPECT_EQ(model->guestAt(groups->mapToListModel(web2))->name, QStringLiteral("web-2"));

    // The last crashed guest recovers: its group goes; the first saved one makes a new group.
    changeState(beta, 5, GuestState::Running);
    changeState(alpha, 2, GuestState::ShutOff);
    DomainInfo saved = current(alpha, 2);
    saved.state = GuestState::Saved;
    saved.hasManagedSave = true;
    Q_EMIT alpha->domainUpdated(saved);
    EXPECT_EQ(
        treeOf(*groups),
        (Tree{{QStringLiteral("Running (2)"), {QStringLiteral("cache"), QStringLiteral("web-2")}},
              {QStringLiteral("Paused (2)"), {QStringLiteral("build"), QStringLiteral("web-1")}},
              {QStringLiteral("Saved (1)"), {QStringLiteral("db-1")}}}))
        << text(treeOf(*groups));
    EXPECT_EQ(model->guestAt(groups->mapToListModel(web2))->name, QStringLiteral("web-2"));
    // Row by row, never by starting over.
    EXPECT_FALSE(inserted.isEmpty());
    EXPECT_FALSE(removed.isEmpty());
    EXPECT_TRUE(reset.isEmpty());
}

TEST_F(DomainGroupProxyTest, OsGroupsNameTheSystemAndKeepUnknownLast) {
    loadMixedGuests();
    groups->setMode(Mode::Os);
    EXPECT_EQ(
        treeOf(*groups),
        (Tree{{QStringLiteral("Debian 12 (2)"), {QStringLiteral("web-1"), QStringLiteral("web-2")}},
              {QStringLiteral("Ubuntu 22.04 (1)"), {QStringLiteral("cache")}},
              {QStringLiteral("Windows XP (1)"), {QStringLiteral("db-1")}},
              {QStringLiteral("Unknown OS (1)"), {QStringLiteral("build")}}}))
        << text(treeOf(*groups));
    EXPECT_EQ(groupRow(QStringLiteral("Debian 12 (2)")).data(DomainGroupProxy::GroupKeyRole),
              kDebian);
    EXPECT_EQ(groupRow(QStringLiteral("Unknown OS (1)")).data(DomainGroupProxy::GroupKeyRole),
              QString());
    // The tooltip of a guest names its system too.
    const QModelIndex web1 =
        rowOf(groupRow(QStringLiteral("Debian 12 (2)")), QStringLiteral("web-1"));
    EXPECT_TRUE(web1.data(Qt::ToolTipRole).toString().contains(QLatin1String("Debian 12")));

    changeOs(alpha, 3, kDebian);   // build gets an OS: "Unknown OS" empties and goes
    changeOs(alpha, 1, QString()); // web-1 loses its: "Unknown OS" is back, still last
    changeOs(alpha, 2, kUbuntu);
    EXPECT_EQ(
        treeOf(*groups),
        (Tree{
            {QStringLiteral("Debian 12 (2)"), {QStringLiteral("build"), QStringLiteral("web-2")}},
            {QStringLiteral("Ubuntu 22.04 (2)"), {QStringLiteral("cache"), QStringLiteral("db-1")}},
            {QStringLiteral("Unknown OS (1)"), {QStringLiteral("web-1")}}}))
        << text(treeOf(*groups));
}

TEST_F(DomainGroupProxyTest, TagGroupsListAGuestUnderEachOfItsTags) {
    loadMixedGuests();
    groups->setMode(Mode::Tag);
    // "Web" and "web" are one tag, as in the tag filter.
    EXPECT_EQ(
        treeOf(*groups),
        (Tree{{QStringLiteral("db (1)"), {QStringLiteral("db-1")}},
              {QStringLiteral("prod (1)"), {QStringLiteral("web-1")}},
              {QStringLiteral("web (2)"), {QStringLiteral("web-1"), QStringLiteral("web-2")}},
              {QStringLiteral("No tags (2)"), {QStringLiteral("build"), QStringLiteral("cache")}}}))
        << text(treeOf(*groups));
    // Both rows of web-1 are the same guest of the list.
    const QModelIndex underProd =
        rowOf(groupRow(QStringLiteral("prod (1)")), QStringLiteral("web-1"));
    const QModelIndex underWeb =
        rowOf(groupRow(QStringLiteral("web (2)")), QStringLiteral("web-1"));
    ASSERT_TRUE(underProd.isValid());
    ASSERT_TRUE(underWeb.isValid());
    EXPECT_NE(underProd, underWeb);
    EXPECT_EQ(groups->mapToListModel(underProd), groups->mapToListModel(underWeb));
    EXPECT_EQ(groups->mapToListModel(underProd), model->guestIndex(alpha, uuidOf(1)));

    changeTags(alpha, 1, {QStringLiteral("prod")});
    changeTags(beta, 5, {QStringLiteral("DB")});
    EXPECT_EQ(treeOf(*groups),
              (Tree{{QStringLiteral("db (2)"), {QStringLiteral("cache"), QStringLiteral("db-1")}},
                    {QStringLiteral("prod (1)"), {QStringLiteral("web-1")}},
                    {QStringLiteral("web (1)"), {QStringLiteral("web-2")}},
                    {QStringLiteral("No tags (1)"), {QStringLiteral("build")}}}))
        << text(treeOf(*groups));
    changeTags(beta, 4, {});
    changeTags(alpha, 3, {QStringLiteral("ci"), QStringLiteral("prod")});
    EXPECT_EQ(
        treeOf(*groups),
        (Tree{{QStringLiteral("ci (1)"), {QStringLiteral("build")}},
              {QStringLiteral("db (2)"), {QStringLiteral("cache"), QStringLiteral("db-1")}},
              {QStringLiteral("prod (2)"), {QStringLiteral("build"), QStringLiteral("web-1")}},
              {QStringLiteral("No tags (1)"), {QStringLiteral("web-2")}}}))
        << text(treeOf(*groups));
}

TEST_F(DomainGroupProxyTest, RemovedGuestsAndHostsThatGoAwayLeaveEveryGroup) {
    loadMixedGuests();
    groups->setMode(Mode::Tag);
    Q_EMIT alpha->domainRemoved(uuidOf(1)); // web-1: under prod and web
    EXPECT_EQ(treeOf(*groups), (Tree{{QStringLiteral("db (1)"), {QStringLiteral("db-1")}},
                                     {QStringLiteral("web (1)"), {QStringLiteral("web-2")}},
                                     {QStringLiteral("No tags (2)"),
                                      {QStringLiteral("build"), QStringLiteral("cache")}}}))
        << text(treeOf(*groups));

    manager.remove(beta);
    beta = nullptr;
    EXPECT_EQ(treeOf(*groups), (Tree{{QStringLiteral("db (1)"), {QStringLiteral("db-1")}},
                                     {QStringLiteral("No tags (1)"), {QStringLiteral("build")}}}))
        << text(treeOf(*groups));

    // A host the user disconnects empties its list.
    groups->setMode(Mode::State);
    Q_EMIT alpha->cleared();
    EXPECT_EQ(groups->rowCount(), 0);
    // And fills it again on reconnecting.
    Q_EMIT alpha->domainsLoaded(
        {makeGuest(1, QStringLiteral("web-1"), GuestState::Running, {}, kDebian),
         makeGuest(2, QStringLiteral("db-1"), GuestState::ShutOff, {}, kWinXp),
         makeGuest(3, QStringLiteral("build"), GuestState::Paused)});
    EXPECT_EQ(treeOf(*groups), (Tree{{QStringLiteral("Running (1)"), {QStringLiteral("web-1")}},
                                     {QStringLiteral("Paused (1)"), {QStringLiteral("build")}},
                                     {QStringLiteral("Shut off (1)"), {QStringLiteral("db-1")}}}))
        << text(treeOf(*groups));
}

TEST_F(DomainGroupProxyTest, GuestsAreSortedWithinTheirGroups) {
    loadMixedGuests();
    Q_EMIT alpha->domainsLoaded({makeGuest(6, QStringLiteral("api"), GuestState::Running,
                                           {QStringLiteral("web")}, kDebian)});
    groups->setMode(Mode::State);
    const auto runningNames = [&] { return treeOf(*groups).first().second; };
    EXPECT_EQ(runningNames(), (QStringList{QStringLiteral("api"), QStringLiteral("web-1"),
                                           QStringLiteral("web-2")}));

    // A view sorting its header sorts the filter below, and the groups follow.
    groups->sort(DomainListModel::MemoryColumn, Qt::DescendingOrder);
    EXPECT_EQ(filter->sortColumn(), int(DomainListModel::MemoryColumn));
    EXPECT_EQ(filter->sortOrder(), Qt::DescendingOrder);
    EXPECT_EQ(
        runningNames(), // memory grows with the guest's number
        (QStringList{QStringLiteral("api"), QStringLiteral("web-2"), QStringLiteral("web-1")}));

    // A guest whose sorted value changes moves to its place.
    DomainInfo web1 = current(alpha, 1);
    web1.memoryKiB = 64ull * 1024 * 1024;
    Q_EMIT alpha->domainUpdated(web1);
    EXPECT_EQ(runningNames(), (QStringList{QStringLiteral("web-1"), QStringLiteral("api"),
                                           QStringLiteral("web-2")}));

    // By host: alpha's guests first, by name within a host.
    groups->sort(DomainListModel::HostColumn, Qt::AscendingOrder);
    EXPECT_EQ(runningNames(), (QStringList{QStringLiteral("api"), QStringLiteral("web-1"),
                                           QStringLiteral("web-2")}));
    groups->sort(DomainListModel::HostColumn, Qt::DescendingOrder);
    EXPECT_EQ(runningNames().first(), QStringLiteral("web-2"));

    // New guests arrive in their place, one or many at once.
    groups->sort(DomainListModel::NameColumn, Qt::AscendingOrder);
    Q_EMIT beta->domainsLoaded({makeGuest(7, QStringLiteral("mail"), GuestState::Running)});
    EXPECT_EQ(runningNames(), (QStringList{QStringLiteral("api"), QStringLiteral("mail"),
                                           QStringLiteral("web-1"), QStringLiteral("web-2")}));
    QVector<DomainInfo> many;
    for (int i = 0; i < 40; ++i)
        many.append(makeGuest(100 + i, QStringLiteral("n%1").arg(39 - i, 2, 10, QLatin1Char('0')),
                              GuestState::Running));
    Q_EMIT beta->domainsLoaded(many);
    const QStringList names = runningNames();
    ASSERT_EQ(names.size(), 44);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(names, sorted);
}

TEST_F(DomainGroupProxyTest, FiltersDecideWhichGuestsAreGrouped) {
    loadMixedGuests();
    groups->setMode(Mode::Os);
    filter->setText(QStringLiteral("web"));
    EXPECT_EQ(treeOf(*groups), (Tree{{QStringLiteral("Debian 12 (2)"),
                                      {QStringLiteral("web-1"), QStringLiteral("web-2")}}}))
        << text(treeOf(*groups));
    filter->setStateFilter(DomainFilterProxy::StateFilter::Paused);
    EXPECT_EQ(groups->rowCount(), 0);
    filter->setText({});
    EXPECT_EQ(treeOf(*groups),
              (Tree{{QStringLiteral("Unknown OS (1)"), {QStringLiteral("build")}}}))
        << text(treeOf(*groups));
    filter->setStateFilter(DomainFilterProxy::StateFilter::Any);
    filter->setTagFilter(QStringLiteral("WEB"));
    EXPECT_EQ(treeOf(*groups), (Tree{{QStringLiteral("Debian 12 (2)"),
                                      {QStringLiteral("web-1"), QStringLiteral("web-2")}}}))
        << text(treeOf(*groups));
    filter->setTagFilter({});
    EXPECT_EQ(groups->rowCount(), 4);
    // A guest that stops matching while shown leaves its group.
    filter->setStateFilter(DomainFilterProxy::StateFilter::Running);
    changeState(beta, 4, GuestState::Paused);
    EXPECT_EQ(treeOf(*groups), (Tree{{QStringLiteral("Debian 12 (1)"), {QStringLiteral("web-1")}}}))
        << text(treeOf(*groups));
}

TEST_F(DomainGroupProxyTest, SwitchingModesShowsTheSameGuests) {
    loadMixedGuests();
    QSignalSpy modeChanged(groups.get(), &DomainGroupProxy::modeChanged);
    const QModelIndex web2 = model->guestIndex(beta, uuidOf(4));
    for (Mode mode : {Mode::State, Mode::Os, Mode::Tag, Mode::Host, Mode::Tag}) {
        groups->setMode(mode);
        EXPECT_EQ(groups->mode(), mode);
        const QModelIndex row = groups->mapFromListModel(web2);
        ASSERT_TRUE(row.isValid());
        EXPECT_EQ(groups->mapToListModel(row), web2);
        EXPECT_EQ(row.data(DomainListModel::UuidRole).toString(), uuidOf(4));
    }
    EXPECT_EQ(modeChanged.size(), 5);
    for (Mode mode : {Mode::Host, Mode::State, Mode::Os, Mode::Tag})
        EXPECT_EQ(DomainGroupProxy::modeFromKey(DomainGroupProxy::modeKey(mode)), mode);
    EXPECT_EQ(DomainGroupProxy::modeFromKey(QStringLiteral("nonsense")), Mode::Host);
}

// Random changes of every kind; after each, the groups must be what grouping the filtered
// list from scratch gives, and QAbstractItemModelTester must have nothing to say.
TEST_F(DomainGroupProxyTest, RandomChangesKeepTheGroupsRight) {
    QRandomGenerator random(20240611);
    const QStringList tagPool = {QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("eu"),
                                 QStringLiteral("us"), QStringLiteral("ci")};
    const QStringList osPool = {QString(), kDebian, kUbuntu, kWinXp};
    const GuestState states[] = {GuestState::Running, GuestState::Paused, GuestState::ShutOff,
                                 GuestState::Crashed, GuestState::Saved};
    auto randomGuest = [&](int i) {
        QStringList tags;
        for (const QString &t : tagPool)
            if (random.bounded(3) == 0)
                tags << t;
        return makeGuest(i, QStringLiteral("g%1").arg(i, 4, 10, QLatin1Char('0')),
                         states[random.bounded(5)], tags, osPool[random.bounded(4)]);
    };
    QHash<Connection *, QList<int>> present;
    int next = 0;
    for (Connection *c : {alpha, beta}) {
        QVector<DomainInfo> batch;
        for (int k = 0; k < 60; ++k) {
            present[c] << next;
            batch << randomGuest(next++);
        }
        Q_EMIT c->domainsLoaded(batch);
    }
    auto expected = [&](Mode mode) {
        QMap<QString, QStringList> byKey;
        for (int h = 0; h < filter->rowCount(); ++h) {
            const QModelIndex host = filter->index(h, 0);
            for (int r = 0; r < filter->rowCount(host); ++r) {
                const DomainInfo *g =
                    model->guestAt(filter->mapToSource(filter->index(r, 0, host)));
                QStringList keys;
                if (mode == Mode::State)
                    keys << QString::number(g->state == GuestState::Running   ? 0
                                            : g->state == GuestState::Paused  ? 1
                                            : g->state == GuestState::Saved   ? 4
                                            : g->state == GuestState::Crashed ? 5
                                                                              : 6);
                else if (mode == Mode::Os)
                    keys << g->osId;
                else
                    keys = g->tags.isEmpty() ? QStringList{QString()} : g->tags;
                for (const QString &k : std::as_const(keys))
                    byKey[k] << g->name;
            }
        }
        for (QStringList &names : byKey)
            std::sort(names.begin(), names.end());
        return byKey;
    };
    auto actual = [&] {
        QMap<QString, QStringList> byKey;
        for (int g = 0; g < groups->rowCount(); ++g) {
            const QModelIndex group = groups->index(g, 0);
            QStringList names;
            for (int r = 0; r < groups->rowCount(group); ++r)
                names << model->guestAt(groups->mapToListModel(groups->index(r, 0, group)))->name;
            EXPECT_EQ(group.data(DomainGroupProxy::GroupCountRole).toInt(), names.size());
            byKey.insert(group.data(DomainGroupProxy::GroupKeyRole).toString(), names);
        }
        return byKey;
    };
    const Mode modes[] = {Mode::State, Mode::Os, Mode::Tag};
    for (int step = 0; step < 450; ++step) {
        if (step % 150 == 0)
            groups->setMode(modes[step / 150]);
        Connection *c = random.bounded(2) ? alpha : beta;
        QList<int> &ids = present[c];
        const int action = random.bounded(10);
        if (action < 6 && !ids.isEmpty()) { // a guest changes
            const int id = ids[random.bounded(int(ids.size()))];
            DomainInfo g = randomGuest(id);
            g.name = current(c, id).name;
            Q_EMIT c->domainUpdated(g);
        } else if (action == 6 && step % 50 == 49) { // the host disconnects and comes back
            Q_EMIT c->cleared();
            ids.clear();
            QVector<DomainInfo> batch;
            for (int k = 0; k < 40; ++k) {
                ids << next;
                batch << randomGuest(next++);
            }
            Q_EMIT c->domainsLoaded(batch);
        } else if (action == 6) {
            for (int k = random.bounded(1, 4); k > 0 && !ids.isEmpty(); --k)
                Q_EMIT c->domainRemoved(uuidOf(ids.takeAt(random.bounded(int(ids.size())))));
        } else if (action == 7) {
            QVector<DomainInfo> batch; // now and then many at once
            for (int k = random.bounded(8) ? random.bounded(1, 5) : 40; k > 0; --k) {
                ids << next;
                batch << randomGuest(next++);
            }
            Q_EMIT c->domainsLoaded(batch);
        } else if (action == 8) {
            filter->setText(random.bounded(2) ? QStringLiteral("g00") : QString());
        } else {
            const QStringList tagFilters = {QString(), QStringLiteral("web"), QStringLiteral("eu")};
            filter->setTagFilter(tagFilters[random.bounded(3)]);
        }
        const auto want = expected(groups->mode());
        const auto have = actual();
        ASSERT_EQ(have, want) << "step " << step;
    }
    // OS and tag groups go by name, the catch-all last.
    filter->setText({});
    filter->setTagFilter({});
    for (Mode mode : {Mode::Os, Mode::Tag}) {
        groups->setMode(mode);
        ASSERT_GT(groups->rowCount(), 2);
        EXPECT_TRUE(groups->index(groups->rowCount() - 1, 0)
                        .data(DomainGroupProxy::GroupKeyRole)
                        .toString()
                        .isEmpty());
        for (int g = 1; g + 1 < groups->rowCount(); ++g)
            EXPECT_LT(
                QString::compare(groups->index(g - 1, 0).data(DomainListModel::SortRole).toString(),
                                 groups->index(g, 0).data(DomainListModel::SortRole).toString(),
                                 Qt::CaseInsensitive),
                0);
    }
}

// Not a timed test: it checks the result at 10,000 guests and prints how long each step took.
TEST_F(DomainGroupProxyTest, TenThousandGuestsInEveryMode) {
    tester.reset(); // the tester's own checks would dwarf the figures
    constexpr int kGuests = 10000;
    const QStringList osPool = {QString(), kDebian, kUbuntu, kWinXp};
    const GuestState states[] = {GuestState::Running, GuestState::Paused, GuestState::ShutOff};
    auto guest = [&](int i) {
        QStringList tags{QStringLiteral("t%1").arg(i % 20)};
        if (i % 3 == 0)
            tags << QStringLiteral("every-third");
        if (i % 7 == 0)
            tags.clear();
        return makeGuest(
            i, QStringLiteral("guest-%1").arg((i * 7919) % kGuests, 5, 10, QLatin1Char('0')),
            states[i % 3], tags, osPool[i % 4]);
    };
    auto hostOf = [&](int i) { return i % 2 ? beta : alpha; };
    auto countRows = [&] {
        int rows = 0;
        for (int g = 0; g < groups->rowCount(); ++g)
            rows += groups->rowCount(groups->index(g, 0));
        return rows;
    };
    int expectedTagRows = 0;
    for (int i = 0; i < kGuests; ++i)
        expectedTagRows += std::max<qsizetype>(1, guest(i).tags.size());

    for (Mode mode : {Mode::Host, Mode::State, Mode::Os, Mode::Tag}) {
        groups->setMode(mode);
        QElapsedTimer timer;
        timer.start();
        // As a connection's worker sends them: 64 first, then 1,024 at a time, per host.
        for (Connection *c : {alpha, beta}) {
            QVector<DomainInfo> batch;
            int sent = 0;
            for (int i = c == alpha ? 0 : 1; i < kGuests; i += 2) {
                batch << guest(i);
                if (batch.size() == (sent == 0 ? 64 : 1024)) {
                    Q_EMIT c->domainsLoaded(batch);
                    sent += int(batch.size());
                    batch.clear();
                }
            }
            if (!batch.isEmpty())
                Q_EMIT c->domainsLoaded(batch);
        }
        const qint64 loadMs = timer.restart();
        const int expectedRows = mode == Mode::Tag ? expectedTagRows : kGuests;
        if (mode == Mode::Host) {
            EXPECT_EQ(groups->rowCount(), 2);
        } else {
            EXPECT_EQ(countRows(), expectedRows);
        }

        // 1,000 guests change state one by one, as lifecycle events arrive.
        for (int i = 0; i < 1000; ++i) {
            DomainInfo g = current(hostOf(i), i);
            g.state = g.state == GuestState::Running ? GuestState::ShutOff : GuestState::Running;
            Q_EMIT hostOf(i)->domainUpdated(g);
        }
        const qint64 changesMs = timer.restart();

        // A batch of details (tags and OS changed) as the worker reads them.
        QVector<DomainDetails> details;
        for (int i = 0; i < 1024; i += 2) {
            DomainDetails d;
            d.uuid = uuidOf(i);
            d.tags = {QStringLiteral("t%1").arg((i + 1) % 20)};
            d.osId = osPool[(i + 1) % 4];
            details << d;
        }
        Q_EMIT alpha->detailsLoaded(details);
        const qint64 detailsMs = timer.restart();

        // A host is lost: all its 5,000 rows change at once (greyed out).
        Q_EMIT alpha->stateChanged(Connection::State::Lost);
        const qint64 staleMs = timer.restart();

        groups->sort(DomainListModel::MemoryColumn, Qt::DescendingOrder);
        const qint64 sortMs = timer.restart();
        groups->sort(DomainListModel::NameColumn, Qt::AscendingOrder);

        filter->setText(QStringLiteral("guest-0"));
        const qint64 filterMs = timer.restart();
        filter->setText({});
        timer.restart();

        manager.remove(beta);
        const qint64 removeHostMs = timer.restart();
        if (mode == Mode::Host)
            EXPECT_EQ(groups->rowCount(), 1);
        else
            EXPECT_GT(countRows(), 0);
        Q_EMIT alpha->cleared();
        EXPECT_EQ(mode == Mode::Host ? groups->rowCount(groups->index(0, 0)) : countRows(), 0);

        std::printf("[ figures  ] group by %s, %d guests: load %lld ms, 1000 state changes "
                    "%lld ms, 512 details %lld ms, host lost %lld ms, sort %lld ms, filter "
                    "%lld ms, host gone %lld ms\n",
                    qPrintable(DomainGroupProxy::modeKey(mode)), kGuests, loadMs, changesMs,
                    detailsMs, staleMs, sortMs, filterMs, removeHostMs);
        beta = manager.add(ConnectionUri::parse(QStringLiteral("qemu+ssh://beta.example/system")),
                           false, false);
        ASSERT_NE(beta, nullptr);
    }
}

// --- through libvirt's test driver ------------------------------------------------------

namespace {

QString fixtureGuest(const QString &name, int n, int runstate, const QString &metadata) {
    return QStringLiteral(
               "<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
               "<name>%1</name><uuid>cccccccc-0000-4000-8000-%2</uuid>"
               "<memory unit='MiB'>256</memory><vcpu>1</vcpu><os><type>hvm</type></os>"
               "<metadata>%3</metadata><devices/><test:runstate>%4</test:runstate></domain>")
        .arg(name)
        .arg(n, 12, 10, QLatin1Char('0'))
        .arg(metadata)
        .arg(runstate);
}

QString osMetadata(const QString &id) {
    return QStringLiteral("<libosinfo:libosinfo "
                          "xmlns:libosinfo='http://libosinfo.org/xmlns/libvirt/domain/1.0'>"
                          "<libosinfo:os id='%1'/></libosinfo:libosinfo>")
        .arg(id);
}

QString tagMetadata(const QStringList &tags) {
    QString xml = QStringLiteral("<vd:guest xmlns:vd='https://virtdeck.org/xmlns/guest/1.0'>");
    for (const QString &t : tags)
        xml += QStringLiteral("<vd:tag>%1</vd:tag>").arg(t);
    return xml + QStringLiteral("</vd:guest>");
}

} // namespace

TEST(DomainGroupProxyLibvirt, GroupsFollowStateTagAndOsChangesThroughTheTestDriver) {
    const QString dir = TestSupport::makeTempDir(QStringLiteral("groups"));
    const QString path = dir + QStringLiteral("/guests.xml");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        (QStringLiteral("<?xml version='1.0'?><node><cpu><mhz>3000</mhz><model>x86_64</model>"
                        "<active>4</active><nodes>1</nodes><sockets>1</sockets><cores>4</cores>"
                        "<threads>1</threads></cpu><memory>8388608</memory>") +
         fixtureGuest(QStringLiteral("deb-web"), 1, 1,
                      osMetadata(kDebian) +
                          tagMetadata({QStringLiteral("web"), QStringLiteral("prod")})) +
         fixtureGuest(QStringLiteral("xp-old"), 2, 5, osMetadata(kWinXp)) +
         fixtureGuest(QStringLiteral("bare"), 3, 5, QString()) + QStringLiteral("</node>"))
            .toUtf8());
    file.close();

    ConnectionManager manager;
    DomainListModel model(&manager);
    DomainFilterProxy filter;
    filter.setSourceModel(&model);
    filter.sort(DomainListModel::NameColumn);
    DomainGroupProxy groups(&filter);
    ModelTesterGuard tester(&groups);
    Connection *c =
        manager.add(ConnectionUri::parse(QStringLiteral("test://") + path), false, false);
    ASSERT_NE(c, nullptr);
    ASSERT_TRUE(TestSupport::connectAndLoad(c));
    ASSERT_TRUE(waitFor([&] {
        const QModelIndex host = model.hostIndex(c);
        for (int r = 0; r < model.rowCount(host); ++r)
            if (!model.guestAt(model.index(r, 0, host))->detailsLoaded)
                return false;
        return model.rowCount(host) == 3;
    }));

    // The OS comes from the guest's libosinfo metadata, named without loading libosinfo.
    groups.setMode(Mode::Os);
    EXPECT_EQ(treeOf(groups), (Tree{{QStringLiteral("Debian 12 (1)"), {QStringLiteral("deb-web")}},
                                    {QStringLiteral("Windows XP (1)"), {QStringLiteral("xp-old")}},
                                    {QStringLiteral("Unknown OS (1)"), {QStringLiteral("bare")}}}))
        << text(treeOf(groups));

    auto uuidOfName = [&](const QString &name) {
        const QModelIndex host = model.hostIndex(c);
        for (int r = 0; r < model.rowCount(host); ++r)
            if (model.guestAt(model.index(r, 0, host))->name == name)
                return model.guestAt(model.index(r, 0, host))->uuid;
        return QString();
    };
    auto run = [&](std::function<int(virConnectPtr)> query) {
        std::optional<int> result;
        c->runQuery<int>(std::move(query), &model,
                         [&](const std::optional<int> &r) { result = r.value_or(-2); });
        EXPECT_TRUE(waitFor([&] { return result.has_value(); }));
        return result.value_or(-2);
    };
    // An OS recorded later (as virt-install or the wizard would) moves the guest.
    const QByteArray bare = uuidOfName(QStringLiteral("bare")).toLatin1();
    ASSERT_EQ(run([bare](virConnectPtr conn) {
                  virDomainPtr d = virDomainLookupByUUIDString(conn, bare.constData());
                  if (!d)
                      return -1;
                  // As virt-install writes it: <libosinfo:libosinfo><libosinfo:os id=…/>.
                  const int r = virDomainSetMetadata(
                      d, VIR_DOMAIN_METADATA_ELEMENT,
                      "<libosinfo><os id='http://ubuntu.com/ubuntu/22.04'/></libosinfo>",
                      "libosinfo", "http://libosinfo.org/xmlns/libvirt/domain/1.0",
                      VIR_DOMAIN_AFFECT_CONFIG);
                  virDomainFree(d);
                  return r;
              }),
              0);
    EXPECT_TRUE(waitFor([&] {
        return groups.rowCount() == 3 &&
               treeOf(groups).last().first == QStringLiteral("Windows XP (1)");
    })) << text(treeOf(groups));
    EXPECT_EQ(treeOf(groups).at(1), (QPair<QString, QStringList>{QStringLiteral("Ubuntu 22.04 (1)"),
                                                                 {QStringLiteral("bare")}}));

    // Starting a guest moves it from "Shut off" to "Running".
    groups.setMode(Mode::State);
    EXPECT_EQ(treeOf(groups), (Tree{{QStringLiteral("Running (1)"), {QStringLiteral("deb-web")}},
                                    {QStringLiteral("Shut off (2)"),
                                     {QStringLiteral("bare"), QStringLiteral("xp-old")}}}))
        << text(treeOf(groups));
    QSignalSpy finished(c, &Connection::actionFinished);
    c->requestAction(GuestAction::Start, {uuidOfName(QStringLiteral("xp-old"))});
    ASSERT_TRUE(waitFor([&] { return !finished.isEmpty(); }));
    EXPECT_TRUE(waitFor([&] {
        return treeOf(groups) == Tree{{QStringLiteral("Running (2)"),
                                       {QStringLiteral("deb-web"), QStringLiteral("xp-old")}},
                                      {QStringLiteral("Shut off (1)"), {QStringLiteral("bare")}}};
    })) << text(treeOf(groups));

    // Tags stored the way the Overview page stores them.
    groups.setMode(Mode::Tag);
    EXPECT_EQ(treeOf(groups), (Tree{{QStringLiteral("prod (1)"), {QStringLiteral("deb-web")}},
                                    {QStringLiteral("web (1)"), {QStringLiteral("deb-web")}},
                                    {QStringLiteral("No tags (2)"),
                                     {QStringLiteral("bare"), QStringLiteral("xp-old")}}}))
        << text(treeOf(groups));
    const QString xpUuid = uuidOfName(QStringLiteral("xp-old"));
    ASSERT_EQ(
        run([xpUuid](virConnectPtr conn) {
            return GuestTags::setTagsAndNotes(conn, xpUuid, {QStringLiteral("web")}, {}).isNull()
                       ? 0
                       : -1;
        }),
        0);
    EXPECT_TRUE(waitFor([&] {
        return treeOf(groups) == Tree{{QStringLiteral("prod (1)"), {QStringLiteral("deb-web")}},
                                      {QStringLiteral("web (2)"),
                                       {QStringLiteral("deb-web"), QStringLiteral("xp-old")}},
                                      {QStringLiteral("No tags (1)"), {QStringLiteral("bare")}}};
    })) << text(treeOf(groups));
    EXPECT_TRUE(tester.failures().isEmpty())
        << tester.failures().join(QLatin1Char('\n')).toStdString();
}

TEST(DomainXmlSummaryOs, ReadsTheLibosinfoIdAndNamesIt) {
    auto details = [](const QString &metadata) {
        return DomainXmlSummary::details(
            QStringLiteral("u"),
            QStringLiteral("<domain type='kvm'><name>a</name><metadata>%1</metadata>"
                           "<devices><graphics type='vnc'/></devices></domain>")
                .arg(metadata));
    };
    const DomainDetails debian = details(osMetadata(kDebian) + tagMetadata({QStringLiteral("x")}));
    EXPECT_EQ(debian.osId, kDebian);
    EXPECT_EQ(debian.osName, QStringLiteral("Debian 12"));
    EXPECT_EQ(debian.tags, QStringList{QStringLiteral("x")}); // the rest is still read
    EXPECT_EQ(debian.graphics, QStringList{QStringLiteral("vnc")});

    const QList<QPair<QString, QString>> names = {
        {kWinXp, QStringLiteral("Windows XP")},
        {QStringLiteral("http://microsoft.com/win/2k19"), QStringLiteral("Windows Server 2019")},
        {QStringLiteral("http://microsoft.com/win/11"), QStringLiteral("Windows 11")},
        {kUbuntu, QStringLiteral("Ubuntu 22.04")},
        {QStringLiteral("http://redhat.com/rhel/9.2"),
         QStringLiteral("Red Hat Enterprise Linux 9.2")},
        {QStringLiteral("http://fedoraproject.org/fedora/38"), QStringLiteral("Fedora 38")},
        {QStringLiteral("http://freebsd.org/freebsd/13.2"), QStringLiteral("FreeBSD 13.2")},
        {QStringLiteral("http://libosinfo.org/linux/2022"), QStringLiteral("Linux 2022")},
    };
    for (const auto &[id, name] : names)
        EXPECT_EQ(details(osMetadata(id)).osName, name) << id.toStdString();

    // With another prefix it is the same element; in another namespace it is not libosinfo's.
    EXPECT_EQ(details(QStringLiteral("<o:libosinfo xmlns:o='http://libosinfo.org/xmlns/libvirt/"
                                     "domain/1.0'><o:os id='%1'/></o:libosinfo>")
                          .arg(kDebian))
                  .osId,
              kDebian);
    EXPECT_TRUE(
        details(
            QStringLiteral("<libosinfo xmlns='urn:other'><os id='%1'/></libosinfo>").arg(kDebian))
            .osId.isEmpty());
    const DomainDetails none = details(QString());
    EXPECT_TRUE(none.osId.isEmpty());
    EXPECT_TRUE(none.osName.isEmpty());
}
