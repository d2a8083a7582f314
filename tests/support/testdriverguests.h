// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

typedef struct _virConnect *virConnectPtr;

// Guests and disk volumes made directly on libvirt's test driver (test:///default) through
// a connection of their own. Within one process every test:///default connection shares
// the driver's state, so a Connection open meanwhile sees them as another client's guests.
// Every guest and volume whose name starts with the prefix is removed at the end.
class TestDriverGuests {
public:
    explicit TestDriverGuests(const QString &prefix);
    ~TestDriverGuests();
    TestDriverGuests(const TestDriverGuests &) = delete;
    TestDriverGuests &operator=(const TestDriverGuests &) = delete;

    bool isOpen() const { return m_conn != nullptr; }
    virConnectPtr connection() const { return m_conn; }

    // A shut-off guest whose vda is a new qcow2 volume "<name>.qcow2" in "default-pool",
    // with a CD-ROM (hdc) and a network card. Its UUID, or empty with `error` set.
    QString defineWithDisk(const QString &name, QString *error = nullptr);
    // A shut-off guest with no disks. Its UUID, or empty.
    QString defineBare(const QString &name);
    bool start(const QString &name);

    bool exists(const QString &name) const;
    // The guest's inactive configuration, or empty.
    QString xml(const QString &name) const;
    // Volumes of "default-pool", sorted.
    QStringList volumeNames() const;
    // Removes every guest and volume named with the prefix.
    void removeAll();

private:
    QString define(const QString &xml, QString *error);

    virConnectPtr m_conn = nullptr;
    QString m_prefix;
};
