// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudinitseed.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace {

CloudInitConfig staticConfig() {
    CloudInitConfig c;
    c.hostname = QStringLiteral("web-03");
    c.instanceId = QStringLiteral("web-03-1234");
    c.address = QStringLiteral("192.168.122.52/24");
    c.gateway = QStringLiteral("192.168.122.1");
    c.dns = {QStringLiteral("192.168.122.1"), QStringLiteral("9.9.9.9")};
    c.macAddress = QStringLiteral("52:54:00:AB:cd:01");
    c.sshAuthorizedKeys = {QStringLiteral("ssh-ed25519 AAAAC3Nza it's-me@host")};
    return c;
}

QString readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

TEST(CloudInitSeed, AddressesCountUpFromTheStart) {
    const QString start = QStringLiteral("192.168.122.50/24");
    EXPECT_EQ(CloudInitSeed::nthAddress(start, 0), QStringLiteral("192.168.122.50/24"));
    EXPECT_EQ(CloudInitSeed::nthAddress(start, 1), QStringLiteral("192.168.122.51/24"));
    EXPECT_EQ(CloudInitSeed::nthAddress(start, 204), QStringLiteral("192.168.122.254/24"));
    // Across an octet inside a larger subnet.
    EXPECT_EQ(CloudInitSeed::nthAddress(QStringLiteral("10.0.0.254/16"), 3),
              QStringLiteral("10.0.1.1/16"));
    EXPECT_EQ(CloudInitSeed::nthAddress(QStringLiteral("10.0.0.7/32"), 0),
              QStringLiteral("10.0.0.7/32"));
    EXPECT_EQ(CloudInitSeed::nthAddress(QStringLiteral("10.0.0.6/31"), 1),
              QStringLiteral("10.0.0.7/31"));
}

TEST(CloudInitSeed, LeavingTheSubnetIsRefusedWithAReason) {
    QString reason;
    EXPECT_TRUE(
        CloudInitSeed::nthAddress(QStringLiteral("192.168.122.50/24"), 205, &reason).isEmpty());
    EXPECT_TRUE(reason.contains(QStringLiteral("room for 205 guests"))) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QStringLiteral("guest 206"))) << reason.toStdString();
    EXPECT_TRUE(CloudInitSeed::nthAddress(QStringLiteral("10.0.0.7/32"), 1, &reason).isEmpty());
    EXPECT_TRUE(
        CloudInitSeed::nthAddress(QStringLiteral("192.168.122.0/24"), 0, &reason).isEmpty());
    EXPECT_TRUE(reason.contains(QStringLiteral("network or broadcast"))) << reason.toStdString();
    EXPECT_TRUE(
        CloudInitSeed::nthAddress(QStringLiteral("192.168.122.255/24"), 0, &reason).isEmpty());
    EXPECT_TRUE(CloudInitSeed::nthAddress(QStringLiteral("192.168.122.50"), 0, &reason).isEmpty());
    EXPECT_TRUE(reason.contains(QStringLiteral("prefix"))) << reason.toStdString();
    EXPECT_TRUE(CloudInitSeed::nthAddress(QStringLiteral("300.1.1.1/24"), 0, &reason).isEmpty());
    EXPECT_TRUE(reason.contains(QStringLiteral("not an IPv4 address"))) << reason.toStdString();
    EXPECT_TRUE(CloudInitSeed::nthAddress(QStringLiteral("10.0.0.1/33"), 0, &reason).isEmpty());
    EXPECT_FALSE(CloudInitSeed::isIPv4(QStringLiteral("10.0.0")));
    EXPECT_FALSE(CloudInitSeed::isIPv4(QStringLiteral("10.0.0.01")));
    EXPECT_TRUE(CloudInitSeed::isIPv4(QStringLiteral("10.0.0.1")));
}

TEST(CloudInitSeed, UserDataAndMetaDataNameTheGuest) {
    const CloudInitConfig c = staticConfig();
    const QString user = CloudInitSeed::userData(c);
    EXPECT_TRUE(user.startsWith(QStringLiteral("#cloud-config\n")));
    EXPECT_TRUE(user.contains(QStringLiteral("\nhostname: 'web-03'\n")));
    // A quote inside a key is doubled, as YAML single-quoted scalars want.
    EXPECT_TRUE(user.contains(QStringLiteral("  - 'ssh-ed25519 AAAAC3Nza it''s-me@host'\n")))
        << user.toStdString();
    EXPECT_EQ(CloudInitSeed::metaData(c),
              QStringLiteral("instance-id: 'web-03-1234'\nlocal-hostname: 'web-03'\n"));
}

TEST(CloudInitSeed, NetworkConfigOnlyForAStaticAddress) {
    CloudInitConfig dhcp = staticConfig();
    dhcp.address.clear();
    EXPECT_TRUE(CloudInitSeed::networkConfig(dhcp).isEmpty());
    const QString net = CloudInitSeed::networkConfig(staticConfig());
    EXPECT_EQ(net, QStringLiteral("version: 2\n"
                                  "ethernets:\n"
                                  "  eth0:\n"
                                  "    match:\n"
                                  "      macaddress: '52:54:00:ab:cd:01'\n"
                                  "    set-name: eth0\n"
                                  "    dhcp4: false\n"
                                  "    addresses:\n"
                                  "      - '192.168.122.52/24'\n"
                                  "    routes:\n"
                                  "      - to: 0.0.0.0/0\n"
                                  "        via: '192.168.122.1'\n"
                                  "    nameservers:\n"
                                  "      addresses:\n"
                                  "        - '192.168.122.1'\n"
                                  "        - '9.9.9.9'\n"));
}

