// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// Many guests from a template: a 1 GiB sparse qcow2 template disk in a storage pool of a
// temporary folder, then 20 guests deployed as linked clones and 20 as full copies. Reports
// the seconds of each deployment (linked_s, full_s) and whether it ran against the real
// system daemon (qemu_system 1) or the test driver (0, when no daemon answers). Everything
// made is removed afterwards.
class CreateBench {
public:
    static QJsonObject run(int guests = 20);
};
