// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's Memory page, offscreen against libvirt's test driver: bad sizes are
// refused next to their field and change nothing; a shut-off guest takes the new sizes into
// its definition; a running guest's balloon moves live while a new maximum waits for a restart.
#include "connection.h"
#include "fieldmessage.h"
#include "libvirthandles.h"
#include "memorypage.h"
#include "testsupport.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

using TestSupport::waitFor;
using Field = GuestResourceSettings::Field;

namespace {

class MemoryPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        conn.reset(virConnectOpen("test:///default"));
        ASSERT_TRUE(conn);
        const char *xml =
            "<domain type='test'><name>memory-guest</name>"
            "<memory unit='MiB'>512</memory><currentMemory unit='MiB'>512</currentMemory>"
            "<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os>"
            "<devices><memballoon model='virtio'/></devices></domain>";
        dom.reset(virDomainDefineXML(conn.get(), xml));
        ASSERT_TRUE(dom);
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(dom.get(), uuid);
        info.uuid = QString::fromLatin1(uuid);
        info.name = QStringLiteral("memory-guest");
        info.state = GuestState::ShutOff;
        connection =
            std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("test:///default")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
    }
    void TearDown() override {
        page.reset();
        if (dom) {
            virDomainDestroy(dom.get());
            virDomainUndefine(dom.get());
        }
        virResetLastError();
    }
    void openPage() {
        page = std::make_unique<MemoryPage>(connection.get(), info);
        page->show();
        ASSERT_TRUE(waitFor([&] { return page->isLoaded(); }, 10000));
    }
    bool applyAndWait() {
        bool done = false, ok = false;
        QObject::connect(
            page.get(), &MemoryPage::applied, page.get(),
            [&](bool r) {
                done = true;
                ok = r;
            },
            Qt::SingleShotConnection);
        page->apply();
        EXPECT_TRUE(waitFor([&] { return done; }, 10000));
        return ok;
    }
    QString inactiveXml() {
        CString xml(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE));
        return xml ? QString::fromUtf8(xml.get()) : QString();
    }
    virDomainInfo domainInfo() {
        virDomainInfo i{};
        EXPECT_EQ(virDomainGetInfo(dom.get(), &i), 0);
        return i;
    }
    bool marked(Field f) { return page->restartMark(f)->isVisibleTo(page.get()); }
    void expectRefused(Field field, const char *reasonPart) {
        const QString before = inactiveXml();
        EXPECT_FALSE(applyAndWait());
        FieldMessage *m = page->fieldMessage(field);
        EXPECT_TRUE(m->isError());
        EXPECT_TRUE(m->text().contains(QLatin1String(reasonPart))) << m->text().toStdString();
        EXPECT_EQ(inactiveXml(), before);
        page->revertButton()->click();
        EXPECT_FALSE(page->isModified());
    }

    ConnectHandle conn;
    DomainHandle dom;
    DomainInfo info;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<MemoryPage> page;
};

} // namespace

TEST_F(MemoryPageTest, BadSizesAreRefusedWithReasonsAndChangeNothing) {
    openPage();
    EXPECT_EQ(page->currentBox()->value(), 512);
    EXPECT_EQ(page->maximumBox()->value(), 512);
    EXPECT_FALSE(page->maximumBox()->accessibleName().isEmpty());

    page->currentBox()->setValue(0);
    EXPECT_TRUE(page->fieldMessage(Field::MemoryCurrent)->isError()); // while typing
    expectRefused(Field::MemoryCurrent, "16 MiB");

    page->currentBox()->setValue(15);
    expectRefused(Field::MemoryCurrent, "16 MiB");

    page->currentBox()->setValue(10);
    page->maximumBox()->setValue(10);
    expectRefused(Field::MemoryMaximum, "16 MiB");

    page->currentBox()->setValue(1024);
    expectRefused(Field::MemoryCurrent, "maximum");

    const int hostMiB = int(page->settings()->limits.hostMemoryKiB / 1024);
    ASSERT_GT(hostMiB, 0);
    page->maximumBox()->setValue(hostMiB + 1);
    expectRefused(Field::MemoryMaximum, "host");
}

TEST_F(MemoryPageTest, ShutOffGuestTakesTheNewSizes) {
    openPage();
    page->maximumBox()->setValue(1024);
    page->currentBox()->setValue(768);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_EQ(domainInfo().maxMem, 1024ul * 1024);
    EXPECT_EQ(domainInfo().memory, 768ul * 1024);
    EXPECT_TRUE(inactiveXml().contains(QLatin1String("memballoon")));
    EXPECT_TRUE(page->pendingNote()->isHidden());
    EXPECT_FALSE(page->isModified());
}

TEST_F(MemoryPageTest, RunningGuestBalloonsLiveAndANewMaximumWaits) {
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    info.state = GuestState::Running;
    openPage();
    EXPECT_TRUE(page->liveLabel()->text().contains(QLatin1String("512")));

    page->currentBox()->setValue(256);
    page->maximumBox()->setValue(1024);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_EQ(domainInfo().memory, 256ul * 1024); // the balloon, live
    EXPECT_EQ(domainInfo().maxMem, 512ul * 1024); // the running maximum is unchanged
    EXPECT_TRUE(inactiveXml().contains(QLatin1String("<memory unit='KiB'>1048576</memory>")));
    EXPECT_FALSE(marked(Field::MemoryCurrent));
    EXPECT_TRUE(marked(Field::MemoryMaximum));
    EXPECT_TRUE(page->pendingNote()->isVisibleTo(page.get()));

    // Above the running maximum the balloon cannot follow until the restart.
    page->currentBox()->setValue(768);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_EQ(domainInfo().memory, 256ul * 1024);
    EXPECT_TRUE(marked(Field::MemoryCurrent));

    ASSERT_EQ(virDomainDestroy(dom.get()), 0);
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    page->reload();
    ASSERT_TRUE(waitFor([&] { return !page->isBusy(); }, 5000));
    EXPECT_EQ(domainInfo().maxMem, 1024ul * 1024);
    EXPECT_TRUE(page->pendingNote()->isHidden());
}
