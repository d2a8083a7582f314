// SPDX-License-Identifier: GPL-2.0-or-later
#include "preferencesdialog.h"

#include "alertrulesedit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

Preferences Preferences::load() {
    QSettings s;
    Preferences p;
    p.statsIntervalMs = s.value(QStringLiteral("stats/intervalMs"), p.statsIntervalMs).toInt();
    p.historyLength = s.value(QStringLiteral("stats/historyLength"), p.historyLength).toInt();
    p.sampleVisibleOnly =
        s.value(QStringLiteral("stats/visibleOnly"), p.sampleVisibleOnly).toBool();
    p.desktopNotifications =
        s.value(QStringLiteral("notifications/desktop"), p.desktopNotifications).toBool();
    return p;
}

void Preferences::save() const {
    QSettings s;
    s.setValue(QStringLiteral("stats/intervalMs"), statsIntervalMs);
    s.setValue(QStringLiteral("stats/historyLength"), historyLength);
    s.setValue(QStringLiteral("stats/visibleOnly"), sampleVisibleOnly);
    s.setValue(QStringLiteral("notifications/desktop"), desktopNotifications);
}

PreferencesDialog::PreferencesDialog(const Preferences &p, QWidget *parent)
    : QDialog(parent)
    , m_interval(new QDoubleSpinBox)
    , m_history(new QSpinBox)
    , m_visibleOnly(new QCheckBox(tr("On hosts with more than 200 guests, sample only the "
                                     "guests on screen and in open windows")))
    , m_alerts(new QGroupBox(tr("Alert when a guest needs attention")))
    , m_rules(new AlertRulesEdit)
    , m_notifications(new QCheckBox(tr("Show a desktop notification"))) {
    setWindowTitle(tr("Preferences"));
    m_interval->setRange(0.5, 60);
    m_interval->setSingleStep(0.5);
    m_interval->setDecimals(1);
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Statistics interval"));
    m_history->setRange(10, 3600);
    m_history->setSuffix(tr(" samples"));
    m_history->setAccessibleName(tr("History length"));
    m_visibleOnly->setAccessibleName(tr("Sample only visible guests"));

    auto *stats = new QGroupBox(tr("Statistics"));
    auto *form = new QFormLayout(stats);
    form->addRow(tr("Sample every:"), m_interval);
    form->addRow(tr("Keep in the list:"), m_history);
    form->addRow(m_visibleOnly);

    m_alerts->setCheckable(true);
    m_alerts->setAccessibleName(tr("Alerts"));
    auto *alertLayout = new QVBoxLayout(m_alerts);
    alertLayout->addWidget(m_rules);
    alertLayout->addWidget(m_notifications);
    auto *note = new QLabel(tr("Guests in alert show a red mark in the list. Rules for a single "
                               "guest are set from its context menu."));
    note->setWordWrap(true);
    alertLayout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stats);
    layout->addWidget(m_alerts);
    layout->addWidget(buttons);

    m_interval->setValue(p.statsIntervalMs / 1000.0);
    m_history->setValue(p.historyLength);
    m_visibleOnly->setChecked(p.sampleVisibleOnly);
    m_alerts->setChecked(p.alertsEnabled);
    m_rules->setRules(p.alertRules);
    m_notifications->setChecked(p.desktopNotifications);
}

Preferences PreferencesDialog::preferences() const {
    Preferences p;
    p.statsIntervalMs = int(m_interval->value() * 1000);
    p.historyLength = m_history->value();
    p.sampleVisibleOnly = m_visibleOnly->isChecked();
    p.alertsEnabled = m_alerts->isChecked();
    p.alertRules = m_rules->rules();
    p.desktopNotifications = m_notifications->isChecked();
    return p;
}
