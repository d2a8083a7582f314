// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

typedef struct _virConnect *virConnectPtr;

// The cgroup controls of one guest (the Resources page): CPU weight and cap, disk I/O weight
// and per-disk throttles, memory limits. Read and applied on a job thread
// (Connection::runQuery). Values entered by a person are signed so that a negative entry can
// be refused with a reason rather than wrapped around.
struct GuestTuning {
    struct DiskThrottle {
        QString target; // "vda"
        QString source; // the file or device behind it, for display
        qint64 readBytesSec = 0, writeBytesSec = 0, readIopsSec = 0, writeIopsSec = 0; // 0: none
        // Combined limits another tool may have set; a read or write limit replaces them.
        qint64 totalBytesSec = 0, totalIopsSec = 0;
        bool operator==(const DiskThrottle &) const = default;
    };

    // One refused value: the field it belongs to (see the keys below) and why.
    struct Problem {
        QString field;
        QString message;
    };

    // When each changed field takes effect, keyed like Problem::field.
    enum class Timing { Live, AfterRestart };
    struct Outcome {
        QMap<QString, Timing> timing;
        QMap<QString, QString> restartReason; // why a change waits for a restart
        QList<Problem> problems;              // refused before anything was changed
        UserError error;                      // libvirt refused; fields in `timing` did apply
        bool ok() const { return problems.isEmpty() && error.isNull(); }
    };

    // Field keys.
    static QString cpuSharesField() { return QStringLiteral("cpuShares"); }
    static QString cpuCapField() { return QStringLiteral("cpuCap"); }
    static QString blkioWeightField() { return QStringLiteral("blkioWeight"); }
    static QString memoryField() { return QStringLiteral("memory"); }
    static QString diskField(const QString &target) { return QStringLiteral("disk:") + target; }

    static constexpr qint64 MinShares = 2, MaxShares = 262144;
    static constexpr qint64 MinBlkioWeight = 10, MaxBlkioWeight = 1000;

    bool active = false;
    unsigned vcpus = 1;

    // A non-empty reason means this host's driver does not offer the control; the page says
    // so instead of offering a field that cannot work.
    QString cpuUnsupported, blkioUnsupported, throttleUnsupported, memoryUnsupported;

    qint64 cpuShares = 0;
    qint64 cpuPeriod = 0;                // µs; 0 when libvirt does not say
    std::optional<qint64> cpuCapPercent; // of one host CPU, for the whole guest; none: no cap
    qint64 blkioWeight = 0;
    QList<DiskThrottle> disks;
    // KiB; none: unlimited.
    std::optional<qint64> memoryHardLimitKiB, memorySoftLimitKiB, swapHardLimitKiB;

    UserError error;

    static GuestTuning read(virConnectPtr connection, const QString &uuid);
    // What is wrong with `wanted` (only the controls the driver offers, and with `current`
    // given only what differs from it); empty when fine.
    static QList<Problem> validate(const GuestTuning &wanted, const GuestTuning *current = nullptr);
    // Applies what differs between `current` and `wanted`: live and persistently when the
    // guest runs and libvirt can, persistently otherwise. Refuses everything if any value is
    // bad.
    static Outcome apply(virConnectPtr connection, const QString &uuid, const GuestTuning &current,
                         const GuestTuning &wanted);

    // The vCPU quota (µs per period, per vCPU) that caps the whole guest at `percent` of one
    // host CPU, and the period it needs (libvirt's quota minimum is 1000 µs).
    static std::pair<qint64, qint64> quotaForPercent(qint64 percent, unsigned vcpus);
};

Q_DECLARE_METATYPE(GuestTuning)
Q_DECLARE_METATYPE(GuestTuning::Outcome)
