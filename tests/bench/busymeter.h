// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QApplication>

#include <QHash>
#include <QString>

#include <atomic>

// The benchmarks' application object: adds up the time the GUI thread spends handling
// events (outermost deliveries only), which is the GUI-thread time the benchmarks report.
class BusyMeter : public QApplication {
public:
    BusyMeter(int &argc, char **argv);
    static BusyMeter *instance() { return s_instance; }
    qint64 busyNs() const { return m_busyNs; }
    bool notify(QObject *receiver, QEvent *event) override;
    // With VD_BENCH_PROFILE set: where the GUI time went, by receiver class and event type.
    void printProfile() const;

private:
    static BusyMeter *s_instance;
    qint64 m_busyNs = 0;
    int m_depth = 0;
    bool m_profile = false;
    struct Share {
        qint64 ns = 0;
        int count = 0;
    };
    QHash<QString, Share> m_shares;
};
