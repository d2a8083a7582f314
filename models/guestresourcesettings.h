// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainconfig.h"
#include "usererror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

typedef struct _virConnect *virConnectPtr;

// A guest's processors and memory as the CPU and Memory pages edit them: the persistent
// definition, what the running guest has now, and the host's limits. Changes are checked
// first (a refused value changes nothing), saved to the persistent definition through
// DomainConfig (so nothing else in it is lost), and made in the running guest where libvirt
// can: the vCPU count up to the running maximum and the balloon up to the running maximum.
// The rest waits for the next start and is reported as pending. Reads and applies run on a
// job thread (Connection::runQuery); validation is pure and may run anywhere.
struct GuestResourceSettings {
    enum class Field {
        VcpuCurrent,
        VcpuMaximum,
        CpuMode,
        CpuModel,
        CpuTopology,
        MemoryCurrent,
        MemoryMaximum,
        CpuFeatures,
        HugePages,
        SharedMemory,
    };

    struct Cpu {
        unsigned current = 0;
        unsigned maximum = 0;
        QString mode;  // "", "host-passthrough", "host-model", "custom", "maximum"
        QString model; // with "custom"
        DomainConfig::CpuTopology topology;
        QList<DomainConfig::CpuFeature> features; // with host-model or a named model
        bool operator==(const Cpu &) const = default;
    };
    struct Memory {
        quint64 currentKiB = 0; // the balloon
        quint64 maximumKiB = 0;
        std::optional<quint64> hugePageKiB; // none: normal pages; 0: the host's default size
        bool sharedMemory = false;          // memfd, shared access (what virtiofs needs)
        bool operator==(const Memory &) const = default;
    };
    struct Limits {
        unsigned maxVcpus = 0;
        QString maxVcpusSource; // where maxVcpus came from, for the message that quotes it
        unsigned hostCpus = 0;
        quint64 hostMemoryKiB = 0;
        // CPU feature names the host knows (host-model's features, expanded, and those of the
        // guest's named model; the host CPU's flags when there are no domain capabilities).
        QStringList cpuFeatures;
        QString hostModel; // the named model host-model stands for here ("EPYC"), when known
        struct HugePages {
            quint64 sizeKiB = 0;
            quint64 free = 0;  // free on the host, plus those this running guest holds
            quint64 total = 0; // set aside on the host
        };
        QList<HugePages> hugePages; // the host's huge page sizes, smallest first
        // Devices of this guest that need shared memory ("shared folder /srv"), so it cannot
        // be turned off under them.
        QStringList sharedMemoryNeededBy;
        const HugePages *hugePagesOf(quint64 sizeKiB) const; // 0: the default (smallest) size
    };
    struct Problem {
        Field field;
        QString reason;
    };

    // The smallest memory VirtDeck accepts: below it no firmware and OS start.
    static constexpr quint64 MinimumMemoryKiB = 16 * 1024;
    // Without domain capabilities or a driver answer, this many vCPUs per host CPU.
    static constexpr unsigned FallbackVcpusPerHostCpu = 8;
    // The policies libvirt takes for a CPU feature; the first two are the usual ones.
    static QStringList cpuFeaturePolicies();
    // What a field is called in "waits for a restart" lists.
    static QString describe(Field field);
    static bool isCpuField(Field field);

    QString uuid;
    bool active = false;
    unsigned liveId = 0; // the running guest's domain id: a new one after each start
    Cpu cpu;             // persistent definition
    Memory memory;       // persistent definition
    // The running guest; meaningful only when active.
    Cpu liveCpu;
    Memory liveMemory; // currentKiB is what the guest's balloon reports now
    Limits limits;
    QStringList cpuModels; // usable named models from the domain capabilities, when known
    QList<Field> pending;  // saved but waiting for the next start
    UserError error;

    bool isPending(Field field) const { return pending.contains(field); }

    static GuestResourceSettings read(virConnectPtr connection, const QString &uuid);

    // With `saved`, what the definition already has is not held against a change elsewhere
    // (a feature name the host does not list, huge pages that are not free now).
    static QList<Problem> validate(const Cpu &cpu, const Limits &limits,
                                   const Cpu *saved = nullptr);
    static QList<Problem> validate(const Memory &memory, const Limits &limits,
                                   const Memory *saved = nullptr);

    struct Outcome; // below: it holds a whole GuestResourceSettings
    static Outcome apply(virConnectPtr connection, const QString &uuid, const Cpu &cpu);
    static Outcome apply(virConnectPtr connection, const QString &uuid, const Memory &memory);
};

struct GuestResourceSettings::Outcome {
    UserError error;         // nothing or only part was applied (see liveChanged)
    QList<Problem> problems; // refused values: nothing was changed
    QList<Field> liveChanged;
    // Saved while the guest runs, for its next start, though its live definition may not show
    // the difference (an expanded CPU model); also in after->pending.
    QList<Field> waiting;
    std::optional<GuestResourceSettings> after; // read back when anything was saved
    bool ok() const { return error.isNull() && problems.isEmpty(); }
};

Q_DECLARE_METATYPE(GuestResourceSettings)
Q_DECLARE_METATYPE(GuestResourceSettings::Outcome)
