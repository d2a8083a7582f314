// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's Resources page, offscreen against libvirt's test driver: every refused
// value, what the test driver offers and what it does not (said on the page, not hidden).
#include "connection.h"
#include "fieldmessage.h"
#include "guesttuning.h"
#include "libvirthandles.h"
#include "resourcespage.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

using TestSupport::waitFor;

namespace {

class ResourcesPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        conn.reset(virConnectOpen("test:///default"));
        ASSERT_TRUE(conn);
        const char *xml =
            "<domain type='test'><name>resources-guest</name>"
            "<memory>524288</memory><vcpu>2</vcpu>"
            "<os><type arch='x86_64' machine='pc'>hvm</type></os>"
            "<devices><disk type='file' device='disk'><source file='/guest/resources.img'/>"
            "<target dev='vda' bus='virtio'/></disk></devices></domain>";
        dom.reset(virDomainDefineXML(conn.get(), xml));
        ASSERT_TRUE(dom);
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(dom.get(), uuid);
        info.uuid = QString::fromLatin1(uuid);
        info.name = QStringLiteral("resources-guest");
        info.state = GuestState::ShutOff;
        connection =
            std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("test:///default")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
        page = std::make_unique<ResourcesPage>(connection.get(), info);
        page->show();
        ASSERT_TRUE(waitFor([&] { return page->isLoaded(); }, 10000));
    }
    void TearDown() override {
        page.reset();
        if (dom) {
            virDomainDestroy(dom.get());
            virDomainUndefine(dom.get());
        }
        virResetLastError();
    }
    bool applyAndWait() {
        bool done = false, ok = false;
        QObject::connect(
            page.get(), &ResourcesPage::applied, page.get(),
            [&](bool r) {
                done = true;
                ok = r;
            },
            Qt::SingleShotConnection);
        page->applyButton()->click();
        EXPECT_TRUE(waitFor([&] { return done; }, 10000));
        return ok;
    }
    // A refused value: Apply reports false at once, the section says why, nothing changed.
    void expectRefused(const char *section, const char *words) {
        const QString before = definition();
        EXPECT_TRUE(page->applyButton()->isEnabled());
        EXPECT_FALSE(applyAndWait());
        FieldMessage *m = page->sectionMessage(QLatin1String(section));
        EXPECT_TRUE(m->isError()) << section;
        EXPECT_TRUE(m->text().contains(QLatin1String(words))) << m->text().toStdString();
        EXPECT_TRUE(page->message()->isError());
        EXPECT_EQ(definition(), before);
        page->revertButton()->click();
    }
    QString definition() {
        CString xml(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE));
        return xml ? QString::fromUtf8(xml.get()) : QString();
    }
    std::optional<qint64> libvirtMemoryParam(const char *name, unsigned flags) {
        int n = 0;
        if (virDomainGetMemoryParameters(dom.get(), nullptr, &n, flags) < 0 || n <= 0)
            return std::nullopt;
        std::vector<virTypedParameter> params(n);
        if (virDomainGetMemoryParameters(dom.get(), params.data(), &n, flags) < 0)
            return std::nullopt;
        unsigned long long v = 0;
        const bool found = virTypedParamsGetULLong(params.data(), n, name, &v) == 1;
        return found ? std::optional<qint64>(qint64(v)) : std::nullopt;
    }

    ConnectHandle conn;
    DomainHandle dom;
    DomainInfo info;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<ResourcesPage> page;
};

} // namespace

