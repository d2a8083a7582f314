// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hostresources.h"
#include "job.h"
#include "newguestspec.h"
#include "osdatabaseloader.h"

#include <QWizard>

#include <optional>

class Connection;
class NewVmMethodPage;
class NewVmOsPage;
class NewVmResourcesPage;
class NewVmStoragePage;
class NewVmFinishPage;
class NewVmProgressPage;

// "New virtual machine" on one host: install method, operating system (detected from the
// media or searched in libosinfo), memory and CPUs, storage, then name, network, firmware
// and TPM. Hardware is chosen for the OS (HardwareProfile). Creation runs as a job with
// progress and Cancel and is undone completely when it fails.
class NewVmWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { MethodPage, OsPage, ResourcesPage, StoragePage, FinishPage, ProgressPage };

    explicit NewVmWizard(Connection *connection, QWidget *parent = nullptr);
    ~NewVmWizard() override;

    Connection *connection() const { return m_connection; }
    // What the host offers; empty until read (resourcesReady).
    const std::optional<HostResources> &resources() const { return m_resources; }
    // libosinfo's database; null until loaded (databaseReady).
    const OsDatabase *database() const { return m_database.get(); }
    QString databaseError() const { return m_databaseError; }

    // The guest as the pages describe it now.
    NewGuestSpec spec() const;
    QStringList hardwareNotes() const;
    // The chosen OS (the generic one until a choice is made).
    OsInfo chosenOs() const;

    NewVmMethodPage *methodPage() const { return m_method; }
    NewVmOsPage *osPage() const { return m_os; }
    NewVmResourcesPage *resourcesPage() const { return m_resourcesPage; }
    NewVmStoragePage *storagePage() const { return m_storage; }
    NewVmFinishPage *finishPage() const { return m_finish; }
    NewVmProgressPage *progressPage() const { return m_progress; }

    int nextId() const override;
    void reject() override;

Q_SIGNALS:
    void resourcesReady();
    void databaseReady();
    // The guest exists (and runs, when asked); uuid names it.
    void guestCreated(const QString &uuid, bool started);

private:
    Connection *m_connection;
    std::optional<HostResources> m_resources;
    std::shared_ptr<const OsDatabase> m_database;
    QString m_databaseError;
    NewVmMethodPage *m_method;
    NewVmOsPage *m_os;
    NewVmResourcesPage *m_resourcesPage;
    NewVmStoragePage *m_storage;
    NewVmFinishPage *m_finish;
    NewVmProgressPage *m_progress;
};
