// SPDX-License-Identifier: GPL-2.0-or-later
#include "newcontainerwizard.h"

#include "connection.h"
#include "containercreator.h"
#include "containerxmlbuilder.h"
#include "rootfsbootstrap.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizardPage>

#include <functional>

namespace {

// A page whose Next button follows a function that names what is wrong.
class CheckedPage : public QWizardPage {
public:
    explicit CheckedPage(std::function<QString()> problem)
        : m_problem(std::move(problem)) {}
    bool isComplete() const override { return m_problem().isEmpty(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<QString()> m_problem;
};

// The last page: starts the job when shown, complete once the job has ended.
class RunPage : public QWizardPage {
public:
    RunPage(std::function<void()> start, std::function<bool()> done)
        : m_start(std::move(start))
        , m_done(std::move(done)) {}
    void initializePage() override { m_start(); }
    bool isComplete() const override { return m_done(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<void()> m_start;
    std::function<bool()> m_done;
};

QLabel *reasonLabel(const QString &objectName) {
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette warn = label->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb4, 0x2f, 0x2f));
    label->setPalette(warn);
    label->setVisible(false);
    return label;
}

QLabel *helpLabel(const QString &text) {
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void showReason(QLabel *label, const QString &reason) {
    label->setText(reason);
    label->setAccessibleName(reason);
    label->setVisible(!reason.isEmpty());
}

QString firstOf(std::initializer_list<QString> reasons) {
    for (const QString &r : reasons)
        if (!r.isEmpty())
            return r;
    return {};
}

} // namespace

NewContainerWizard::NewContainerWizard(Connection *connection, QWidget *parent)
    : QWizard(parent)
    , m_connection(connection) {
    m_localHost = !connection->uri().isRemote();
    m_debootstrapProgram = RootfsBootstrap::findProgram();
    setWindowTitle(tr("New container on %1").arg(connection->displayName()));
    setAccessibleName(tr("New container"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Create"));
    setButtonText(QWizard::FinishButton, tr("&Close"));

    setPage(TypePage, makeTypePage());
    setPage(ResourcesPage, makeResourcesPage());
    setPage(NetworkPage, makeNetworkPage());
    setPage(NamePage, makeNamePage());
    setPage(ProgressPage, makeProgressPage());
    setStartId(TypePage);

    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &NewContainerWizard::pollJob);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == NamePage)
            updateSummary();
        // Disabled at the end of a run; "try again" comes back here.
        if (id != ProgressPage)
            button(QWizard::CancelButton)->setEnabled(true);
    });

