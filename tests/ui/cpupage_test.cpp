// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's CPU page, offscreen against libvirt's test driver: each bad value is
// refused next to its field and changes nothing; a shut-off guest takes every change into its
// definition; a running guest hot-plugs vCPUs and marks the rest "applies after restart".
#include "connection.h"
#include "cpufeaturestable.h"
#include "cpupage.h"
#include "cpupinninggrid.h"
#include "fieldmessage.h"
#include "libvirthandles.h"
#include "testsupport.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

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
        for (DomainHandle *d : {&dom, &other}) {
            if (!*d)
                continue;
            virDomainDestroy(d->get());
            virDomainUndefine(d->get());
        }
        virResetLastError();
    }
    // Replaces the guest under test by one defined from `xml` (named cpu-other).
    void useGuest(const char *xml) {
        other.reset(virDomainDefineXML(conn.get(), xml));
        ASSERT_TRUE(other) << virGetLastErrorMessage();
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(other.get(), uuid);
        info.uuid = QString::fromLatin1(uuid);
        info.name = QStringLiteral("cpu-other");
        std::swap(dom, other);
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

    // Sets the mode box to a mode by its libvirt name.
    void chooseMode(const char *mode) {
        page->modeBox()->setCurrentIndex(page->modeBox()->findData(QLatin1String(mode)));
    }
    // Expects a refusal of the pinning that changed nothing; `reasonPart` is in its message.
    void expectPinRefused(const QString &reasonPart) {
        const QString before = inactiveXml();
        EXPECT_TRUE(page->pinningMessage()->isError()); // said before Apply
        EXPECT_FALSE(applyAndWait());
        EXPECT_TRUE(page->pinningMessage()->text().contains(reasonPart))
            << page->pinningMessage()->text().toStdString();
        EXPECT_TRUE(page->message()->isError());
        EXPECT_EQ(inactiveXml(), before);
        page->revertButton()->click();
        EXPECT_FALSE(page->isModified());
        EXPECT_FALSE(page->pinningMessage()->isError());
    }

    ConnectHandle conn;
    DomainHandle dom;
    DomainHandle other;
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

TEST_F(CpuPageTest, FeaturesComeFromTheHostAndUnknownOnesAreRefused) {
    openPage();
    CpuFeaturesTable *table = page->featuresTable();
    // The hypervisor's default CPU takes no features: the list is closed.
    EXPECT_FALSE(table->isEnabled());
    EXPECT_FALSE(page->addFeatureButton()->isEnabled());
    chooseMode("host-passthrough");
    EXPECT_FALSE(table->isEnabled());
    chooseMode("host-model");
    ASSERT_TRUE(table->isEnabled());
    // The test driver has no domain capabilities: the host CPU's own flags are offered.
    const QStringList known = page->settings()->limits.cpuFeatures;
    ASSERT_TRUE(known.contains(QStringLiteral("pae")))
        << known.join(QLatin1Char(' ')).toStdString();

    page->addFeatureButton()->click();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_GE(table->nameBox(0)->findText(QStringLiteral("pae")), 0);
    // The usual two policies come first.
    EXPECT_EQ(table->policyBox(0)->itemData(0).toString(), QStringLiteral("require"));
    EXPECT_EQ(table->policyBox(0)->itemData(1).toString(), QStringLiteral("disable"));
    for (const char *policy : {"optional", "force", "forbid"})
        EXPECT_GE(table->policyBox(0)->findData(QLatin1String(policy)), 0) << policy;

    // A name the host does not know is refused next to the list, before and on Apply.
    table->nameBox(0)->setCurrentText(QStringLiteral("warp-drive"));
    EXPECT_TRUE(page->fieldMessage(Field::CpuFeatures)->isError());
    {
        const QString before = inactiveXml();
        EXPECT_FALSE(applyAndWait());
        EXPECT_TRUE(
            page->fieldMessage(Field::CpuFeatures)->text().contains(QLatin1String("warp-drive")))
            << page->fieldMessage(Field::CpuFeatures)->text().toStdString();
        EXPECT_EQ(inactiveXml(), before);
    }
    // The same feature twice is refused too.
    table->nameBox(0)->setCurrentText(QStringLiteral("pae"));
    table->addFeature(QStringLiteral("pae"), QStringLiteral("disable"));
    {
        const QString before = inactiveXml();
        EXPECT_FALSE(applyAndWait());
        EXPECT_TRUE(
            page->fieldMessage(Field::CpuFeatures)->text().contains(QLatin1String("twice")));
        EXPECT_EQ(inactiveXml(), before);
    }

    // One known feature, disabled: saved with the host model.
    table->setCurrentCell(1, CpuFeaturesTable::NameColumn);
    page->removeFeatureButton()->click();
    ASSERT_EQ(table->rowCount(), 1);
    table->policyBox(0)->setCurrentIndex(table->policyBox(0)->findData(QStringLiteral("disable")));
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    QString xml = inactiveXml();
    EXPECT_TRUE(xml.contains(QLatin1String("<cpu mode='host-model'")) &&
                xml.contains(QLatin1String("<feature policy='disable' name='pae'/>")))
        << xml.toStdString();
    EXPECT_EQ(
        page->settings()->cpu.features,
        (QList<DomainConfig::CpuFeature>{{QStringLiteral("pae"), QStringLiteral("disable")}}));
    EXPECT_FALSE(page->isModified());

    // Back to the hypervisor's default: the page says the features go, and they do.
    chooseMode("");
    EXPECT_TRUE(page->featuresNote()->text().contains(QLatin1String("feature")));
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    xml = inactiveXml();
    EXPECT_FALSE(xml.contains(QLatin1String("<feature"))) << xml.toStdString();
}

TEST_F(CpuPageTest, PinningGridPinsAShutOffGuestThroughItsDefinition) {
    openPage();
    CpuPinningGrid *grid = page->pinningGrid();
    const int hostCpus = page->pinning()->hostCpus;
    ASSERT_GE(hostCpus, 4); // the test driver's node has 8
    EXPECT_EQ(grid->columnCount(), CpuPinningGrid::FirstCpuColumn + hostCpus);
    ASSERT_EQ(grid->rowCount(), 3); // two vCPUs and the emulator
    const QString all = QStringLiteral("0-%1").arg(hostCpus - 1);
    EXPECT_EQ(grid->rowText(0), all);
    EXPECT_EQ(grid->rowText(grid->emulatorRow()), all);
    EXPECT_TRUE(grid->isTicked(1, hostCpus - 1));

    // vCPU 0 on CPU 3 only: "None", then one tick. The text follows the ticks.
    grid->noneButton(0)->click();
    EXPECT_EQ(grid->rowText(0), QString());
    EXPECT_TRUE(page->pinningMessage()->isError()); // no CPU at all is not a pin
    grid->setTicked(0, 3, true);
    EXPECT_EQ(grid->rowText(0), QStringLiteral("3"));
    EXPECT_FALSE(page->pinningMessage()->isError());
    // The emulator typed: the ticks follow the text.
    grid->setRowText(grid->emulatorRow(), QStringLiteral("0-1"));
    EXPECT_TRUE(grid->isTicked(grid->emulatorRow(), 1));
    EXPECT_FALSE(grid->isTicked(grid->emulatorRow(), 2));
    ASSERT_TRUE(page->isModified());
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    QString xml = inactiveXml();
    EXPECT_TRUE(xml.contains(QLatin1String("<vcpupin vcpu='0' cpuset='3'/>"))) << xml.toStdString();
    EXPECT_TRUE(xml.contains(QLatin1String("<emulatorpin cpuset='0-1'/>"))) << xml.toStdString();
    EXPECT_FALSE(xml.contains(QLatin1String("vcpu='1'"))) << xml.toStdString();
    EXPECT_TRUE(xml.contains(QLatin1String("memballoon")));
    EXPECT_FALSE(page->isModified());
    EXPECT_FALSE(page->pinningMark()->isVisibleTo(page.get()));

    // "All" takes vCPU 0 back to every CPU: its pin goes.
    grid->allButton(0)->click();
    EXPECT_EQ(grid->rowText(0), all);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    xml = inactiveXml();
    EXPECT_FALSE(xml.contains(QLatin1String("<vcpupin"))) << xml.toStdString();
    EXPECT_TRUE(xml.contains(QLatin1String("<emulatorpin cpuset='0-1'/>")));

    // A third vCPU gets a row of its own, running anywhere until pinned.
    page->maximumBox()->setValue(3);
    ASSERT_EQ(grid->vcpuCount(), 3);
    EXPECT_EQ(grid->rowText(2), all);
    grid->setRowText(2, QStringLiteral("1,2"));
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_TRUE(inactiveXml().contains(QLatin1String("<vcpupin vcpu='2' cpuset='1-2'/>")));
}

TEST_F(CpuPageTest, PinsToCpusTheHostLacksAreRefusedAndChangeNothing) {
    openPage();
    CpuPinningGrid *grid = page->pinningGrid();
    const int hostCpus = page->pinning()->hostCpus;
    grid->setRowText(0, QStringLiteral("0,%1").arg(hostCpus + 1));
    expectPinRefused(QStringLiteral("vCPU 0: this host has no CPU %1").arg(hostCpus + 1));
    grid->setRowText(grid->emulatorRow(), QStringLiteral("%1-%2").arg(hostCpus).arg(hostCpus + 3));
    expectPinRefused(QStringLiteral("no CPU %1-%2").arg(hostCpus).arg(hostCpus + 3));
    grid->setRowText(1, QStringLiteral("two"));
    expectPinRefused(QStringLiteral("not a list"));
    grid->noneButton(1)->click();
    expectPinRefused(QStringLiteral("at least one host CPU"));
}

TEST_F(CpuPageTest, PinFromTheDefinitionBeyondTheHostIsShownAndBlocksApply) {
    // Another tool pinned vCPU 1 to CPU 40, which this host lacks: libvirt takes the definition,
    // but the guest would not start. The page says so at once and changes nothing until fixed.
    useGuest("<domain type='test'><name>cpu-other</name><memory unit='MiB'>256</memory>"
             "<vcpu>2</vcpu><cputune><vcpupin vcpu='1' cpuset='40'/></cputune>"
             "<os><type arch='x86_64'>hvm</type></os></domain>");
    openPage();
    CpuPinningGrid *grid = page->pinningGrid();
    EXPECT_EQ(grid->rowText(1), QStringLiteral("40"));
    EXPECT_TRUE(page->pinningMessage()->isError());
    EXPECT_TRUE(page->pinningMessage()->text().contains(QLatin1String("vCPU 1")) &&
                page->pinningMessage()->text().contains(QLatin1String("no CPU 40")))
        << page->pinningMessage()->text().toStdString();
    EXPECT_FALSE(grid->verticalHeaderItem(1)->toolTip().isEmpty());

    page->currentBox()->setValue(1);
    const QString before = inactiveXml();
    EXPECT_FALSE(applyAndWait());
    EXPECT_EQ(inactiveXml(), before);

    // Fixing the row lets everything through.
    grid->setRowText(1, QStringLiteral("1"));
    EXPECT_FALSE(page->pinningMessage()->isError());
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    const QString xml = inactiveXml();
    EXPECT_TRUE(xml.contains(QLatin1String("<vcpupin vcpu='1' cpuset='1'/>"))) << xml.toStdString();
    EXPECT_TRUE(xml.contains(QLatin1String("current='1'"))) << xml.toStdString();
}

TEST_F(CpuPageTest, GridStaysUsableWithSixtyFourHostCpus) {
    CpuPinningGrid grid;
    grid.resize(640, 400);
    grid.setHost(64, {63});
    GuestCpuPinning::Pins pins;
    for (int v = 0; v < 64; ++v)
        pins.vcpus << QStringLiteral("0-63");
    pins.emulator = QStringLiteral("0-63");
    grid.setPins(pins);
    grid.show();
    ASSERT_EQ(grid.rowCount(), 65);
    ASSERT_EQ(grid.columnCount(), CpuPinningGrid::FirstCpuColumn + 64);
    // Compact cells, and the table scrolls instead of growing past the window.
    for (int cpu = 0; cpu < 64; ++cpu)
        EXPECT_LE(grid.columnWidth(CpuPinningGrid::FirstCpuColumn + cpu), 24) << cpu;
    EXPECT_LE(grid.maximumHeight(), 400);
    EXPECT_GT(grid.horizontalScrollBar()->maximum(), 0);
    EXPECT_GT(grid.verticalScrollBar()->maximum(), 0);
    EXPECT_TRUE(grid.horizontalHeaderItem(CpuPinningGrid::FirstCpuColumn + 63)
                    ->toolTip()
                    .contains(QLatin1String("offline")));
    // "All" and "None" on every row, the last one included.
    QSignalSpy changed(&grid, &CpuPinningGrid::pinsChanged);
    grid.noneButton(40)->click();
    EXPECT_EQ(grid.rowText(40), QString());
    grid.setTicked(40, 62, true);
    grid.setTicked(40, 63, true);
    EXPECT_EQ(grid.rowText(40), QStringLiteral("62-63"));
    grid.noneButton(grid.emulatorRow())->click();
    grid.allButton(grid.emulatorRow())->click();
    EXPECT_EQ(grid.rowText(grid.emulatorRow()), QStringLiteral("0-63"));
    EXPECT_EQ(changed.count(), 5);
    EXPECT_EQ(grid.pins().vcpus.value(40), QStringLiteral("62-63"));
    EXPECT_EQ(grid.pins().vcpus.size(), 64);
}

TEST_F(CpuPageTest, PendingChangesAreNamedAfterLoadAndApply) {
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    info.state = GuestState::Running;
    page = std::make_unique<CpuPage>(connection.get(), info);
    QSignalSpy pending(page.get(), &CpuPage::pendingChanged);
    page->show();
    ASSERT_TRUE(waitFor([&] { return page->isLoaded(); }, 10000));
    ASSERT_EQ(pending.count(), 1);
    EXPECT_TRUE(pending.last().at(0).toStringList().isEmpty());

    // The features of a running guest's CPU wait for its restart.
    chooseMode("host-model");
    page->featuresTable()->addFeature(QStringLiteral("pae"), QStringLiteral("disable"));
    page->maximumBox()->setValue(3);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    ASSERT_EQ(pending.count(), 2);
    const QStringList what = pending.last().at(0).toStringList();
    EXPECT_TRUE(what.contains(QStringLiteral("CPU features")))
        << what.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(what.contains(QStringLiteral("Maximum vCPUs")));
    EXPECT_TRUE(what.contains(QStringLiteral("CPU mode")));
    EXPECT_TRUE(page->restartMark(Field::CpuFeatures)->isVisibleTo(page.get()));
    EXPECT_EQ(page->pendingChanges(), what);

    // The test driver cannot pin a running guest's vCPU live: saved, and pending by name.
    page->pinningGrid()->setRowText(0, QStringLiteral("2"));
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_TRUE(inactiveXml().contains(QLatin1String("<vcpupin vcpu='0' cpuset='2'/>")));
    unsigned char map[2] = {};
    ASSERT_EQ(virDomainGetVcpuPinInfo(dom.get(), 2, map, 1, VIR_DOMAIN_AFFECT_LIVE), 2);
    EXPECT_NE(map[0], 0x04); // still running anywhere
    EXPECT_TRUE(pending.last().at(0).toStringList().contains(QStringLiteral("vCPU pinning")));
    EXPECT_TRUE(page->pinningMark()->isVisibleTo(page.get()));
    EXPECT_FALSE(page->pinningMark()->toolTip().isEmpty());

    // After a restart nothing waits.
    ASSERT_EQ(virDomainDestroy(dom.get()), 0);
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    page->reload();
    ASSERT_TRUE(waitFor([&] { return !page->isBusy() && page->isLoaded(); }, 5000));
    ASSERT_TRUE(waitFor([&] { return pending.last().at(0).toStringList().isEmpty(); }, 5000))
        << pending.last().at(0).toStringList().join(QLatin1Char(',')).toStdString();
    EXPECT_FALSE(page->restartMark(Field::CpuFeatures)->isVisibleTo(page.get()));
    EXPECT_FALSE(page->pinningMark()->isVisibleTo(page.get()));
}
