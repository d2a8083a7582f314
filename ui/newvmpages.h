// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "job.h"
#include "newguestspec.h"
#include "osdatabase.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>
#include <optional>

class FieldMessage;
class NewVmWizard;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

// Every page says why Next is disabled, in a line at its foot, whenever it is.
class NewVmPage : public QWizardPage {
    Q_OBJECT
public:
    explicit NewVmPage(NewVmWizard *wizard);
    // Why the page cannot be left, or empty.
    virtual QString problem() const = 0;
    bool isComplete() const override { return problem().isEmpty(); }

protected:
    // Recomputes the field messages and the page's problem line.
    void revalidate();
    virtual void updateMessages() {}
    void addProblemLine(class QBoxLayout *layout);
    NewVmWizard *vmWizard() const { return m_wizard; }

private:
    NewVmWizard *m_wizard;
    QLabel *m_problem = nullptr;
};

// 1. How the system gets installed: ISO or CD, network install tree, existing disk, PXE,
// or nothing.
class NewVmMethodPage : public NewVmPage {
    Q_OBJECT
public:
    explicit NewVmMethodPage(NewVmWizard *wizard);
    NewGuestSpec::InstallMethod method() const;
    void setMethod(NewGuestSpec::InstallMethod method);
    QString mediaPath() const;
    QString treeUrl() const;
    QString importPath() const;
    QString importFormat() const; // "qcow2" or "raw", read from the file when it is local
    QString problem() const override;

    QLineEdit *mediaEdit() const { return m_media; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *importEdit() const { return m_import; }
    FieldMessage *mediaMessage() const { return m_mediaMessage; }
    FieldMessage *urlMessage() const { return m_urlMessage; }
    FieldMessage *importMessage() const { return m_importMessage; }

protected:
    void updateMessages() override;

private:
    QString mediaProblem() const;
    QString urlProblem() const;
    QString importProblem() const;
    bool hostIsLocal() const;
    QButtonGroup *m_methods;
    QLineEdit *m_media;
    QLineEdit *m_url;
    QLineEdit *m_import;
    QPushButton *m_mediaBrowse;
    QPushButton *m_importBrowse;
    FieldMessage *m_mediaMessage;
    FieldMessage *m_urlMessage;
    FieldMessage *m_importMessage;
    QLabel *m_host;
};

// 2. The operating system: detected from the media or tree, or searched by name.
class NewVmOsPage : public NewVmPage {
    Q_OBJECT
public:
    explicit NewVmOsPage(NewVmWizard *wizard);
    void initializePage() override;
    QString problem() const override;
    std::optional<OsInfo> chosen() const { return m_chosen; }
    void choose(const OsInfo &os);
    // Detection result, for tests: the detected OS, or the reason it was not found.
    std::optional<OsInfo> detected() const { return m_detected; }
    // Network install: the recognised tree's installer files, when it was recognised.
    std::optional<OsDatabase::TreeMatch> treeMatch() const { return m_tree; }
    // Network install: the installer's kernel and initrd in the tree, and its command line.
    struct InstallerBoot {
        QString kernel;
        QString initrd;
        QString arguments;
    };
    InstallerBoot installerBoot() const;
    bool detecting() const { return m_detecting; }

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *resultList() const { return m_results; }
    QLabel *detectionLabel() const { return m_detection; }
    QCheckBox *detectBox() const { return m_detect; }

Q_SIGNALS:
    void chosenChanged();

private:
    void search();
    void detect();
    void showChosen();
    QCheckBox *m_detect;
    QLabel *m_detection;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_chosenLabel;
    std::optional<OsInfo> m_chosen;
    std::optional<OsInfo> m_detected;
    std::optional<OsDatabase::TreeMatch> m_tree;
    QString m_detectedFor;
    bool m_detecting = false;
    int m_detectRun = 0;
};

// 3. Memory and CPUs, from libosinfo's recommendations, checked against its minimum and the
// host.
class NewVmResourcesPage : public NewVmPage {
    Q_OBJECT
public:
    explicit NewVmResourcesPage(NewVmWizard *wizard);
    void initializePage() override;
    QString problem() const override;
    qint64 memoryMiB() const;
    int cpus() const;

