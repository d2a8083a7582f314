// SPDX-License-Identifier: GPL-2.0-or-later
#include "usererror.h"

#include <libvirt/virterror.h>

#include <gtest/gtest.h>

using Kind = UserError::Kind;

struct Case {
    const char *name;
    int code;
    int domain;
    const char *message;
    const char *host;
    Kind expected;
};

class UserErrorTranslates : public ::testing::TestWithParam<Case> {};

// Messages as libvirt 9.0 really prints them on these machines.
TEST_P(UserErrorTranslates, CommonFailures) {
    const Case &c = GetParam();
    const UserError e = UserError::fromRaw(c.code, c.domain, QString::fromUtf8(c.message),
                                           QStringLiteral("Connecting"), QString::fromUtf8(c.host));
    EXPECT_EQ(int(e.kind()), int(c.expected)) << c.name;
    EXPECT_FALSE(e.title().isEmpty());
    EXPECT_FALSE(e.explanation().isEmpty());
    EXPECT_FALSE(e.hint().isEmpty());
    // The raw report is kept for the Details expander.
    EXPECT_TRUE(e.details().contains(QString::fromUtf8(c.message)));
    EXPECT_TRUE(e.details().contains(QString::number(c.code)));
    EXPECT_TRUE(e.details().startsWith(QStringLiteral("Connecting")));
    // A plain-language title never repeats libvirt's jargon.
    EXPECT_FALSE(e.title().contains(QStringLiteral("virConnect")));
}

