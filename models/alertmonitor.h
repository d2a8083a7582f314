// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

class Connection;
class DomainListModel;

// When a guest deserves attention: CPU above a share for a while, memory nearly full.
struct AlertRules {
    bool cpuEnabled = true;
    float cpuPercent = 90.0f;
    int cpuSeconds = 60;
    bool memoryEnabled = true;
    float memoryPercent = 95.0f;

    friend bool operator==(const AlertRules &a, const AlertRules &b) {
        return a.cpuEnabled == b.cpuEnabled && a.cpuPercent == b.cpuPercent &&
               a.cpuSeconds == b.cpuSeconds && a.memoryEnabled == b.memoryEnabled &&
               a.memoryPercent == b.memoryPercent;
    }
};

// Watches every statistics tick of the manager's model against the alert rules (global, or
// a guest's own) and marks guests whose figures cross them. Off by default. Costs O(guests)
// per tick: it keeps a running count of consecutive hot samples instead of rescanning.
class AlertMonitor : public QObject {
    Q_OBJECT
public:
    explicit AlertMonitor(DomainListModel *model, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    AlertRules globalRules() const { return m_global; }
    void setGlobalRules(const AlertRules &rules);
    std::optional<AlertRules> guestRules(const QString &uuid) const;
    // nullopt: the guest follows the global rules.
    void setGuestRules(const QString &uuid, const std::optional<AlertRules> &rules);

    void load();
    void save() const;

    // Current alert text of a guest, empty when none.
    QString alertText(const QString &uuid) const { return m_state.value(uuid).text; }

Q_SIGNALS:
    void alertRaised(Connection *connection, const QString &uuid, const QString &guestName,
                     const QString &text);
    void alertCleared(Connection *connection, const QString &uuid);

private:
    struct GuestState {
        int hotCpuSamples = 0;
        QString text;
    };
    void evaluate(Connection *connection);
    void clearAll();

    DomainListModel *m_model;
    bool m_enabled = false;
    AlertRules m_global;
    QHash<QString, AlertRules> m_perGuest;
    QHash<QString, GuestState> m_state;
};