    // Names taken and networks are read off the GUI thread; fields wait for them visibly.
    const bool local = m_localHost;
    m_connection->runQuery<ContainerHostInfo>(
        [local](virConnectPtr c) { return ContainerHostInfo::query(c, local); }, this,
        [this](const std::optional<ContainerHostInfo> &info) { onHostInfo(info); });
    revalidate();
    resize(640, 520);
}

NewContainerWizard::~NewContainerWizard() {
    // The job goes on alone and undoes what it made; its result is no longer wanted.
    if (m_control)
        m_control->cancel();
}

QWizardPage *NewContainerWizard::makeTypePage() {
    auto *page = new CheckedPage([this] { return problem(TypePage); });
    page->setTitle(tr("Kind of container"));
    page->setSubTitle(tr("What the container runs, and which files it sees."));

    m_application = new QRadioButton(tr("&Application container"));
    m_application->setAccessibleName(tr("Application container"));
    m_application->setChecked(true);
    m_osContainer = new QRadioButton(tr("&Operating system container"));
    m_osContainer->setAccessibleName(tr("Operating system container"));
    auto *kinds = new QButtonGroup(page);
    kinds->addButton(m_application);
    kinds->addButton(m_osContainer);

    m_command = new QLineEdit(ContainerSpec().command);
    m_command->setAccessibleName(tr("Command"));
    m_commandReason = reasonLabel(QStringLiteral("commandReason"));
    m_arguments = new QLineEdit;
    m_arguments->setAccessibleName(tr("Arguments"));
    m_arguments->setPlaceholderText(tr("e.g. -c \"sleep 600\""));
    m_applicationGroup = new QWidget;
    auto *appForm = new QFormLayout(m_applicationGroup);
    appForm->setContentsMargins(24, 0, 0, 0);
    appForm->addRow(tr("Co&mmand:"), m_command);
    appForm->addRow(QString(), m_commandReason);
    appForm->addRow(tr("A&rguments:"), m_arguments);

    m_existingRootfs = new QRadioButton(tr("Use an &existing root file system folder"));
    m_existingRootfs->setAccessibleName(tr("Use an existing root file system folder"));
    m_existingRootfs->setChecked(true);
    m_bootstrap = new QRadioButton(tr("Make a new Debian root file system with &debootstrap"));
    m_bootstrap->setAccessibleName(tr("Make a new Debian root file system with debootstrap"));
    auto *sources = new QButtonGroup(page);
    sources->addButton(m_existingRootfs);
    sources->addButton(m_bootstrap);
    m_bootstrapNote = helpLabel(QString());
    if (!m_localHost) {
        // debootstrap would run here, not on the host the container lives on.
        m_bootstrap->setEnabled(false);
        m_bootstrapNote->setText(tr("debootstrap can only make root file systems on this "
                                    "computer, and this host is another one."));
    }
    m_bootstrapNote->setVisible(!m_bootstrapNote->text().isEmpty());

    m_rootfs = new QLineEdit;
    m_rootfs->setAccessibleName(tr("Root file system folder"));
    m_rootfs->setPlaceholderText(QStringLiteral("/var/lib/lxc/web/rootfs"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Browse for the root file system folder"));
    m_browse->setVisible(m_localHost);
    connect(m_browse, &QPushButton::clicked, this, &NewContainerWizard::browseRootfs);
    auto *rootfsRow = new QHBoxLayout;
    rootfsRow->addWidget(m_rootfs, 1);
    rootfsRow->addWidget(m_browse);
    m_rootfsReason = reasonLabel(QStringLiteral("rootfsReason"));
    m_release = new QComboBox;
    m_release->setAccessibleName(tr("Debian release"));
    for (const QString &release : ContainerSpec::releases())
        m_release->addItem(release, release);
    m_mirror = new QLineEdit(ContainerSpec::defaultMirror());
    m_mirror->setAccessibleName(tr("Debian mirror"));
    m_mirrorReason = reasonLabel(QStringLiteral("mirrorReason"));

    m_osGroup = new QWidget;
    auto *osForm = new QFormLayout(m_osGroup);
    osForm->setContentsMargins(24, 0, 0, 0);
    osForm->addRow(m_existingRootfs);
    osForm->addRow(m_bootstrap);
    osForm->addRow(m_bootstrapNote);
    // A row holding a layout gets no buddy by itself; without one "&" would show literally.
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_rootfs);
    osForm->addRow(folderLabel, rootfsRow);
    osForm->addRow(QString(), m_rootfsReason);
    osForm->addRow(tr("Re&lease:"), m_release);
    osForm->addRow(tr("M&irror:"), m_mirror);
    osForm->addRow(QString(), m_mirrorReason);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_application);
    layout->addWidget(helpLabel(tr("Runs one program, such as a shell, in this host's own files "
                                   "with its own processes, memory limit and network.")));
    layout->addWidget(m_applicationGroup);
    layout->addWidget(m_osContainer);
    layout->addWidget(helpLabel(tr("Boots a whole Linux system (/sbin/init) from a root file "
                                   "system folder of its own.")));
    layout->addWidget(m_osGroup);
    layout->addStretch();

    for (QRadioButton *b : {m_application, m_osContainer, m_existingRootfs, m_bootstrap})
        connect(b, &QRadioButton::toggled, this, &NewContainerWizard::revalidate);
    for (QLineEdit *e : {m_command, m_arguments, m_rootfs, m_mirror})
        connect(e, &QLineEdit::textChanged, this, &NewContainerWizard::revalidate);
    return page;
}

QWizardPage *NewContainerWizard::makeResourcesPage() {
    auto *page = new CheckedPage([this] { return problem(ResourcesPage); });
    page->setTitle(tr("Resources"));
    page->setSubTitle(tr("Limits the container cannot go beyond."));

    m_memory = new QSpinBox;
    // Wide on purpose: out-of-range values get a reason instead of being silently clamped.
    m_memory->setRange(0, 64 * 1024 * 1024);
    m_memory->setSingleStep(64);
    m_memory->setValue(int(ContainerSpec().memoryMiB));
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setAccessibleName(tr("Memory limit in MiB"));
    m_memoryReason = reasonLabel(QStringLiteral("memoryReason"));
    m_cpuShares = new QSpinBox;
    m_cpuShares->setRange(0, ContainerXmlBuilder::maximumCpuShares);
    m_cpuShares->setSingleStep(256);
    m_cpuShares->setValue(ContainerSpec().cpuShares);
    m_cpuShares->setAccessibleName(tr("CPU weight"));
    m_cpuReason = reasonLabel(QStringLiteral("cpuReason"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Memory limit:"), m_memory);
    form->addRow(QString(), m_memoryReason);
    form->addRow(QString(), helpLabel(tr("When the container uses more, the kernel ends some "
                                         "of its processes.")));
    form->addRow(tr("C&PU weight:"), m_cpuShares);
    form->addRow(QString(), m_cpuReason);
    form->addRow(QString(), helpLabel(tr("Its share of CPU time when the host is busy: 1024 is "
                                         "normal, 2048 twice as much, 512 half.")));
    connect(m_memory, &QSpinBox::valueChanged, this, &NewContainerWizard::revalidate);
    connect(m_cpuShares, &QSpinBox::valueChanged, this, &NewContainerWizard::revalidate);
    return page;
}

QWizardPage *NewContainerWizard::makeNetworkPage() {
    auto *page = new CheckedPage([this] { return problem(NetworkPage); });
    page->setTitle(tr("Network"));
    page->setSubTitle(tr("How the container reaches other machines."));

    m_useNetwork = new QRadioButton(tr("&Virtual network"));
    m_useNetwork->setAccessibleName(tr("Virtual network"));
    m_useNetwork->setChecked(true);
    m_useBridge = new QRadioButton(tr("Host &bridge"));
    m_useBridge->setAccessibleName(tr("Host bridge"));
    m_useNoNetwork = new QRadioButton(tr("&No network (only loopback inside)"));
    m_useNoNetwork->setAccessibleName(tr("No network"));
    auto *choices = new QButtonGroup(page);
    for (QRadioButton *b : {m_useNetwork, m_useBridge, m_useNoNetwork})
        choices->addButton(b);
    m_network = new QComboBox;
    m_network->setAccessibleName(tr("Virtual network name"));
    m_bridge = new QComboBox;
    m_bridge->setEditable(true);
    m_bridge->setAccessibleName(tr("Bridge name"));
    m_bridge->lineEdit()->setPlaceholderText(QStringLiteral("br0"));
    m_networkReason = reasonLabel(QStringLiteral("networkReason"));
    m_networkNote = helpLabel(QString());
    m_networkNote->setObjectName(QStringLiteral("networkNote"));

    auto *form = new QFormLayout(page);
    form->addRow(m_useNetwork, m_network);
    form->addRow(m_useBridge, m_bridge);
    form->addRow(m_useNoNetwork);
    form->addRow(m_networkReason);
    form->addRow(m_networkNote);

    for (QRadioButton *b : {m_useNetwork, m_useBridge, m_useNoNetwork})
        connect(b, &QRadioButton::toggled, this, &NewContainerWizard::revalidate);
    connect(m_network, &QComboBox::currentIndexChanged, this, &NewContainerWizard::revalidate);
    connect(m_bridge, &QComboBox::currentTextChanged, this, &NewContainerWizard::revalidate);
    return page;
}

QWizardPage *NewContainerWizard::makeNamePage() {
    auto *page = new CheckedPage([this] { return problem(NamePage); });
    page->setTitle(tr("Name and summary"));
    page->setSubTitle(tr("Check what will be created."));
    // Past this page the container is being made; Back would not undo it.
    page->setCommitPage(true);

    m_name = new QLineEdit(QStringLiteral("container1"));
    m_name->setAccessibleName(tr("Container name"));
    m_nameReason = reasonLabel(QStringLiteral("nameReason"));
    m_start = new QCheckBox(tr("&Start the container when it is created"));
    m_start->setAccessibleName(tr("Start the container when it is created"));
    m_start->setChecked(true);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_xmlPreview = new QPlainTextEdit;
    m_xmlPreview->setReadOnly(true);
    m_xmlPreview->setAccessibleName(tr("Configuration (XML)"));
    m_xmlPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameReason);
    form->addRow(QString(), m_start);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Configuration:")));
    layout->addWidget(m_xmlPreview, 1);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &NewContainerWizard::revalidate);
    connect(m_start, &QCheckBox::toggled, this, &NewContainerWizard::updateSummary);
    return page;
}

QWizardPage *NewContainerWizard::makeProgressPage() {
    auto *page = new RunPage([this] { startCreation(); }, [this] { return m_finished; });
    page->setTitle(tr("Creating the container"));
    page->setSubTitle(tr("Cancel stops it and removes what was made so far."));
    page->setFinalPage(true);

    m_step = new QLabel;
    m_step->setObjectName(QStringLiteral("step"));
    m_step->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Progress"));
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Creation log"));
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000);
    m_outcome = new QLabel;
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("Change settings and &try again"));
    m_retry->setAccessibleName(tr("Change settings and try again"));
    m_retry->setVisible(false);
    connect(m_retry, &QPushButton::clicked, this, [this] { restart(); });

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    return page;
}

