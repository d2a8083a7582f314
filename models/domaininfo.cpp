// SPDX-License-Identifier: GPL-2.0-or-later
#include "domaininfo.h"

QString GuestStates::label(GuestState state) {
    switch (state) {
    case GuestState::Running:
        return tr("Running");
    case GuestState::Blocked:
        return tr("Idle");
    case GuestState::Paused:
        return tr("Paused");
    case GuestState::ShuttingDown:
        return tr("Shutting down");
    case GuestState::ShutOff:
        return tr("Shut off");
    case GuestState::Crashed:
        return tr("Crashed");
    case GuestState::Suspended:
        return tr("Suspended");
    case GuestState::Saved:
        return tr("Saved");
    case GuestState::NoState:
        break;
    }
    return tr("Unknown");
}

QString GuestStates::iconName(GuestState state) {
    switch (state) {
    case GuestState::Running:
    case GuestState::Blocked:
        return QStringLiteral("state-running");
    case GuestState::Paused:
        return QStringLiteral("state-paused");
    case GuestState::ShuttingDown:
        return QStringLiteral("state-shutting-down");
    case GuestState::ShutOff:
        return QStringLiteral("state-shutoff");
    case GuestState::Crashed:
        return QStringLiteral("state-crashed");
    case GuestState::Suspended:
        return QStringLiteral("state-suspended");
    case GuestState::Saved:
        return QStringLiteral("state-saved");
    case GuestState::NoState:
        break;
    }
    return QStringLiteral("state-unknown");
}

QString GuestStates::kindLabel(GuestKind kind) {
    return kind == GuestKind::Container ? tr("Container") : tr("Virtual machine");
}

QString GuestStates::kindIconName(GuestKind kind) {
    return kind == GuestKind::Container ? QStringLiteral("guest-container")
                                        : QStringLiteral("guest-vm");
}

GuestState GuestStates::fromLibvirt(int state, bool hasManagedSave) {
    if (state == int(GuestState::ShutOff) && hasManagedSave)
        return GuestState::Saved;
    if (state >= int(GuestState::NoState) && state <= int(GuestState::Suspended))
        return GuestState(state);
    return GuestState::NoState;
}
