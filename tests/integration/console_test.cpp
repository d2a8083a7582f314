// SPDX-License-Identifier: GPL-2.0-or-later
#include "connection.h"
#include "consolepage.h"
#include "frameprobe.h"
#include "spiceconsolesession.h"
#include "sshserver.h"
#include "terminalwidget.h"
#include "testsupport.h"
#include "throwawayguest.h"
#include "vncsession.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>

#include <gtest/gtest.h>

#include <memory>

using TestSupport::waitFor;

namespace {

constexpr quint16 kEsc = 0x01;

// A running guest on the system daemon, and VirtDeck's connection to that daemon.
class ConsoleTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!TestSupport::systemDaemonAnswers())
            GTEST_SKIP() << "no libvirt daemon answers on qemu:///system";
        ThrowawayGuest::removeLeftovers();
        connection =
            std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("qemu:///system")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
    }

    void bootGuest(ThrowawayGuest::Options options) {
        QString error;
        ASSERT_TRUE(guest.define(options, &error)) << error.toStdString();
        ASSERT_TRUE(guest.start(&error)) << error.toStdString();
    }

    DomainInfo guestInfo() {
        DomainInfo info;
        info.uuid = guest.uuid();
        info.name = guest.name();
        info.state = GuestState(guest.state());
        return info;
    }

    // Opens a session on the guest's first display through a socket from libvirt.
    void openThroughLibvirt(ConsoleSession *session) {
        const QString uuid = guest.uuid();
        Connection *c = connection.get();
        session->setSocketProvider([c, uuid, session](std::function<void(int)> deliver) {
            c->requestGraphicsFd(uuid, 0, session,
                                 [deliver](int fd, const UserError &) { deliver(fd); });
        });
        bool done = false;
        c->requestGraphicsFd(uuid, 0, session, [&](int fd, const UserError &e) {
            ASSERT_GE(fd, 0) << e.details().toStdString();
            session->openFd(fd);
            done = true;
        });
        ASSERT_TRUE(waitFor([&] { return done; }));
    }

    // Waits for a frame with real content, then for the screen to stay unchanged a while.
    QImage stableFrame(ConsoleSession *session, int quietMs = 1200) {
        EXPECT_TRUE(waitFor([&] { return FrameProbe::distinctColours(session->framebuffer()) > 1; },
                            15000));
        quint64 seen = session->updateCount();
        QElapsedTimer quiet;
        quiet.start();
        waitFor(
            [&] {
                if (session->updateCount() != seen) {
                    seen = session->updateCount();
                    quiet.restart();
                }
                return quiet.elapsed() >= quietMs;
            },
            20000);
        return session->framebuffer().copy();
    }

    void expectKeyChangesScreen(ConsoleSession *session) {
        const QImage before = stableFrame(session);
        ASSERT_FALSE(before.isNull());
        session->sendKeyCombination({kEsc});
        EXPECT_TRUE(waitFor(
            [&] { return FrameProbe::difference(before, session->framebuffer()) > 0.002; }, 5000))
            << "ESC at SeaBIOS's prompt did not open the boot menu";
    }

    std::unique_ptr<Connection> connection;
    ThrowawayGuest guest;
};

ThrowawayGuest::Options seabiosWaiting(const QString &graphics) {
    ThrowawayGuest::Options o = ThrowawayGuest::Options::tagged(QStringLiteral("console"));
    o.graphics = graphics;
    o.bootMenuTimeoutMs = 60000; // "Press ESC for boot menu" stays up
    return o;
}

} // namespace

TEST_F(ConsoleTest, VncShowsTheGuestsScreenAndTakesKeys) {
    bootGuest(seabiosWaiting(QStringLiteral("vnc")));
    VncSession session;
    QObject::connect(
        &session, &ConsoleSession::closed, [](ConsoleSession::CloseReason r, const QString &m) {
            std::printf("[   INFO   ] VNC session closed (%d): %s\n", int(r), qPrintable(m));
        });
    QElapsedTimer clock;
    clock.start();
    openThroughLibvirt(&session);
    ASSERT_TRUE(
        waitFor([&] { return FrameProbe::distinctColours(session.framebuffer()) > 1; }, 10000));
    std::printf("[   INFO   ] first VNC frame with content after %lld ms\n", clock.elapsed());
    EXPECT_EQ(session.state(), ConsoleSession::State::Connected);
    expectKeyChangesScreen(&session);
    EXPECT_EQ(session.guestSize(), QSize(720, 400)); // SeaBIOS's VGA text mode
}

