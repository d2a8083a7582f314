// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "osdatabase.h"

#include <QFuture>

// Loads libosinfo's database once per process, on a pool thread, the first time any
// window asks; later askers share the same future.
class OsDatabaseLoader {
public:
    struct Loaded {
        std::shared_ptr<const OsDatabase> database; // null when loading failed
        QString error;
    };
    static QFuture<Loaded> shared();
};
