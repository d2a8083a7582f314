// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionuri.h"

#include <gtest/gtest.h>

using Hypervisor = ConnectionUri::Hypervisor;
using Transport = ConnectionUri::Transport;

TEST(ConnectionUri, ParsesLocalSystemUri) {
    const auto uri = ConnectionUri::parse(QStringLiteral("qemu:///system"));
    ASSERT_TRUE(uri.isValid());
    EXPECT_EQ(uri.driver(), QStringLiteral("qemu"));
    EXPECT_EQ(uri.transport(), Transport::Local);
    EXPECT_TRUE(uri.host().isEmpty());
    EXPECT_EQ(uri.path(), QStringLiteral("/system"));
    EXPECT_EQ(uri.hypervisor(), Hypervisor::QemuSystem);
    EXPECT_FALSE(uri.isRemote());
    EXPECT_EQ(uri.toString(), QStringLiteral("qemu:///system"));
}

TEST(ConnectionUri, ParsesRemoteSshUriWithEverything) {
    const auto uri = ConnectionUri::parse(QStringLiteral(
        "qemu+ssh://admin@kvm1.example.org:2222/system?keyfile=/root/.ssh/id&no_verify=1"));
    ASSERT_TRUE(uri.isValid());
    EXPECT_EQ(uri.transport(), Transport::Ssh);
    EXPECT_EQ(uri.user(), QStringLiteral("admin"));
    EXPECT_EQ(uri.host(), QStringLiteral("kvm1.example.org"));
    EXPECT_EQ(uri.port(), 2222);
    EXPECT_EQ(uri.param(QStringLiteral("keyfile")), QStringLiteral("/root/.ssh/id"));
    EXPECT_EQ(uri.param(QStringLiteral("no_verify")), QStringLiteral("1"));
    EXPECT_TRUE(uri.isRemote());
    EXPECT_EQ(
        uri.toString(),
        QStringLiteral(
            "qemu+ssh://admin@kvm1.example.org:2222/system?keyfile=/root/.ssh/id&no_verify=1"));
    EXPECT_EQ(uri.displayName(), QStringLiteral("QEMU/KVM on admin@kvm1.example.org"));
}

TEST(ConnectionUri, ParsesIpv6HostAndRoundTrips) {
    const auto uri = ConnectionUri::parse(QStringLiteral("qemu+tls://[fe80::1]:16514/system"));
    ASSERT_TRUE(uri.isValid());
    EXPECT_EQ(uri.host(), QStringLiteral("fe80::1"));
    EXPECT_EQ(uri.port(), 16514);
    EXPECT_EQ(uri.toString(), QStringLiteral("qemu+tls://[fe80::1]:16514/system"));
}

TEST(ConnectionUri, ParsesTestAndLxcAndUnixSocketUris) {
    const auto test = ConnectionUri::parse(QStringLiteral("test:///default"));
    EXPECT_TRUE(test.isTestDriver());
    EXPECT_EQ(test.hypervisor(), Hypervisor::Test);
    const auto lxc = ConnectionUri::parse(QStringLiteral("lxc:///"));
    EXPECT_EQ(lxc.hypervisor(), Hypervisor::Lxc);
    EXPECT_EQ(lxc.toString(), QStringLiteral("lxc:///"));
    const auto unix = ConnectionUri::parse(
        QStringLiteral("test+unix:///tmp/fixture.xml?socket=/tmp/d/libvirt-sock"));
    ASSERT_TRUE(unix.isValid());
    EXPECT_EQ(unix.transport(), Transport::Unix);
    EXPECT_FALSE(unix.isRemote());
    EXPECT_EQ(unix.path(), QStringLiteral("/tmp/fixture.xml"));
    EXPECT_EQ(unix.param(QStringLiteral("socket")), QStringLiteral("/tmp/d/libvirt-sock"));
    EXPECT_EQ(unix.toString(),
              QStringLiteral("test+unix:///tmp/fixture.xml?socket=/tmp/d/libvirt-sock"));
}

TEST(ConnectionUri, SessionUriIsTheUserSession) {
    EXPECT_EQ(ConnectionUri::parse(QStringLiteral("qemu:///session")).hypervisor(),
              Hypervisor::QemuSession);
}