TEST_F(ConsoleTest, SpiceShowsTheGuestsScreenAndTakesKeys) {
    bootGuest(seabiosWaiting(QStringLiteral("spice")));
    SpiceConsoleSession session;
    openThroughLibvirt(&session);
    ASSERT_TRUE(
        waitFor([&] { return FrameProbe::distinctColours(session.framebuffer()) > 1; }, 15000));
    EXPECT_EQ(session.state(), ConsoleSession::State::Connected);
    expectKeyChangesScreen(&session);
    EXPECT_EQ(session.guestSize(), QSize(720, 400));
}

TEST_F(ConsoleTest, VncPasswordIsAskedCheckedAndAccepted) {
    ThrowawayGuest::Options o = seabiosWaiting(QStringLiteral("vnc"));
    o.graphicsPassword = QStringLiteral("s3cret");
    bootGuest(o);
    {
        VncSession none;
        QSignalSpy closed(&none, &ConsoleSession::closed);
        openThroughLibvirt(&none);
        ASSERT_TRUE(waitFor([&] { return !closed.isEmpty(); }, 10000));
        EXPECT_EQ(closed.first().first().value<ConsoleSession::CloseReason>(),
                  ConsoleSession::CloseReason::PasswordRequired);
    }
    {
        VncSession wrong;
        wrong.setPassword(QStringLiteral("guess"));
        QSignalSpy closed(&wrong, &ConsoleSession::closed);
        openThroughLibvirt(&wrong);
        ASSERT_TRUE(waitFor([&] { return !closed.isEmpty(); }, 10000));
        EXPECT_EQ(closed.first().first().value<ConsoleSession::CloseReason>(),
                  ConsoleSession::CloseReason::AuthenticationFailed);
        EXPECT_TRUE(wrong.framebuffer().isNull());
    }
    VncSession right;
    right.setPassword(QStringLiteral("s3cret"));
    openThroughLibvirt(&right);
    EXPECT_TRUE(
        waitFor([&] { return FrameProbe::distinctColours(right.framebuffer()) > 1; }, 10000));
}

TEST_F(ConsoleTest, PageAsksForThePasswordAndConnectsWithIt) {
    ThrowawayGuest::Options o = seabiosWaiting(QStringLiteral("vnc"));
    o.graphicsPassword = QStringLiteral("s3cret");
    bootGuest(o);
    ConsolePage page(connection.get(), guestInfo());
    page.show();
    page.start();
    ASSERT_TRUE(waitFor([&] { return page.mode() == ConsolePage::Mode::Password; }, 10000));
    page.passwordField()->setText(QStringLiteral("wrong"));
    page.passwordButton()->click();
    ASSERT_TRUE(waitFor([&] { return page.mode() == ConsolePage::Mode::Password; }, 10000));
    page.passwordField()->setText(QStringLiteral("s3cret"));
    page.passwordButton()->click();
    ASSERT_TRUE(waitFor([&] { return page.mode() == ConsolePage::Mode::Graphical; }, 10000));
    EXPECT_TRUE(waitFor([&] { return page.view()->framesPainted() > 0; }, 5000));
}

