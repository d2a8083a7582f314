// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "job.h"
#include "templatedeployer.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

class Connection;
class FieldMessage;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QTreeWidget;

// "Many from a template": guests named by a pattern (web-{01..20}), each a clone of one
// shut-off template, optionally with a host name and a fixed address set by cloud-init.
// The form checks everything as you type; the run shows one row per guest, keeps the guests
// that were made when others fail, and Cancel stops after the guest being made.
class TemplateDialog : public QDialog {
    Q_OBJECT
public:
    TemplateDialog(Connection *connection, const QString &templateUuid, const QString &templateName,
                   QWidget *parent = nullptr);
    ~TemplateDialog() override;

    // The names the pattern gives now (empty when it is unusable).
    QStringList names() const;
    // Of those, the ones the host already has.
    QStringList takenNames() const;
    TemplateRequest request() const;
    // Why Create is disabled; empty when it is enabled.
    QString problem() const;
    // The host's guest names and the template's check have arrived.
    bool isLoaded() const;
    bool isRunning() const { return m_control != nullptr; }
    const std::optional<JobResult> &result() const { return m_result; }

    QLineEdit *patternEdit() const { return m_pattern; }
    QSpinBox *countBox() const { return m_count; }
    QLabel *previewLabel() const { return m_preview; }
    FieldMessage *patternMessage() const { return m_patternMessage; }
    QRadioButton *linkedButton() const { return m_linked; }
    QRadioButton *fullButton() const { return m_full; }
    FieldMessage *templateStateLine() const { return m_templateState; }
    QCheckBox *cloudInitBox() const { return m_cloudInit; }
    QLineEdit *addressEdit() const { return m_address; }
    FieldMessage *addressMessage() const { return m_addressMessage; }
    QLineEdit *gatewayEdit() const { return m_gateway; }
    FieldMessage *gatewayMessage() const { return m_gatewayMessage; }
    QLineEdit *dnsEdit() const { return m_dns; }
    FieldMessage *dnsMessage() const { return m_dnsMessage; }
    QCheckBox *startBox() const { return m_start; }
    QPushButton *createButton() const { return m_createButton; }
    QTreeWidget *guestTable() const { return m_table; }
    QProgressBar *progressBar() const { return m_bar; }
    QLabel *outcomeLabel() const { return m_outcome; }

    // Columns of guestTable().
    enum Column { NameColumn, StatusColumn, DetailColumn };

    // Makes the guests, when Create is enabled.
    void start();
    // Stops after the guest being made; the window stays to show what was made.
    void cancel();
    void reject() override;

Q_SIGNALS:
    // The run ended: one item per name (hides QDialog::finished(int), which still fires).
    void finished(const JobResult &result);
    // The host's guest names and the template's check were (re)read.
    void loaded();

private:
    struct Checks;
    enum class RowState { Waiting, Creating, Done, Failed, NotMade };

    void refresh();
    void revalidate();
    void updateTemplateState();
    QString patternProblem() const;
    QString addressProblem() const;
    QString gatewayProblem() const;
    QString dnsProblem() const;
    QStringList dnsServers() const;
    void poll();
    void done(const JobResult &result);
    void setRow(int row, RowState state, const QString &detail);

    Connection *m_connection;
    QString m_templateUuid;
    QString m_templateName;
    std::unique_ptr<Checks> m_checks;
    int m_refreshGeneration = 0;
    bool m_xorrisoMissing = false;
    QString m_xorrisoHint;

    std::shared_ptr<JobControl> m_control;
    std::optional<JobResult> m_result;
    QStringList m_runNames;
    QVector<RowState> m_rowStates;
    int m_logShown = 0;
    int m_itemsShown = 0;

    QStackedWidget *m_pages;
    QLineEdit *m_pattern;
    QSpinBox *m_count;
    QLabel *m_countLabel;
    QLabel *m_preview;
    FieldMessage *m_patternMessage;
    QRadioButton *m_linked;
    QRadioButton *m_full;
    FieldMessage *m_templateState;
    QCheckBox *m_cloudInit;
    QLineEdit *m_address;
    FieldMessage *m_addressMessage;
    QLineEdit *m_gateway;
    FieldMessage *m_gatewayMessage;
    QLineEdit *m_dns;
    FieldMessage *m_dnsMessage;
    QCheckBox *m_start;
    QLabel *m_problem;
    QLabel *m_step;
    QProgressBar *m_bar;
    QTreeWidget *m_table;
    QPlainTextEdit *m_log;
    QLabel *m_outcome;
    QPushButton *m_createButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    QTimer *m_timer;
    QTimer *m_refreshTimer;
};
