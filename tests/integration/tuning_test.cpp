// SPDX-License-Identifier: GPL-2.0-or-later
// The Resources page's controls on a real running QEMU guest with a disk: disk throttles, CPU
// weight and cap, disk I/O weight and memory soft limit changed live and persistently, and
// read back through libvirt. A control whose cgroup this machine cannot use is skipped with
// libvirt's reason printed.
#include "guesttuning.h"
#include "libvirthandles.h"
#include "testsupport.h"
#include "throwawayguest.h"

#include <QFile>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <vector>

namespace {

// A typed parameter read back through libvirt, any numeric type.
std::optional<qint64> param(const std::vector<virTypedParameter> &params, int n, const char *name) {
    for (int i = 0; i < n; ++i) {
        if (qstrcmp(params[i].field, name) != 0)
            continue;
        switch (params[i].type) {
        case VIR_TYPED_PARAM_UINT:
            return params[i].value.ui;
        case VIR_TYPED_PARAM_LLONG:
            return params[i].value.l;
        case VIR_TYPED_PARAM_ULLONG:
            return qint64(params[i].value.ul);
        default:
            return std::nullopt;
        }
    }
    return std::nullopt;
}

class TuningTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!TestSupport::systemDaemonAnswers())
            GTEST_SKIP() << "no libvirt daemon answers on qemu:///system";
        // QEMU runs as libvirt-qemu: the directory must let it reach the image.
        dir = TestSupport::makeTempDir(QStringLiteral("tuning"));
        ASSERT_TRUE(QFile::setPermissions(
            dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                     QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        const QString image = dir + QStringLiteral("/disk.qcow2");
        QString output;
        ASSERT_EQ(
            TestSupport::run(QStringLiteral("qemu-img"),
                             {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                              QStringLiteral("qcow2"), image, QStringLiteral("16M")},
                             &output),
            0)
            << output.toStdString();
        ThrowawayGuest::Options options = ThrowawayGuest::Options::tagged(QStringLiteral("tuning"));
        options.graphics = QStringLiteral("none");
        options.extraDevices =
            QStringLiteral("<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                           "<source file='%1'/><target dev='vda' bus='virtio'/></disk>")
                .arg(image);
        QString error;
        ASSERT_TRUE(guest.define(options, &error)) << error.toStdString();
        ASSERT_TRUE(guest.start(&error)) << error.toStdString();
        uuid = guest.uuid();
        current = GuestTuning::read(guest.connection(), uuid);
        ASSERT_TRUE(current.error.isNull()) << current.error.summary().toStdString();
        ASSERT_TRUE(current.active);
    }
    void TearDown() override { guest.destroy(); }

    // Applies `wanted`, expects it live; on failure returns libvirt's reason.
    QString applyLive(const GuestTuning &wanted, const QString &field) {
        const GuestTuning::Outcome o =
            GuestTuning::apply(guest.connection(), uuid, current, wanted);
        if (!o.problems.isEmpty())
            return QStringLiteral("refused: ") + o.problems.first().message;
        if (!o.error.isNull())
            return o.error.details();
        if (o.timing.value(field, GuestTuning::Timing::AfterRestart) != GuestTuning::Timing::Live)
            return QStringLiteral("not live: ") + o.restartReason.value(field);
        current = GuestTuning::read(guest.connection(), uuid);
        return {};
    }
    std::vector<virTypedParameter> blockIoTune(unsigned flags, int *n) {
        *n = 0;
        virDomainGetBlockIoTune(guest.domain(), "vda", nullptr, n, flags);
        std::vector<virTypedParameter> params(*n > 0 ? *n : 1);
        if (virDomainGetBlockIoTune(guest.domain(), "vda", params.data(), n, flags) < 0)
            *n = 0;
        return params;
    }

    QString dir, uuid;
    ThrowawayGuest guest;
    GuestTuning current;
};

} // namespace

TEST_F(TuningTest, DiskThrottlesLiveAndPersistent) {
    ASSERT_TRUE(current.throttleUnsupported.isEmpty()) << current.throttleUnsupported.toStdString();
    ASSERT_EQ(current.disks.size(), 1);
    EXPECT_EQ(current.disks.first().target, QStringLiteral("vda"));
    GuestTuning wanted = current;
    wanted.disks[0].readBytesSec = 2000000;
    wanted.disks[0].writeBytesSec = 1000000;
    wanted.disks[0].readIopsSec = 200;
    wanted.disks[0].writeIopsSec = 100;
    const QString failure = applyLive(wanted, GuestTuning::diskField(QStringLiteral("vda")));
    ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    for (unsigned flags : {unsigned(VIR_DOMAIN_AFFECT_LIVE), unsigned(VIR_DOMAIN_AFFECT_CONFIG)}) {
        int n = 0;
        auto params = blockIoTune(flags, &n);
        ASSERT_GT(n, 0) << "flags " << flags;
        EXPECT_EQ(param(params, n, VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC), 2000000) << flags;
        EXPECT_EQ(param(params, n, VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC), 1000000) << flags;
        EXPECT_EQ(param(params, n, VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC), 200) << flags;
        EXPECT_EQ(param(params, n, VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC), 100) << flags;
        virTypedParamsClear(params.data(), n);
    }
    // Read back the same through the model.
    EXPECT_EQ(current.disks.first().readIopsSec, 200);

    // A negative throttle is refused and changes nothing.
    GuestTuning bad = current;
    bad.disks[0].readIopsSec = -1;
    const GuestTuning::Outcome o = GuestTuning::apply(guest.connection(), uuid, current, bad);
    EXPECT_FALSE(o.problems.isEmpty());
    EXPECT_TRUE(o.timing.isEmpty());
    EXPECT_EQ(GuestTuning::read(guest.connection(), uuid).disks.first().readIopsSec, 200);
}

