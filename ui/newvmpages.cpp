// SPDX-License-Identifier: GPL-2.0-or-later
#include "newvmpages.h"

#include "connection.h"
#include "domainxmlbuilder.h"
#include "fieldmessage.h"
#include "guestcreator.h"
#include "newvmwizard.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDomDocument>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kGiB = 1024 * kMiB;
constexpr double kMaxDiskGiB = 64 * 1024; // 64 TiB: more is a typo, not a plan

QString sizeText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QRadioButton *radio(const QString &text, QButtonGroup *group, int id) {
    auto *button = new QRadioButton(text);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    group->addButton(button, id);
    return button;
}

QPushButton *browseButton(const QString &accessibleName) {
    auto *button = new QPushButton(QObject::tr("Browse…"));
    button->setAccessibleName(accessibleName);
    return button;
}

QHBoxLayout *row(QWidget *edit, QWidget *button) {
    auto *layout = new QHBoxLayout;
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return layout;
}

// Whether the file starts with qcow2's magic; raw otherwise.
QString diskFormatOf(const QString &path) {
    QFile f(path);
    if (f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("QFI\xfb", 4))
        return QStringLiteral("qcow2");
    return QStringLiteral("raw");
}

// Why a path on this machine cannot be used as a file to read, or empty.
QString localFileProblem(const QString &path, bool allowBlockDevice) {
    const QFileInfo info(path);
    if (!info.exists())
        return QObject::tr("%1 does not exist.").arg(path);
    if (info.isDir())
        return QObject::tr("%1 is a folder; choose a file.").arg(path);
    if (!info.isFile() && !(allowBlockDevice && path.startsWith(QLatin1String("/dev/"))))
        return QObject::tr("%1 is not a regular file.").arg(path);
    if (!info.isReadable())
        return QObject::tr("%1 cannot be read (permissions).").arg(path);
    return {};
}

} // namespace

// ---- NewVmPage ------------------------------------------------------------------------

NewVmPage::NewVmPage(NewVmWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {}

void NewVmPage::addProblemLine(QBoxLayout *layout) {
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("pageProblem"));
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x30));
    m_problem->setPalette(p);
    layout->addStretch(1);
    layout->addWidget(m_problem);
}

void NewVmPage::revalidate() {
    updateMessages();
    if (m_problem) {
        const QString text = problem();
        m_problem->setText(text.isEmpty() ? QString() : tr("Next is disabled: %1").arg(text));
        m_problem->setVisible(!text.isEmpty());
    }
    Q_EMIT completeChanged();
}

// ---- 1. Method ------------------------------------------------------------------------

NewVmMethodPage::NewVmMethodPage(NewVmWizard *wizard)
    : NewVmPage(wizard) {
    using M = NewGuestSpec::InstallMethod;
    setTitle(tr("How will the system be installed?"));
    m_host = new QLabel;
    m_methods = new QButtonGroup(this);
    m_media = new QLineEdit;
    m_media->setPlaceholderText(tr("/path/to/install.iso or /dev/sr0"));
    m_media->setAccessibleName(tr("Install media path"));
    m_mediaBrowse = browseButton(tr("Browse for install media"));
    m_url = new QLineEdit;
    m_url->setPlaceholderText(
        tr("https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/"));
    m_url->setAccessibleName(tr("Install tree URL"));
    m_import = new QLineEdit;
    m_import->setPlaceholderText(tr("/path/to/disk.qcow2"));
    m_import->setAccessibleName(tr("Disk image path"));
    m_importBrowse = browseButton(tr("Browse for disk image"));
    m_mediaMessage = new FieldMessage;
    m_urlMessage = new FieldMessage;
    m_importMessage = new FieldMessage;

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_host);
    layout->addWidget(
        radio(tr("&Local install media (ISO image or CD drive)"), m_methods, int(M::LocalMedia)));
    layout->addLayout(row(m_media, m_mediaBrowse));
    layout->addWidget(m_mediaMessage);
    layout->addWidget(
        radio(tr("&Network install (URL of an install tree)"), m_methods, int(M::NetworkTree)));
    layout->addWidget(m_url);
    layout->addWidget(m_urlMessage);
    layout->addWidget(radio(tr("&Import an existing disk image"), m_methods, int(M::ImportDisk)));
    layout->addLayout(row(m_import, m_importBrowse));
    layout->addWidget(m_importMessage);
    layout->addWidget(radio(tr("Network &boot (PXE)"), m_methods, int(M::Pxe)));
    layout->addWidget(radio(tr("&No install media (set it up later)"), m_methods, int(M::None)));
    addProblemLine(layout);
    m_methods->button(int(M::LocalMedia))->setChecked(true);

    auto browse = [this](QLineEdit *edit, const QString &caption, const QString &filter) {
        const QString path = QFileDialog::getOpenFileName(this, caption, edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    };
    connect(m_mediaBrowse, &QPushButton::clicked, this, [this, browse] {
        browse(m_media, tr("Choose install media"), tr("Disc images (*.iso *.img);;All files (*)"));
    });
    connect(m_importBrowse, &QPushButton::clicked, this, [this, browse] {
        browse(m_import, tr("Choose a disk image"),
               tr("Disk images (*.qcow2 *.img *.raw);;All files (*)"));
    });
    for (QLineEdit *edit : {m_media, m_url, m_import})
        connect(edit, &QLineEdit::textChanged, this, &NewVmMethodPage::revalidate);
    connect(m_methods, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            revalidate();
    });
    connect(wizard, &NewVmWizard::resourcesReady, this, &NewVmMethodPage::revalidate);
    revalidate();
}

NewGuestSpec::InstallMethod NewVmMethodPage::method() const {
    return NewGuestSpec::InstallMethod(m_methods->checkedId());
}

void NewVmMethodPage::setMethod(NewGuestSpec::InstallMethod method) {
    m_methods->button(int(method))->setChecked(true);
}

