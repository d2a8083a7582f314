// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "containerspec.h"
#include "job.h"

// Creates a new LXC container as one transaction: its root file system (debootstrap, local
// hosts only), its definition, then optionally its first start. When making the root file
// system or the definition fails, or the user cancels, everything made so far is removed and
// the result says why; nothing that existed before is touched. A container that is defined
// but cannot start is kept (it can be started once the host allows it), and the result says
// why it did not start. Runs on a job thread.
class ContainerCreator {
public:
    static JobResult create(virConnectPtr connection, ContainerSpec spec, JobControl &control);
};
