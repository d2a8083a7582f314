// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "libvirthandles.h"

#include <QString>
#include <QStringList>

#include <vector>

// Remembers what a job made (volumes, guest definitions) and removes exactly that, newest
// first, unless the job commits. Nothing that existed before the job is ever touched.
class Rollback {
public:
    Rollback() = default;
    Rollback(const Rollback &) = delete;
    Rollback &operator=(const Rollback &) = delete;
    ~Rollback() { undo(); }

    // Takes a reference of its own on the handle.
    void addVolume(virStorageVolPtr volume);
    void addDomain(virDomainPtr domain);
    // A storage pool made for the job: stopped and forgotten on undo, its directory kept.
    void addPool(virStoragePoolPtr pool);
    // Keeps everything made so far.
    void commit();
    // Removes everything made so far; returns what it removed and what it could not.
    QStringList undo();
    bool isEmpty() const { return m_steps.empty(); }

private:
    struct Step {
        StorageVolHandle volume;
        DomainHandle domain;
        StoragePoolHandle pool;
    };
    std::vector<Step> m_steps;
};