QString NewVmMethodPage::mediaPath() const {
    return m_media->text().trimmed();
}

QString NewVmMethodPage::treeUrl() const {
    return m_url->text().trimmed();
}

QString NewVmMethodPage::importPath() const {
    return m_import->text().trimmed();
}

QString NewVmMethodPage::importFormat() const {
    return hostIsLocal() ? diskFormatOf(importPath())
                         : (importPath().endsWith(QLatin1String(".qcow2")) ? QStringLiteral("qcow2")
                                                                           : QStringLiteral("raw"));
}

bool NewVmMethodPage::hostIsLocal() const {
    const auto &resources = vmWizard()->resources();
    return !resources || resources->local;
}

QString NewVmMethodPage::mediaProblem() const {
    const QString path = mediaPath();
    if (path.isEmpty())
        return tr("Choose an ISO image or a CD drive.");
    if (!path.startsWith(QLatin1Char('/')))
        return tr("Give the full path, starting with /.");
    return hostIsLocal() ? localFileProblem(path, true) : QString();
}

QString NewVmMethodPage::urlProblem() const {
    const QString text = treeUrl();
    if (text.isEmpty())
        return tr("Enter the address of the install tree.");
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return tr("This is not a valid address.");
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
        scheme != QLatin1String("ftp") && scheme != QLatin1String("nfs"))
        return tr("Use an http, https, ftp or nfs address.");
    return {};
}

QString NewVmMethodPage::importProblem() const {
    const QString path = importPath();
    if (path.isEmpty())
        return tr("Choose the disk image to import.");
    if (!path.startsWith(QLatin1Char('/')))
        return tr("Give the full path, starting with /.");
    return hostIsLocal() ? localFileProblem(path, false) : QString();
}

QString NewVmMethodPage::problem() const {
    using M = NewGuestSpec::InstallMethod;
    switch (method()) {
    case M::LocalMedia:
        return mediaProblem();
    case M::NetworkTree:
        return urlProblem();
    case M::ImportDisk:
        return importProblem();
    default:
        return {};
    }
}

void NewVmMethodPage::updateMessages() {
    using M = NewGuestSpec::InstallMethod;
    const M m = method();
    m_media->setEnabled(m == M::LocalMedia);
    m_mediaBrowse->setEnabled(m == M::LocalMedia && hostIsLocal());
    m_url->setEnabled(m == M::NetworkTree);
    m_import->setEnabled(m == M::ImportDisk);
    m_importBrowse->setEnabled(m == M::ImportDisk && hostIsLocal());
    // Only the chosen method's field speaks; an untouched empty field says nothing yet.
    auto show = [](FieldMessage *message, bool active, const QString &text, const QString &value) {
        if (active && !value.isEmpty())
            message->setError(text);
        else
            message->clear();
    };
    show(m_mediaMessage, m == M::LocalMedia, mediaProblem(), mediaPath());
    show(m_urlMessage, m == M::NetworkTree, urlProblem(), treeUrl());
    show(m_importMessage, m == M::ImportDisk, importProblem(), importPath());
    const auto &resources = vmWizard()->resources();
    if (resources && !resources->local)
        m_host->setText(tr("Paths are on the host %1, not on this computer.")
                            .arg(vmWizard()->connection()->displayName()));
    m_host->setVisible(resources && !resources->local);
}

// ---- 2. Operating system ---------------------------------------------------------------

NewVmOsPage::NewVmOsPage(NewVmWizard *wizard)
    : NewVmPage(wizard) {
    setTitle(tr("Which operating system?"));
    setSubTitle(tr("The virtual hardware is chosen for it."));
    m_detect = new QCheckBox(tr("&Detect from the install media"));
    m_detect->setAccessibleName(tr("Detect the operating system from the install media"));
    m_detect->setChecked(true);
    m_detection = new QLabel;
    m_detection->setWordWrap(true);
    m_detection->setObjectName(QStringLiteral("detection"));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search: Windows XP, Debian 12, Ubuntu 24.04, FreeBSD…"));
    m_search->setAccessibleName(tr("Search operating systems"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget;
    m_results->setAccessibleName(tr("Operating systems"));
    m_chosenLabel = new QLabel;
    m_chosenLabel->setWordWrap(true);
    m_chosenLabel->setObjectName(QStringLiteral("chosenOs"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detect);
    layout->addWidget(m_detection);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_chosenLabel);
    addProblemLine(layout);

    connect(m_search, &QLineEdit::textChanged, this, &NewVmOsPage::search);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || !vmWizard()->database())
            return;
        const QString id = m_results->item(row)->data(Qt::UserRole).toString();
        if (id == OsDatabase::generic().id)
            choose(OsDatabase::generic());
        else if (const auto os = vmWizard()->database()->find(id))
            choose(*os);
    });
    connect(m_detect, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            detect();
        else
            m_detection->clear();
    });
    connect(wizard, &NewVmWizard::databaseReady, this, [this] {
        search();
        if (isVisible())
            detect();
        revalidate();
    });
    revalidate();
}

void NewVmOsPage::initializePage() {
    using M = NewGuestSpec::InstallMethod;
    const M method = vmWizard()->methodPage()->method();
    const bool detectable = method == M::LocalMedia || method == M::NetworkTree;
    m_detect->setVisible(detectable);
    m_detection->setVisible(detectable);
    if (detectable && m_detect->isChecked())
        detect();
    search();
    revalidate();
}

void NewVmOsPage::choose(const OsInfo &os) {
    const bool fromList = m_results->currentItem() &&
                          m_results->currentItem()->data(Qt::UserRole).toString() == os.id;
    m_chosen = os;
    if (!fromList)
        search();
    showChosen();
    revalidate();
    Q_EMIT chosenChanged();
}