TEST(ConnectionUri, DecodesAndReEncodesSpecialCharacters) {
    const auto uri = ConnectionUri::parse(QStringLiteral("test:///tmp/my%20guests.xml"));
    ASSERT_TRUE(uri.isValid());
    EXPECT_EQ(uri.path(), QStringLiteral("/tmp/my guests.xml"));
    EXPECT_EQ(uri.toString(), QStringLiteral("test:///tmp/my%20guests.xml"));
}

TEST(ConnectionUri, BuildsFromDialogChoices) {
    EXPECT_EQ(ConnectionUri::build(Hypervisor::QemuSystem, Transport::Local, {}, {}).toString(),
              QStringLiteral("qemu:///system"));
    EXPECT_EQ(ConnectionUri::build(Hypervisor::QemuSession, Transport::Local, {}, {}).toString(),
              QStringLiteral("qemu:///session"));
    EXPECT_EQ(ConnectionUri::build(Hypervisor::Lxc, Transport::Local, {}, {}).toString(),
              QStringLiteral("lxc:///"));
    EXPECT_EQ(ConnectionUri::build(Hypervisor::Test, Transport::Local, {}, {}).toString(),
              QStringLiteral("test:///default"));
    EXPECT_EQ(ConnectionUri::build(Hypervisor::QemuSystem, Transport::Ssh, QStringLiteral("root"),
                                   QStringLiteral("host1"), 22)
                  .toString(),
              QStringLiteral("qemu+ssh://root@host1:22/system"));
    EXPECT_EQ(ConnectionUri::build(Hypervisor::QemuSystem, Transport::Libssh, {},
                                   QStringLiteral(" host2 "), 0)
                  .toString(),
              QStringLiteral("qemu+libssh://host2/system"));
    EXPECT_EQ(ConnectionUri::build(Hypervisor::Lxc, Transport::Tls, {}, QStringLiteral("h"), -1)
                  .toString(),
              QStringLiteral("lxc+tls://h/"));
    EXPECT_EQ(ConnectionUri::build(Hypervisor::QemuSystem, Transport::Tcp, {},
                                   QStringLiteral("10.0.0.5"), 16509)
                  .toString(),
              QStringLiteral("qemu+tcp://10.0.0.5:16509/system"));
    // Local transports ignore host fields the dialog had greyed out.
    EXPECT_EQ(ConnectionUri::build(Hypervisor::QemuSystem, Transport::Local, QStringLiteral("u"),
                                   QStringLiteral("h"), 22)
                  .toString(),
              QStringLiteral("qemu:///system"));
}

TEST(ConnectionUri, SetParamReplacesOrAppends) {
    auto uri = ConnectionUri::parse(QStringLiteral("qemu+ssh://h/system?keyfile=a"));
    uri.setParam(QStringLiteral("keyfile"), QStringLiteral("b"));
    uri.setParam(QStringLiteral("no_tty"), QStringLiteral("1"));
    EXPECT_EQ(uri.toString(), QStringLiteral("qemu+ssh://h/system?keyfile=b&no_tty=1"));
}

struct BadUri {
    const char *text;
    const char *reasonFragment;
};

class ConnectionUriRejects : public ::testing::TestWithParam<BadUri> {};

TEST_P(ConnectionUriRejects, WithAReason) {
    QString error;
    const auto uri = ConnectionUri::parse(QString::fromUtf8(GetParam().text), &error);
    EXPECT_FALSE(uri.isValid());
    EXPECT_TRUE(error.contains(QString::fromUtf8(GetParam().reasonFragment), Qt::CaseInsensitive))
        << error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Invalid, ConnectionUriRejects,
                         ::testing::Values(BadUri{"", "empty"}, BadUri{"   ", "empty"},
                                           BadUri{"qemu/system", "://"},
                                           BadUri{"QEMU!:///system", "hypervisor"},
                                           BadUri{"qemu+carrierpigeon://h/system", "transport"},
                                           BadUri{"qemu+ssh://h:0/system", "port"},
                                           BadUri{"qemu+ssh://h:70000/system", "port"},
                                           BadUri{"qemu+ssh://h:ab/system", "port"},
                                           BadUri{"qemu+ssh://@h/system", "user"},
                                           BadUri{"qemu+ssh://bad host/system", "host"},
                                           BadUri{"qemu+ssh://[fe80::1/system", "IPv6"},
                                           BadUri{"qemu:///system?=x", "name"}));
