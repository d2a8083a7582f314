// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's "changes wait for a restart" banner, offscreen against libvirt's test
// driver: a running guest's saved-but-not-running change shows in the banner by name and
// marks its page; putting it back, or the guest stopping and starting again, clears both.
#include "bootpage.h"
#include "connection.h"
#include "cpupage.h"
#include "domainconfig.h"
#include "guestwindow.h"
#include "libvirthandles.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

using TestSupport::waitFor;

namespace {

class GuestWindowPendingTest : public ::testing::Test {
protected:
    void SetUp() override {
        conn.reset(virConnectOpen("test:///default"));
        ASSERT_TRUE(conn);
        const QString name =
            QStringLiteral("pending-guest-%1").arg(QCoreApplication::applicationPid());
        const QString xml =
            QStringLiteral("<domain type='test'><name>%1</name><memory unit='MiB'>256</memory>"
                           "<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type>"
                           "<boot dev='hd'/><boot dev='network'/></os><devices>"
                           "<disk type='file' device='disk'><source file='/guest/a.img'/>"
                           "<target dev='vda' bus='virtio'/></disk></devices></domain>")
                .arg(name);
        dom.reset(virDomainDefineXML(conn.get(), xml.toUtf8().constData()));
        ASSERT_TRUE(dom);
        ASSERT_EQ(virDomainCreate(dom.get()), 0);
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(dom.get(), uuid);
        info.uuid = QString::fromLatin1(uuid);
        info.name = name;
        info.state = GuestState::Running;
        connection =
            std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("test:///default")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
        window = new GuestWindow(connection.get(), info);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    void TearDown() override {
        delete window;
        if (dom) {
            virDomainDestroy(dom.get());
            virDomainUndefine(dom.get());
        }
        virResetLastError();
    }
    BootPage *openBootPage() {
        BootPage *page = window->bootPage();
        EXPECT_NE(page, nullptr);
        if (!page)
            return nullptr;
        window->showPage(page);
        EXPECT_TRUE(waitFor([&] { return page->isLoaded() && !page->isBusy(); }, 10000));
        return page;
    }
    bool applyAndWait(BootPage *page) {
        bool done = false, ok = false;
        QObject::connect(
            page, &BootPage::applied, page,
            [&](bool r) {
                done = true;
                ok = r;
            },
            Qt::SingleShotConnection);
        EXPECT_TRUE(waitFor([&] { return !page->isBusy(); }, 10000));
        page->apply();
        EXPECT_TRUE(waitFor([&] { return done; }, 10000));
        return ok;
    }
    static void selectNetwork(BootPage *page) {
        QListWidget *types = page->typeList();
        for (int i = 0; i < types->count(); ++i) {
            if (types->item(i)->data(Qt::UserRole).toString() == QLatin1String("network"))
                types->setCurrentRow(i);
        }
    }
    // Moves the network ahead of the disk: saved, but the running guest keeps its order.
    void putNetworkFirst(BootPage *page) {
        selectNetwork(page);
        page->moveSelected(-1);
        ASSERT_TRUE(applyAndWait(page));
    }
    QListWidgetItem *bootItem() {
        QListWidget *list = window->pageList();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(QLatin1String("Boot")))
                return list->item(i);
        }
        ADD_FAILURE() << "no Boot page in the list";
        return new QListWidgetItem(QStringLiteral("missing"), list);
    }
    bool bannerShown() { return window->pendingBanner()->isVisibleTo(window); }

    ConnectHandle conn;
    DomainHandle dom;
    DomainInfo info;
    std::unique_ptr<Connection> connection;
    GuestWindow *window = nullptr;
};

} // namespace

TEST_F(GuestWindowPendingTest, BannerNamesWhatWaitsAndRevertingClearsIt) {
    BootPage *page = openBootPage();
    ASSERT_TRUE(page);
    EXPECT_FALSE(bannerShown());
    ASSERT_EQ(bootItem()->text(), QStringLiteral("Boot"));

    putNetworkFirst(page);
    ASSERT_TRUE(waitFor([&] { return bannerShown(); }, 5000));
    const QString text = window->pendingLabel()->text();
    EXPECT_TRUE(text.contains(QLatin1String("Changes wait for a restart: Boot order")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("the next time the guest starts")));
    EXPECT_EQ(window->pendingChanges(), QStringList{QStringLiteral("Boot order")});
    EXPECT_TRUE(window->hasPendingMark(page));
    EXPECT_EQ(bootItem()->text(), QStringLiteral("Boot •"));
    EXPECT_FALSE(window->hasPendingMark(window->cpuPage()));

    // A second pending setting joins the list.
    page->menuBox()->setChecked(true);
    ASSERT_TRUE(applyAndWait(page));
    // For looking at it: VD_PENDING_SHOT=/some/file.png keeps a picture of the window.
    if (const QString shot = qEnvironmentVariable("VD_PENDING_SHOT"); !shot.isEmpty())
        window->grab().save(shot);
    EXPECT_EQ(window->pendingChanges(),
              (QStringList{QStringLiteral("Boot order"), QStringLiteral("Boot menu")}));
    EXPECT_TRUE(window->pendingLabel()->text().contains(QLatin1String("Boot order, Boot menu")));

    // Saving what the guest runs with again: nothing waits.
    page->menuBox()->setChecked(false);
    selectNetwork(page);
    page->moveSelected(1);
    ASSERT_TRUE(applyAndWait(page));
    EXPECT_FALSE(bannerShown());
    EXPECT_TRUE(window->pendingChanges().isEmpty());
    EXPECT_EQ(bootItem()->text(), QStringLiteral("Boot"));
}

TEST_F(GuestWindowPendingTest, StoppingAndStartingTheGuestClearsTheBanner) {
    BootPage *page = openBootPage();
    ASSERT_TRUE(page);
    putNetworkFirst(page);
    ASSERT_TRUE(waitFor([&] { return bannerShown(); }, 5000));

    // Another client stops the guest: the window hears of it through the host's events.
    ASSERT_EQ(virDomainDestroy(dom.get()), 0);
    ASSERT_TRUE(waitFor([&] { return !bannerShown(); }, 10000));
    EXPECT_EQ(bootItem()->text(), QStringLiteral("Boot"));
    ASSERT_TRUE(waitFor([&] { return !page->isBusy(); }, 5000));
    EXPECT_FALSE(page->restartMark(GuestBoot::Field::Order)->isVisibleTo(page));

    // Started again, it runs the saved order: still nothing waits, and the page agrees.
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    ASSERT_TRUE(
        waitFor([&] { return window->windowTitle().contains(QLatin1String("Running")); }, 10000));
    ASSERT_TRUE(
        waitFor([&] { return page->boot() && page->boot()->active && !page->isBusy(); }, 10000));
    EXPECT_TRUE(page->boot()->pending.isEmpty());
    EXPECT_FALSE(bannerShown());
    const DomainConfig live =
        *DomainConfig::parse(QString::fromUtf8(CString(virDomainGetXMLDesc(dom.get(), 0)).get()));
    EXPECT_EQ(live.bootOrder(), (QStringList{QStringLiteral("network"), QStringLiteral("hd")}));
}
