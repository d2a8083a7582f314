// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestaction.h"

namespace {

bool isUp(GuestState s) {
    return s == GuestState::Running || s == GuestState::Blocked;
}

} // namespace

bool GuestActions::applies(GuestAction action, const DomainInfo &g) {
    switch (action) {
    case GuestAction::Start:
        return g.state == GuestState::ShutOff || (g.state == GuestState::Crashed && g.id < 0);
    case GuestAction::Shutdown:
    case GuestAction::Reboot:
        return isUp(g.state);
    case GuestAction::ForceOff:
        return g.isActive() || (g.state == GuestState::Crashed && g.id >= 0);
    case GuestAction::Pause:
        return isUp(g.state);
    case GuestAction::Resume:
        return g.state == GuestState::Paused;
    case GuestAction::Save:
        return g.persistent && g.kind == GuestKind::VirtualMachine &&
               (isUp(g.state) || g.state == GuestState::Paused);
    case GuestAction::Restore:
    case GuestAction::DiscardSave:
        return g.state == GuestState::Saved;
    case GuestAction::AutostartOn:
        return g.persistent && !g.autostart;
    case GuestAction::AutostartOff:
        return g.persistent && g.autostart;
    case GuestAction::Delete:
        return true;
    }
    return false;
}

QString GuestActions::label(GuestAction action) {
    switch (action) {
    case GuestAction::Start:
        return tr("Start");
    case GuestAction::Shutdown:
        return tr("Shut down");
    case GuestAction::Reboot:
        return tr("Reboot");
    case GuestAction::ForceOff:
        return tr("Force off");
    case GuestAction::Pause:
        return tr("Pause");
    case GuestAction::Resume:
        return tr("Resume");
    case GuestAction::Save:
        return tr("Save state");
    case GuestAction::Restore:
        return tr("Restore");
    case GuestAction::DiscardSave:
        return tr("Discard saved state");
    case GuestAction::AutostartOn:
        return tr("Start with host");
    case GuestAction::AutostartOff:
        return tr("Don't start with host");
    case GuestAction::Delete:
        return tr("Delete");
    }
    return {};
}

QString GuestActions::progressText(GuestAction action, const QString &name) {
    switch (action) {
    case GuestAction::Start:
        return tr("Starting “%1”").arg(name);
    case GuestAction::Shutdown:
        return tr("Shutting down “%1”").arg(name);
    case GuestAction::Reboot:
        return tr("Rebooting “%1”").arg(name);
    case GuestAction::ForceOff:
        return tr("Forcing “%1” off").arg(name);
    case GuestAction::Pause:
        return tr("Pausing “%1”").arg(name);
    case GuestAction::Resume:
        return tr("Resuming “%1”").arg(name);
    case GuestAction::Save:
        return tr("Saving the state of “%1”").arg(name);
    case GuestAction::Restore:
        return tr("Restoring “%1”").arg(name);
    case GuestAction::DiscardSave:
        return tr("Discarding the saved state of “%1”").arg(name);
    case GuestAction::AutostartOn:
    case GuestAction::AutostartOff:
        return tr("Changing autostart of “%1”").arg(name);
    case GuestAction::Delete:
        return tr("Deleting “%1”").arg(name);
    }
    return name;
}

bool GuestActions::isDestructive(GuestAction action) {
    return action == GuestAction::ForceOff || action == GuestAction::Delete ||
           action == GuestAction::DiscardSave;
}

QVector<GuestAction> GuestActions::all() {
    return {GuestAction::Start,       GuestAction::Shutdown,     GuestAction::Reboot,
            GuestAction::ForceOff,    GuestAction::Pause,        GuestAction::Resume,
            GuestAction::Save,        GuestAction::Restore,      GuestAction::DiscardSave,
            GuestAction::AutostartOn, GuestAction::AutostartOff, GuestAction::Delete};
}