void NewVmOsPage::showChosen() {
    if (!m_chosen) {
        m_chosenLabel->clear();
        return;
    }
    QString text = tr("Chosen: %1").arg(m_chosen->name);
    if (m_chosen->endOfLife())
        text += QLatin1Char(' ') +
                tr("(no longer supported by its vendor since %1)")
                    .arg(QLocale().toString(m_chosen->eolDate, QLocale::ShortFormat));
    m_chosenLabel->setText(text);
}

void NewVmOsPage::search() {
    const OsDatabase *db = vmWizard()->database();
    m_results->clear();
    if (!db)
        return;
    const QVector<OsInfo> found = db->search(m_search->text(), 200);
    const OsInfo generic = OsDatabase::generic();
    auto add = [this](const OsInfo &os) {
        QString text = os.name;
        if (os.endOfLife())
            text += QLatin1String("  ") + tr("(end of life)");
        auto *item = new QListWidgetItem(text, m_results);
        item->setData(Qt::UserRole, os.id);
        item->setToolTip(os.shortId);
    };
    for (const OsInfo &os : found)
        add(os);
    if (m_search->text().trimmed().isEmpty() ||
        generic.name.contains(m_search->text().trimmed(), Qt::CaseInsensitive))
        add(generic);
    if (m_chosen) {
        for (int row = 0; row < m_results->count(); ++row) {
            if (m_results->item(row)->data(Qt::UserRole).toString() == m_chosen->id) {
                const QSignalBlocker block(m_results);
                m_results->setCurrentRow(row);
                m_results->scrollToItem(m_results->item(row));
            }
        }
    }
}

void NewVmOsPage::detect() {
    using M = NewGuestSpec::InstallMethod;
    const NewVmMethodPage *method = vmWizard()->methodPage();
    const OsDatabase *db = vmWizard()->database();
    const bool tree = method->method() == M::NetworkTree;
    const QString source = tree ? method->treeUrl() : method->mediaPath();
    if (!db) {
        m_detection->setText(tr("Loading the operating system database…"));
        return;
    }
    if (source == m_detectedFor && !m_detecting)
        return;
    const auto &resources = vmWizard()->resources();
    if (!tree && resources && !resources->local) {
        m_detection->setText(tr("The install media is on %1, so it cannot be examined from here; "
                                "choose the system below.")
                                 .arg(vmWizard()->connection()->displayName()));
        return;
    }
    m_detecting = true;
    m_detectedFor = source;
    const int run = ++m_detectRun;
    m_detection->setText(tr("Examining %1…").arg(source));
    struct Outcome {
        std::optional<OsInfo> os;
        std::optional<OsDatabase::TreeMatch> tree;
        QString error;
    };
    // The database is shared process-wide (OsDatabaseLoader) and outlives this page.
    auto future = QtConcurrent::run([db, source, tree] {
        Outcome outcome;
        if (tree) {
            outcome.tree = db->identifyTree(source, &outcome.error);
            if (outcome.tree)
                outcome.os = outcome.tree->os;
        } else {
            outcome.os = db->identifyMedia(source, &outcome.error);
        }
        return outcome;
    });
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, run] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (run != m_detectRun)
            return;
        m_detecting = false;
        m_detected = outcome.os;
        m_tree = outcome.tree;
        if (outcome.os) {
            m_detection->setText(tr("Detected: %1").arg(outcome.os->name));
            choose(*outcome.os);
        } else {
            m_detection->setText(
                tr("Not recognised: %1 Choose the system below.").arg(outcome.error));
            revalidate();
        }
    });
    watcher->setFuture(future);
    revalidate();
}

QString NewVmOsPage::problem() const {
    if (!vmWizard()->database() && !vmWizard()->databaseError().isEmpty())
        return tr("The operating system database could not be loaded: %1")
            .arg(vmWizard()->databaseError());
    if (!vmWizard()->database())
        return tr("Loading the operating system database…");
    if (m_detecting)
        return tr("Examining the install media…");
    if (!m_chosen)
        return tr("Choose the operating system, or “Generic OS” when it is not listed.");
    if (vmWizard()->methodPage()->method() == NewGuestSpec::InstallMethod::NetworkTree &&
        installerBoot().kernel.isEmpty())
        return tr("VirtDeck does not know where %1 keeps its installer in a network tree; "
                  "use its install disc instead.")
            .arg(m_chosen->name);
    return {};
}

NewVmOsPage::InstallerBoot NewVmOsPage::installerBoot() const {
    InstallerBoot boot;
    const QString url = vmWizard()->methodPage()->treeUrl();
    if (m_tree && m_chosen && m_tree->os.id == m_chosen->id && m_detectedFor == url) {
        boot.kernel = m_tree->kernelPath;
        boot.initrd = m_tree->initrdPath;
        if (!m_tree->kernelUrlArgument.isEmpty())
            boot.arguments = m_tree->kernelUrlArgument + QLatin1Char('=') + url;
    } else if (m_chosen) {
        // Trees without a .treeinfo (Debian, Ubuntu): the layout libosinfo knows for the OS.
        boot.kernel = m_chosen->treeKernelPath;
        boot.initrd = m_chosen->treeInitrdPath;
    }
    if (!boot.kernel.isEmpty() && m_chosen && m_chosen->family == QLatin1String("linux"))
        boot.arguments =
            QString(boot.arguments + QStringLiteral(" console=tty0 console=ttyS0,115200"))
                .trimmed();
    return boot;
}

// ---- 3. Memory and CPUs -----------------------------------------------------------------