TEST_F(ResourcesPageTest, SaysPlainlyWhatTheTestDriverLacks) {
    const GuestTuning &t = *page->tuning();
    // The test driver's scheduler has a "weight" but no cgroup cpu_shares/quota: the page says
    // so instead of offering fields that cannot work.
    ASSERT_FALSE(t.cpuUnsupported.isEmpty());
    FieldMessage *cpu = page->sectionMessage(QStringLiteral("cpu"));
    EXPECT_FALSE(cpu->isHidden());
    EXPECT_TRUE(cpu->text().contains(QLatin1String("does not offer CPU weight or cap")))
        << cpu->text().toStdString();
    EXPECT_FALSE(page->cpuWeightSpin()->isEnabled());
    EXPECT_FALSE(page->cpuCapBox()->isEnabled());
    // Its disks are listed for throttling, with their sources.
    ASSERT_TRUE(t.throttleUnsupported.isEmpty()) << t.throttleUnsupported.toStdString();
    ASSERT_EQ(page->diskTable()->rowCount(), 1);
    EXPECT_EQ(page->diskTable()->item(0, ResourcesPage::DiskTarget)->text(), QStringLiteral("vda"));
    EXPECT_EQ(page->diskTable()->item(0, ResourcesPage::DiskSource)->text(),
              QStringLiteral("/guest/resources.img"));
    EXPECT_FALSE(page->applyButton()->isEnabled());
}

TEST_F(ResourcesPageTest, RefusesBadDiskValues) {
    if (!page->tuning()->blkioUnsupported.isEmpty())
        GTEST_SKIP() << page->tuning()->blkioUnsupported.toStdString();
    // The test driver reports 0 (unset), so zero is checked on the model below.
    page->blkioWeightSpin()->setValue(5);
    expectRefused("disk", "from 10 to 1000");
    page->blkioWeightSpin()->setValue(5000);
    expectRefused("disk", "5000 was entered");
    page->diskTable()->item(0, ResourcesPage::ReadMBs)->setText(QStringLiteral("-5"));
    expectRefused("disk", "cannot be negative");
    page->diskTable()->item(0, ResourcesPage::WriteIops)->setText(QStringLiteral("fast"));
    expectRefused("disk", "is not a number");
}

TEST_F(ResourcesPageTest, RefusesBadMemoryLimits) {
    if (!page->tuning()->memoryUnsupported.isEmpty())
        GTEST_SKIP() << page->tuning()->memoryUnsupported.toStdString();
    enum { Hard, Soft, Swap };
    auto limit = [&](int which, int mib) {
        page->unlimitedBox(which)->setChecked(false);
        page->memorySpin(which)->setValue(mib);
    };
    limit(Hard, 0);
    expectRefused("memory", "above zero");
    limit(Hard, 256);
    limit(Soft, 512);
    expectRefused("memory", "soft limit (512 MiB) must not be above");
    limit(Hard, 512);
    limit(Swap, 256);
    expectRefused("memory", "must not be above the memory plus swap limit");
    limit(Swap, 256);
    expectRefused("memory", "needs a hard limit too");
}

TEST_F(ResourcesPageTest, CpuValuesAreRefusedByTheModel) {
    // The test driver has no CPU weight, so the page cannot show these; the model refuses them.
    GuestTuning t;
    t.vcpus = 2;
    t.cpuShares = 1024;
    t.blkioWeight = 500;
    EXPECT_TRUE(GuestTuning::validate(t).isEmpty());
    for (qint64 bad : {qint64(-1), qint64(0), qint64(1), qint64(262145)}) {
        t.cpuShares = bad;
        const auto problems = GuestTuning::validate(t);
        ASSERT_EQ(problems.size(), 1) << bad;
        EXPECT_EQ(problems.first().field, GuestTuning::cpuSharesField());
    }
    t.cpuShares = 2;
    EXPECT_TRUE(GuestTuning::validate(t).isEmpty());
    for (qint64 bad : {qint64(0), qint64(-10), qint64(201)}) {
        t.cpuCapPercent = bad;
        const auto problems = GuestTuning::validate(t);
        ASSERT_EQ(problems.size(), 1) << bad;
        EXPECT_EQ(problems.first().field, GuestTuning::cpuCapField());
        EXPECT_TRUE(problems.first().message.contains(QLatin1String("200%")));
    }
    t.cpuCapPercent = 200;
    EXPECT_TRUE(GuestTuning::validate(t).isEmpty());
    for (qint64 bad : {qint64(-100), qint64(0), qint64(9), qint64(1001)}) {
        t.blkioWeight = bad;
        const auto problems = GuestTuning::validate(t);
        ASSERT_EQ(problems.size(), 1) << bad;
        EXPECT_EQ(problems.first().field, GuestTuning::blkioWeightField());
    }
    t.blkioWeight = 100;
    // Unchanged odd values left by another tool do not block other edits.
    GuestTuning current = t;
    current.cpuShares = 0;
    GuestTuning wanted = current;
    wanted.blkioWeight = 200;
    EXPECT_TRUE(GuestTuning::validate(wanted, &current).isEmpty());
    // 50% of one host CPU over 2 vCPUs: each vCPU gets a quarter of the period.
    EXPECT_EQ(GuestTuning::quotaForPercent(50, 2), std::make_pair(qint64(100000), qint64(25000)));
    // 1% over 4 vCPUs would be under libvirt's 1000 µs floor: a longer period instead.
    EXPECT_EQ(GuestTuning::quotaForPercent(1, 4), std::make_pair(qint64(1000000), qint64(2500)));
}

