// SPDX-License-Identifier: GPL-2.0-or-later
#include "alertrulesedit.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

AlertRulesEdit::AlertRulesEdit(QWidget *parent)
    : QWidget(parent)
    , m_cpu(new QCheckBox(tr("CPU above")))
    , m_cpuPercent(new QDoubleSpinBox)
    , m_cpuSeconds(new QSpinBox)
    , m_memory(new QCheckBox(tr("Memory above")))
    , m_memoryPercent(new QDoubleSpinBox) {
    m_cpuPercent->setRange(1, 100);
    m_cpuPercent->setSuffix(QStringLiteral(" %"));
    m_cpuPercent->setAccessibleName(tr("CPU threshold"));
    m_cpuSeconds->setRange(1, 3600);
    m_cpuSeconds->setSuffix(tr(" s"));
    m_cpuSeconds->setAccessibleName(tr("CPU duration"));
    m_memoryPercent->setRange(1, 100);
    m_memoryPercent->setSuffix(QStringLiteral(" %"));
    m_memoryPercent->setAccessibleName(tr("Memory threshold"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_cpu, 0, 0);
    grid->addWidget(m_cpuPercent, 0, 1);
    grid->addWidget(new QLabel(tr("for")), 0, 2);
    grid->addWidget(m_cpuSeconds, 0, 3);
    grid->addWidget(m_memory, 1, 0);
    grid->addWidget(m_memoryPercent, 1, 1);
    grid->setColumnStretch(4, 1);
    connect(m_cpu, &QCheckBox::toggled, m_cpuPercent, &QWidget::setEnabled);
    connect(m_cpu, &QCheckBox::toggled, m_cpuSeconds, &QWidget::setEnabled);
    connect(m_memory, &QCheckBox::toggled, m_memoryPercent, &QWidget::setEnabled);
    setRules(AlertRules());
}

void AlertRulesEdit::setRules(const AlertRules &r) {
    m_cpu->setChecked(r.cpuEnabled);
    m_cpuPercent->setValue(r.cpuPercent);
    m_cpuSeconds->setValue(r.cpuSeconds);
    m_memory->setChecked(r.memoryEnabled);
    m_memoryPercent->setValue(r.memoryPercent);
    m_cpuPercent->setEnabled(r.cpuEnabled);
    m_cpuSeconds->setEnabled(r.cpuEnabled);
    m_memoryPercent->setEnabled(r.memoryEnabled);
}

AlertRules AlertRulesEdit::rules() const {
    AlertRules r;
    r.cpuEnabled = m_cpu->isChecked();
    r.cpuPercent = float(m_cpuPercent->value());
    r.cpuSeconds = m_cpuSeconds->value();
    r.memoryEnabled = m_memory->isChecked();
    r.memoryPercent = float(m_memoryPercent->value());
    return r;
}