NewVmResourcesPage::NewVmResourcesPage(NewVmWizard *wizard)
    : NewVmPage(wizard) {
    setTitle(tr("Memory and processors"));
    m_memory = new QSpinBox;
    m_memory->setRange(0, 16 * 1024 * 1024);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setAccessibleName(tr("Memory in MiB"));
    m_cpus = new QSpinBox;
    m_cpus->setRange(0, 1024);
    m_cpus->setAccessibleName(tr("Virtual CPUs"));
    m_memoryMessage = new FieldMessage;
    m_cpuMessage = new FieldMessage;
    m_hostLabel = new QLabel;
    m_hostLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(QString(), m_memoryMessage);
    form->addRow(tr("&CPUs:"), m_cpus);
    form->addRow(QString(), m_cpuMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hostLabel);
    addProblemLine(layout);
    connect(m_memory, &QSpinBox::valueChanged, this, &NewVmResourcesPage::revalidate);
    connect(m_cpus, &QSpinBox::valueChanged, this, &NewVmResourcesPage::revalidate);
    connect(wizard, &NewVmWizard::resourcesReady, this, &NewVmResourcesPage::revalidate);
}

void NewVmResourcesPage::initializePage() {
    // Refilled only when the OS changed, so the user's own figures survive Back and Next.
    const OsInfo os = vmWizard()->chosenOs();
    if (os.id != m_filledFor) {
        m_filledFor = os.id;
        const qint64 ram = os.recommendedRamBytes > 0 ? os.recommendedRamBytes
                           : os.minimumRamBytes > 0   ? os.minimumRamBytes
                                                      : kGiB;
        qint64 mib = ram / kMiB;
        // Recommended CPUs, else two (installers are slow on one), never more than the host.
        int cpus = os.recommendedCpus > 0 ? os.recommendedCpus : std::max(2, os.minimumCpus);
        if (const auto &r = vmWizard()->resources()) {
            // Recommended memory, but not more than half the host has.
            if (r->capabilities.memoryBytes > 0)
                mib = std::min(mib, std::max(r->capabilities.memoryBytes / kMiB / 2,
                                             os.minimumRamBytes / kMiB));
            if (r->capabilities.cpus > 0)
                cpus = std::min(cpus, r->capabilities.cpus);
        }
        m_memory->setValue(int(mib));
        m_cpus->setValue(std::max(1, cpus));
    }
    revalidate();
}

qint64 NewVmResourcesPage::memoryMiB() const {
    return m_memory->value();
}

int NewVmResourcesPage::cpus() const {
    return m_cpus->value();
}

QString NewVmResourcesPage::problem() const {
    const auto &r = vmWizard()->resources();
    if (memoryMiB() < 16)
        return tr("A guest needs at least 16 MiB of memory.");
    if (r && r->capabilities.memoryBytes > 0 && memoryMiB() * kMiB > r->capabilities.memoryBytes)
        return tr("%1 is more memory than this host has (%2).")
            .arg(sizeText(memoryMiB() * kMiB), sizeText(r->capabilities.memoryBytes));
    if (cpus() < 1)
        return tr("A guest needs at least one CPU.");
    if (cpus() > 512)
        return tr("At most 512 CPUs.");
    return {};
}

void NewVmResourcesPage::updateMessages() {
    const OsInfo os = vmWizard()->chosenOs();
    const auto &r = vmWizard()->resources();
    const QString problemText = problem();
    if (memoryMiB() < 16 ||
        (r && r->capabilities.memoryBytes > 0 && memoryMiB() * kMiB > r->capabilities.memoryBytes))
        m_memoryMessage->setError(problemText);
    else if (os.minimumRamBytes > 0 && memoryMiB() * kMiB < os.minimumRamBytes)
        m_memoryMessage->setWarning(tr("%1 needs at least %2; it may not install or run.")
                                        .arg(os.name, sizeText(os.minimumRamBytes)));
    else if (r && r->capabilities.memoryBytes > 0 &&
             memoryMiB() * kMiB > r->capabilities.memoryBytes * 3 / 4)
        m_memoryMessage->setWarning(
            tr("This leaves little memory for the host and its other guests."));
    else if (os.recommendedRamBytes > 0)
        m_memoryMessage->setNote(
            tr("Recommended for %1: %2.").arg(os.name, sizeText(os.recommendedRamBytes)));
    else
        m_memoryMessage->clear();

    if (cpus() < 1 || cpus() > 512)
        m_cpuMessage->setError(problemText);
    else if (r && r->capabilities.cpus > 0 && cpus() > r->capabilities.cpus)
        m_cpuMessage->setWarning(
            tr("The host has only %n CPU(s); more virtual CPUs make the guest slower, not faster.",
               nullptr, r->capabilities.cpus));
    else if (os.minimumCpus > 0 && cpus() < os.minimumCpus)
        m_cpuMessage->setWarning(
            tr("%1 needs at least %n CPU(s).", nullptr, os.minimumCpus).arg(os.name));
    else
        m_cpuMessage->clear();
    if (r)
        m_hostLabel->setText(
            tr("This host has %1 of memory and %n CPU(s).", nullptr, r->capabilities.cpus)
                .arg(sizeText(r->capabilities.memoryBytes)));
}

// ---- 4. Storage -------------------------------------------------------------------------

