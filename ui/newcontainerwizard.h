// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "containerhostinfo.h"
#include "containerspec.h"
#include "job.h"

#include <QTimer>
#include <QWizard>

#include <memory>
#include <optional>

class Connection;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWizardPage;

// "New container" for an LXC host: the kind (one application in the host's files, or a whole
// OS from a root file system folder, optionally made with debootstrap), memory and CPU weight,
// network, name. Every field says what is wrong with it as you type; creation then runs off
// the GUI thread with its log, progress and Cancel on the last page.
class NewContainerWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { TypePage, ResourcesPage, NetworkPage, NamePage, ProgressPage };

    explicit NewContainerWizard(Connection *connection, QWidget *parent = nullptr);
    ~NewContainerWizard() override;

    // What would be created with the fields as they are.
    ContainerSpec spec() const;
    // Why the page cannot be left with Next, or empty.
    QString problem(int pageId) const;
    bool hostInfoLoaded() const { return m_hostInfoState != HostInfoState::Loading; }
    bool isRunning() const { return m_control != nullptr; }
    JobResult lastResult() const { return m_lastResult; }

    QRadioButton *applicationButton() const { return m_application; }
    QRadioButton *osContainerButton() const { return m_osContainer; }
    QLineEdit *commandEdit() const { return m_command; }
    QLineEdit *argumentsEdit() const { return m_arguments; }
    QRadioButton *existingRootfsButton() const { return m_existingRootfs; }
    QRadioButton *bootstrapButton() const { return m_bootstrap; }
    QLineEdit *rootfsEdit() const { return m_rootfs; }
    QComboBox *releaseBox() const { return m_release; }
    QLineEdit *mirrorEdit() const { return m_mirror; }
    QSpinBox *memoryBox() const { return m_memory; }
    QSpinBox *cpuWeightBox() const { return m_cpuShares; }
    QRadioButton *virtualNetworkButton() const { return m_useNetwork; }
    QRadioButton *bridgeButton() const { return m_useBridge; }
    QRadioButton *noNetworkButton() const { return m_useNoNetwork; }
    QComboBox *networkBox() const { return m_network; }
    QComboBox *bridgeBox() const { return m_bridge; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *startBox() const { return m_start; }
    QPlainTextEdit *logView() const { return m_log; }

public Q_SLOTS:
    // While creating: cancels and closes once what was made is removed again.
    void reject() override;

Q_SIGNALS:
    // The container exists now (even when it could not be started).
    void containerCreated(const QString &uuid, const QString &name);
    // Every run ends here: created, failed or cancelled.
    void creationFinished(const JobResult &result);

private:
    enum class HostInfoState { Loading, Loaded, Failed };

    QWizardPage *makeTypePage();
    QWizardPage *makeResourcesPage();
    QWizardPage *makeNetworkPage();
    QWizardPage *makeNamePage();
    QWizardPage *makeProgressPage();
    void onHostInfo(const std::optional<ContainerHostInfo> &info);
    void revalidate();
    void updateSummary();
    void browseRootfs();

    QString commandProblem() const;
    QString rootfsProblem() const;
    QString mirrorProblem() const;
    QString memoryProblem() const;
    QString cpuProblem() const;
    QString networkProblem() const;
    QString nameProblem() const;

    void startCreation();
    void pollJob();
    void onJobFinished(const JobResult &result);

    Connection *m_connection;
    bool m_localHost = true;
    QString m_debootstrapProgram;
    HostInfoState m_hostInfoState = HostInfoState::Loading;
    ContainerHostInfo m_hostInfo;
    bool m_nameEdited = false;

    QRadioButton *m_application = nullptr;
    QRadioButton *m_osContainer = nullptr;
    QWidget *m_applicationGroup = nullptr;
    QWidget *m_osGroup = nullptr;
    QLineEdit *m_command = nullptr;
    QLabel *m_commandReason = nullptr;
    QLineEdit *m_arguments = nullptr;
    QRadioButton *m_existingRootfs = nullptr;
    QRadioButton *m_bootstrap = nullptr;
    QLabel *m_bootstrapNote = nullptr;
    QLineEdit *m_rootfs = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_rootfsReason = nullptr;
    QComboBox *m_release = nullptr;
    QLineEdit *m_mirror = nullptr;
    QLabel *m_mirrorReason = nullptr;

    QSpinBox *m_memory = nullptr;
    QLabel *m_memoryReason = nullptr;
    QSpinBox *m_cpuShares = nullptr;
    QLabel *m_cpuReason = nullptr;

    QRadioButton *m_useNetwork = nullptr;
    QRadioButton *m_useBridge = nullptr;
    QRadioButton *m_useNoNetwork = nullptr;
    QComboBox *m_network = nullptr;
    QComboBox *m_bridge = nullptr;
    QLabel *m_networkReason = nullptr;
    QLabel *m_networkNote = nullptr;

    QLineEdit *m_name = nullptr;
    QLabel *m_nameReason = nullptr;
    QCheckBox *m_start = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_xmlPreview = nullptr;

    QLabel *m_step = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_retry = nullptr;

    std::shared_ptr<JobControl> m_control;
    QTimer m_poll;
    int m_logLinesShown = 0;
    bool m_closeWhenDone = false;
    bool m_finished = false;
    JobResult m_lastResult;
};
