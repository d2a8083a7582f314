// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alertmonitor.h"

#include <QDialog>

class AlertRulesEdit;
class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;

// Settings kept in QSettings and applied at once: statistics sampling and alerts.
struct Preferences {
    int statsIntervalMs = 1000;
    int historyLength = 60;
    bool sampleVisibleOnly = false; // large connections: only guests on screen / in windows
    bool alertsEnabled = false;
    AlertRules alertRules;
    bool desktopNotifications = true;

    static Preferences load();
    void save() const;
};

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QDoubleSpinBox *m_interval;
    QSpinBox *m_history;
    QCheckBox *m_visibleOnly;
    QGroupBox *m_alerts;
    AlertRulesEdit *m_rules;
    QCheckBox *m_notifications;
};
