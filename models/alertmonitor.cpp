// SPDX-License-Identifier: GPL-2.0-or-later
#include "alertmonitor.h"

#include "connection.h"
#include "domainlistmodel.h"

#include <QSettings>

#include <cmath>

namespace {

void writeRules(QSettings &s, const AlertRules &r) {
    s.setValue(QStringLiteral("cpuEnabled"), r.cpuEnabled);
    s.setValue(QStringLiteral("cpuPercent"), r.cpuPercent);
    s.setValue(QStringLiteral("cpuSeconds"), r.cpuSeconds);
    s.setValue(QStringLiteral("memoryEnabled"), r.memoryEnabled);
    s.setValue(QStringLiteral("memoryPercent"), r.memoryPercent);
}

AlertRules readRules(const QSettings &s) {
    AlertRules r;
    r.cpuEnabled = s.value(QStringLiteral("cpuEnabled"), r.cpuEnabled).toBool();
    r.cpuPercent = s.value(QStringLiteral("cpuPercent"), r.cpuPercent).toFloat();
    r.cpuSeconds = s.value(QStringLiteral("cpuSeconds"), r.cpuSeconds).toInt();
    r.memoryEnabled = s.value(QStringLiteral("memoryEnabled"), r.memoryEnabled).toBool();
    r.memoryPercent = s.value(QStringLiteral("memoryPercent"), r.memoryPercent).toFloat();
    return r;
}

} // namespace

AlertMonitor::AlertMonitor(DomainListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model) {
    connect(model, &DomainListModel::statisticsUpdated, this, &AlertMonitor::evaluate);
}

void AlertMonitor::setEnabled(bool enabled) {
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        clearAll();
}

void AlertMonitor::setGlobalRules(const AlertRules &rules) {
    m_global = rules;
}

std::optional<AlertRules> AlertMonitor::guestRules(const QString &uuid) const {
    const auto it = m_perGuest.constFind(uuid);
    return it == m_perGuest.cend() ? std::nullopt : std::optional<AlertRules>(*it);
}

void AlertMonitor::setGuestRules(const QString &uuid, const std::optional<AlertRules> &rules) {
    if (rules)
        m_perGuest.insert(uuid, *rules);
    else
        m_perGuest.remove(uuid);
}

void AlertMonitor::load() {
    QSettings s;
    s.beginGroup(QStringLiteral("alerts"));
    m_enabled = s.value(QStringLiteral("enabled"), false).toBool();
    s.beginGroup(QStringLiteral("global"));
    m_global = readRules(s);
    s.endGroup();
    s.beginGroup(QStringLiteral("guests"));
    const QStringList uuids = s.childGroups();
    for (const QString &uuid : uuids) {
        s.beginGroup(uuid);
        m_perGuest.insert(uuid, readRules(s));
        s.endGroup();
    }
}

void AlertMonitor::save() const {
    QSettings s;
    s.remove(QStringLiteral("alerts"));
    s.beginGroup(QStringLiteral("alerts"));
    s.setValue(QStringLiteral("enabled"), m_enabled);
    s.beginGroup(QStringLiteral("global"));
    writeRules(s, m_global);
    s.endGroup();
    s.beginGroup(QStringLiteral("guests"));
    for (auto it = m_perGuest.cbegin(); it != m_perGuest.cend(); ++it) {
        s.beginGroup(it.key());
        writeRules(s, it.value());
        s.endGroup();
    }
}

void AlertMonitor::evaluate(Connection *connection) {
    if (!m_enabled)
        return;
    const QModelIndex host = m_model->hostIndex(connection);
    const int rows = m_model->rowCount(host);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex index = m_model->index(r, 0, host);
        const DomainInfo *guest = m_model->guestAt(index);
        const GuestHistory *history = guest ? m_model->history(connection, guest->uuid) : nullptr;
        if (!history)
            continue;
        const auto own = m_perGuest.constFind(guest->uuid);
        const AlertRules &rules = own == m_perGuest.cend() ? m_global : *own;
        GuestState &state = m_state[guest->uuid];

        const float cpu = history->cpu.latest();
        const bool hotCpu = rules.cpuEnabled && !std::isnan(cpu) && cpu >= rules.cpuPercent;
        state.hotCpuSamples = hotCpu ? state.hotCpuSamples + 1 : 0;
        const int needed = std::max(
            1, int(std::ceil(rules.cpuSeconds * 1000.0 / std::max(1, history->intervalMs))));
        const float memory = history->memory.latest();

        QString text;
        if (state.hotCpuSamples >= needed)
            text = tr("CPU above %1 % for %2 s")
                       .arg(double(rules.cpuPercent), 0, 'f', 0)
                       .arg(rules.cpuSeconds);
        if (rules.memoryEnabled && !std::isnan(memory) && memory >= rules.memoryPercent) {
            const QString m = tr("memory %1 % full").arg(double(memory), 0, 'f', 0);
            text = text.isEmpty() ? m : text + QStringLiteral("; ") + m;
        }
        if (text == state.text)
            continue;
        const bool raised = state.text.isEmpty();
        state.text = text;
        m_model->setGuestAlert(connection, guest->uuid, text);
        if (text.isEmpty())
            Q_EMIT alertCleared(connection, guest->uuid);
        else if (raised)
            Q_EMIT alertRaised(connection, guest->uuid, guest->name, text);
    }
}

void AlertMonitor::clearAll() {
    for (auto it = m_state.begin(); it != m_state.end(); ++it) {
        if (it->text.isEmpty())
            continue;
        it->text.clear();
        for (int h = 0; h < m_model->rowCount(); ++h) {
            Connection *c = m_model->connectionAt(m_model->index(h, 0));
            m_model->setGuestAlert(c, it.key(), QString());
        }
    }
    m_state.clear();
}
