// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QApplication>

#include <atomic>

// The benchmarks' application object: adds up the time the GUI thread spends handling
// events (outermost deliveries only), which is the GUI-thread time the benchmarks report.
class BusyMeter : public QApplication {
public:
    BusyMeter(int &argc, char **argv);
    static BusyMeter *instance() { return s_instance; }
    qint64 busyNs() const { return m_busyNs; }
    bool notify(QObject *receiver, QEvent *event) override;

private:
    static BusyMeter *s_instance;
    qint64 m_busyNs = 0;
    int m_depth = 0;
};
