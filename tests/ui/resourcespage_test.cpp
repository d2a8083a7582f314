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
#include <QLabel>
#include <QPushButton>
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