NewVmStoragePage::NewVmStoragePage(NewVmWizard *wizard)
    : NewVmPage(wizard) {
    using D = NewGuestSpec::DiskChoice;
    setTitle(tr("Storage"));
    m_choices = new QButtonGroup(this);
    m_pool = new QComboBox;
    m_pool->setAccessibleName(tr("Storage pool"));
    m_size = new QDoubleSpinBox;
    m_size->setRange(0, 1000000);
    m_size->setDecimals(1);
    m_size->setSuffix(tr(" GiB"));
    m_size->setAccessibleName(tr("Disk size in GiB"));
    m_existing = new QLineEdit;
    m_existing->setPlaceholderText(tr("/var/lib/libvirt/images/disk.qcow2"));
    m_existing->setAccessibleName(tr("Existing disk path"));
    m_existingBrowse = browseButton(tr("Browse for an existing disk"));
    m_poolMessage = new FieldMessage;
    m_sizeMessage = new FieldMessage;
    m_existingMessage = new FieldMessage;

    auto *form = new QFormLayout;
    form->addRow(tr("&Pool:"), m_pool);
    form->addRow(QString(), m_poolMessage);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(QString(), m_sizeMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        radio(tr("&Create a new disk (qcow2, grows as it fills)"), m_choices, int(D::NewVolume)));
    layout->addLayout(form);
    layout->addWidget(
        radio(tr("Use an &existing volume or file"), m_choices, int(D::ExistingPath)));
    layout->addLayout(row(m_existing, m_existingBrowse));
    layout->addWidget(m_existingMessage);
    layout->addWidget(radio(tr("&No disk"), m_choices, int(D::None)));
    addProblemLine(layout);
    m_choices->button(int(D::NewVolume))->setChecked(true);

    connect(m_existingBrowse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose a disk"), m_existing->text(),
                                         tr("Disk images (*.qcow2 *.img *.raw);;All files (*)"));
        if (!path.isEmpty())
            m_existing->setText(path);
    });
    connect(m_pool, &QComboBox::currentIndexChanged, this, &NewVmStoragePage::revalidate);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, &NewVmStoragePage::revalidate);
    connect(m_existing, &QLineEdit::textChanged, this, &NewVmStoragePage::revalidate);
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            revalidate();
    });
    connect(wizard, &NewVmWizard::resourcesReady, this, [this] {
        fillPools();
        revalidate();
    });
}

void NewVmStoragePage::fillPools() {
    const auto &r = vmWizard()->resources();
    const QString current = pool();
    m_pool->clear();
    if (!r)
        return;
    for (const StoragePoolInfo &p : r->pools) {
        if (!p.active)
            continue;
        m_pool->addItem(tr("%1 — %2 free of %3")
                            .arg(p.name, sizeText(p.availableBytes), sizeText(p.capacityBytes)),
                        p.name);
    }
    if (r->offersDefaultPool())
        m_pool->addItem(tr("default — new pool in %1, made with the disk")
                            .arg(HostResources::defaultPoolPath()),
                        QStringLiteral("default"));
    int index = m_pool->findData(current.isEmpty() ? QStringLiteral("default") : current);
    m_pool->setCurrentIndex(index >= 0 ? index : 0);
}

void NewVmStoragePage::initializePage() {
    if (m_pool->count() == 0)
        fillPools();
    const OsInfo os = vmWizard()->chosenOs();
    if (os.id != m_filledFor) {
        m_filledFor = os.id;
        const qint64 bytes = os.recommendedStorageBytes > 0 ? os.recommendedStorageBytes
                             : os.minimumStorageBytes > 0   ? os.minimumStorageBytes
                                                            : 20 * kGiB;
        m_size->setValue(std::max(1.0, double(bytes) / double(kGiB)));
    }
    revalidate();
}

NewGuestSpec::DiskChoice NewVmStoragePage::choice() const {
    return NewGuestSpec::DiskChoice(m_choices->checkedId());
}

void NewVmStoragePage::setChoice(NewGuestSpec::DiskChoice choice) {
    m_choices->button(int(choice))->setChecked(true);
}

QString NewVmStoragePage::pool() const {
    return m_pool->currentData().toString();
}

qint64 NewVmStoragePage::sizeBytes() const {
    return qint64(m_size->value() * double(kGiB));
}

QString NewVmStoragePage::existingPath() const {
    return m_existing->text().trimmed();
}

QString NewVmStoragePage::sizeProblem() const {
    if (m_size->value() <= 0)
        return tr("Enter a disk size above zero.");
    if (m_size->value() > kMaxDiskGiB)
        return tr("%1 is larger than the 64 TiB VirtDeck allows for one disk.")
            .arg(sizeText(sizeBytes()));
    return {};
}

QString NewVmStoragePage::existingProblem() const {
    const QString path = existingPath();
    if (path.isEmpty())
        return tr("Choose the disk to use.");
    if (!path.startsWith(QLatin1Char('/')))
        return tr("Give the full path, starting with /.");
    const auto &r = vmWizard()->resources();
    return !r || r->local ? localFileProblem(path, true) : QString();
}

QString NewVmStoragePage::problem() const {
    using D = NewGuestSpec::DiskChoice;
    switch (choice()) {
    case D::NewVolume:
        if (!vmWizard()->resources())
            return tr("Reading the host's storage pools…");
        if (pool().isEmpty())
            return tr("This host has no active storage pool; start one or use an existing disk.");
        return sizeProblem();
    case D::ExistingPath:
        return existingProblem();
    case D::None:
        return {};
    }
    return {};
}

void NewVmStoragePage::updateMessages() {
    using D = NewGuestSpec::DiskChoice;
    const bool newVolume = choice() == D::NewVolume;
    m_pool->setEnabled(newVolume);
    m_size->setEnabled(newVolume);
    m_existing->setEnabled(choice() == D::ExistingPath);
    const auto &r = vmWizard()->resources();
    m_existingBrowse->setEnabled(choice() == D::ExistingPath && (!r || r->local));
    m_poolMessage->clear();
    m_sizeMessage->clear();
    if (newVolume && r) {
        if (pool().isEmpty()) {
            m_poolMessage->setError(tr("No active storage pool on this host."));
        } else if (const StoragePoolInfo *p = r->pool(pool())) {
            if (!p->targetPath.isEmpty())
                m_poolMessage->setNote(
                    tr("The disk is made in %1 and named after the guest.").arg(p->targetPath));
            const OsInfo os = vmWizard()->chosenOs();
            if (!sizeProblem().isEmpty())
                m_sizeMessage->setError(sizeProblem());
            else if (sizeBytes() > p->availableBytes)
                m_sizeMessage->setWarning(
                    tr("The pool has only %1 free. The disk grows as it fills, so "
                       "this works until the pool is full.")
                        .arg(sizeText(p->availableBytes)));
            else if (os.minimumStorageBytes > 0 && sizeBytes() < os.minimumStorageBytes)
                m_sizeMessage->setWarning(
                    tr("%1 needs at least %2.").arg(os.name, sizeText(os.minimumStorageBytes)));
        }
    }
    const QString existing = existingProblem();
    if (choice() == D::ExistingPath && !existingPath().isEmpty() && !existing.isEmpty())
        m_existingMessage->setError(existing);
    else
        m_existingMessage->clear();
}

