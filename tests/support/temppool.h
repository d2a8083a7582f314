// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

typedef struct _virConnect *virConnectPtr;

// A directory storage pool (vdtest-pool-*) in a fresh temporary folder, defined and started
// through its own libvirt connection; stopped, forgotten and emptied at the end.
class TempPool {
public:
    explicit TempPool(const QString &uri = QStringLiteral("qemu:///system"));
    ~TempPool();
    TempPool(const TempPool &) = delete;
    TempPool &operator=(const TempPool &) = delete;

    bool create(QString *error);
    QString name() const { return m_name; }
    QString path() const { return m_path; }
    // Volumes in the pool now (after a refresh).
    QStringList volumes() const;

private:
    virConnectPtr m_conn = nullptr;
    QString m_name;
    QString m_path;
};
