// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestaction.h"

#include <gtest/gtest.h>

namespace {

DomainInfo guest(GuestState state, int id = -1) {
    DomainInfo g;
    g.state = state;
    g.id = id;
    return g;
}

bool applies(GuestAction a, const DomainInfo &g) {
    return GuestActions::applies(a, g);
}

} // namespace

TEST(GuestActions, ShutOffGuestCanOnlyStartAndChangeSettings) {
    const DomainInfo g = guest(GuestState::ShutOff);
    EXPECT_TRUE(applies(GuestAction::Start, g));
    for (GuestAction a :
         {GuestAction::Shutdown, GuestAction::Reboot, GuestAction::ForceOff, GuestAction::Pause,
          GuestAction::Resume, GuestAction::Save, GuestAction::Restore, GuestAction::DiscardSave})
        EXPECT_FALSE(applies(a, g)) << GuestActions::label(a).toStdString();
    EXPECT_TRUE(applies(GuestAction::AutostartOn, g));
    EXPECT_FALSE(applies(GuestAction::AutostartOff, g));
    EXPECT_TRUE(applies(GuestAction::Delete, g));
}

TEST(GuestActions, RunningGuest) {
    const DomainInfo g = guest(GuestState::Running, 3);
    for (GuestAction a : {GuestAction::Shutdown, GuestAction::Reboot, GuestAction::ForceOff,
                          GuestAction::Pause, GuestAction::Save, GuestAction::Delete})
        EXPECT_TRUE(applies(a, g)) << GuestActions::label(a).toStdString();
    for (GuestAction a : {GuestAction::Start, GuestAction::Resume, GuestAction::Restore})
        EXPECT_FALSE(applies(a, g)) << GuestActions::label(a).toStdString();
}

TEST(GuestActions, PausedGuestResumesOrIsForcedOff) {
    const DomainInfo g = guest(GuestState::Paused, 3);
    EXPECT_TRUE(applies(GuestAction::Resume, g));
    EXPECT_TRUE(applies(GuestAction::ForceOff, g));
    EXPECT_TRUE(applies(GuestAction::Save, g));
    EXPECT_FALSE(applies(GuestAction::Pause, g));
    EXPECT_FALSE(applies(GuestAction::Shutdown, g));
    EXPECT_FALSE(applies(GuestAction::Start, g));
}

TEST(GuestActions, SavedGuestRestoresOrDiscards) {
    const DomainInfo g = guest(GuestState::Saved);
    EXPECT_TRUE(applies(GuestAction::Restore, g));
    EXPECT_TRUE(applies(GuestAction::DiscardSave, g));
    EXPECT_FALSE(applies(GuestAction::Start, g));
    EXPECT_FALSE(applies(GuestAction::ForceOff, g));
}

TEST(GuestActions, CrashedGuestDependsOnWhetherItsProcessRemains) {
    EXPECT_TRUE(applies(GuestAction::ForceOff, guest(GuestState::Crashed, 4)));
    EXPECT_FALSE(applies(GuestAction::Start, guest(GuestState::Crashed, 4)));
    EXPECT_TRUE(applies(GuestAction::Start, guest(GuestState::Crashed, -1)));
    EXPECT_FALSE(applies(GuestAction::ForceOff, guest(GuestState::Crashed, -1)));
}

TEST(GuestActions, SuspendedGuestCanBeForcedOff) {
    const DomainInfo g = guest(GuestState::Suspended, 5);
    EXPECT_TRUE(applies(GuestAction::ForceOff, g));
    EXPECT_FALSE(applies(GuestAction::Pause, g));
}

TEST(GuestActions, ContainersAndTransientGuestsCannotBeSaved) {
    DomainInfo ct = guest(GuestState::Running, 1);
    ct.kind = GuestKind::Container;
    EXPECT_FALSE(applies(GuestAction::Save, ct));
    DomainInfo transient = guest(GuestState::Running, 1);
    transient.persistent = false;
    EXPECT_FALSE(applies(GuestAction::Save, transient));
    EXPECT_FALSE(applies(GuestAction::AutostartOn, transient));
}

TEST(GuestActions, AutostartTogglesByCurrentValue) {
    DomainInfo g = guest(GuestState::ShutOff);
    g.autostart = true;
    EXPECT_TRUE(applies(GuestAction::AutostartOff, g));
    EXPECT_FALSE(applies(GuestAction::AutostartOn, g));
}

TEST(GuestActions, EveryActionHasALabelAndProgressText) {
    for (GuestAction a : GuestActions::all()) {
        EXPECT_FALSE(GuestActions::label(a).isEmpty());
        EXPECT_TRUE(
            GuestActions::progressText(a, QStringLiteral("web")).contains(QStringLiteral("web")));
    }
    EXPECT_TRUE(GuestActions::isDestructive(GuestAction::ForceOff));
    EXPECT_TRUE(GuestActions::isDestructive(GuestAction::Delete));
    EXPECT_FALSE(GuestActions::isDestructive(GuestAction::Start));
}