TEST_F(ConsoleTest, PageReconnectsWhenTheGuestIsResetOrRestarted) {
    bootGuest(seabiosWaiting(QStringLiteral("vnc")));
    ConsolePage page(connection.get(), guestInfo());
    page.resize(800, 500);
    page.show();
    page.start();
    ASSERT_TRUE(waitFor([&] { return page.mode() == ConsolePage::Mode::Graphical; }, 10000));
    ASSERT_TRUE(waitFor([&] { return page.session() && page.session()->updateCount() > 0; }));

    // Reset: QEMU keeps its display; the page shows the guest booting again.
    const quint64 before = page.session()->updateCount();
    ASSERT_EQ(virDomainReset(guest.domain(), 0), 0);
    EXPECT_TRUE(waitFor(
        [&] {
            return page.mode() == ConsolePage::Mode::Graphical && page.session() &&
                   page.session()->updateCount() > before;
        },
        10000));

    // Power cycle: a new QEMU process and display; the page reconnects by itself.
    ConsoleSession *first = page.session();
    guest.destroy();
    ASSERT_TRUE(waitFor([&] { return page.mode() == ConsolePage::Mode::NotRunning; }, 5000));
    QString error;
    ASSERT_TRUE(guest.start(&error)) << error.toStdString();
    EXPECT_TRUE(waitFor(
        [&] {
            return page.mode() == ConsolePage::Mode::Graphical && page.session() &&
                   page.session() != first &&
                   FrameProbe::distinctColours(page.session()->framebuffer()) > 1;
        },
        15000));
}

TEST_F(ConsoleTest, StartButtonOnAStoppedGuestBringsUpItsConsole) {
    QString error;
    ASSERT_TRUE(guest.define(seabiosWaiting(QStringLiteral("vnc")), &error)) << error.toStdString();
    ConsolePage page(connection.get(), guestInfo());
    page.show();
    page.start();
    EXPECT_EQ(page.mode(), ConsolePage::Mode::NotRunning);
    EXPECT_TRUE(page.messageText().contains(QStringLiteral("Start")));
    QPushButton *start = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Start") && b->isVisible())
            start = b;
    ASSERT_NE(start, nullptr);
    start->click();
    EXPECT_TRUE(waitFor([&] { return page.mode() == ConsolePage::Mode::Graphical; }, 15000));
}

TEST_F(ConsoleTest, GuestWithoutGraphicsShowsSeabiosOnItsSerialConsole) {
    ThrowawayGuest::Options o = ThrowawayGuest::Options::tagged(QStringLiteral("serial"));
    o.graphics = QStringLiteral("none");
    o.serialConsole = true;
    o.bootMenuTimeoutMs = 60000;
    bootGuest(o);
    ConsolePage page(connection.get(), guestInfo());
    page.resize(800, 500);
    page.show();
    page.start();
    ASSERT_TRUE(waitFor([&] { return page.mode() == ConsolePage::Mode::Text; }, 10000))
        << page.messageText().toStdString();
    // The console is opened after QEMU starts, so SeaBIOS's banner may already be gone;
    // its boot-menu prompt is redrawn and still there.
    EXPECT_TRUE(waitFor(
        [&] {
            const QString text = page.terminal()->screenText() +
                                 page.terminal()->scrollback().join(QLatin1Char('\n'));
            return text.contains(QStringLiteral("SeaBIOS")) ||
                   text.contains(QStringLiteral("boot menu"));
        },
        20000))
        << page.terminal()->screenText().toStdString();
}

TEST_F(ConsoleTest, RemoteConsoleGoesThroughAnSshTunnel) {
    if (getuid() != 0)
        GTEST_SKIP() << "an sshd on the loopback for root needs root";
    SshServer ssh;
    QString error;
    ASSERT_TRUE(ssh.start(&error)) << error.toStdString();
    bootGuest(seabiosWaiting(QStringLiteral("vnc")));
    Connection remote(ConnectionUri::parse(ssh.sshUri(ssh.clientKey())));
    ASSERT_TRUE(TestSupport::connectAndLoad(&remote, 30000));
    ConsolePage page(&remote, guestInfo());
    page.show();
    page.start();
    ASSERT_TRUE(waitFor([&] { return page.mode() == ConsolePage::Mode::Graphical; }, 20000))
        << page.messageText().toStdString();
    EXPECT_TRUE(waitFor(
        [&] {
            return page.session() && FrameProbe::distinctColours(page.session()->framebuffer()) > 1;
        },
        10000));
}