TEST_F(ResourcesPageTest, MemoryLimitsAreSavedForTheNextStart) {
    if (!page->tuning()->memoryUnsupported.isEmpty())
        GTEST_SKIP() << page->tuning()->memoryUnsupported.toStdString();
    page->unlimitedBox(0)->setChecked(false);
    page->memorySpin(0)->setValue(400);
    page->unlimitedBox(1)->setChecked(false);
    page->memorySpin(1)->setValue(300);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_EQ(libvirtMemoryParam(VIR_DOMAIN_MEMORY_HARD_LIMIT, VIR_DOMAIN_AFFECT_CONFIG),
              400 * 1024);
    EXPECT_EQ(libvirtMemoryParam(VIR_DOMAIN_MEMORY_SOFT_LIMIT, VIR_DOMAIN_AFFECT_CONFIG),
              300 * 1024);
    // The guest is shut off: the field is marked and the page says when it applies.
    EXPECT_FALSE(page->restartMark(GuestTuning::memoryField())->isHidden());
    EXPECT_TRUE(page->message()->text().contains(QLatin1String("applies after restart")))
        << page->message()->text().toStdString();
    EXPECT_FALSE(page->isModified());
}

TEST_F(ResourcesPageTest, TestDriverThrottleRefusalIsShown) {
    // The test driver checks a limit against its burst maximum even when no burst is set, so
    // it refuses any throttle; the page must show libvirt's refusal, not claim success.
    page->diskTable()->item(0, ResourcesPage::ReadMBs)->setText(QStringLiteral("10"));
    const bool ok = applyAndWait();
    if (ok) {
        GTEST_SKIP() << "this libvirt's test driver accepts throttles; nothing to show";
    }
    EXPECT_TRUE(page->message()->isError());
    EXPECT_FALSE(page->message()->text().isEmpty());
    EXPECT_TRUE(page->message()->text().contains(QLatin1String("vda")))
        << page->message()->text().toStdString();
}

TEST_F(ResourcesPageTest, Revert) {
    page->diskTable()->item(0, ResourcesPage::ReadIops)->setText(QStringLiteral("300"));
    EXPECT_TRUE(page->isModified());
    EXPECT_TRUE(page->revertButton()->isEnabled());
    page->revertButton()->click();
    EXPECT_EQ(page->diskTable()->item(0, ResourcesPage::ReadIops)->text(), QStringLiteral("0"));
    EXPECT_FALSE(page->isModified());
    EXPECT_FALSE(page->applyButton()->isEnabled());
}

namespace {

void choose(QComboBox *box, const char *data) {
    box->setCurrentIndex(box->findData(QLatin1String(data)));
}

// The node list's items by node id.
QListWidgetItem *nodeItem(QListWidget *list, int id) {
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toInt() == id)
            return list->item(i);
    }
    return nullptr;
}

} // namespace