// ---- 5. Name, network, firmware ---------------------------------------------------------

NewVmFinishPage::NewVmFinishPage(NewVmWizard *wizard)
    : NewVmPage(wizard) {
    setTitle(tr("Name and options"));
    setButtonText(QWizard::NextButton, tr("&Create"));
    m_name = new QLineEdit;
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(80);
    m_nameMessage = new FieldMessage;
    m_network = new QComboBox;
    m_network->setAccessibleName(tr("Network"));
    m_firmware = new QComboBox;
    m_firmware->setAccessibleName(tr("Firmware"));
    m_firmware->addItem(tr("BIOS"), false);
    m_firmware->addItem(tr("UEFI"), true);
    m_secureBoot = new QCheckBox(tr("&Secure Boot"));
    m_secureBoot->setAccessibleName(tr("Secure Boot"));
    m_tpm = new QCheckBox(tr("Emulated &TPM 2.0"));
    m_tpm->setAccessibleName(tr("Emulated TPM 2.0"));
    m_firmwareMessage = new FieldMessage;
    m_virtioWinLabel = new QLabel(tr("&Driver disc:"));
    m_virtioWin = new QLineEdit;
    m_virtioWin->setPlaceholderText(
        tr("Optional: /path/to/virtio-win.iso (faster disk and network)"));
    m_virtioWin->setAccessibleName(tr("virtio-win driver disc"));
    m_virtioWinLabel->setBuddy(m_virtioWin);
    m_virtioWinMessage = new FieldMessage;
    m_customize = new QCheckBox(tr("C&ustomize the configuration before install"));
    m_customize->setAccessibleName(tr("Customize the configuration before install"));
    m_start = new QCheckBox(tr("Start the guest and open its console"));
    m_start->setAccessibleName(m_start->text());
    m_start->setChecked(true);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("summary"));

    auto *firmwareRow = new QHBoxLayout;
    firmwareRow->addWidget(m_firmware);
    firmwareRow->addWidget(m_secureBoot);
    firmwareRow->addWidget(m_tpm);
    firmwareRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(tr("Ne&twork:"), m_network);
    auto *firmwareLabel = new QLabel(tr("&Firmware:"));
    firmwareLabel->setBuddy(m_firmware);
    form->addRow(firmwareLabel, firmwareRow);
    form->addRow(QString(), m_firmwareMessage);
    form->addRow(m_virtioWinLabel, m_virtioWin);
    form->addRow(QString(), m_virtioWinMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_customize);
    layout->addWidget(m_start);
    layout->addSpacing(8);
    layout->addWidget(m_summary);
    addProblemLine(layout);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &NewVmFinishPage::revalidate);
    connect(m_virtioWin, &QLineEdit::textChanged, this, &NewVmFinishPage::revalidate);
    for (QCheckBox *box : {m_secureBoot, m_tpm, m_customize, m_start})
        connect(box, &QCheckBox::toggled, this, &NewVmFinishPage::revalidate);
    connect(m_firmware, &QComboBox::currentIndexChanged, this, &NewVmFinishPage::revalidate);
    connect(m_network, &QComboBox::currentIndexChanged, this, &NewVmFinishPage::revalidate);
    connect(wizard, &NewVmWizard::resourcesReady, this, [this] {
        fillNetworks();
        revalidate();
    });
}

void NewVmFinishPage::fillNetworks() {
    using N = NewGuestSpec::NetworkType;
    const auto &r = vmWizard()->resources();
    const int previous = m_network->currentIndex();
    m_network->clear();
    auto add = [this](const QString &text, N type, const QString &source) {
        m_network->addItem(text,
                           QVariant::fromValue(QStringList{QString::number(int(type)), source}));
    };
    if (r) {
        for (const NetworkInfo &n : r->networks)
            add(n.active
                    ? tr("Virtual network “%1” (NAT)").arg(n.name)
                    : tr("Virtual network “%1” (not running; started with the guest)").arg(n.name),
                N::Virtual, n.name);
        for (const QString &bridge : r->bridges)
            add(tr("Bridge %1 (guest on the host's LAN)").arg(bridge), N::Bridge, bridge);
        for (const QString &device : r->interfaces)
            add(tr("Macvtap on %1 (host cannot reach the guest)").arg(device), N::Macvtap, device);
    }
    add(tr("No network"), N::None, QString());
    int index = 0;
    for (int i = 0; i < m_network->count(); ++i)
        if (m_network->itemData(i).toStringList().value(1) == QLatin1String("default"))
            index = i;
    m_network->setCurrentIndex(previous > 0 && previous < m_network->count() ? previous : index);
}

QString NewVmFinishPage::uniqueDefaultName() const {
    const auto &r = vmWizard()->resources();
    const OsInfo os = vmWizard()->chosenOs();
    QString base = os.shortId.isEmpty() ? QStringLiteral("vm") : os.shortId;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._+-]")), QStringLiteral("-"));
    if (!r)
        return base;
    QString name = base;
    for (int i = 2; r->guestNames.contains(name, Qt::CaseSensitive); ++i)
        name = base + QLatin1Char('-') + QString::number(i);
    return name;
}