INSTANTIATE_TEST_SUITE_P(
    Libvirt, UserErrorTranslates,
    ::testing::Values(
        Case{"daemon not running", VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
             "Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or "
             "directory",
             "", Kind::DaemonNotRunning},
        Case{"daemon gone, stale socket", VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
             "Failed to connect socket to '/var/run/libvirt/libvirt-sock': Connection refused", "",
             Kind::DaemonNotRunning},
        Case{"socket permission", VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
             "Failed to connect socket to '/var/run/libvirt/libvirt-sock': Permission denied", "",
             Kind::SocketPermissionDenied},
        Case{"polkit", VIR_ERR_AUTH_UNAVAILABLE, VIR_FROM_AUTH,
             "authentication unavailable: no polkit agent available to authenticate action "
             "'org.libvirt.unix.manage'",
             "", Kind::SocketPermissionDenied},
        Case{"ssh refused", VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
             "Cannot recv data: ssh: connect to host 127.0.0.1 port 2: Connection refused: "
             "Connection reset by peer",
             "127.0.0.1", Kind::HostUnreachable},
        Case{"libssh refused", VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
             "unable to connect to server at '127.0.0.1:2': Connection refused", "127.0.0.1",
             Kind::HostUnreachable},
        Case{"no route", VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
             "Cannot recv data: ssh: connect to host 10.9.9.9 port 22: No route to host",
             "10.9.9.9", Kind::HostUnreachable},
        Case{"unknown host", VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
             "Cannot recv data: ssh: Could not resolve hostname nonexistent.invalid: Name or "
             "service not known: Connection reset by peer",
             "nonexistent.invalid", Kind::HostUnknown},
        Case{"ssh key refused", VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
             "Cannot recv data: root@127.0.0.1: Permission denied (publickey).: Connection reset "
             "by peer",
             "127.0.0.1", Kind::SshAuthFailed},
        Case{"libssh auth", VIR_ERR_AUTH_FAILED, VIR_FROM_LIBSSH,
             "authentication failed: no suitable method to authenticate", "127.0.0.1",
             Kind::SshAuthFailed},
        Case{"host key", VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
             "Cannot recv data: Host key verification failed.: Connection reset by peer", "h",
             Kind::HostKeyRejected},
        Case{"wrong password", VIR_ERR_AUTH_FAILED, VIR_FROM_TEST,
             "authentication failed: authentication failed", "", Kind::AuthFailed},
        Case{"cancelled", VIR_ERR_AUTH_CANCELLED, VIR_FROM_AUTH, "authentication cancelled", "",
             Kind::AuthCancelled},
        Case{"kvm missing", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_QEMU,
             "unsupported configuration: Domain requires KVM, but it is not available. Check "
             "that virtualization is enabled in the host BIOS, and host configuration is setup "
             "to load the kvm modules.",
             "", Kind::KvmUnavailable},
        Case{"kvm domaintype", VIR_ERR_INVALID_ARG, VIR_FROM_QEMU,
             "invalid argument: could not find capabilities for arch=x86_64 domaintype=kvm", "",
             Kind::KvmUnavailable},
        Case{"name taken", VIR_ERR_OPERATION_FAILED, VIR_FROM_DOMAIN,
             "operation failed: domain 'web' already exists with uuid "
             "7735a4b2-8ce0-4452-8fcf-601dacba71f0",
             "", Kind::NameTaken},
        Case{"already running", VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
             "Requested operation is not valid: domain is already running", "",
             Kind::AlreadyRunning},
        Case{"not running", VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
             "Requested operation is not valid: domain is not running", "", Kind::NotRunning},
        Case{"test driver running", VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
             "internal error: Domain 'test' is already running", "", Kind::AlreadyRunning},
        Case{"test driver not running", VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
             "internal error: domain 'test' not running", "", Kind::NotRunning},
        Case{"not paused", VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
             "internal error: domain 'test' not paused", "", Kind::NotPaused},
        Case{"not supported", VIR_ERR_NO_SUPPORT, VIR_FROM_LXC,
             "this function is not supported by the connection driver: virDomainManagedSave", "",
             Kind::NotSupported},
        Case{"unsupported operation", VIR_ERR_OPERATION_UNSUPPORTED, VIR_FROM_QEMU,
             "Operation not supported: live disk snapshot not supported", "", Kind::NotSupported},
        Case{"no driver", VIR_ERR_NO_CONNECT, VIR_FROM_NONE,
             "no connection driver available for xen:///", "", Kind::DriverUnavailable},
        Case{"no guest", VIR_ERR_NO_DOMAIN, VIR_FROM_QEMU,
             "Domain not found: no domain with matching uuid 'x'", "", Kind::NoSuchGuest},
        Case{"keepalive", VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
             "internal error: connection closed due to keepalive timeout", "h", Kind::Timeout},
        Case{"closed", VIR_ERR_INTERNAL_ERROR, VIR_FROM_RPC, "client socket is closed", "",
             Kind::ConnectionLost},
        Case{"bad xml", VIR_ERR_XML_ERROR, VIR_FROM_DOMAIN,
             "XML error: missing domain name information", "", Kind::InvalidConfiguration},
        Case{"unknown", VIR_ERR_INTERNAL_ERROR, VIR_FROM_QEMU, "internal error: something odd", "",
             Kind::Other}),
    [](const ::testing::TestParamInfo<Case> &info) {
        std::string n = info.param.name;
        for (char &ch : n)
            if (!isalnum(static_cast<unsigned char>(ch)))
                ch = '_';
        return n;
    });

TEST(UserError, NamesTheRemoteHostInTheExplanation) {
    const UserError e = UserError::fromRaw(
        VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
        QStringLiteral("Cannot recv data: ssh: connect to host kvm7 port 22: Connection refused"),
        {}, QStringLiteral("kvm7"));
    EXPECT_TRUE(e.explanation().contains(QStringLiteral("kvm7")));
}

TEST(UserError, DefaultIsNullAndMadeErrorsKeepTheirText) {
    EXPECT_TRUE(UserError().isNull());
    const UserError e =
        UserError::make(Kind::ConnectionLost, QStringLiteral("T"), QStringLiteral("E"),
                        QStringLiteral("H"), QStringLiteral("C"));
    EXPECT_FALSE(e.isNull());
    EXPECT_EQ(e.summary(), QStringLiteral("T: E"));
    EXPECT_EQ(e.details(), QStringLiteral("C"));
}

TEST(UserError, ReadsTheThreadsLastLibvirtError) {
    virConnectPtr c = virConnectOpen("test:///default");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(virDomainLookupByName(c, "no-such-guest"), nullptr);
    const UserError e = UserError::fromLastLibvirtError(QStringLiteral("Looking up"));
    EXPECT_EQ(e.kind(), Kind::NoSuchGuest);
    EXPECT_EQ(e.code(), VIR_ERR_NO_DOMAIN);
    EXPECT_FALSE(e.rawMessage().isEmpty());
    virConnectClose(c);
}