TEST_F(ResourcesPageTest, NumaNodesOfTheHostAreListed) {
    const GuestNumaPlacement &n = *page->numa();
    // The test driver's host has two NUMA nodes of 8 CPUs each.
    ASSERT_EQ(n.hostNodes.size(), 2);
    QListWidget *list = page->numaNodesList();
    ASSERT_EQ(list->count(), 2);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("Node 0 — CPUs 0-7")))
        << list->item(0)->text().toStdString();
    EXPECT_TRUE(list->item(1)->text().contains(QLatin1String("CPUs 8-15")));
    EXPECT_EQ(list->item(0)->checkState(), Qt::Unchecked);
    EXPECT_EQ(page->numaModeBox()->currentData().toString(), QString());
    EXPECT_EQ(page->vcpuPlacementBox()->currentData().toString(), QStringLiteral("static"));
    for (const char *mode : {"strict", "interleave", "preferred", "restrictive"})
        EXPECT_GE(page->numaModeBox()->findData(QLatin1String(mode)), 0) << mode;
    EXPECT_FALSE(page->numaModeBox()->accessibleName().isEmpty());
    EXPECT_FALSE(page->applyButton()->isEnabled());
}

TEST_F(ResourcesPageTest, NumaPlacementIsSavedForAShutOffGuest) {
    choose(page->numaModeBox(), "interleave");
    // Choosing a mode ticks the host's nodes, so that it is valid at once; keep node 1.
    EXPECT_EQ(nodeItem(page->numaNodesList(), 0)->checkState(), Qt::Checked);
    nodeItem(page->numaNodesList(), 0)->setCheckState(Qt::Unchecked);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    QString xml = definition();
    EXPECT_TRUE(xml.contains(QLatin1String("<memory mode='interleave' nodeset='1'/>")))
        << xml.toStdString();
    EXPECT_EQ(page->numa()->settings.nodeset, QStringLiteral("1"));
    EXPECT_FALSE(page->isModified());
    // A shut-off guest takes it at its next start: nothing is pending.
    EXPECT_TRUE(page->pendingChanges().isEmpty());

    // Automatic placement with nodes chosen by hand is a contradiction: refused.
    choose(page->vcpuPlacementBox(), "auto");
    expectRefused("numa", "numad chooses the nodes");
    choose(page->vcpuPlacementBox(), "auto");
    nodeItem(page->numaNodesList(), 1)->setCheckState(Qt::Unchecked);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    xml = definition();
    EXPECT_TRUE(xml.contains(QLatin1String("<vcpu placement='auto'>2</vcpu>")))
        << xml.toStdString();
    EXPECT_TRUE(xml.contains(QLatin1String("mode='interleave' placement='auto'")))
        << xml.toStdString();

    // Back to static and no policy: <numatune> goes.
    choose(page->vcpuPlacementBox(), "static");
    choose(page->numaModeBox(), "");
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    xml = definition();
    EXPECT_FALSE(xml.contains(QLatin1String("numatune"))) << xml.toStdString();
    EXPECT_TRUE(xml.contains(QLatin1String("placement='static'"))) << xml.toStdString();
}

TEST_F(ResourcesPageTest, NumaModeWithoutNodesIsRefused) {
    choose(page->numaModeBox(), "strict");
    for (int i = 0; i < page->numaNodesList()->count(); ++i)
        page->numaNodesList()->item(i)->setCheckState(Qt::Unchecked);
    EXPECT_TRUE(page->sectionMessage(QStringLiteral("numa"))->isError()); // before Apply
    expectRefused("numa", "at least one host node");
}

