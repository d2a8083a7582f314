// SPDX-License-Identifier: GPL-2.0-or-later
#include "connection.h"
#include "connectionmanager.h"
#include "domainlistmodel.h"
#include "sshserver.h"
#include "testsupport.h"
#include "throwawayguest.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using TestSupport::waitFor;

namespace {

class RemoteSsh : public ::testing::Test {
protected:
    void SetUp() override {
        if (!TestSupport::systemDaemonAnswers())
            GTEST_SKIP() << "no libvirt daemon answers on qemu:///system";
        if (getuid() != 0)
            GTEST_SKIP() << "an sshd on the loopback for root needs root";
        QString error;
        ASSERT_TRUE(ssh.start(&error)) << error.toStdString();
        ASSERT_TRUE(guest.define(ThrowawayGuest::Options::tagged(QStringLiteral("remote")), &error))
            << error.toStdString();
    }

    SshServer ssh;
    ThrowawayGuest guest;
};

} // namespace

TEST_F(RemoteSsh, ListsTheHostsGuestsOverSsh) {
    ConnectionManager manager;
    DomainListModel model(&manager);
    Connection *c = manager.add(ConnectionUri::parse(ssh.sshUri(ssh.clientKey())), false, false);
    ASSERT_TRUE(c->uri().isRemote());
    ASSERT_TRUE(TestSupport::connectAndLoad(c, 30000)) << c->lastError().details().toStdString();
    EXPECT_TRUE(model.guestIndex(c, guest.uuid()).isValid());
    EXPECT_FALSE(c->facts().hostname.isEmpty());
    EXPECT_TRUE(c->facts().canonicalUri.startsWith(QStringLiteral("qemu+ssh://")));
    // Events travel over the tunnel too.
    QString error;
    ASSERT_TRUE(guest.start(&error)) << error.toStdString();
    EXPECT_TRUE(waitFor(
        [&] {
            return GuestState(model.guestIndex(c, guest.uuid())
                                  .data(DomainListModel::GuestStateRole)
                                  .toInt()) == GuestState::Running;
        },
        2000));
}

TEST_F(RemoteSsh, LibsshTransportConnectsToo) {
    Connection c(ConnectionUri::parse(ssh.libsshUri(ssh.clientKey())));
    ASSERT_TRUE(TestSupport::connectAndLoad(&c, 30000)) << c.lastError().details().toStdString();
    EXPECT_TRUE(c.isOpen());
}

TEST_F(RemoteSsh, AnUnknownKeyIsRefusedInPlainWords) {
    Connection c(ConnectionUri::parse(ssh.sshUri(ssh.unknownClientKey())));
    QSignalSpy errors(&c, &Connection::errorOccurred);
    c.connectToHost();
    ASSERT_TRUE(waitFor([&] { return !errors.isEmpty(); }, 30000));
    const UserError e = errors.first().first().value<UserError>();
    EXPECT_EQ(e.kind(), UserError::Kind::SshAuthFailed) << e.details().toStdString();
    EXPECT_TRUE(e.explanation().contains(QStringLiteral("127.0.0.1")));
    EXPECT_EQ(c.state(), Connection::State::Disconnected);
}

TEST_F(RemoteSsh, NothingListeningIsAnUnreachableHost) {
    const QString uri = QStringLiteral("qemu+ssh://root@127.0.0.1:1/system?keyfile=%1&command=%2")
                            .arg(ssh.clientKey(), ssh.sshWrapper());
    Connection c(ConnectionUri::parse(uri));
    QSignalSpy errors(&c, &Connection::errorOccurred);
    c.connectToHost();
    ASSERT_TRUE(waitFor([&] { return !errors.isEmpty(); }, 30000));
    EXPECT_EQ(errors.first().first().value<UserError>().kind(), UserError::Kind::HostUnreachable);
}
