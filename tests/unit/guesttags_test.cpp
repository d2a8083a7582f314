// SPDX-License-Identifier: GPL-2.0-or-later
// VirtDeck's tags and notes: reading them from a guest's XML, checking them, storing them
// through libvirt, and filtering the guest list by them.
#include "connection.h"
#include "connectionmanager.h"
#include "domainfilterproxy.h"
#include "domainlistmodel.h"
#include "domainxmlsummary.h"
#include "guesttags.h"
#include "modeltesterguard.h"
#include "testsupport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using TestSupport::waitFor;

TEST(GuestTagsSummary, ReadsTagsWhateverPrefixTheWriterChose) {
    const QString xml = QStringLiteral(
        "<domain type='kvm'><name>a</name>"
        "<metadata>"
        "<other:guest xmlns:other='urn:someone-else'><other:tag>not-ours</other:tag></other:guest>"
        "<vd:guest xmlns:vd='https://virtdeck.org/xmlns/guest/1.0'>"
        "<vd:tag>web</vd:tag><vd:tag> prod </vd:tag><vd:notes>web, no tag</vd:notes>"
        "<other:tag xmlns:other='urn:someone-else'>nor-this</other:tag>"
        "</vd:guest></metadata>"
        "<devices><graphics type='vnc'/></devices></domain>");
    const DomainDetails d = DomainXmlSummary::details(QStringLiteral("u"), xml);
    EXPECT_EQ(d.tags, (QStringList{QStringLiteral("web"), QStringLiteral("prod")}));
    EXPECT_EQ(d.graphics, QStringList{QStringLiteral("vnc")}); // the rest is still read

    // Unprefixed, with VirtDeck's namespace as the default one.
    const QString plain = QStringLiteral(
        "<domain type='kvm'><metadata><guest xmlns='https://virtdeck.org/xmlns/guest/1.0'>"
        "<tag>db</tag></guest></metadata></domain>");
    EXPECT_EQ(DomainXmlSummary::details({}, plain).tags, QStringList{QStringLiteral("db")});
    // A <guest> in no namespace is not VirtDeck's.
    const QString foreign = QStringLiteral(
        "<domain type='kvm'><metadata><guest><tag>x</tag></guest></metadata></domain>");
    EXPECT_TRUE(DomainXmlSummary::details({}, foreign).tags.isEmpty());
}

TEST(GuestTagsValidation, AcceptsGoodTagsAndExplainsBadOnes) {
    EXPECT_EQ(
        GuestTags::split(QStringLiteral(" web, prod ,, db.eu-1_a ,")),
        (QStringList{QStringLiteral("web"), QStringLiteral("prod"), QStringLiteral("db.eu-1_a")}));
    EXPECT_TRUE(GuestTags::problems({}).isEmpty());
    EXPECT_TRUE(GuestTags::problems(
                    {QStringLiteral("web"), QStringLiteral("Été-2"), QString(32, QLatin1Char('x'))})
                    .isEmpty());

    const QStringList spaces = GuestTags::problems({QStringLiteral("two words")});
    ASSERT_EQ(spaces.size(), 1);
    EXPECT_TRUE(spaces.first().contains(QLatin1String("two words")));
    EXPECT_TRUE(spaces.first().contains(QLatin1String("letters, digits")));

    const QStringList tooLong = GuestTags::problems({QString(33, QLatin1Char('x'))});
    ASSERT_EQ(tooLong.size(), 1);
    EXPECT_TRUE(tooLong.first().contains(QLatin1String("32")));

    const QStringList twice = GuestTags::problems({QStringLiteral("Web"), QStringLiteral("web")});
    ASSERT_EQ(twice.size(), 1);
    EXPECT_TRUE(twice.first().contains(QLatin1String("twice")));

    QStringList many;
    for (int i = 0; i < 21; ++i)
        many << QStringLiteral("t%1").arg(i);
    const QStringList tooMany = GuestTags::problems(many);
    ASSERT_EQ(tooMany.size(), 1);
    EXPECT_TRUE(tooMany.first().contains(QLatin1String("20")));
    many.removeLast();
    EXPECT_TRUE(GuestTags::problems(many).isEmpty());

    EXPECT_FALSE(GuestTags::problems({QStringLiteral("a<b")}).isEmpty());
    EXPECT_FALSE(GuestTags::problems({QStringLiteral("a,b")}).isEmpty());
}

