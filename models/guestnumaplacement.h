// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

typedef struct _virConnect *virConnectPtr;

// Where a guest's memory and vCPUs live on a NUMA host (the Resources page): the memory
// policy and host nodes of <numatune><memory>, and <vcpu placement> (static, or automatic
// through the host's numad). A running guest in strict mode moves to other nodes live
// (virDomainSetNumaParameters); a new mode or placement waits for the next start. Read and
// applied on a job thread.
struct GuestNumaPlacement {
    enum class Field { Mode, Nodes, VcpuPlacement };

    struct HostNode {
        int id = 0;
        QString cpus; // "0-7"
        quint64 memoryKiB = 0;
        std::optional<quint64> freeKiB;
    };
    struct Settings {
        QString mode;    // "strict", "interleave", "preferred", "restrictive"; "": not set
        QString nodeset; // host nodes, libvirt list syntax; "" with automatic placement
        QString vcpuPlacement = QStringLiteral("static"); // or "auto"
        bool operator==(const Settings &) const = default;
    };
    struct Problem {
        Field field;
        QString reason;
    };
    struct Outcome; // below: it holds a whole GuestNumaPlacement

    static QStringList modes() {
        return {QStringLiteral("strict"), QStringLiteral("interleave"), QStringLiteral("preferred"),
                QStringLiteral("restrictive")};
    }
    static QString describe(Field field); // for "waits for a restart" lists

    QList<HostNode> hostNodes; // empty when the host does not describe its NUMA topology
    bool active = false;
    Settings settings; // the persistent definition
    Settings live;     // the running guest
    QList<Field> pending;
    UserError error;

    bool isPending(Field field) const { return pending.contains(field); }

    static GuestNumaPlacement read(virConnectPtr connection, const QString &uuid);
    // Checked as a whole, including what the definition already had: a node the host lacks is
    // refused wherever it came from.
    static QList<Problem> validate(const Settings &wanted, const QList<HostNode> &hostNodes);
    static Outcome apply(virConnectPtr connection, const QString &uuid, const Settings &wanted);
};

struct GuestNumaPlacement::Outcome {
    QList<Field> liveChanged;
    QMap<Field, QString> restartReason; // why a saved change waits for the next start
    QList<Problem> problems;            // refused: nothing was changed
    UserError error;
    std::optional<GuestNumaPlacement> after; // read back when anything was saved
    bool ok() const { return problems.isEmpty() && error.isNull(); }
};
