// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's CPU page, offscreen against libvirt's test driver: each bad value is
// refused next to its field and changes nothing; a shut-off guest takes every change into its
// definition; a running guest hot-plugs vCPUs and marks the rest "applies after restart".
#include "connection.h"
#include "cpupage.h"
#include "fieldmessage.h"
#include "libvirthandles.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

using TestSupport::waitFor;
using Field = GuestResourceSettings::Field;

namespace {

class CpuPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        conn.reset(virConnectOpen("test:///default"));
        ASSERT_TRUE(conn);
        const char *xml = "<domain type='test'><name>cpu-guest</name>"
                          "<memory unit='MiB'>512</memory><vcpu current='1'>2</vcpu>"
                          "<os><type arch='x86_64'>hvm</type></os>"
                          "<devices><memballoon model='virtio'/></devices></domain>";
        dom.reset(virDomainDefineXML(conn.get(), xml));
        ASSERT_TRUE(dom);
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(dom.get(), uuid);
        info.uuid = QString::fromLatin1(uuid);
        info.name = QStringLiteral("cpu-guest");
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
        page = std::make_unique<CpuPage>(connection.get(), info);
        page->show();
        ASSERT_TRUE(waitFor([&] { return page->isLoaded(); }, 10000));
    }
    bool applyAndWait() {
        bool done = false, ok = false;
        QObject::connect(
            page.get(), &CpuPage::applied, page.get(),
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
    int vcpus(unsigned impact, bool maximum = false) {
        return virDomainGetVcpusFlags(dom.get(),
                                      impact | (maximum ? unsigned(VIR_DOMAIN_VCPU_MAXIMUM) : 0u));
    }
    bool marked(Field f) { return page->restartMark(f)->isVisibleTo(page.get()); }
    // Applies what the boxes hold and expects a refusal on `field` that changed nothing.
    void expectRefused(Field field, const char *reasonPart) {
        const QString before = inactiveXml();
        EXPECT_FALSE(applyAndWait());
        FieldMessage *m = page->fieldMessage(field);
        EXPECT_TRUE(m->isError());
        EXPECT_TRUE(m->text().contains(QLatin1String(reasonPart))) << m->text().toStdString();
        EXPECT_TRUE(page->message()->isError());
        EXPECT_EQ(inactiveXml(), before);
        page->revertButton()->click();
        EXPECT_FALSE(page->isModified());
    }

    ConnectHandle conn;
    DomainHandle dom;
    DomainInfo info;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<CpuPage> page;
};

} // namespace

TEST_F(CpuPageTest, ShowsTheDefinitionAndTheLimit) {
    openPage();
    EXPECT_EQ(page->currentBox()->value(), 1);
    EXPECT_EQ(page->maximumBox()->value(), 2);
    EXPECT_FALSE(page->applyButton()->isEnabled());
    EXPECT_FALSE(page->pendingNote()->isVisibleTo(page.get()));
    // The test driver has no domain capabilities; its driver limit is quoted instead.
    EXPECT_GT(page->settings()->limits.maxVcpus, 0u);
    EXPECT_TRUE(page->fieldMessage(Field::VcpuMaximum)
                    ->text()
                    .contains(QString::number(page->settings()->limits.maxVcpus)));
    EXPECT_FALSE(page->currentBox()->accessibleName().isEmpty());
    EXPECT_FALSE(page->modeBox()->accessibleName().isEmpty());
}

TEST_F(CpuPageTest, BadValuesAreRefusedWithReasonsAndChangeNothing) {
    openPage();
    page->currentBox()->setValue(0);
    // Shown while typing, before Apply.
    EXPECT_TRUE(page->fieldMessage(Field::VcpuCurrent)->isError());
    expectRefused(Field::VcpuCurrent, "at least one");

    page->maximumBox()->setValue(0);
    expectRefused(Field::VcpuMaximum, "at least one");

    page->maximumBox()->setValue(int(page->settings()->limits.maxVcpus) + 1);
    expectRefused(Field::VcpuMaximum, "At most");

    page->currentBox()->setValue(2);
    page->maximumBox()->setValue(1);
    expectRefused(Field::VcpuCurrent, "maximum");

    page->socketsBox()->setValue(1);
    page->coresBox()->setValue(3);
    page->threadsBox()->setValue(1);
    expectRefused(Field::CpuTopology, "must be equal");

    page->socketsBox()->setValue(2);
    expectRefused(Field::CpuTopology, "at least 1");

    page->modeBox()->setCurrentIndex(page->modeBox()->findData(QStringLiteral("custom")));
    page->modelBox()->setCurrentText(QString());
    expectRefused(Field::CpuModel, "model");
}