void NewContainerWizard::onHostInfo(const std::optional<ContainerHostInfo> &info) {
    if (info) {
        m_hostInfo = *info;
        m_hostInfoState = HostInfoState::Loaded;
    } else {
        m_hostInfoState = HostInfoState::Failed;
    }
    for (const QString &n : m_hostInfo.networks)
        m_network->addItem(n, n);
    const int preferred = m_network->findData(QStringLiteral("default"));
    if (preferred >= 0)
        m_network->setCurrentIndex(preferred);
    const QString typedBridge = m_bridge->currentText();
    m_bridge->addItems(m_hostInfo.bridges);
    m_bridge->setEditText(typedBridge.isEmpty() && !m_hostInfo.bridges.isEmpty()
                              ? m_hostInfo.bridges.first()
                              : typedBridge);
    if (m_hostInfo.networks.isEmpty() && m_useNetwork->isChecked())
        (m_hostInfo.bridges.isEmpty() ? m_useNoNetwork : m_useBridge)->setChecked(true);
    // A free default name, unless the user has typed one.
    if (!m_nameEdited) {
        for (int i = 1;; ++i) {
            const QString candidate = QStringLiteral("container%1").arg(i);
            if (!m_hostInfo.guestNames.contains(candidate)) {
                m_name->setText(candidate);
                break;
            }
        }
    }
    revalidate();
}

