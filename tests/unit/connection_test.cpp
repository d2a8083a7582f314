// SPDX-License-Identifier: GPL-2.0-or-later
#include "connection.h"
#include "connectionmanager.h"
#include "credentialprovider.h"
#include "testsupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <atomic>

using TestSupport::waitFor;

namespace {

// Answers libvirt's questions like a user would, counting how often it was asked.
class ScriptedCredentials : public CredentialProvider {
public:
    QString user;
    QString password;
    bool cancel = false;
    std::atomic<int> asked{0};
    QString lastUri;

    bool provide(const QString &uri, QVector<CredentialRequest> &requests) override {
        ++asked;
        lastUri = uri;
        if (cancel)
            return false;
        for (CredentialRequest &r : requests)
            r.answer = r.isSecret() ? password : user;
        return true;
    }
};

UserError openAndExpectFailure(Connection &c) {
    QSignalSpy errors(&c, &Connection::errorOccurred);
    c.connectToHost();
    EXPECT_TRUE(waitFor([&] { return !errors.isEmpty(); }, 10000));
    return errors.isEmpty() ? UserError() : errors.first().first().value<UserError>();
}

class ConnectionTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override {
        Connection::setCredentialProvider(nullptr);
        QSettings().clear();
    }
};

} // namespace

TEST_F(ConnectionTest, MissingDaemonIsReportedInPlainWords) {
    Connection c(
        ConnectionUri::parse(QStringLiteral("qemu:///system?socket=/tmp/vd-no-such-dir/sock")));
    const UserError e = openAndExpectFailure(c);
    EXPECT_EQ(e.kind(), UserError::Kind::DaemonNotRunning);
    EXPECT_EQ(c.state(), Connection::State::Disconnected);
    EXPECT_EQ(c.lastError().kind(), UserError::Kind::DaemonNotRunning);
    EXPECT_TRUE(e.rawMessage().contains(QStringLiteral("/tmp/vd-no-such-dir/sock")));
}

TEST_F(ConnectionTest, AsksForCredentialsAndLogsIn) {
    ScriptedCredentials creds;
    creds.user = QStringLiteral("alice");
    creds.password = QStringLiteral("correct horse");
    Connection::setCredentialProvider(&creds);
    Connection c(ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("auth.xml"))));
    ASSERT_TRUE(TestSupport::connectAndLoad(&c));
    EXPECT_GE(creds.asked.load(), 1);
    EXPECT_TRUE(creds.lastUri.endsWith(QStringLiteral("auth.xml")));
    EXPECT_TRUE(c.facts().isTestDriver);
}

TEST_F(ConnectionTest, WrongPasswordIsALoginFailure) {
    ScriptedCredentials creds;
    creds.user = QStringLiteral("alice");
    creds.password = QStringLiteral("wrong");
    Connection::setCredentialProvider(&creds);
    Connection c(ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("auth.xml"))));
    const UserError e = openAndExpectFailure(c);
    EXPECT_EQ(e.kind(), UserError::Kind::AuthFailed);
    EXPECT_FALSE(c.isOpen());
    // The secret never appears in what is shown.
    EXPECT_FALSE(e.details().contains(QStringLiteral("wrong")));
}

TEST_F(ConnectionTest, CancelledLoginSaysSo) {
    ScriptedCredentials creds;
    creds.cancel = true;
    Connection::setCredentialProvider(&creds);
    Connection c(ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("auth.xml"))));
    const UserError e = openAndExpectFailure(c);
    EXPECT_EQ(e.kind(), UserError::Kind::AuthCancelled);
}

TEST_F(ConnectionTest, ReportsHostFacts) {
    Connection c(ConnectionUri::parse(QStringLiteral("test:///default")));
    ASSERT_TRUE(TestSupport::connectAndLoad(&c));
    const HostFacts f = c.facts();
    EXPECT_TRUE(f.isTestDriver);
    EXPECT_EQ(f.canonicalUri, QStringLiteral("test:///default"));
    EXPECT_GT(f.cpus, 0);
    EXPECT_GT(f.memoryKiB, 0u);
    EXPECT_TRUE(f.libvirtVersion.startsWith(QStringLiteral("9.")));
    EXPECT_GE(f.openMs, 0);
}