TEST(GuestTagsValidation, ElementRoundTripsTagsAndNotes) {
    const QStringList tags{QStringLiteral("web"), QStringLiteral("prod")};
    const QString notes = QStringLiteral("Owner: <ops> & \"friends\"\nsecond line");
    const GuestTags back = GuestTags::fromElement(GuestTags::elementXml(tags, notes));
    EXPECT_EQ(back.tags, tags);
    EXPECT_EQ(back.notes, notes);
    // libvirt hands the element back with its prefix.
    const GuestTags prefixed = GuestTags::fromElement(
        QStringLiteral("<virtdeck:guest xmlns:virtdeck='https://virtdeck.org/xmlns/guest/1.0'>"
                       "<virtdeck:tag>a</virtdeck:tag><virtdeck:notes>n</virtdeck:notes>"
                       "</virtdeck:guest>"));
    EXPECT_EQ(prefixed.tags, QStringList{QStringLiteral("a")});
    EXPECT_EQ(prefixed.notes, QStringLiteral("n"));
}

namespace {

class GuestTagsListTest : public ::testing::Test {
protected:
    void SetUp() override {
        model = std::make_unique<DomainListModel>(&manager);
        tester = std::make_unique<ModelTesterGuard>(model.get());
        connection = manager.add(
            ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("guests-all-states.xml"))),
            false, false);
        ASSERT_NE(connection, nullptr);
        ASSERT_TRUE(TestSupport::connectAndLoad(connection));
        host = model->hostIndex(connection);
        ASSERT_TRUE(waitFor([&] {
            for (int r = 0; r < model->rowCount(host); ++r)
                if (!model->guestAt(model->index(r, 0, host))->detailsLoaded)
                    return false;
            return model->rowCount(host) > 0;
        }));
    }
    void TearDown() override {
        EXPECT_TRUE(tester->failures().isEmpty())
            << tester->failures().join(QLatin1Char('\n')).toStdString();
        tester.reset();
        model.reset();
    }
    QModelIndex guestIndex(const QString &name) const {
        for (int r = 0; r < model->rowCount(host); ++r)
            if (model->guestAt(model->index(r, 0, host))->name == name)
                return model->index(r, 0, host);
        return {};
    }
    // Stores tags through libvirt the way the Overview page does.
    UserError setTags(const QString &name, const QStringList &tags, const QString &notes = {}) {
        const QString uuid = model->guestAt(guestIndex(name))->uuid;
        std::optional<UserError> result;
        bool done = false;
        connection->runQuery<UserError>(
            [uuid, tags, notes](virConnectPtr c) {
                return GuestTags::setTagsAndNotes(c, uuid, tags, notes);
            },
            model.get(),
            [&](const std::optional<UserError> &r) {
                result = r;
                done = true;
            });
        EXPECT_TRUE(waitFor([&] { return done; }));
        return result.value_or(UserError::make(UserError::Kind::Other, QStringLiteral("none"),
                                               QStringLiteral("no result")));
    }
    QStringList visibleNames(DomainFilterProxy &proxy) const {
        QStringList names;
        const QModelIndex h = proxy.mapFromSource(host);
        for (int r = 0; r < proxy.rowCount(h); ++r)
            names << model->guestAt(proxy.mapToSource(proxy.index(r, 0, h)))->name;
        return names;
    }

    ConnectionManager manager;
    std::unique_ptr<DomainListModel> model;
    std::unique_ptr<ModelTesterGuard> tester;
    Connection *connection = nullptr;
    QModelIndex host;
};

} // namespace

