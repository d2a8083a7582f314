// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "usererror.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

enum class GuestAction {
    Start,
    Shutdown,
    Reboot,
    ForceOff,
    Pause,
    Resume,
    Save,
    Restore,
    DiscardSave,
    AutostartOn,
    AutostartOff,
    Delete,
};

// Which lifecycle actions make sense in which state; shared by the UI and the tests.
class GuestActions {
    Q_DECLARE_TR_FUNCTIONS(GuestActions)
public:
    static bool applies(GuestAction action, const DomainInfo &guest);
    // "Start", "Force off"... for menus and result lists.
    static QString label(GuestAction action);
    // "Starting “%1”" for error contexts.
    static QString progressText(GuestAction action, const QString &guestName);
    // Actions that need no confirmation and are safe to repeat.
    static bool isDestructive(GuestAction action);
    static QVector<GuestAction> all();
};

struct ActionRequest {
    int requestId = 0;
    GuestAction action = GuestAction::Start;
    QStringList uuids;
    // Delete only: per guest, the disk paths the user ticked for removal.
    QHash<QString, QStringList> disksToDelete;
};

struct ActionOutcome {
    QString uuid;
    QString name;
    bool ok = false;
    UserError error;
    QStringList notes; // e.g. "Deleted /var/lib/libvirt/images/web.qcow2"
};

struct ActionResult {
    int requestId = 0;
    GuestAction action = GuestAction::Start;
    QVector<ActionOutcome> outcomes;

    int failures() const {
        int n = 0;
        for (const auto &o : outcomes)
            n += o.ok ? 0 : 1;
        return n;
    }
};

Q_DECLARE_METATYPE(GuestAction)
Q_DECLARE_METATYPE(ActionOutcome)
Q_DECLARE_METATYPE(ActionRequest)
Q_DECLARE_METATYPE(ActionResult)