QString NewContainerWizard::commandProblem() const {
    if (!m_application->isChecked())
        return {};
    const QString command = m_command->text().trimmed();
    if (command.isEmpty())
        return tr("Enter the program to run, e.g. /bin/sh.");
    if (!QDir::isAbsolutePath(command))
        return tr("Enter the full path of the program, e.g. /bin/sh.");
    // An application container sees the host's files, so a local path can be checked here.
    if (m_localHost) {
        const QFileInfo info(command);
        if (!info.exists())
            return tr("%1 does not exist on this host.").arg(command);
        if (info.isDir() || !info.isExecutable())
            return tr("%1 is not a program that can be run.").arg(command);
    }
    return {};
}

QString NewContainerWizard::rootfsProblem() const {
    if (!m_osContainer->isChecked())
        return {};
    const QString path = m_rootfs->text().trimmed();
    if (m_bootstrap->isChecked()) {
        if (m_debootstrapProgram.isEmpty())
            return tr("debootstrap is not installed on this computer (apt install debootstrap).");
        return RootfsBootstrap::checkTarget(path);
    }
    if (path.isEmpty())
        return tr("Choose the folder that holds the container's root file system.");
    if (!QDir::isAbsolutePath(path))
        return tr("Enter a full path starting with \"/\".");
    if (QDir::cleanPath(path) == QLatin1String("/"))
        return tr("That is the host's own root. To share the host's files, choose an "
                  "application container.");
    if (!m_localHost)
        return {}; // on another machine: libvirt checks it when the container starts
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 does not exist.").arg(path);
    if (!info.isDir())
        return tr("%1 is not a folder.").arg(path);
    // An absolute symbolic link points into the container's tree, not the host's: its
    // presence is enough.
    const QFileInfo init(QDir(path).filePath(QStringLiteral("sbin/init")));
    if (!init.exists() && !init.isSymLink())
        return tr("%1 has no /sbin/init, which an operating system container starts first.")
            .arg(path);
    return {};
}

