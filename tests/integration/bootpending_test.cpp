// SPDX-License-Identifier: GPL-2.0-or-later
// Boot settings of a real running QEMU guest on the system daemon: a new boot order and boot
// menu are saved to the persistent definition, flagged as pending and absent from the running
// guest; after the guest is stopped and started they are what it runs with, and nothing is
// pending any more. Guests are vdtest-* and removed afterwards.
#include "domainconfig.h"
#include "guestboot.h"
#include "libvirthandles.h"
#include "testsupport.h"
#include "throwawayguest.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <memory>

using Field = GuestBoot::Field;

namespace {

class BootPendingTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!TestSupport::systemDaemonAnswers())
            GTEST_SKIP() << "no libvirt daemon answers on qemu:///system";
        guest = std::make_unique<ThrowawayGuest>();
        ThrowawayGuest::Options o = ThrowawayGuest::Options::tagged(QStringLiteral("boot"));
        o.graphics = QStringLiteral("none");
        // An empty CD drive: something to give a per-device boot order to.
        o.extraDevices = QStringLiteral("<disk type='file' device='cdrom'>"
                                        "<target dev='hdc' bus='ide'/><readonly/></disk>");
        QString error;
        ASSERT_TRUE(guest->define(o, &error)) << error.toStdString();
        ASSERT_TRUE(guest->start(&error)) << error.toStdString();
    }
    void TearDown() override {
        guest.reset(); // destroys and undefines
        virResetLastError();
    }
    DomainConfig config(unsigned flags) {
        CString xml(virDomainGetXMLDesc(guest->domain(), flags));
        EXPECT_TRUE(xml) << virGetLastErrorMessage();
        return *DomainConfig::parse(xml ? QString::fromUtf8(xml.get())
                                        : QStringLiteral("<domain/>"));
    }
    static unsigned cdromOrder(const DomainConfig &c) {
        for (const DomainConfig::BootDevice &d : c.bootDevices()) {
            if (d.tag == QLatin1String("disk") && d.index == 0)
                return d.order;
        }
        return 0;
    }

    std::unique_ptr<ThrowawayGuest> guest;
};

} // namespace

TEST_F(BootPendingTest, BootChangesWaitForTheNextStart) {
    const QString uuid = guest->uuid();
    GuestBoot before = GuestBoot::read(guest->connection(), uuid);
    ASSERT_TRUE(before.error.isNull()) << before.error.summary().toStdString();
    ASSERT_TRUE(before.active);
    EXPECT_TRUE(before.bootable);
    EXPECT_TRUE(before.pending.isEmpty());
    EXPECT_TRUE(before.firmware.startsWith(QLatin1String("BIOS"))) << before.firmware.toStdString();
    // libvirt gives a guest with no order of its own "boot from the hard disk".
    EXPECT_EQ(before.saved.orderKind, GuestBoot::OrderKind::DeviceTypes);
    EXPECT_EQ(before.saved.deviceTypes, QStringList{QStringLiteral("hd")});
    ASSERT_EQ(before.devices.size(), 1);
    EXPECT_EQ(before.devices.first().key, QStringLiteral("disk:hdc"));

    // A relative kernel path is refused and nothing changes.
    const QString definitionBefore = config(VIR_DOMAIN_XML_INACTIVE).toXml();
    GuestBoot::Settings bad = before.saved;
    bad.kernel = QStringLiteral("vmlinuz");
    const GuestBoot::Outcome refused = GuestBoot::apply(guest->connection(), uuid, bad, true);
    ASSERT_EQ(refused.problems.size(), 1);
    EXPECT_EQ(refused.problems.first().field, Field::Kernel);
    EXPECT_FALSE(refused.saved);
    EXPECT_EQ(config(VIR_DOMAIN_XML_INACTIVE).toXml(), definitionBefore);

    // Boot from the CD drive first, with a boot menu: saved, pending, not running.
    GuestBoot::Settings wanted = before.saved;
    wanted.orderKind = GuestBoot::OrderKind::Devices;
    wanted.devices = QStringList{QStringLiteral("disk:hdc")};
    wanted.menu = true;
    wanted.menuTimeoutMs = 2500;
    const GuestBoot::Outcome o = GuestBoot::apply(guest->connection(), uuid, wanted, true);
    ASSERT_TRUE(o.ok()) << o.error.summary().toStdString();
    EXPECT_TRUE(o.saved);
    ASSERT_TRUE(o.after);
    EXPECT_TRUE(o.after->isPending(Field::Order));
    EXPECT_TRUE(o.after->isPending(Field::Menu));
    EXPECT_FALSE(o.after->isPending(Field::Kernel));
    EXPECT_EQ(o.after->pendingNames(),
              (QStringList{QStringLiteral("Boot order"), QStringLiteral("Boot menu")}));

    const DomainConfig saved = config(VIR_DOMAIN_XML_INACTIVE);
    EXPECT_TRUE(saved.bootOrder().isEmpty());
    EXPECT_EQ(cdromOrder(saved), 1u);
    EXPECT_EQ(saved.bootMenu(), std::optional<bool>(true));
    EXPECT_EQ(saved.bootMenuTimeout(), std::optional<unsigned>(2500));
    const DomainConfig running = config(0);
    EXPECT_EQ(running.bootOrder(), QStringList{QStringLiteral("hd")});
    EXPECT_EQ(cdromOrder(running), 0u);
    EXPECT_NE(running.bootMenu(), std::optional<bool>(true));

    // Reading again says the same.
    const GuestBoot again = GuestBoot::read(guest->connection(), uuid);
    EXPECT_TRUE(again.isPending(Field::Order));
    EXPECT_TRUE(again.isPending(Field::Menu));

    // A stop and a start: the guest runs the saved settings and nothing waits.
    guest->destroy();
    const GuestBoot stopped = GuestBoot::read(guest->connection(), uuid);
    EXPECT_FALSE(stopped.active);
    EXPECT_TRUE(stopped.pending.isEmpty());
    QString error;
    ASSERT_TRUE(guest->start(&error)) << error.toStdString();
    const DomainConfig restarted = config(0);
    EXPECT_TRUE(restarted.bootOrder().isEmpty());
    EXPECT_EQ(cdromOrder(restarted), 1u);
    EXPECT_EQ(restarted.bootMenu(), std::optional<bool>(true));
    EXPECT_EQ(restarted.bootMenuTimeout(), std::optional<unsigned>(2500));
    const GuestBoot after = GuestBoot::read(guest->connection(), uuid);
    ASSERT_TRUE(after.error.isNull()) << after.error.summary().toStdString();
    EXPECT_TRUE(after.active);
    EXPECT_TRUE(after.pending.isEmpty());
    EXPECT_EQ(after.live, after.saved);
}