TEST_F(ConnectionTest, ActionsWhileDisconnectedFailWithoutBlocking) {
    Connection c(ConnectionUri::parse(QStringLiteral("test:///default")));
    QSignalSpy done(&c, &Connection::actionFinished);
    c.requestAction(GuestAction::Start, {QStringLiteral("x")});
    ASSERT_TRUE(waitFor([&] { return !done.isEmpty(); }));
    const auto r = done.first().first().value<ActionResult>();
    ASSERT_EQ(r.outcomes.size(), 1);
    EXPECT_EQ(r.outcomes[0].error.kind(), UserError::Kind::ConnectionLost);
}

TEST_F(ConnectionTest, ManagerSavesLoadsAndRefusesDuplicates) {
    {
        ConnectionManager m;
        QString error;
        Connection *a = m.add(ConnectionUri::parse(QStringLiteral("qemu+ssh://root@h1/system")),
                              true, true, &error);
        ASSERT_NE(a, nullptr);
        EXPECT_TRUE(error.isEmpty());
        Connection *again = m.add(ConnectionUri::parse(QStringLiteral("qemu+ssh://root@h1/system")),
                                  false, true, &error);
        EXPECT_EQ(again, a);
        EXPECT_TRUE(error.contains(QStringLiteral("already")));
        m.add(ConnectionUri::parse(QStringLiteral("lxc+ssh://h2/")), false, true);
        m.add(ConnectionUri::parse(QStringLiteral("test:///default")), true,
              false); // not remembered
        EXPECT_EQ(m.connections().size(), 3);
        EXPECT_EQ(m.add(ConnectionUri(), true, true, &error), nullptr);
    }
    ConnectionManager loaded;
    loaded.loadSaved();
    ASSERT_EQ(loaded.connections().size(), 2);
    EXPECT_EQ(loaded.connections()[0]->uri().toString(),
              QStringLiteral("qemu+ssh://root@h1/system"));
    EXPECT_TRUE(loaded.connections()[0]->autoconnect());
    EXPECT_FALSE(loaded.connections()[1]->autoconnect());
    loaded.remove(loaded.connections()[0]);
    ConnectionManager after;
    after.loadSaved();
    ASSERT_EQ(after.connections().size(), 1);
    EXPECT_EQ(after.connections()[0]->uri().toString(), QStringLiteral("lxc+ssh://h2/"));
}

TEST_F(ConnectionTest, FirstRunAddsTheLocalHypervisors) {
    ConnectionManager m;
    m.loadSaved();
    ASSERT_FALSE(m.connections().isEmpty());
    EXPECT_EQ(m.connections()[0]->uri().toString(), QStringLiteral("qemu:///system"));
    EXPECT_TRUE(m.connections()[0]->autoconnect());
    EXPECT_EQ(m.connections().size(), ConnectionManager::defaultLocalConnections().size());
}

TEST_F(ConnectionTest, DemoConnectionOpensWhenNoLocalDaemonAnswers) {
    ConnectionManager m;
    m.setDemoFallbackEnabled(true);
    m.add(ConnectionUri::parse(QStringLiteral("qemu:///system?socket=/tmp/vd-none/sock")), true,
          false);
    QSignalSpy demo(&m, &ConnectionManager::demoConnectionOpened);
    m.connectAutoconnect();
    ASSERT_TRUE(waitFor([&] { return !demo.isEmpty(); }, 10000));
    Connection *d = m.demoConnection();
    ASSERT_NE(d, nullptr);
    EXPECT_TRUE(d->isDemo());
    EXPECT_EQ(d->uri().toString(), QStringLiteral("test:///default"));
    EXPECT_TRUE(waitFor([&] { return d->isOpen(); }));
}

TEST_F(ConnectionTest, NoDemoWhenARealConnectionOpens) {
    ConnectionManager m;
    m.setDemoFallbackEnabled(true);
    Connection *real = m.add(
        ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("guests-all-states.xml"))),
        true, false);
    m.add(ConnectionUri::parse(QStringLiteral("qemu:///system?socket=/tmp/vd-none/sock")), true,
          false);
    m.connectAutoconnect();
    ASSERT_TRUE(waitFor([&] { return real->isOpen(); }));
    QTest::qWait(300);
    EXPECT_EQ(m.demoConnection(), nullptr);
}