QString NewContainerWizard::mirrorProblem() const {
    if (!m_osContainer->isChecked() || !m_bootstrap->isChecked())
        return {};
    return RootfsBootstrap::checkMirror(m_mirror->text());
}

QString NewContainerWizard::memoryProblem() const {
    const quint64 mib = quint64(m_memory->value());
    if (mib < ContainerXmlBuilder::minimumMemoryMiB)
        return tr("Give the container at least %1 MiB.").arg(ContainerXmlBuilder::minimumMemoryMiB);
    const quint64 hostMiB = m_connection->facts().memoryKiB / 1024;
    if (hostMiB > 0 && mib > hostMiB)
        return tr("This host has only %1 of memory.")
            .arg(QLocale().formattedDataSize(qint64(hostMiB) * 1024 * 1024));
    return {};
}

QString NewContainerWizard::cpuProblem() const {
    if (m_cpuShares->value() < ContainerXmlBuilder::minimumCpuShares)
        return tr("The CPU weight must be at least %1.").arg(ContainerXmlBuilder::minimumCpuShares);
    return {};
}

QString NewContainerWizard::networkProblem() const {
    if (m_useNetwork->isChecked()) {
        if (m_hostInfoState == HostInfoState::Loading)
            return tr("Looking up this host's virtual networks…");
        if (m_network->count() == 0)
            return m_hostInfoState == HostInfoState::Failed
                       ? tr("The host's networks could not be listed (not connected). Choose "
                            "a bridge or no network.")
                       : tr("This host has no virtual networks. Choose a bridge or no network.");
    } else if (m_useBridge->isChecked()) {
        static const QRegularExpression deviceName(QStringLiteral("^[^\\s/:]{1,15}$"));
        const QString bridge = m_bridge->currentText().trimmed();
        if (bridge.isEmpty())
            return tr("Enter the name of a bridge on the host, e.g. br0.");
        if (!deviceName.match(bridge).hasMatch())
            return tr("\"%1\" is not a device name: at most 15 characters, without spaces, "
                      "\"/\" or \":\".")
                .arg(bridge);
    }
    return {};
}

QString NewContainerWizard::nameProblem() const {
    const QString name = m_name->text();
    QString reason;
    if (!ContainerXmlBuilder::validName(name, &reason))
        return reason;
    if (m_hostInfo.guestNames.contains(name))
        return tr("A guest named %1 already exists on this host.").arg(name);
    return {};
}

