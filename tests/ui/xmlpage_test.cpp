// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's XML page, offscreen against libvirt's test driver: edits are compared
// with the current definition, applied only after libvirt validated them, and a mistake
// leaves the definition as it was.
#include "connection.h"
#include "fieldmessage.h"
#include "libvirthandles.h"
#include "testsupport.h"
#include "xmlpage.h"

#include <QPlainTextEdit>
#include <QPushButton>

#include <libvirt/libvirt.h>

#include <gtest/gtest.h>

using TestSupport::waitFor;

namespace {

class XmlPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        conn.reset(virConnectOpen("test:///default"));
        ASSERT_TRUE(conn);
        // A guest of our own on the process-wide test driver.
        const char *xml = "<domain type='test'><name>xmlpage-guest</name><memory>524288</memory>"
                          "<vcpu>1</vcpu><os><type>hvm</type></os><devices/></domain>";
        DomainHandle dom(virDomainDefineXML(conn.get(), xml));
        ASSERT_TRUE(dom);
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(dom.get(), uuid);
        guestUuid = QString::fromLatin1(uuid);
        connection =
            std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("test:///default")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
        page = std::make_unique<XmlPage>(connection.get(), guestUuid);
        page->resize(800, 600);
        page->show(); // loads on first show
        ASSERT_TRUE(waitFor([&] { return page->isLoaded(); }, 10000));
    }
    void TearDown() override {
        page.reset();
        DomainHandle dom(virDomainLookupByUUIDString(conn.get(), guestUuid.toUtf8().constData()));
        if (dom)
            virDomainUndefine(dom.get());
    }

    QString definition() {
        DomainHandle dom(virDomainLookupByUUIDString(conn.get(), guestUuid.toUtf8().constData()));
        CString xml(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE));
        return QString::fromUtf8(xml.get());
    }

    bool applyAndWait() {
        bool done = false, ok = false;
        QObject::connect(
            page.get(), &XmlPage::applied, page.get(),
            [&](bool result) {
                done = true;
                ok = result;
            },
            Qt::SingleShotConnection);
        page->applyButton()->click();
        EXPECT_TRUE(waitFor([&] { return done; }, 10000));
        return ok;
    }

    ConnectHandle conn;
    QString guestUuid;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<XmlPage> page;
};

} // namespace

TEST_F(XmlPageTest, ShowsTheDefinitionAndNothingToApply) {
    EXPECT_EQ(page->editor()->toPlainText(), definition());
    EXPECT_TRUE(
        page->editor()->toPlainText().contains(QLatin1String("<name>xmlpage-guest</name>")));
    EXPECT_FALSE(page->applyButton()->isEnabled());
    EXPECT_FALSE(page->isModified());
}

TEST_F(XmlPageTest, AValidEditIsShownAsADiffAndApplied) {
    QString xml = page->editor()->toPlainText();
    xml.replace(QStringLiteral("<name>xmlpage-guest</name>"),
                QStringLiteral("<name>xmlpage-guest</name>\n  <title>Edited by hand</title>"));
    page->editor()->setPlainText(xml);
    ASSERT_TRUE(waitFor([&] { return !page->diffView()->toPlainText().isEmpty(); }, 3000));
    EXPECT_TRUE(page->diffView()->toPlainText().contains(
        QLatin1String("+   <title>Edited by hand</title>")))
        << page->diffView()->toPlainText().toStdString();
    EXPECT_TRUE(page->applyButton()->isEnabled());
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_TRUE(definition().contains(QLatin1String("<title>Edited by hand</title>")));
    EXPECT_FALSE(page->isModified()); // reloaded from libvirt after applying
}

TEST_F(XmlPageTest, MalformedXmlIsRefusedWithItsLineAndChangesNothing) {
    const QString before = definition();
    QString xml = page->editor()->toPlainText();
    xml.replace(QStringLiteral("</name>"), QStringLiteral("</nmae>"));
    page->editor()->setPlainText(xml);
    QCoreApplication::processEvents();
    EXPECT_FALSE(applyAndWait());
    EXPECT_TRUE(page->message()->isError());
    EXPECT_TRUE(page->message()->text().contains(QLatin1String("line")))
        << page->message()->text().toStdString();
    EXPECT_EQ(definition(), before);
    EXPECT_TRUE(page->isModified()); // the user's text is kept to fix it
}

TEST_F(XmlPageTest, LibvirtsValidationRefusesInvalidConfigurationsAndChangesNothing) {
    const QString before = definition();
    QString xml = page->editor()->toPlainText();
    xml.replace(QStringLiteral("<memory unit='KiB'>"),
                QStringLiteral("<memory unit='KiB'>lots of "));
    page->editor()->setPlainText(xml);
    EXPECT_FALSE(applyAndWait());
    EXPECT_TRUE(page->message()->isError());
    EXPECT_FALSE(page->message()->text().isEmpty());
    EXPECT_EQ(definition(), before);

    // Another guest's UUID or a new name would make a different guest: refused here.
    page->revertButton()->click();
    xml = page->editor()->toPlainText();
    xml.replace(QStringLiteral("<name>xmlpage-guest</name>"),
                QStringLiteral("<name>renamed</name>"));
    page->editor()->setPlainText(xml);
    EXPECT_FALSE(applyAndWait());
    EXPECT_TRUE(page->message()->text().contains(QLatin1String("name")))
        << page->message()->text().toStdString();
    EXPECT_EQ(definition(), before);
}

TEST_F(XmlPageTest, RevertRestoresTheCurrentDefinition) {
    page->editor()->setPlainText(QStringLiteral("<domain>broken"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(page->isModified());
    page->revertButton()->click();
    EXPECT_EQ(page->editor()->toPlainText(), definition());
    EXPECT_FALSE(page->isModified());
}
