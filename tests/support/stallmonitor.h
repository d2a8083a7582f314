// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the thread it lives on (the GUI thread) goes without serving its event
// loop: a short timer that should fire every few milliseconds, and the longest gap seen.
class StallMonitor : public QObject {
    Q_OBJECT
public:
    explicit StallMonitor(int periodMs = 2, QObject *parent = nullptr);
    void start();
    void stop() { m_timer.stop(); }
    void reset();
    // Longest time between two ticks beyond the period, in milliseconds.
    double maxStallMs() const { return m_maxStallNs / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxStallNs = 0;
    qint64 m_ticks = 0;
    int m_periodMs;
};
