// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

typedef struct _virConnect *virConnectPtr;

// Which host CPUs each vCPU and the emulator threads may run on (<cputune><vcpupin> and
// <emulatorpin>), for the CPU page's grid. Every row holds the CPUs that apply, in libvirt's
// list syntax: an unpinned vCPU shows its default (<vcpu cpuset>, else every host CPU). A
// running guest is re-pinned live and persistently (virDomainPinVcpuFlags, virDomainPinEmulator);
// a shut-off one through its definition. Read and applied on a job thread.
struct GuestCpuPinning {
    struct Pins {
        QStringList vcpus; // one per vCPU up to the maximum
        QString emulator;
        bool operator==(const Pins &) const = default;
    };
    // Keys of problems, timings and pending rows.
    static QString vcpuField(int vcpu) { return QStringLiteral("vcpu:") + QString::number(vcpu); }
    static QString emulatorField() { return QStringLiteral("emulator"); }
    struct Problem {
        QString field;
        QString reason;
    };
    enum class Timing { Live, AfterRestart };
    struct Outcome; // below: it holds a whole GuestCpuPinning

    int hostCpus = 0;       // the host's CPUs are 0 to hostCpus - 1; 0 when unknown
    QList<int> offlineCpus; // present but offline
    QString defaultCpuset;  // what an unpinned vCPU runs on
    bool active = false;
    Pins pins;           // the persistent definition
    Pins live;           // the running guest (its vCPUs up to its running maximum)
    QStringList pending; // rows where the running guest differs from the definition
    UserError error;

    // "0-N" for every host CPU.
    QString allCpus() const;

    static GuestCpuPinning read(virConnectPtr connection, const QString &uuid);
    // Each row must name at least one CPU, all of them on this host.
    static QList<Problem> validate(const Pins &wanted, int hostCpus);
    // Changes the rows that differ from the definition; `wanted.vcpus` may be longer or
    // shorter than now (the maximum changed in the same apply): only existing vCPUs are pinned.
    static Outcome apply(virConnectPtr connection, const QString &uuid, const Pins &wanted);
};

struct GuestCpuPinning::Outcome {
    QMap<QString, Timing> timing;         // the rows that changed, and when they apply
    QMap<QString, QString> restartReason; // why a row waits for a restart
    QList<Problem> problems;              // refused before anything was changed
    UserError error;
    std::optional<GuestCpuPinning> after; // read back when anything was changed
    bool ok() const { return problems.isEmpty() && error.isNull(); }
};
