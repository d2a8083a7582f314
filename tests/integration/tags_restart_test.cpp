// SPDX-License-Identifier: GPL-2.0-or-later
// Tags and notes live in the guest's own definition, so they survive the daemon restarting.
//
// The restart is of a private libvirtd (tests/support/privatedaemon.h) serving the real QEMU
// driver in its unprivileged ("session") mode, with its definitions on disk in the daemon's
// own directory: killing and restarting the shared system daemon would break the other test
// runs and guests using it at the same time. The test driver would not do either: it keeps
// nothing across a restart, so it could not tell whether tags were stored.
#include "connection.h"
#include "connectionmanager.h"
#include "domainlistmodel.h"
#include "guesttags.h"
#include "libvirthandles.h"
#include "privatedaemon.h"
#include "testsupport.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <memory>

#include <unistd.h>

using TestSupport::waitFor;

namespace {

class TagsRestart : public ::testing::Test {
protected:
    void SetUp() override {
        if (getuid() != 0)
            GTEST_SKIP() << "running a private libvirtd as 'nobody' needs root";
        QString error;
        ASSERT_TRUE(daemon.start(&error)) << error.toStdString();
        uri = QStringLiteral("qemu+unix:///session?socket=") + daemon.socketPath();
        name = QStringLiteral("vdtest-tags-%1").arg(QCoreApplication::applicationPid());
        ConnectHandle raw(virConnectOpen(uri.toUtf8().constData()));
        ASSERT_TRUE(raw) << virGetLastErrorMessage();
        const QByteArray xml =
            (QStringLiteral("<domain type='qemu'><name>") + name +
             QStringLiteral("</name><memory unit='MiB'>128</memory><vcpu>1</vcpu>"
                            "<os><type arch='x86_64'>hvm</type></os><devices/></domain>"))
                .toUtf8();
        DomainHandle dom(virDomainDefineXML(raw.get(), xml.constData()));
        ASSERT_TRUE(dom) << virGetLastErrorMessage();
        char uuidText[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(dom.get(), uuidText);
        uuid = QString::fromLatin1(uuidText);

        model = std::make_unique<DomainListModel>(&manager);
        connection = manager.add(ConnectionUri::parse(uri), false, false);
        ASSERT_NE(connection, nullptr);
        ASSERT_TRUE(TestSupport::connectAndLoad(connection, 30000))
            << connection->lastError().details().toStdString();
    }
    void TearDown() override {
        if (uuid.isEmpty())
            return;
        ConnectHandle raw(virConnectOpen(uri.toUtf8().constData()));
        if (raw) {
            DomainHandle dom(virDomainLookupByUUIDString(raw.get(), uuid.toLatin1().constData()));
            if (dom)
                virDomainUndefine(dom.get());
        }
    }
    // The guest's tags as the list shows them, or null while it is not (yet) listed.
    std::optional<QStringList> listedTags() const {
        const QModelIndex index = model->guestIndex(connection, uuid);
        const DomainInfo *g = model->guestAt(index);
        if (!g || !g->detailsLoaded)
            return std::nullopt;
        return g->tags;
    }
    std::optional<GuestTags> readBack() {
        std::optional<GuestTags> result;
        bool done = false;
        const QString id = uuid;
        connection->runQuery<GuestTags>([id](virConnectPtr c) { return GuestTags::read(c, id); },
                                        model.get(),
                                        [&](const std::optional<GuestTags> &r) {
                                            result = r;
                                            done = true;
                                        });
        EXPECT_TRUE(waitFor([&] { return done; }, 10000));
        return result;
    }

    PrivateDaemon daemon;
    QString uri;
    QString name;
    QString uuid;
    ConnectionManager manager;
    std::unique_ptr<DomainListModel> model;
    Connection *connection = nullptr;
};

} // namespace

TEST_F(TagsRestart, TagsAndNotesSurviveADaemonRestart) {
    const QStringList tags{QStringLiteral("web"), QStringLiteral("eu-west"),
                           QStringLiteral("tier.1")};
    const QString notes = QStringLiteral("Owner: ops\nRestarted on purpose");
    std::optional<UserError> set;
    bool done = false;
    const QString id = uuid;
    connection->runQuery<UserError>(
        [id, tags, notes](virConnectPtr c) {
            return GuestTags::setTagsAndNotes(c, id, tags, notes);
        },
        model.get(),
        [&](const std::optional<UserError> &r) {
            set = r;
            done = true;
        });
    ASSERT_TRUE(waitFor([&] { return done; }, 10000));
    ASSERT_TRUE(set.has_value());
    ASSERT_TRUE(set->isNull()) << set->summary().toStdString();
    // The metadata-change event refreshes the list.
    ASSERT_TRUE(waitFor([&] { return listedTags() == tags; }, 10000));

    daemon.kill();
    ASSERT_TRUE(
        waitFor([&] { return connection->state() != Connection::State::Connected; }, 10000));
    QString error;
    ASSERT_TRUE(daemon.start(&error)) << error.toStdString();
    // VirtDeck reconnects on its own; the guest is listed again with its tags.
    ASSERT_TRUE(waitFor([&] { return connection->isOpen() && !connection->isLoading(); }, 60000))
        << connection->lastError().details().toStdString();
    ASSERT_TRUE(waitFor([&] { return listedTags() == tags; }, 30000))
        << listedTags()
               .value_or(QStringList{QStringLiteral("(not listed)")})
               .join(QLatin1Char(','))
               .toStdString();
    EXPECT_TRUE(model->allTags().contains(QStringLiteral("eu-west")));
    EXPECT_TRUE(
        model->index(model->guestIndex(connection, uuid).row(), 0, model->hostIndex(connection))
            .data(Qt::ToolTipRole)
            .toString()
            .contains(QLatin1String("eu-west")));

    const std::optional<GuestTags> back = readBack();
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(back->error.isNull()) << back->error.summary().toStdString();
    EXPECT_EQ(back->tags, tags);
    EXPECT_EQ(back->notes, notes);
}
