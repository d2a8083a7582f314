// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "statsbatch.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <vector>

class Connection;
class DomainListModel;
class QAreaSeries;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QTreeWidget;
class QValueAxis;
struct GuestHistory;

// One host at a glance: its own CPU and memory use over time, how many guests run, and which
// of them use the most.
class HostPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int HistoryLength = 300;

    HostPage(Connection *connection, DomainListModel *model, QWidget *parent = nullptr);
    ~HostPage() override;

    void addSample(const StatsBatch &batch);
    // Active guests by the latest figure in the model's histories, largest first, unknown last.
    QStringList topByCpu(int n = 10) const;
    QStringList topByMemory(int n = 10) const; // by % of assigned memory in use
    QString countsText() const;
    // False when the latest sample had no host figures: a note then stands in for the charts.
    bool showsHostUsage() const { return m_reportsUsage; }
    int sampleCount() const { return int(m_samples.size()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Metric { Cpu, Memory };
    struct Ranked {
        const DomainInfo *guest;
        const GuestHistory *history;
        float value;
    };
    struct HostSample {
        qint64 timestampMs;
        float cpuPercent;
        quint64 memoryUsedKiB;
        quint64 memoryTotalKiB;
    };
    struct Graph {
        QChartView *view = nullptr;
        QChart *chart = nullptr;
        QLineSeries *line = nullptr;  // drawn on top of the area
        QLineSeries *upper = nullptr; // the area's edge: same points, not drawn itself
        QAreaSeries *area = nullptr;
        QValueAxis *x = nullptr;
        QValueAxis *y = nullptr;
        int colour = 0;
    };

    void buildGraph(Graph &graph, const QString &accessibleName, int colour);
    QTreeWidget *buildTable(const QStringList &headers, const QString &accessibleName);
    const std::vector<Ranked> &rank(Metric metric, int n) const;
    QStringList names(Metric metric, int n) const;
    void refreshSummary();
    void refreshGraphs();
    void restyle();

    QPointer<Connection> m_connection;
    QPointer<DomainListModel> m_model;
    std::deque<HostSample> m_samples;
    qint64 m_intervalMs = 1000;
    int m_hostCpus = 0;
    bool m_reportsUsage = true;
    mutable std::vector<Ranked> m_ranked; // reused: ranking each tick allocates nothing new
    QLabel *m_counts = nullptr;
    QWidget *m_graphs = nullptr;
    QLabel *m_noUsage = nullptr;
    Graph m_cpu;
    Graph m_memory;
    QTreeWidget *m_busiest = nullptr;
    QTreeWidget *m_largest = nullptr;
    QTimer m_summaryTimer;
};