QString NewContainerWizard::problem(int pageId) const {
    switch (pageId) {
    case TypePage:
        return firstOf({commandProblem(), rootfsProblem(), mirrorProblem()});
    case ResourcesPage:
        return firstOf({memoryProblem(), cpuProblem()});
    case NetworkPage:
        return networkProblem();
    case NamePage:
        return nameProblem();
    default:
        return {};
    }
}

void NewContainerWizard::revalidate() {
    const bool os = m_osContainer->isChecked();
    const bool bootstrap = os && m_bootstrap->isChecked();
    m_applicationGroup->setEnabled(!os);
    m_osGroup->setEnabled(os);
    m_release->setEnabled(bootstrap);
    m_mirror->setEnabled(bootstrap);
    m_network->setEnabled(m_useNetwork->isChecked());
    m_bridge->setEnabled(m_useBridge->isChecked());

    showReason(m_commandReason, commandProblem());
    showReason(m_rootfsReason, rootfsProblem());
    showReason(m_mirrorReason, mirrorProblem());
    showReason(m_memoryReason, memoryProblem());
    showReason(m_cpuReason, cpuProblem());
    showReason(m_networkReason, networkProblem());
    showReason(m_nameReason, nameProblem());

    QString note;
    if (m_useNetwork->isChecked() && m_hostInfo.inactiveNetworks.contains(m_network->currentText()))
        note = tr("The network %1 is not running; the container cannot start until it is.")
                   .arg(m_network->currentText());
    else if (m_useNoNetwork->isChecked())
        note = tr("The container gets a network of its own with only loopback in it.");
    if (!m_hostInfo.error.isEmpty() && m_useNetwork->isChecked())
        note = firstOf({note, tr("Some lists may be incomplete: %1").arg(m_hostInfo.error)});
    m_networkNote->setText(note);
    m_networkNote->setVisible(!note.isEmpty());

    for (int id : {TypePage, ResourcesPage, NetworkPage, NamePage})
        static_cast<CheckedPage *>(page(id))->recheck();
    if (currentId() == NamePage)
        updateSummary();
}

ContainerSpec NewContainerWizard::spec() const {
    ContainerSpec s;
    s.name = m_name->text();
    s.kind = m_osContainer->isChecked() ? ContainerSpec::Kind::OsContainer
                                        : ContainerSpec::Kind::Application;
    s.command = m_command->text().trimmed();
    s.arguments = QProcess::splitCommand(m_arguments->text());
    if (s.kind == ContainerSpec::Kind::OsContainer) {
        s.rootfsPath = QDir::cleanPath(m_rootfs->text().trimmed());
        s.createRootfs = m_bootstrap->isChecked();
        s.release = m_release->currentData().toString();
        s.mirror = m_mirror->text().trimmed();
    }
    s.memoryMiB = quint64(m_memory->value());
    s.cpuShares = m_cpuShares->value();
    if (m_useNetwork->isChecked()) {
        s.network = ContainerSpec::Network::VirtualNetwork;
        s.networkName = m_network->currentText();
    } else if (m_useBridge->isChecked()) {
        s.network = ContainerSpec::Network::Bridge;
        s.bridgeName = m_bridge->currentText().trimmed();
    } else {
        s.network = ContainerSpec::Network::None;
    }
    s.startAfterCreation = m_start->isChecked();
    return s;
}