TEST_F(ResourcesPageTest, NodeTheHostLacksIsShownAndRefused) {
    // Another tool bound the memory to nodes 0 and 5; this host has nodes 0 and 1.
    page.reset();
    virDomainUndefine(dom.get());
    const char *xml = "<domain type='test'><name>resources-guest</name>"
                      "<memory>524288</memory><vcpu>2</vcpu>"
                      "<numatune><memory mode='strict' nodeset='0,5'/></numatune>"
                      "<os><type arch='x86_64' machine='pc'>hvm</type></os></domain>";
    dom.reset(virDomainDefineXML(conn.get(), xml));
    ASSERT_TRUE(dom) << virGetLastErrorMessage();
    char uuid[VIR_UUID_STRING_BUFLEN];
    virDomainGetUUIDString(dom.get(), uuid);
    info.uuid = QString::fromLatin1(uuid);
    page = std::make_unique<ResourcesPage>(connection.get(), info);
    page->show();
    ASSERT_TRUE(waitFor([&] { return page->isLoaded(); }, 10000));

    QListWidgetItem *missing = nodeItem(page->numaNodesList(), 5);
    ASSERT_TRUE(missing);
    EXPECT_TRUE(missing->text().contains(QLatin1String("not on this host")));
    EXPECT_EQ(missing->checkState(), Qt::Checked);
    FieldMessage *m = page->sectionMessage(QStringLiteral("numa"));
    EXPECT_TRUE(m->isError());
    EXPECT_TRUE(m->text().contains(QLatin1String("no NUMA node 5"))) << m->text().toStdString();

    choose(page->numaModeBox(), "preferred");
    nodeItem(page->numaNodesList(), 0)->setCheckState(Qt::Unchecked);
    const QString before = definition();
    EXPECT_FALSE(applyAndWait());
    EXPECT_EQ(definition(), before);
    EXPECT_TRUE(page->message()->isError());

    // Unticking the missing node is the way out.
    missing->setCheckState(Qt::Unchecked);
    nodeItem(page->numaNodesList(), 1)->setCheckState(Qt::Checked);
    EXPECT_FALSE(m->isError());
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_TRUE(definition().contains(QLatin1String("<memory mode='preferred' nodeset='1'/>")))
        << definition().toStdString();
}

TEST_F(ResourcesPageTest, RunningGuestMovesNodesLiveAndAModeChangeWaits) {
    page.reset();
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    info.state = GuestState::Running;
    page = std::make_unique<ResourcesPage>(connection.get(), info);
    QSignalSpy pending(page.get(), &ResourcesPage::pendingChanged);
    page->show();
    ASSERT_TRUE(waitFor([&] { return page->isLoaded(); }, 10000));
    ASSERT_EQ(pending.count(), 1);
    EXPECT_TRUE(pending.last().at(0).toStringList().isEmpty());

    // Strict on node 1: the nodes move in the running guest too.
    choose(page->numaModeBox(), "strict");
    nodeItem(page->numaNodesList(), 0)->setCheckState(Qt::Unchecked);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_TRUE(definition().contains(QLatin1String("nodeset='1'"))) << definition().toStdString();
    CString live(virDomainGetXMLDesc(dom.get(), 0));
    ASSERT_TRUE(live);
    EXPECT_TRUE(QString::fromUtf8(live.get()).contains(QLatin1String("nodeset='1'"))) << live.get();
    EXPECT_FALSE(page->numaMark(GuestNumaPlacement::Field::Nodes)->isVisibleTo(page.get()));
    EXPECT_TRUE(pending.last().at(0).toStringList().isEmpty());

    // A new mode cannot reach a running guest: saved, marked and named.
    choose(page->numaModeBox(), "interleave");
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_TRUE(definition().contains(QLatin1String("mode='interleave'")));
    EXPECT_TRUE(page->numaMark(GuestNumaPlacement::Field::Mode)->isVisibleTo(page.get()));
    EXPECT_FALSE(page->numaMark(GuestNumaPlacement::Field::Mode)->toolTip().isEmpty());
    EXPECT_TRUE(page->message()->text().contains(QLatin1String("applies after restart")));
    EXPECT_EQ(pending.last().at(0).toStringList(), QStringList{QStringLiteral("NUMA memory mode")});
    EXPECT_EQ(page->pendingChanges(), QStringList{QStringLiteral("NUMA memory mode")});

    ASSERT_EQ(virDomainDestroy(dom.get()), 0);
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    const int before = int(pending.count());
    page->reload();
    ASSERT_TRUE(waitFor([&] { return pending.count() > before; }, 5000));
    EXPECT_TRUE(pending.last().at(0).toStringList().isEmpty());
    EXPECT_FALSE(page->numaMark(GuestNumaPlacement::Field::Mode)->isVisibleTo(page.get()));
}