void NewVmFinishPage::applyProfileDefaults() {
    const auto &r = vmWizard()->resources();
    const HostCapabilities caps = r ? r->capabilities : HostCapabilities();
    const OsInfo os = vmWizard()->chosenOs();
    const HardwareProfile hw = HardwareProfile::forOs(os, caps);
    m_firmware->setCurrentIndex(hw.efi ? 1 : 0);
    m_secureBoot->setChecked(hw.secureBoot);
    m_tpm->setChecked(hw.tpm);
    const bool windows = os.isWindows();
    m_virtioWinLabel->setVisible(windows);
    m_virtioWin->setVisible(windows);
    if (!windows)
        m_virtioWin->clear();
}

void NewVmFinishPage::initializePage() {
    if (m_network->count() == 0)
        fillNetworks();
    const OsInfo os = vmWizard()->chosenOs();
    if (os.id != m_filledFor) {
        m_filledFor = os.id;
        applyProfileDefaults();
        if (!m_nameEdited)
            m_name->setText(uniqueDefaultName());
    }
    revalidate();
}

QString NewVmFinishPage::name() const {
    return m_name->text().trimmed();
}

NewGuestSpec::NetworkType NewVmFinishPage::networkType() const {
    const QStringList data = m_network->currentData().toStringList();
    return data.isEmpty() ? NewGuestSpec::NetworkType::None
                          : NewGuestSpec::NetworkType(data[0].toInt());
}

QString NewVmFinishPage::networkSource() const {
    return m_network->currentData().toStringList().value(1);
}

bool NewVmFinishPage::efi() const {
    return m_firmware->currentData().toBool();
}

bool NewVmFinishPage::secureBoot() const {
    return efi() && m_secureBoot->isChecked();
}

bool NewVmFinishPage::tpm() const {
    return m_tpm->isChecked();
}

QString NewVmFinishPage::virtioWinIsoPath() const {
    // Offered for Windows only; the field is hidden for other systems.
    return m_virtioWin->isHidden() ? QString() : m_virtioWin->text().trimmed();
}

bool NewVmFinishPage::customize() const {
    return m_customize->isChecked();
}

bool NewVmFinishPage::startAfterCreation() const {
    return m_start->isChecked();
}

QString NewVmFinishPage::nameProblem() const {
    QString reason;
    if (!DomainXmlBuilder::validName(name(), &reason))
        return reason;
    const auto &r = vmWizard()->resources();
    if (!r)
        return tr("Reading the host's guests…");
    if (r->guestNames.contains(name()))
        return tr("A guest named %1 already exists on this host.").arg(name());
    const NewVmStoragePage *storage = vmWizard()->storagePage();
    if (vmWizard()->methodPage()->method() != NewGuestSpec::InstallMethod::ImportDisk &&
        storage->choice() == NewGuestSpec::DiskChoice::NewVolume &&
        r->volumePaths.contains(storage->pool() + QLatin1Char('/') + name() +
                                QStringLiteral(".qcow2")))
        return tr("The pool %1 already holds a disk named %2.qcow2; VirtDeck will not overwrite "
                  "it.")
            .arg(storage->pool(), name());
    return {};
}

QString NewVmFinishPage::virtioWinProblem() const {
    const QString path = virtioWinIsoPath();
    if (path.isEmpty())
        return {};
    if (!path.startsWith(QLatin1Char('/')))
        return tr("Give the full path, starting with /.");
    const auto &r = vmWizard()->resources();
    return !r || r->local ? localFileProblem(path, false) : QString();
}

QString NewVmFinishPage::problem() const {
    const QString name = nameProblem();
    if (!name.isEmpty())
        return name;
    return virtioWinProblem();
}

void NewVmFinishPage::updateMessages() {
    const QString nameText = nameProblem();
    if (nameText.isEmpty())
        m_nameMessage->clear();
    else
        m_nameMessage->setError(nameText);
    const QString virtio = virtioWinProblem();
    if (virtio.isEmpty())
        m_virtioWinMessage->clear();
    else
        m_virtioWinMessage->setError(virtio);

    const auto &r = vmWizard()->resources();
    const HostCapabilities caps = r ? r->capabilities : HostCapabilities();
    const OsInfo os = vmWizard()->chosenOs();
    m_firmware->setEnabled(caps.efiAvailable);
    m_secureBoot->setEnabled(efi() && caps.secureBootAvailable);
    m_tpm->setEnabled(caps.tpmEmulatorAvailable);
    QStringList notes;
    if (!caps.efiAvailable)
        notes << tr("UEFI needs OVMF on the host (Debian package “ovmf”).");
    else if (!efi() && !os.biosSupported)
        notes << tr("%1 does not boot with BIOS; choose UEFI.").arg(os.name);
    if (!caps.tpmEmulatorAvailable)
        notes << tr("A TPM needs swtpm on the host (Debian package “swtpm”).");
    else if (!tpm() && os.shortId.startsWith(QLatin1String("win11")))
        notes << tr("Windows 11 refuses to install without a TPM.");
    if (notes.isEmpty())
        m_firmwareMessage->clear();
    else
        m_firmwareMessage->setWarning(notes.join(QLatin1Char(' ')));
    updateSummary();
}