void NewContainerWizard::updateSummary() {
    const ContainerSpec s = spec();
    QStringList lines;
    if (s.kind == ContainerSpec::Kind::Application)
        lines << tr("Runs %1 in this host's files.")
                     .arg((QStringList{s.command} + s.arguments).join(QLatin1Char(' ')));
    else if (s.createRootfs)
        lines << tr("Boots Debian %1, made with debootstrap in %2 (about 150 MB download).")
                     .arg(s.release, s.rootfsPath);
    else
        lines << tr("Boots the system in %1.").arg(s.rootfsPath);
    lines << tr("Memory limit %1, CPU weight %2.")
                 .arg(QLocale().formattedDataSize(qint64(s.memoryMiB) * 1024 * 1024))
                 .arg(s.cpuShares);
    switch (s.network) {
    case ContainerSpec::Network::VirtualNetwork:
        lines << tr("Network: virtual network %1.").arg(s.networkName);
        break;
    case ContainerSpec::Network::Bridge:
        lines << tr("Network: host bridge %1.").arg(s.bridgeName);
        break;
    case ContainerSpec::Network::None:
        lines << tr("Network: none.");
        break;
    }
    if (s.startAfterCreation)
        lines << tr("Starts once created.");
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_xmlPreview->setPlainText(ContainerXmlBuilder::build(s));
}

void NewContainerWizard::browseRootfs() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Root file system folder"), m_rootfs->text());
    if (!dir.isEmpty())
        m_rootfs->setText(dir);
}

void NewContainerWizard::startCreation() {
    m_finished = false;
    m_lastResult = JobResult();
    m_logLinesShown = 0;
    m_log->clear();
    m_outcome->clear();
    m_retry->setVisible(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_step->setText(tr("Starting…"));
    button(QWizard::CancelButton)->setEnabled(true);

    const ContainerSpec s = spec();
    m_control = m_connection->runJob(
        [s](virConnectPtr c, JobControl &control) {
            return ContainerCreator::create(c, s, control);
        },
        this, [this](const JobResult &result) { onJobFinished(result); });
    m_poll.start();
}

void NewContainerWizard::pollJob() {
    if (!m_control)
        return;
    const double fraction = m_control->fraction();
    if (fraction < 0) {
        m_progress->setRange(0, 0); // length unknown: busy indicator
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(fraction * 1000));
    }
    if (!m_closeWhenDone && !m_control->step().isEmpty())
        m_step->setText(m_control->step());
    const QStringList lines = m_control->logLines();
    for (; m_logLinesShown < lines.size(); ++m_logLinesShown)
        m_log->appendPlainText(lines.at(m_logLinesShown));
}

void NewContainerWizard::onJobFinished(const JobResult &result) {
    pollJob(); // the last log lines
    m_poll.stop();
    m_control.reset();
    m_finished = true;
    m_lastResult = result;
    m_progress->setRange(0, 1000);
    button(QWizard::CancelButton)->setEnabled(false);

    if (result.ok && !result.items.isEmpty()) {
        const JobItem &item = result.items.first();
        m_progress->setValue(1000);
        m_step->setText(tr("Done"));
        m_outcome->setText(item.error.isNull()
                               ? tr("%1 was created.").arg(item.name)
                               : tr("%1 was created, but it could not be started.\n%2\n%3")
                                     .arg(item.name, item.error.explanation(), item.error.hint()));
        Q_EMIT containerCreated(item.uuid, item.name);
    } else if (result.cancelled) {
        m_step->setText(tr("Cancelled"));
        m_outcome->setText(tr("Creation was cancelled; what had been made was removed."));
        m_retry->setVisible(true);
    } else {
        m_step->setText(result.error.title());
        m_outcome->setText(QStringList{result.error.explanation(), result.error.hint()}
                               .join(QLatin1Char('\n'))
                               .trimmed());
        m_retry->setVisible(true);
    }
    m_outcome->setAccessibleName(m_outcome->text());
    static_cast<RunPage *>(page(ProgressPage))->recheck();
    Q_EMIT creationFinished(result);
    if (m_closeWhenDone)
        QWizard::reject();
}

void NewContainerWizard::reject() {
    if (!m_control) {
        QWizard::reject();
        return;
    }
    // Closing now would leave half a container; wait for the job to undo its work.
    m_closeWhenDone = true;
    m_control->cancel();
    m_step->setText(tr("Cancelling and removing what was made…"));
    button(QWizard::CancelButton)->setEnabled(false);
}
