// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "statsbatch.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <utility>
#include <vector>

class Connection;
class QChart;
class QChartView;
class QLineSeries;
class QToolButton;
class QValueAxis;
struct GuestHistory;

// One guest's live graphs: CPU, memory, disk and network on a shared time axis that ends at the
// newest sample. Keeps a longer history of its own than the manager list, seeded from it.
class PerformancePage : public QWidget {
    Q_OBJECT
public:
    static constexpr int DefaultHistoryLength = 300;

    // connection may be null (samples then come only through addSample). seed is the manager
    // list's history of this guest (may be null): it fills the totals so the graphs open full.
    PerformancePage(Connection *connection, const DomainInfo &guest, const GuestHistory *seed,
                    QWidget *parent = nullptr);
    ~PerformancePage() override;

    void addSample(qint64 timestampMs, const GuestRates &rates);
    // Paused charts stand still; samples are still recorded and appear on unpausing.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setHistoryLength(int samples);
    int historyLength() const { return m_historyLength; }

    // Samples the charts show (while paused, not those recorded since).
    int sampleCount() const { return int(m_samples.size()); }
    QStringList seriesNames() const;
    int pointCount(const QString &seriesName) const;
    // Points as drawn: x in seconds before the newest sample, y in the chart's unit.
    QList<QPointF> points(const QString &seriesName) const;

    bool exportCsv(const QString &path) const;
    bool exportPng(const QString &path) const;

    // Chart helpers, shared with HostPage.
    // Follows the palette (dark or light theme, background, text and grid colours).
    static void applyPalette(QChart *chart, const QPalette &palette, const QFont &font);
    // min..max with ticks every `interval` from 0, labelled with as many decimals as the
    // interval needs. Settings that did not change are left alone: no needless relayout.
    static void setAxis(QValueAxis *axis, double min, double max, double interval,
                        const QString &suffix = QString());
    // A time axis from -spanSeconds to 0, with ticks on round seconds or minutes.
    static void setTimeRange(QValueAxis *axis, double spanSeconds);
    // 0 to a little above maximum, with ticks on 1, 2 or 5 times a power of ten.
    static void setNiceRange(QValueAxis *axis, double maximum);
    // 0 to exactly maximum (a capacity: all of the host's memory), with round ticks below it.
    static void setCapacityRange(QValueAxis *axis, double maximum);
    // How much time a graph's axis spans: the data held rounded up to whole minutes, at least
    // one minute and at most the full history (more only when the data already covers more).
    static double timeSpan(double heldSeconds, double fullSeconds);
    // The binary unit that keeps maxBytesPerSecond below 1024: its size and name ("MiB/s").
    static std::pair<double, QString> rateUnit(double maxBytesPerSecond);
    static QColor seriesColor(int index, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Chart { CpuChart, MemoryChart, DiskChart, NetworkChart, ChartCount };

    struct Sample {
        qint64 timestampMs = 0;
        float cpu = GuestRates::Unknown;
        QVector<float> vcpus;
        float memoryUsedMiB = GuestRates::Unknown;
        float memoryBalloonMiB = GuestRates::Unknown;
        float memoryAssignedMiB = GuestRates::Unknown;
        float diskRead = GuestRates::Unknown;
        float diskWrite = GuestRates::Unknown;
        float diskReadIops = GuestRates::Unknown;
        float diskWriteIops = GuestRates::Unknown;
        float diskTotal = GuestRates::Unknown;
        float netRx = GuestRates::Unknown;
        float netTx = GuestRates::Unknown;
        float netTotal = GuestRates::Unknown;
    };

    struct Style {
        int colour; // index into seriesColor(); -1 for the muted colour of totals
        qreal width;
        Qt::PenStyle pen = Qt::SolidLine;
    };

    // One drawn line: where its values come from and how it looks.
    struct Line {
        Chart chart;
        QLineSeries *series = nullptr;
        float Sample::*field = nullptr; // or, for a vCPU line:
        int vcpu = -1;
        bool bytes = false;     // bytes/s, shown in the chart's unit
        bool rightAxis = false; // IOPS
        Style style;

        float value(const Sample &s) const {
            if (vcpu < 0)
                return s.*field;
            return vcpu < s.vcpus.size() ? s.vcpus.at(vcpu) : GuestRates::Unknown;
        }
    };

    struct ChartParts {
        QChartView *view = nullptr;
        QChart *chart = nullptr;
        QValueAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QValueAxis *y2 = nullptr;
        QString yTitle; // with %1 for the unit where the unit varies
    };

    void buildToolBar();
    void buildCharts();
    void addLine(Chart chart, const QString &name, float Sample::*field, Style style,
                 bool rightAxis = false, int vcpu = -1);
    void ensureVcpuLines(int count);
    void seed(const GuestHistory &history);
    void record(Sample sample);
    void refresh();
    void restyle();
    void alignPlotAreas();
    const Line *line(const QString &name) const;
    double timeSpanSeconds() const;

    DomainInfo m_guest;
    int m_historyLength = DefaultHistoryLength;
    qint64 m_intervalMs = 1000;
    qint64 m_lastTimestampMs = -1;
    bool m_paused = false;
    std::deque<Sample> m_samples; // shown
    std::deque<Sample> m_pending; // recorded while paused
    int m_vcpuLines = 0;
    std::vector<Line> m_lines;
    ChartParts m_charts[ChartCount];
    QWidget *m_chartArea = nullptr;
    QTimer m_alignTimer;
    QToolButton *m_pauseButton = nullptr;
};