TEST_F(TuningTest, CpuWeightAndCapLive) {
    if (!current.cpuUnsupported.isEmpty())
        GTEST_SKIP() << "CPU cgroup not usable here: " << current.cpuUnsupported.toStdString();
    GuestTuning wanted = current;
    wanted.cpuShares = 512;
    wanted.cpuCapPercent = 50;
    const QString failure = applyLive(wanted, GuestTuning::cpuSharesField());
    if (failure.contains(QLatin1String("cgroup"), Qt::CaseInsensitive))
        GTEST_SKIP() << "libvirt cannot change the CPU cgroup here: " << failure.toStdString();
    ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    for (unsigned flags : {unsigned(VIR_DOMAIN_AFFECT_LIVE), unsigned(VIR_DOMAIN_AFFECT_CONFIG)}) {
        int n = 0;
        CString type(virDomainGetSchedulerType(guest.domain(), &n));
        std::vector<virTypedParameter> params(n);
        ASSERT_EQ(virDomainGetSchedulerParametersFlags(guest.domain(), params.data(), &n, flags),
                  0);
        EXPECT_EQ(param(params, n, VIR_DOMAIN_SCHEDULER_CPU_SHARES), 512) << flags;
        // One vCPU: 50% of a host CPU is half of each period.
        EXPECT_EQ(param(params, n, VIR_DOMAIN_SCHEDULER_VCPU_QUOTA), 50000) << flags;
        EXPECT_EQ(param(params, n, VIR_DOMAIN_SCHEDULER_VCPU_PERIOD), 100000) << flags;
    }
    EXPECT_EQ(current.cpuShares, 512);
    EXPECT_EQ(current.cpuCapPercent, 50);

    // Removing the cap lifts the live quota.
    wanted = current;
    wanted.cpuCapPercent.reset();
    const QString uncapped = applyLive(wanted, GuestTuning::cpuCapField());
    ASSERT_TRUE(uncapped.isEmpty()) << uncapped.toStdString();
    EXPECT_FALSE(current.cpuCapPercent.has_value());
}

TEST_F(TuningTest, MemorySoftLimitLive) {
    if (!current.memoryUnsupported.isEmpty())
        GTEST_SKIP() << "memory cgroup not usable here: "
                     << current.memoryUnsupported.toStdString();
    GuestTuning wanted = current;
    wanted.memorySoftLimitKiB = 48 * 1024;
    const QString failure = applyLive(wanted, GuestTuning::memoryField());
    if (failure.contains(QLatin1String("cgroup"), Qt::CaseInsensitive))
        GTEST_SKIP() << "libvirt cannot change the memory cgroup here: " << failure.toStdString();
    ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    for (unsigned flags : {unsigned(VIR_DOMAIN_AFFECT_LIVE), unsigned(VIR_DOMAIN_AFFECT_CONFIG)}) {
        int n = 0;
        virDomainGetMemoryParameters(guest.domain(), nullptr, &n, flags);
        std::vector<virTypedParameter> params(n > 0 ? n : 1);
        ASSERT_EQ(virDomainGetMemoryParameters(guest.domain(), params.data(), &n, flags), 0);
        EXPECT_EQ(param(params, n, VIR_DOMAIN_MEMORY_SOFT_LIMIT), 48 * 1024) << flags;
    }
    EXPECT_EQ(current.memorySoftLimitKiB, 48 * 1024);
}

TEST_F(TuningTest, DiskWeightLive) {
    if (!current.blkioUnsupported.isEmpty())
        GTEST_SKIP() << "blkio cgroup not usable here: " << current.blkioUnsupported.toStdString();
    GuestTuning wanted = current;
    wanted.blkioWeight = current.blkioWeight == 500 ? 600 : 500;
    const QString failure = applyLive(wanted, GuestTuning::blkioWeightField());
    if (failure.contains(QLatin1String("cgroup"), Qt::CaseInsensitive))
        GTEST_SKIP() << "libvirt cannot change the blkio cgroup here: " << failure.toStdString();
    ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    EXPECT_EQ(current.blkioWeight, wanted.blkioWeight);
}
