// SPDX-License-Identifier: GPL-2.0-or-later
#include "newvmwizard.h"

#include "connection.h"
#include "newvmpages.h"

#include <QFutureWatcher>

NewVmWizard::NewVmWizard(Connection *connection, QWidget *parent)
    : QWizard(parent)
    , m_connection(connection) {
    setWindowTitle(tr("New Virtual Machine on %1").arg(connection->displayName()));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(640, 560);

    m_method = new NewVmMethodPage(this);
    m_os = new NewVmOsPage(this);
    m_resourcesPage = new NewVmResourcesPage(this);
    m_storage = new NewVmStoragePage(this);
    m_finish = new NewVmFinishPage(this);
    m_progress = new NewVmProgressPage(this);
    setPage(MethodPage, m_method);
    setPage(OsPage, m_os);
    setPage(ResourcesPage, m_resourcesPage);
    setPage(StoragePage, m_storage);
    setPage(FinishPage, m_finish);
    setPage(ProgressPage, m_progress);

    // Host facts and libosinfo load in the background while the first page is filled in.
    connection->runQuery<HostResources>([](virConnectPtr c) { return HostResources::read(c); },
                                        this,
                                        [this](const std::optional<HostResources> &resources) {
                                            m_resources = resources;
                                            Q_EMIT resourcesReady();
                                        });
    auto *watcher = new QFutureWatcher<OsDatabaseLoader::Loaded>(this);
    connect(watcher, &QFutureWatcher<OsDatabaseLoader::Loaded>::finished, this, [this, watcher] {
        const OsDatabaseLoader::Loaded loaded = watcher->result();
        m_database = loaded.database;
        m_databaseError = loaded.error;
        watcher->deleteLater();
        Q_EMIT databaseReady();
    });
    watcher->setFuture(OsDatabaseLoader::shared());
}

NewVmWizard::~NewVmWizard() = default;

OsInfo NewVmWizard::chosenOs() const {
    return m_os->chosen().value_or(OsDatabase::generic());
}

QStringList NewVmWizard::hardwareNotes() const {
    QStringList notes;
    if (m_resources)
        HardwareProfile::forOs(chosenOs(), m_resources->capabilities, &notes);
    return notes;
}

NewGuestSpec NewVmWizard::spec() const {
    NewGuestSpec s;
    const HostCapabilities caps = m_resources ? m_resources->capabilities : HostCapabilities();
    s.os = chosenOs();
    s.hardware = HardwareProfile::forOs(s.os, caps);
    s.domainType = caps.domainType;
    s.arch = caps.arch;
    s.emulator = caps.emulator;
    s.method = m_method->method();
    s.mediaPath = m_method->mediaPath();
    s.treeUrl = m_method->treeUrl();
    if (s.method == NewGuestSpec::InstallMethod::NetworkTree) {
        const NewVmOsPage::InstallerBoot boot = m_os->installerBoot();
        s.treeKernel = boot.kernel;
        s.treeInitrd = boot.initrd;
        s.kernelArgs = boot.arguments;
    }
    s.memoryMiB = m_resourcesPage->memoryMiB();
    s.vcpus = m_resourcesPage->cpus();

    s.name = m_finish->name();
    if (s.method == NewGuestSpec::InstallMethod::ImportDisk) {
        s.disk = NewGuestSpec::DiskChoice::ExistingPath;
        s.diskPath = m_method->importPath();
        s.diskFormat = m_method->importFormat();
    } else {
        s.disk = m_storage->choice();
        s.pool = m_storage->pool();
        s.diskBytes = m_storage->sizeBytes();
        s.volumeName = s.name + QStringLiteral(".qcow2");
        if (s.disk == NewGuestSpec::DiskChoice::ExistingPath) {
            s.diskPath = m_storage->existingPath();
            s.diskFormat = s.diskPath.endsWith(QLatin1String(".qcow2")) ? QStringLiteral("qcow2")
                                                                        : QStringLiteral("raw");
        } else if (s.disk == NewGuestSpec::DiskChoice::NewVolume && m_resources) {
            // The creation job puts the real path here; this is for the preview.
            if (const StoragePoolInfo *pool = m_resources->pool(s.pool))
                s.diskPath = pool->targetPath + QLatin1Char('/') + s.volumeName;
        }
    }
    s.network = m_finish->networkType();
    s.networkSource = m_finish->networkSource();
    s.hardware.efi = m_finish->efi();
    s.hardware.secureBoot = s.hardware.efi && m_finish->secureBoot();
    s.hardware.tpm = m_finish->tpm();
    s.virtioWinIsoPath = m_finish->virtioWinIsoPath();
    if (!s.virtioWinIsoPath.isEmpty())
        s.hardware.useVirtioDrivers();
    s.customizeBeforeInstall = m_finish->customize();
    s.startAfterCreation = m_finish->startAfterCreation();
    return s;
}

int NewVmWizard::nextId() const {
    switch (currentId()) {
    case ResourcesPage:
        // An imported disk is the guest's disk: nothing to choose.
        return m_method->method() == NewGuestSpec::InstallMethod::ImportDisk ? FinishPage
                                                                             : StoragePage;
    case ProgressPage:
        return -1;
    default:
        return QWizard::nextId();
    }
}

void NewVmWizard::reject() {
    // Closing while the disk is being made cancels it; the window goes once everything
    // made so far is removed.
    if (m_progress->running()) {
        m_progress->cancel();
        return;
    }
    QWizard::reject();
}