TEST_F(CpuPageTest, ShutOffGuestTakesEveryChangeIntoItsDefinition) {
    openPage();
    page->maximumBox()->setValue(4);
    page->currentBox()->setValue(3);
    page->socketsBox()->setValue(1);
    page->coresBox()->setValue(2);
    page->threadsBox()->setValue(2);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_EQ(vcpus(VIR_DOMAIN_AFFECT_CONFIG, true), 4);
    EXPECT_EQ(vcpus(VIR_DOMAIN_AFFECT_CONFIG), 3);
    const QString xml = inactiveXml();
    EXPECT_TRUE(xml.contains(QLatin1String("sockets='1'")) &&
                xml.contains(QLatin1String("cores='2'")) &&
                xml.contains(QLatin1String("threads='2'")))
        << xml.toStdString();
    // Everything else survived: the balloon device is still there.
    EXPECT_TRUE(xml.contains(QLatin1String("memballoon")));
    EXPECT_FALSE(page->pendingNote()->isVisibleTo(page.get()));
    EXPECT_FALSE(marked(Field::VcpuMaximum));
    EXPECT_FALSE(page->isModified());
}

TEST_F(CpuPageTest, RunningGuestHotPlugsAndMarksTheRestPending) {
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    info.state = GuestState::Running;
    openPage();
    EXPECT_TRUE(page->settings()->active);
    EXPECT_TRUE(page->pendingNote()->isHidden());

    // 1 → 2 is within the running maximum: live. A new maximum cannot be: pending.
    page->currentBox()->setValue(2);
    page->maximumBox()->setValue(4);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_EQ(vcpus(VIR_DOMAIN_AFFECT_LIVE), 2);
    EXPECT_EQ(vcpus(VIR_DOMAIN_AFFECT_LIVE, true), 2);
    EXPECT_EQ(vcpus(VIR_DOMAIN_AFFECT_CONFIG, true), 4);
    EXPECT_EQ(vcpus(VIR_DOMAIN_AFFECT_CONFIG), 2);
    EXPECT_FALSE(marked(Field::VcpuCurrent));
    EXPECT_TRUE(marked(Field::VcpuMaximum));
    EXPECT_TRUE(page->pendingNote()->isVisibleTo(page.get()));
    EXPECT_TRUE(page->message()->text().contains(QLatin1String("running guest")));

    // More vCPUs than the running maximum are saved and wait for the restart.
    page->currentBox()->setValue(3);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_EQ(vcpus(VIR_DOMAIN_AFFECT_LIVE), 2);
    EXPECT_EQ(vcpus(VIR_DOMAIN_AFFECT_CONFIG), 3);
    EXPECT_TRUE(marked(Field::VcpuCurrent));

    // A topology waits for the restart too.
    page->socketsBox()->setValue(2);
    page->coresBox()->setValue(2);
    page->threadsBox()->setValue(1);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_TRUE(marked(Field::CpuTopology));

    // After a restart the definition is what runs and nothing is pending.
    ASSERT_EQ(virDomainDestroy(dom.get()), 0);
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    page->reload();
    ASSERT_TRUE(waitFor([&] { return !page->isBusy(); }, 5000));
    EXPECT_EQ(vcpus(VIR_DOMAIN_AFFECT_LIVE), 3);
    EXPECT_TRUE(page->pendingNote()->isHidden());
    EXPECT_FALSE(marked(Field::VcpuMaximum));
}
