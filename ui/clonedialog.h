// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "deleteplan.h"
#include "job.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

class Connection;
class FieldMessage;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;

// "Clone": one shut-off guest copied under a new name, as a full copy or a linked clone.
// The form says as you type why the clone cannot be made yet; the clone runs as a job with
// progress, and Cancel undoes everything it made before the window closes.
class CloneDialog : public QDialog {
    Q_OBJECT
public:
    CloneDialog(Connection *connection, const QString &sourceUuid, const QString &sourceName,
                QWidget *parent = nullptr);
    ~CloneDialog() override;

    QString newName() const;
    bool linked() const;
    // Why Clone is disabled; empty when it is enabled.
    QString problem() const;
    // The host's guest names, the source's check and its disks have all arrived.
    bool isLoaded() const;
    bool isRunning() const { return m_control != nullptr; }
    const std::optional<JobResult> &result() const { return m_result; }

    QLineEdit *nameEdit() const { return m_name; }
    FieldMessage *nameMessage() const { return m_nameMessage; }
    QRadioButton *fullButton() const { return m_full; }
    QRadioButton *linkedButton() const { return m_linked; }
    FieldMessage *sourceStateLine() const { return m_sourceState; }
    QTreeWidget *diskList() const { return m_disks; }
    QPushButton *cloneButton() const { return m_cloneButton; }
    QProgressBar *progressBar() const { return m_bar; }
    QLabel *stepLabel() const { return m_step; }
    QPlainTextEdit *logView() const { return m_log; }
    QLabel *outcomeLabel() const { return m_outcome; }

    // Clones with the form's choices, when Clone is enabled.
    void start();
    // Cancels a running clone; the window closes once what was made is removed.
    void cancel();
    void reject() override;

Q_SIGNALS:
    // The clone exists on the host.
    void cloned(const QString &uuid, const QString &name);
    // The host's facts were (re)read: names, the source's check, its disks.
    void loaded();

private:
    struct Checks;

    void refresh();
    void onPlan(int requestId, const DeletePlan &plan);
    void revalidate();
    void updateSourceState();
    void updateDisks();
    QString nameProblem() const;
    QString uniqueDefaultName() const;
    void poll();
    void done(const JobResult &result);
    void showForm();

    Connection *m_connection;
    QString m_sourceUuid;
    QString m_sourceName;
    std::unique_ptr<Checks> m_checks;
    std::optional<DeletePlan> m_plan;
    int m_planRequest = -1;
    int m_refreshGeneration = 0;
    bool m_nameEdited = false;

    std::shared_ptr<JobControl> m_control;
    std::optional<JobResult> m_result;
    int m_logShown = 0;
    bool m_closeWhenDone = false;

    QStackedWidget *m_pages;
    QLineEdit *m_name;
    FieldMessage *m_nameMessage;
    QRadioButton *m_full;
    QRadioButton *m_linked;
    FieldMessage *m_sourceState;
    QTreeWidget *m_disks;
    QLabel *m_problem;
    QLabel *m_step;
    QProgressBar *m_bar;
    QPlainTextEdit *m_log;
    QLabel *m_outcome;
    QPushButton *m_cloneButton;
    QPushButton *m_cancelButton;
    QPushButton *m_backButton;
    QPushButton *m_closeButton;
    QTimer *m_timer;
    QTimer *m_refreshTimer;
};
