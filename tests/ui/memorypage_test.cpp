// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's Memory page, offscreen against libvirt's test driver: bad sizes are
// refused next to their field and change nothing; a shut-off guest takes the new sizes into
// its definition; a running guest's balloon moves live while a new maximum waits for a restart.
#include "connection.h"
#include "fieldmessage.h"
#include "libvirthandles.h"
#include "memorypage.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
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
        for (DomainHandle *d : {&dom, &other}) {
            if (!*d)
                continue;
            virDomainDestroy(d->get());
            virDomainUndefine(d->get());
        }
        virResetLastError();
    }
    // Replaces the guest under test by one defined from `xml`.
    void useGuest(const char *xml) {
        other.reset(virDomainDefineXML(conn.get(), xml));
        ASSERT_TRUE(other) << virGetLastErrorMessage();
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(other.get(), uuid);
        info.uuid = QString::fromLatin1(uuid);
        std::swap(dom, other);
    }
    void chooseHugePages(qint64 kib) {
        const int index = page->hugePagesBox()->findData(kib);
        ASSERT_GE(index, 0) << kib;
        page->hugePagesBox()->setCurrentIndex(index);
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
    DomainHandle other;
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

TEST_F(MemoryPageTest, HugePagesAreOfferedInTheHostsSizesOnly) {
    openPage();
    const auto &sizes = page->settings()->limits.hugePages;
    // The test driver's host: 4 KiB normal pages (8 KiB on its second node), 2 MiB and 1 GiB.
    ASSERT_EQ(sizes.size(), 2);
    EXPECT_EQ(sizes.at(0).sizeKiB, 2048u);
    EXPECT_EQ(sizes.at(1).sizeKiB, 1048576u);
    QComboBox *box = page->hugePagesBox();
    EXPECT_EQ(box->currentData().toLongLong(), -1); // off
    EXPECT_GE(box->findData(qint64(0)), 0);         // the host's default size
    EXPECT_GE(box->findData(qint64(2048)), 0);
    EXPECT_GE(box->findData(qint64(1048576)), 0);
    EXPECT_LT(box->findData(qint64(4)), 0);
    EXPECT_LT(box->findData(qint64(8)), 0);
    EXPECT_EQ(box->count(), 4);
    // What is free is shown, as the host reports it.
    const QString free = page->hugePagesFreeLabel()->text();
    EXPECT_TRUE(free.contains(QStringLiteral("2 MiB pages: %1 free").arg(sizes.at(0).free)))
        << free.toStdString();
    EXPECT_TRUE(free.contains(QStringLiteral("1 GiB pages: %1 free").arg(sizes.at(1).free)));
}

TEST_F(MemoryPageTest, HugePagesBeyondWhatIsFreeAreRefusedAndChangeNothing) {
    openPage();
    const auto &small = page->settings()->limits.hugePages.at(0);
    // 512 MiB in 2 MiB pages is 256 of them; the test driver reports fewer free.
    ASSERT_LT(small.free, 256u) << "the test driver now reports enough free pages";
    chooseHugePages(2048);
    EXPECT_TRUE(page->fieldMessage(Field::HugePages)->isError()); // while choosing
    expectRefused(Field::HugePages, "needs 256 pages");
    chooseHugePages(0); // the default size is the 2 MiB one
    expectRefused(Field::HugePages, "needs 256 pages");
    // 512 MiB is not a whole number of 1 GiB pages.
    chooseHugePages(1048576);
    expectRefused(Field::HugePages, "whole number");

    // Few enough pages for what is free: saved, in KiB, nothing else touched.
    const quint64 fitting = small.free * 2048; // every free 2 MiB page, in KiB
    ASSERT_GE(fitting, 16u * 1024);
    page->maximumBox()->setValue(int(fitting / 1024));
    page->currentBox()->setValue(int(fitting / 1024));
    chooseHugePages(2048);
    EXPECT_FALSE(page->fieldMessage(Field::HugePages)->isError())
        << page->fieldMessage(Field::HugePages)->text().toStdString();
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    const QString xml = inactiveXml();
    EXPECT_TRUE(xml.contains(QLatin1String("<hugepages>")) &&
                xml.contains(QLatin1String("<page size='2048' unit='KiB'/>")))
        << xml.toStdString();
    EXPECT_TRUE(xml.contains(QLatin1String("memballoon")));
    EXPECT_EQ(page->settings()->memory.hugePageKiB, std::optional<quint64>(2048));

    // Off again removes <memoryBacking> altogether.
    chooseHugePages(-1);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_FALSE(inactiveXml().contains(QLatin1String("memoryBacking")));
}

TEST_F(MemoryPageTest, SharedMemoryBackingIsSavedAndWaitsForARestart) {
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    info.state = GuestState::Running;
    page = std::make_unique<MemoryPage>(connection.get(), info);
    QSignalSpy pending(page.get(), &MemoryPage::pendingChanged);
    page->show();
    ASSERT_TRUE(waitFor([&] { return page->isLoaded(); }, 10000));
    ASSERT_EQ(pending.count(), 1);
    EXPECT_TRUE(pending.last().at(0).toStringList().isEmpty());
    EXPECT_FALSE(page->sharedMemoryBox()->isChecked());

    page->sharedMemoryBox()->setChecked(true);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    const QString xml = inactiveXml();
    EXPECT_TRUE(xml.contains(QLatin1String("<source type='memfd'/>")) &&
                xml.contains(QLatin1String("<access mode='shared'/>")))
        << xml.toStdString();
    EXPECT_TRUE(marked(Field::SharedMemory));
    EXPECT_TRUE(page->message()->text().contains(QLatin1String("restart")))
        << page->message()->text().toStdString();
    ASSERT_EQ(pending.count(), 2);
    EXPECT_EQ(pending.last().at(0).toStringList(), QStringList{QStringLiteral("Shared memory")});

    ASSERT_EQ(virDomainDestroy(dom.get()), 0);
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    page->reload();
    ASSERT_TRUE(waitFor([&] { return pending.count() == 3; }, 5000));
    EXPECT_TRUE(pending.last().at(0).toStringList().isEmpty());
    EXPECT_FALSE(marked(Field::SharedMemory));
}

TEST_F(MemoryPageTest, SharedMemoryStaysWhileAVirtiofsFolderNeedsIt) {
    useGuest("<domain type='test'><name>memory-virtiofs</name>"
             "<memory unit='MiB'>512</memory><vcpu>1</vcpu>"
             "<memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>"
             "<os><type arch='x86_64'>hvm</type></os><devices>"
             "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/>"
             "<source dir='/srv/share'/><target dir='share'/></filesystem>"
             "</devices></domain>");
    openPage();
    EXPECT_TRUE(page->sharedMemoryBox()->isChecked());
    EXPECT_TRUE(page->fieldMessage(Field::SharedMemory)->text().contains(QLatin1String("share")));
    page->sharedMemoryBox()->setChecked(false);
    expectRefused(Field::SharedMemory, "needs shared memory");
}