    QSpinBox *memoryBox() const { return m_memory; }
    QSpinBox *cpuBox() const { return m_cpus; }
    FieldMessage *memoryMessage() const { return m_memoryMessage; }
    FieldMessage *cpuMessage() const { return m_cpuMessage; }

protected:
    void updateMessages() override;

private:
    QSpinBox *m_memory;
    QSpinBox *m_cpus;
    FieldMessage *m_memoryMessage;
    FieldMessage *m_cpuMessage;
    QLabel *m_hostLabel;
    QString m_filledFor;
};

// 4. The disk: a new one in a storage pool, an existing volume or file, or none.
class NewVmStoragePage : public NewVmPage {
    Q_OBJECT
public:
    explicit NewVmStoragePage(NewVmWizard *wizard);
    void initializePage() override;
    QString problem() const override;
    NewGuestSpec::DiskChoice choice() const;
    void setChoice(NewGuestSpec::DiskChoice choice);
    QString pool() const;
    qint64 sizeBytes() const;
    QString existingPath() const;

    QComboBox *poolBox() const { return m_pool; }
    QDoubleSpinBox *sizeBox() const { return m_size; }
    QLineEdit *existingEdit() const { return m_existing; }
    FieldMessage *sizeMessage() const { return m_sizeMessage; }
    FieldMessage *poolMessage() const { return m_poolMessage; }
    FieldMessage *existingMessage() const { return m_existingMessage; }

protected:
    void updateMessages() override;

private:
    void fillPools();
    QString sizeProblem() const;
    QString existingProblem() const;
    QButtonGroup *m_choices;
    QComboBox *m_pool;
    QDoubleSpinBox *m_size;
    QLineEdit *m_existing;
    QPushButton *m_existingBrowse;
    FieldMessage *m_poolMessage;
    FieldMessage *m_sizeMessage;
    FieldMessage *m_existingMessage;
    QString m_filledFor;
};

// 5. Name, network, firmware, TPM, driver disc, and what happens after creation.
class NewVmFinishPage : public NewVmPage {
    Q_OBJECT
public:
    explicit NewVmFinishPage(NewVmWizard *wizard);
    void initializePage() override;
    QString problem() const override;
    QString name() const;
    NewGuestSpec::NetworkType networkType() const;
    QString networkSource() const;
    bool efi() const;
    bool secureBoot() const;
    bool tpm() const;
    QString virtioWinIsoPath() const;
    bool customize() const;
    bool startAfterCreation() const;

    QLineEdit *nameEdit() const { return m_name; }
    FieldMessage *nameMessage() const { return m_nameMessage; }
    QComboBox *networkBox() const { return m_network; }
    QComboBox *firmwareBox() const { return m_firmware; }
    QCheckBox *secureBootBox() const { return m_secureBoot; }
    QCheckBox *tpmBox() const { return m_tpm; }
    QLineEdit *virtioWinEdit() const { return m_virtioWin; }
    QCheckBox *customizeBox() const { return m_customize; }
    QCheckBox *startBox() const { return m_start; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    void updateMessages() override;

private:
    QString nameProblem() const;
    QString virtioWinProblem() const;
    void fillNetworks();
    void applyProfileDefaults();
    QString uniqueDefaultName() const;
    void updateSummary();
    QLineEdit *m_name;
    FieldMessage *m_nameMessage;
    QComboBox *m_network;
    QComboBox *m_firmware;
    QCheckBox *m_secureBoot;
    QCheckBox *m_tpm;
    FieldMessage *m_firmwareMessage;
    QLabel *m_virtioWinLabel;
    QLineEdit *m_virtioWin;
    FieldMessage *m_virtioWinMessage;
    QCheckBox *m_customize;
    QCheckBox *m_start;
    QLabel *m_summary;
    QString m_filledFor;
    bool m_nameEdited = false;
};

// 6. The creation itself: progress, log, Cancel; the outcome in plain words.
class NewVmProgressPage : public QWizardPage {
    Q_OBJECT
public:
    explicit NewVmProgressPage(NewVmWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool running() const { return m_control != nullptr; }
    // Cancels the running job; the wizard closes when its rollback is done.
    void cancel();
    std::optional<JobResult> result() const { return m_result; }

    QProgressBar *progressBar() const { return m_bar; }
    QLabel *stepLabel() const { return m_step; }
    QPlainTextEdit *logView() const { return m_log; }
    QLabel *outcomeLabel() const { return m_outcome; }

    // Shows the generated configuration for editing; false when the user backs out.
    // Replaced in tests.
    std::function<bool(QString *xml)> customizer;

Q_SIGNALS:
    void finished(const JobResult &result);

private:
    void start(const QString &xmlOverride);
    void poll();
    void done(const JobResult &result);
    bool editConfiguration(QString *xml);
    NewVmWizard *m_wizard;
    QProgressBar *m_bar;
    QLabel *m_step;
    QPlainTextEdit *m_log;
    QLabel *m_outcome;
    QTimer *m_timer;
    std::shared_ptr<JobControl> m_control;
    std::optional<JobResult> m_result;
    int m_logShown = 0;
    bool m_closeWhenDone = false;
};