TEST(CloudInitSeed, IsoIsARealNoCloudSeed) {
    const QString dir = TestSupport::makeTempDir(QStringLiteral("cidata"));
    const QString iso = dir + QStringLiteral("/seed.iso");
    const CloudInitConfig c = staticConfig();
    UserError error;
    ASSERT_TRUE(CloudInitSeed::writeIso(c, iso, &error)) << error.details().toStdString();
    ASSERT_GT(QFileInfo(iso).size(), 0);

    QString out;
    ASSERT_EQ(TestSupport::run(QStringLiteral("xorriso"),
                               {QStringLiteral("-indev"), iso, QStringLiteral("-pvd_info")}, &out),
              0)
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Volume Id    : cidata"))) << out.toStdString();
    ASSERT_EQ(TestSupport::run(QStringLiteral("xorriso"),
                               {QStringLiteral("-indev"), iso, QStringLiteral("-toc")}, &out),
              0);
    EXPECT_TRUE(out.contains(QStringLiteral(", cidata"))) << out.toStdString();

    // Joliet names (read without Rock Ridge) and Rock Ridge names (read without Joliet).
    for (const char *readFs : {"norock", "nojoliet"}) {
        ASSERT_EQ(TestSupport::run(QStringLiteral("xorriso"),
                                   {QStringLiteral("-read_fs"), QLatin1String(readFs),
                                    QStringLiteral("-indev"), iso, QStringLiteral("-ls"),
                                    QStringLiteral("/")},
                                   &out),
                  0);
        EXPECT_TRUE(out.contains(QStringLiteral("'user-data'"))) << readFs << out.toStdString();
        EXPECT_TRUE(out.contains(QStringLiteral("'meta-data'"))) << readFs << out.toStdString();
        EXPECT_TRUE(out.contains(QStringLiteral("'network-config'")))
            << readFs << out.toStdString();
    }

    const QString extracted = dir + QStringLiteral("/extracted");
    ASSERT_EQ(TestSupport::run(QStringLiteral("xorriso"),
                               {QStringLiteral("-osirrox"), QStringLiteral("on"),
                                QStringLiteral("-indev"), iso, QStringLiteral("-extract"),
                                QStringLiteral("/"), extracted},
                               &out),
              0)
        << out.toStdString();
    EXPECT_EQ(readFile(extracted + QStringLiteral("/user-data")), CloudInitSeed::userData(c));
    EXPECT_EQ(readFile(extracted + QStringLiteral("/meta-data")), CloudInitSeed::metaData(c));
    EXPECT_EQ(readFile(extracted + QStringLiteral("/network-config")),
              CloudInitSeed::networkConfig(c));
}

TEST(CloudInitSeed, DhcpSeedHasNoNetworkConfig) {
    const QString dir = TestSupport::makeTempDir(QStringLiteral("cidata"));
    const QString iso = dir + QStringLiteral("/dhcp.iso");
    CloudInitConfig c = staticConfig();
    c.address.clear();
    UserError error;
    ASSERT_TRUE(CloudInitSeed::writeIso(c, iso, &error)) << error.details().toStdString();
    QString out;
    ASSERT_EQ(TestSupport::run(
                  QStringLiteral("xorriso"),
                  {QStringLiteral("-indev"), iso, QStringLiteral("-ls"), QStringLiteral("/")},
                  &out),
              0);
    EXPECT_TRUE(out.contains(QStringLiteral("'user-data'"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("network-config"))) << out.toStdString();
}

TEST(CloudInitSeed, MissingXorrisoIsReportedPlainly) {
    const QString dir = TestSupport::makeTempDir(QStringLiteral("cidata"));
    UserError error;
    EXPECT_FALSE(CloudInitSeed::writeIso(staticConfig(), dir + QStringLiteral("/x.iso"), &error,
                                         QStringLiteral("/nonexistent/bin/xorriso")));
    EXPECT_EQ(error.kind(), UserError::Kind::NotSupported);
    EXPECT_TRUE(error.explanation().contains(QStringLiteral("xorriso")))
        << error.summary().toStdString();
    EXPECT_TRUE(error.hint().contains(QStringLiteral("apt install xorriso")));
    EXPECT_FALSE(QFileInfo::exists(dir + QStringLiteral("/x.iso")));
    EXPECT_FALSE(CloudInitSeed::checkTool(QStringLiteral("vd-no-such-program")).isNull());
    EXPECT_TRUE(CloudInitSeed::checkTool().isNull());
}

TEST(CloudInitSeed, UnusableConfigIsRefusedBeforeWriting) {
    const QString dir = TestSupport::makeTempDir(QStringLiteral("cidata"));
    UserError error;
    CloudInitConfig c = staticConfig();
    c.hostname.clear();
    EXPECT_FALSE(CloudInitSeed::writeIso(c, dir + QStringLiteral("/a.iso"), &error));
    EXPECT_EQ(error.kind(), UserError::Kind::InvalidInput);
    c = staticConfig();
    c.dns << QStringLiteral("dns.example");
    EXPECT_FALSE(CloudInitSeed::writeIso(c, dir + QStringLiteral("/b.iso"), &error));
    EXPECT_TRUE(error.explanation().contains(QStringLiteral("dns.example")));
    EXPECT_FALSE(QFileInfo::exists(dir + QStringLiteral("/b.iso")));
}
