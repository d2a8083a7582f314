// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alertmonitor.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

// Fields for one set of alert rules (CPU above X % for Y s, memory above Z %).
class AlertRulesEdit : public QWidget {
    Q_OBJECT
public:
    explicit AlertRulesEdit(QWidget *parent = nullptr);
    void setRules(const AlertRules &rules);
    AlertRules rules() const;

private:
    QCheckBox *m_cpu;
    QDoubleSpinBox *m_cpuPercent;
    QSpinBox *m_cpuSeconds;
    QCheckBox *m_memory;
    QDoubleSpinBox *m_memoryPercent;
};