void NewVmFinishPage::updateSummary() {
    const NewGuestSpec s = vmWizard()->spec();
    const HardwareProfile &hw = s.hardware;
    QStringList lines;
    lines << tr("System: %1").arg(s.os.name);
    lines << tr("Memory: %1, CPUs: %2").arg(sizeText(s.memoryMiB * kMiB)).arg(s.vcpus);
    using D = NewGuestSpec::DiskChoice;
    if (s.method == NewGuestSpec::InstallMethod::ImportDisk || s.disk == D::ExistingPath)
        lines << tr("Disk: %1 (%2 bus)").arg(s.diskPath, hw.diskBus);
    else if (s.disk == D::NewVolume)
        lines << tr("Disk: new %1 in pool %2 (%3 bus)")
                     .arg(sizeText(s.diskBytes), s.pool, hw.diskBus);
    else
        lines << tr("Disk: none");
    lines << tr("Hardware: %1 machine, %2 network card, %3 video, clock in %4")
                 .arg(hw.machine == QLatin1String("pc") ? QStringLiteral("i440fx") : hw.machine,
                      hw.nicModel, hw.video,
                      hw.clock == QLatin1String("localtime") ? tr("local time")
                                                             : QStringLiteral("UTC"));
    for (const QString &note : vmWizard()->hardwareNotes())
        lines << note;
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

// ---- 6. Progress ------------------------------------------------------------------------

NewVmProgressPage::NewVmProgressPage(NewVmWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setTitle(tr("Creating the virtual machine"));
    setFinalPage(true);
    m_bar = new QProgressBar;
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setRange(0, 1000);
    m_step = new QLabel;
    m_step->setWordWrap(true);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Creation log"));
    m_outcome = new QLabel;
    m_outcome->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &NewVmProgressPage::poll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_outcome);
    customizer = [this](QString *xml) { return editConfiguration(xml); };
}

bool NewVmProgressPage::editConfiguration(QString *xml) {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Configuration of %1").arg(m_wizard->finishPage()->name()));
    auto *edit = new QPlainTextEdit(*xml);
    edit->setAccessibleName(tr("Domain XML"));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *message = new FieldMessage;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("Edit the configuration libvirt will get. Nothing has been created yet.")));
    layout->addWidget(edit, 1);
    layout->addWidget(message);
    layout->addWidget(buttons);
    dialog.resize(720, 560);
    connect(edit, &QPlainTextEdit::textChanged, &dialog, [edit, message, buttons] {
        QDomDocument doc;
        QString error;
        int line = 0;
        const bool ok = doc.setContent(edit->toPlainText(), &error, &line);
        if (ok)
            message->clear();
        else
            message->setError(
                QObject::tr("Not well-formed XML (line %1): %2").arg(line).arg(error));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *xml = edit->toPlainText();
    return true;
}

void NewVmProgressPage::initializePage() {
    m_result.reset();
    m_log->clear();
    m_outcome->clear();
    m_logShown = 0;
    m_bar->setValue(0);
    QString xml;
    if (m_wizard->finishPage()->customize()) {
        xml = DomainXmlBuilder::build(m_wizard->spec());
        if (!customizer(&xml)) {
            // Nothing was made; go back to the options.
            QTimer::singleShot(0, m_wizard, &QWizard::back);
            return;
        }
    }
    start(xml);
}

void NewVmProgressPage::start(const QString &xmlOverride) {
    const NewGuestSpec spec = m_wizard->spec();
    m_step->setText(tr("Starting…"));
    m_wizard->setButtonLayout({QWizard::Stretch, QWizard::CancelButton});
    m_control = m_wizard->connection()->runJob(
        [spec, xmlOverride](virConnectPtr c, JobControl &control) {
            return GuestCreator::create(c, spec, xmlOverride, control);
        },
        this, [this](const JobResult &result) { done(result); });
    m_timer->start();
    Q_EMIT completeChanged();
}

void NewVmProgressPage::poll() {
    if (!m_control)
        return;
    const double fraction = m_control->fraction();
    if (fraction < 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(fraction * 1000));
    }
    m_step->setText(m_control->step());
    const QStringList lines = m_control->logLines();
    for (; m_logShown < lines.size(); ++m_logShown)
        m_log->appendPlainText(lines[m_logShown]);
}

void NewVmProgressPage::cancel() {
    if (!m_control)
        return;
    m_control->cancel();
    m_closeWhenDone = true;
    m_step->setText(tr("Cancelling; removing what was made…"));
    if (QAbstractButton *button = m_wizard->button(QWizard::CancelButton))
        button->setEnabled(false);
}

void NewVmProgressPage::done(const JobResult &result) {
    poll();
    m_timer->stop();
    m_control.reset();
    m_result = result;
    m_bar->setRange(0, 1000);
    m_bar->setValue(result.ok ? 1000 : 0);
    if (QAbstractButton *button = m_wizard->button(QWizard::CancelButton))
        button->setEnabled(true);
    if (result.ok) {
        m_step->setText(tr("Done"));
        m_outcome->setText(
            m_wizard->finishPage()->startAfterCreation()
                ? tr("%1 was created and started.").arg(m_wizard->finishPage()->name())
                : tr("%1 was created.").arg(m_wizard->finishPage()->name()));
        m_wizard->setButtonLayout({QWizard::Stretch, QWizard::FinishButton});
    } else {
        QString text = result.cancelled ? tr("Cancelled. Nothing was left behind.")
                                        : tr("%1\n%2\n%3")
                                              .arg(result.error.title(), result.error.explanation(),
                                                   result.error.hint())
                                              .trimmed();
        if (!result.cancelled && !result.notes.isEmpty())
            text += QLatin1Char('\n') + tr("Everything made so far was removed.");
        m_step->setText(result.cancelled ? tr("Cancelled") : tr("Failed"));
        m_outcome->setText(text);
        QPalette p = m_outcome->palette();
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x30));
        m_outcome->setPalette(p);
        // Back to the options to fix what went wrong.
        m_wizard->setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::CancelButton});
    }
    Q_EMIT completeChanged();
    Q_EMIT finished(result);
    if (result.ok && !result.items.isEmpty())
        Q_EMIT m_wizard->guestCreated(result.items.first().uuid,
                                      m_wizard->finishPage()->startAfterCreation());
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        m_wizard->reject();
    }
}

void NewVmProgressPage::cleanupPage() {
    m_wizard->setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                               QWizard::FinishButton, QWizard::CancelButton});
    QWizardPage::cleanupPage();
}

bool NewVmProgressPage::isComplete() const {
    return m_result && m_result->ok;
}
