// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "job.h"
#include "newguestspec.h"

// Creates a new virtual machine as one transaction: its disk, its definition, its first
// start. When a step fails or the user cancels, everything made so far is removed and the
// result says why; nothing that existed before is touched. Runs on a job thread.
class GuestCreator {
public:
    // `xml`, when not empty, replaces the generated configuration ("customize before
    // install"); the disk path in it must be the one the spec names.
    static JobResult create(virConnectPtr connection, NewGuestSpec spec, const QString &xml,
                            JobControl &control);
    // The volume path a new disk will get in `poolTargetPath`, for previews.
    static QString plannedVolumePath(const QString &poolTargetPath, const QString &volumeName);
};
