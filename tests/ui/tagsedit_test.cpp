// SPDX-License-Identifier: GPL-2.0-or-later
// Tags and notes set through the Overview page land in the guest's metadata, and the main
// window's tag filter offers them and narrows the list. Offscreen, on test:///default.
#include "connection.h"
#include "connectionmanager.h"
#include "domainconfig.h"
#include "domainfilterproxy.h"
#include "fieldmessage.h"
#include "libvirthandles.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "tagsedit.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <memory>

using TestSupport::waitFor;

namespace {

class TagsEditTest : public ::testing::Test {
protected:
    void SetUp() override {
        conn.reset(virConnectOpen("test:///default"));
        ASSERT_TRUE(conn);
        const char *xml = "<domain type='test'><name>tags-guest</name>"
                          "<memory>524288</memory><vcpu>1</vcpu>"
                          "<os><type arch='x86_64' machine='pc'>hvm</type></os>"
                          "<devices/></domain>";
        dom.reset(virDomainDefineXML(conn.get(), xml));
        ASSERT_TRUE(dom);
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(dom.get(), uuid);
        info.uuid = QString::fromLatin1(uuid);
        info.name = QStringLiteral("tags-guest");
        info.state = GuestState::ShutOff;

        manager = std::make_unique<ConnectionManager>();
        connection =
            manager->add(ConnectionUri::parse(QStringLiteral("test:///default")), true, false);
        ASSERT_NE(connection, nullptr);
        window = std::make_unique<MainWindow>(manager.get());
        window->show();
        ASSERT_TRUE(TestSupport::connectAndLoad(connection));
        page = std::make_unique<OverviewPage>(connection, info);
        page->show();
        ASSERT_TRUE(waitFor([&] { return page->tagsEdit()->isLoaded(); }, 10000));
    }
    void TearDown() override {
        page.reset();
        window.reset();
        manager.reset();
        if (dom)
            virDomainUndefine(dom.get());
    }
    bool applyAndWait() {
        bool done = false, ok = false;
        QObject::connect(
            page->tagsEdit(), &TagsEdit::applied, page.get(),
            [&](bool r) {
                done = true;
                ok = r;
            },
            Qt::SingleShotConnection);
        page->tagsEdit()->applyButton()->click();
        EXPECT_TRUE(waitFor([&] { return done; }, 10000));
        return ok;
    }
    QStringList visibleGuests() const {
        QAbstractItemModel *proxy = window->proxy();
        const QModelIndex host = proxy->index(0, 0);
        QStringList names;
        for (int r = 0; r < proxy->rowCount(host); ++r)
            names
                << proxy->index(r, 0, host).data().toString().section(QStringLiteral(" — "), 0, 0);
        return names;
    }
    QStringList tagChoices() const {
        QStringList items;
        for (int i = 0; i < window->tagFilterBox()->count(); ++i)
            items << window->tagFilterBox()->itemText(i);
        return items;
    }

    ConnectHandle conn;
    DomainHandle dom;
    DomainInfo info;
    std::unique_ptr<ConnectionManager> manager;
    Connection *connection = nullptr;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<OverviewPage> page;
};

} // namespace

TEST_F(TagsEditTest, BadTagsAreExplainedAndCannotBeApplied) {
    TagsEdit *edit = page->tagsEdit();
    EXPECT_FALSE(edit->tagsLine()->accessibleName().isEmpty());
    EXPECT_FALSE(edit->notesEdit()->accessibleName().isEmpty());
    EXPECT_FALSE(edit->applyButton()->isEnabled()); // nothing changed yet

    edit->tagsLine()->setText(QStringLiteral("web, bad tag, WEB"));
    EXPECT_TRUE(edit->message()->isError());
    EXPECT_TRUE(edit->message()->text().contains(QLatin1String("bad tag")));
    EXPECT_TRUE(edit->message()->text().contains(QLatin1String("twice")));
    EXPECT_FALSE(edit->applyButton()->isEnabled());

    edit->tagsLine()->setText(QStringLiteral("web"));
    EXPECT_FALSE(edit->message()->isError());
    EXPECT_TRUE(edit->applyButton()->isEnabled());
}

TEST_F(TagsEditTest, TagsAndNotesGoToTheGuestsMetadataAndTheListFilter) {
    EXPECT_EQ(tagChoices(), QStringList{QStringLiteral("All tags")});
    EXPECT_FALSE(window->tagFilterBox()->accessibleName().isEmpty());

    TagsEdit *edit = page->tagsEdit();
    edit->tagsLine()->setText(QStringLiteral(" web , Prod"));
    edit->notesEdit()->setPlainText(QStringLiteral("Owner: ops & <friends>"));
    ASSERT_TRUE(applyAndWait()) << edit->message()->text().toStdString();
    EXPECT_FALSE(edit->message()->isError());
    EXPECT_EQ(edit->savedTags(), (QStringList{QStringLiteral("web"), QStringLiteral("Prod")}));
    EXPECT_EQ(edit->tagsLine()->text(), QStringLiteral("web, Prod"));
    EXPECT_FALSE(edit->isModified());

    // In the guest's own definition, under VirtDeck's namespace.
    CString xml(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE));
    ASSERT_TRUE(xml);
    const QString text = QString::fromUtf8(xml.get());
    EXPECT_TRUE(text.contains(QLatin1String(DomainConfig::VirtDeckNamespace)));
    const auto config = DomainConfig::parse(text);
    ASSERT_TRUE(config.has_value());
    EXPECT_EQ(config->tags(), (QStringList{QStringLiteral("web"), QStringLiteral("Prod")}));
    EXPECT_EQ(config->notes(), QStringLiteral("Owner: ops & <friends>"));

    // The main window hears of the change and offers the tags.
    ASSERT_TRUE(waitFor([&] {
        return tagChoices() == (QStringList{QStringLiteral("All tags"), QStringLiteral("Prod"),
                                            QStringLiteral("web")});
    })) << tagChoices().join(QLatin1Char('|')).toStdString();
    ASSERT_TRUE(visibleGuests().size() > 1);
    EXPECT_TRUE(visibleGuests().contains(QStringLiteral("test")));
    window->tagFilterBox()->setCurrentIndex(
        window->tagFilterBox()->findText(QStringLiteral("web")));
    EXPECT_EQ(window->proxy()->tagFilter(), QStringLiteral("web"));
    EXPECT_EQ(visibleGuests(), QStringList{QStringLiteral("tags-guest")});

    // The search field finds tags too.
    window->tagFilterBox()->setCurrentIndex(0);
    window->searchField()->setText(QStringLiteral("prod"));
    EXPECT_EQ(visibleGuests(), QStringList{QStringLiteral("tags-guest")});
    window->searchField()->clear();

    // Tags removed: the choice goes, the list shows everyone again.
    edit->tagsLine()->clear();
    edit->notesEdit()->clear();
    ASSERT_TRUE(applyAndWait());
    ASSERT_TRUE(waitFor([&] { return tagChoices() == QStringList{QStringLiteral("All tags")}; }));
    EXPECT_TRUE(visibleGuests().contains(QStringLiteral("test")));
}