TEST_F(GuestTagsListTest, MetadataChangesReachTheListAndItsFilter) {
    QSignalSpy tagsChanged(model.get(), &DomainListModel::tagsChanged);
    ASSERT_TRUE(setTags(QStringLiteral("web-frontend"), // running: live and saved
                        {QStringLiteral("web"), QStringLiteral("prod"), QStringLiteral("eu-west")},
                        QStringLiteral("notes stay out of the list"))
                    .isNull());
    ASSERT_TRUE(
        setTags(QStringLiteral("db-primary"), {QStringLiteral("Prod"), QStringLiteral("db")})
            .isNull());
    // libvirt reports the metadata change; the list reads the guest's details again.
    // "Prod" and "prod" are one tag; which spelling is listed follows the guests' order.
    ASSERT_TRUE(waitFor([&] {
        return model->allTags().join(QLatin1Char(',')).toLower() ==
               QLatin1String("db,eu-west,prod,web");
    })) << model->allTags().join(QLatin1Char(',')).toStdString();
    EXPECT_FALSE(tagsChanged.isEmpty());

    const QModelIndex web = guestIndex(QStringLiteral("web-frontend"));
    EXPECT_EQ(
        web.data(DomainListModel::TagsRole).toStringList(),
        (QStringList{QStringLiteral("web"), QStringLiteral("prod"), QStringLiteral("eu-west")}));
    EXPECT_TRUE(
        web.data(Qt::ToolTipRole).toString().contains(QLatin1String("Tags: web, prod, eu-west")));

    DomainFilterProxy proxy;
    proxy.setSourceModel(model.get());
    ModelTesterGuard proxyTester(&proxy);
    proxy.sort(DomainListModel::NameColumn);
    proxy.setTagFilter(QStringLiteral("PROD")); // case does not matter
    EXPECT_EQ(visibleNames(proxy),
              (QStringList{QStringLiteral("db-primary"), QStringLiteral("web-frontend")}));
    proxy.setTagFilter(QStringLiteral("web"));
    EXPECT_EQ(visibleNames(proxy), QStringList{QStringLiteral("web-frontend")});
    proxy.setTagFilter({});
    proxy.setText(QStringLiteral("db")); // the text filter matches tags as well as names
    EXPECT_EQ(visibleNames(proxy), QStringList{QStringLiteral("db-primary")});
    proxy.setText(QStringLiteral("WEST")); // in no name or title, only a tag
    EXPECT_EQ(visibleNames(proxy), QStringList{QStringLiteral("web-frontend")});
    proxy.setText({});
    proxy.setTagFilter(QStringLiteral("prod"));
    proxy.setStateFilter(DomainFilterProxy::StateFilter::ShutOff); // filters combine
    EXPECT_TRUE(visibleNames(proxy).isEmpty());
    proxy.setStateFilter(DomainFilterProxy::StateFilter::Any);

    // Removing a guest's tags takes it out of the filter and its tags out of the list.
    ASSERT_TRUE(setTags(QStringLiteral("db-primary"), {}).isNull());
    ASSERT_TRUE(waitFor([&] {
        return model->allTags() == (QStringList{QStringLiteral("eu-west"), QStringLiteral("prod"),
                                                QStringLiteral("web")});
    }));
    EXPECT_EQ(visibleNames(proxy), QStringList{QStringLiteral("web-frontend")});
}

TEST_F(GuestTagsListTest, BadTagsAreRefusedAndChangeNothing) {
    const UserError error =
        setTags(QStringLiteral("web-frontend"), {QStringLiteral("ok"), QStringLiteral("not ok")});
    EXPECT_EQ(error.kind(), UserError::Kind::InvalidInput);
    EXPECT_TRUE(error.explanation().contains(QLatin1String("not ok")));
    const QString uuid = model->guestAt(guestIndex(QStringLiteral("web-frontend")))->uuid;
    std::optional<GuestTags> read;
    bool done = false;
    connection->runQuery<GuestTags>([uuid](virConnectPtr c) { return GuestTags::read(c, uuid); },
                                    model.get(),
                                    [&](const std::optional<GuestTags> &r) {
                                        read = r;
                                        done = true;
                                    });
    ASSERT_TRUE(waitFor([&] { return done; }));
    ASSERT_TRUE(read.has_value());
    EXPECT_TRUE(read->error.isNull());
    EXPECT_TRUE(read->tags.isEmpty());
}
