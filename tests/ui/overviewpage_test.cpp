// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's Overview page, offscreen against libvirt's test driver.
#include "connection.h"
#include "fieldmessage.h"
#include "libvirthandles.h"
#include "overviewpage.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

using TestSupport::waitFor;

namespace {

class OverviewPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        conn.reset(virConnectOpen("test:///default"));
        ASSERT_TRUE(conn);
        const char *xml = "<domain type='test'><name>overview-guest</name><title>Old title</title>"
                          "<memory>524288</memory><vcpu>1</vcpu>"
                          "<os><type arch='x86_64' machine='pc'>hvm</type><loader type='pflash' "
                          "secure='yes'>/usr/share/OVMF/OVMF_CODE_4M.ms.fd</loader></os>"
                          "<devices/></domain>";
        dom.reset(virDomainDefineXML(conn.get(), xml));
        ASSERT_TRUE(dom);
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(dom.get(), uuid);
        info.uuid = QString::fromLatin1(uuid);
        info.name = QStringLiteral("overview-guest");
        info.state = GuestState::ShutOff;
        connection =
            std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("test:///default")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
        page = std::make_unique<OverviewPage>(connection.get(), info);
        page->show();
        ASSERT_TRUE(waitFor([&] { return page->isLoaded(); }, 10000));
    }
    void TearDown() override {
        page.reset();
        if (dom) {
            virDomainDestroy(dom.get());
            virDomainUndefine(dom.get());
        }
    }
    bool applyAndWait() {
        bool done = false, ok = false;
        QObject::connect(
            page.get(), &OverviewPage::applied, page.get(),
            [&](bool r) {
                done = true;
                ok = r;
            },
            Qt::SingleShotConnection);
        page->applyButton()->click();
        EXPECT_TRUE(waitFor([&] { return done; }, 10000));
        return ok;
    }
    QString libvirtTitle(unsigned flags) {
        CString t(virDomainGetMetadata(dom.get(), VIR_DOMAIN_METADATA_TITLE, nullptr, flags));
        virResetLastError();
        return t ? QString::fromUtf8(t.get()) : QString();
    }

    ConnectHandle conn;
    DomainHandle dom;
    DomainInfo info;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<OverviewPage> page;
};

} // namespace

TEST_F(OverviewPageTest, ShowsIdentityAndPlatform) {
    EXPECT_EQ(page->valueLabel(QStringLiteral("name"))->text(), QStringLiteral("overview-guest"));
    EXPECT_EQ(page->valueLabel(QStringLiteral("uuid"))->text(), info.uuid);
    EXPECT_EQ(page->valueLabel(QStringLiteral("arch"))->text(), QStringLiteral("x86_64"));
    EXPECT_EQ(page->valueLabel(QStringLiteral("hypervisor"))->text(), QStringLiteral("test"));
    EXPECT_EQ(page->valueLabel(QStringLiteral("firmware"))->text(),
              QStringLiteral("UEFI (Secure Boot)"));
    EXPECT_EQ(page->titleEdit()->text(), QStringLiteral("Old title"));
    EXPECT_TRUE(
        page->valueLabel(QStringLiteral("os"))->text().contains(QLatin1String("not running")));
    EXPECT_FALSE(page->applyButton()->isEnabled());
}

TEST_F(OverviewPageTest, TitleAndDescriptionAreSavedAndLiveWhenRunning) {
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    page->reload();
    ASSERT_TRUE(waitFor([&] { return !page->isBusy(); }, 5000));
    page->titleEdit()->setText(QStringLiteral("Web server"));
    page->descriptionEdit()->setPlainText(QStringLiteral("Serves the shop.\nOwner: ops"));
    EXPECT_TRUE(page->applyButton()->isEnabled());
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_EQ(libvirtTitle(VIR_DOMAIN_AFFECT_CONFIG), QStringLiteral("Web server"));
    EXPECT_EQ(libvirtTitle(VIR_DOMAIN_AFFECT_LIVE), QStringLiteral("Web server"));
    EXPECT_FALSE(page->isModified());

    // Emptied, the title is removed rather than stored empty.
    page->titleEdit()->clear();
    ASSERT_TRUE(applyAndWait());
    EXPECT_TRUE(libvirtTitle(VIR_DOMAIN_AFFECT_CONFIG).isEmpty());
}

TEST_F(OverviewPageTest, RevertAndAutostart) {
    page->titleEdit()->setText(QStringLiteral("typed"));
    EXPECT_TRUE(page->isModified());
    page->revertButton()->click();
    EXPECT_EQ(page->titleEdit()->text(), QStringLiteral("Old title"));
    EXPECT_FALSE(page->isModified());

    page->autostartBox()->click();
    ASSERT_TRUE(waitFor(
        [&] {
            int on = 0;
            return virDomainGetAutostart(dom.get(), &on) == 0 && on == 1;
        },
        5000));
}
