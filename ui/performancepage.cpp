// SPDX-License-Identifier: GPL-2.0-or-later
#include "performancepage.h"

#include "connection.h"
#include "icons.h"
#include "statshistory.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace {

constexpr int ChartMinimumHeight = 150;
constexpr int MaxVcpuLegendEntries = 8;
// The chart margins before alignPlotAreas() pads them.
const QMargins BaseMargins(2, 4, 6, 2);

bool known(float v) {
    return std::isfinite(v);
}

void takeMax(double &current, float v) {
    if (known(v) && double(v) > current)
        current = double(v);
}

float mebibytes(quint64 kib) {
    return kib ? float(double(kib) / 1024.0) : GuestRates::Unknown;
}

// 1, 2 or 5 times a power of ten, at least `rough`.
double niceStep(double rough) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double fraction = rough / magnitude;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * magnitude;
}

// Plain C-locale number without exponent or trailing zeros, so spreadsheets read it anywhere.
QString csvNumber(double v, int decimals) {
    if (!std::isfinite(v))
        return QString();
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString csvText(QString text) {
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString suggestedPath(const QString &guestName, const QString &extension) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir + QLatin1Char('/') + guestName + QLatin1String("-performance.") + extension;
}

} // namespace

PerformancePage::PerformancePage(Connection *connection, const DomainInfo &guest,
                                 const GuestHistory *seedHistory, QWidget *parent)
    : QWidget(parent)
    , m_guest(guest) {
    setAccessibleName(tr("Performance"));
    m_alignTimer.setSingleShot(true);
    m_alignTimer.setInterval(0);
    connect(&m_alignTimer, &QTimer::timeout, this, &PerformancePage::alignPlotAreas);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildToolBar();
    buildCharts();
    restyle();

    if (seedHistory)
        seed(*seedHistory);
    refresh();

    if (connection) {
        connect(connection, &Connection::statsSampled, this, [this](const StatsBatch &batch) {
            for (const GuestRates &rates : batch.guests) {
                if (rates.uuid == m_guest.uuid) {
                    addSample(batch.timestampMs, rates);
                    return;
                }
            }
            // Not sampled this tick (shut off, say): an empty sample, so time still moves on.
            addSample(batch.timestampMs, GuestRates{});
        });
        connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &info) {
            if (info.uuid == m_guest.uuid)
                m_guest = info;
        });
    }
}

PerformancePage::~PerformancePage() = default;

void PerformancePage::buildToolBar() {
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 4, 6, 4);

    m_pauseButton = new QToolButton;
    m_pauseButton->setCheckable(true);
    m_pauseButton->setAutoRaise(true);
    m_pauseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pauseButton->setIcon(Icons::get(QStringLiteral("action-pause")));
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setToolTip(tr("Hold the graphs still; samples are still recorded"));
    m_pauseButton->setAccessibleName(tr("Pause graphs"));
    connect(m_pauseButton, &QToolButton::toggled, this, &PerformancePage::setPaused);

    auto *csv = new QToolButton;
    csv->setAutoRaise(true);
    csv->setText(tr("Export CSV…"));
    csv->setToolTip(tr("Save the samples shown as a CSV file"));
    csv->setAccessibleName(tr("Export samples as CSV"));
    connect(csv, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export samples"), suggestedPath(m_guest.name, QStringLiteral("csv")),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            QMessageBox::warning(this, tr("Export failed"),
                                 tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    });

    auto *image = new QToolButton;
    image->setAutoRaise(true);
    image->setText(tr("Export image…"));
    image->setToolTip(tr("Save the graphs as a PNG image"));
    image->setAccessibleName(tr("Export graphs as image"));
    connect(image, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export graphs"), suggestedPath(m_guest.name, QStringLiteral("png")),
            tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportPng(path))
            QMessageBox::warning(this, tr("Export failed"),
                                 tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    });

    row->addWidget(m_pauseButton);
    row->addSpacing(8);
    row->addWidget(csv);
    row->addWidget(image);
    row->addStretch();
    layout()->addWidget(bar);
}

void PerformancePage::buildCharts() {
    m_chartArea = new QWidget;
    auto *column = new QVBoxLayout(m_chartArea);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);

    const QString yTitles[ChartCount] = {tr("CPU (%)"), tr("Memory (MiB)"), tr("Disk (%1)"),
                                         tr("Network (%1)")};
    const QString names[ChartCount] = {tr("CPU graph"), tr("Memory graph"), tr("Disk graph"),
                                       tr("Network graph")};
    for (int i = 0; i < ChartCount; ++i) {
        ChartParts &c = m_charts[i];
        c.chart = new QChart;
        c.chart->setMargins(BaseMargins);
        c.chart->setBackgroundRoundness(0);
        c.chart->legend()->setAlignment(Qt::AlignRight);
        // Line samples rather than squares: the dotted IOPS lines must differ from the rates.
        c.chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
        c.x = new QValueAxis;
        c.chart->addAxis(c.x, Qt::AlignBottom);
        c.y = new QValueAxis;
        c.chart->addAxis(c.y, Qt::AlignLeft);
        c.yTitle = yTitles[i];
        c.y->setTitleText(i == DiskChart || i == NetworkChart ? c.yTitle.arg(tr("B/s")) : c.yTitle);
        if (i == DiskChart) {
            c.y2 = new QValueAxis;
            c.y2->setTitleText(tr("IOPS"));
            c.chart->addAxis(c.y2, Qt::AlignRight);
        }
        c.view = new QChartView(c.chart);
        c.view->setRenderHint(QPainter::Antialiasing);
        c.view->setFrameShape(QFrame::NoFrame);
        c.view->setMinimumHeight(ChartMinimumHeight);
        c.view->setAccessibleName(names[i]);
        column->addWidget(c.view);
        connect(c.chart, &QChart::plotAreaChanged, &m_alignTimer, qOverload<>(&QTimer::start));
    }
    setAxis(m_charts[CpuChart].y, 0, 100, 25);

    addLine(CpuChart, tr("CPU"), &Sample::cpu, {0, 2.5});
    addLine(MemoryChart, tr("Used"), &Sample::memoryUsedMiB, {2, 2.5});
    addLine(MemoryChart, tr("Balloon"), &Sample::memoryBalloonMiB, {0, 1.5});
    addLine(MemoryChart, tr("Assigned"), &Sample::memoryAssignedMiB, {-1, 1.5, Qt::DashLine});
    addLine(DiskChart, tr("Read"), &Sample::diskRead, {0, 2});
    addLine(DiskChart, tr("Write"), &Sample::diskWrite, {1, 2});
    addLine(DiskChart, tr("Read + write"), &Sample::diskTotal, {-1, 1});
    addLine(DiskChart, tr("Read IOPS"), &Sample::diskReadIops, {0, 1.2, Qt::DotLine}, true);
    addLine(DiskChart, tr("Write IOPS"), &Sample::diskWriteIops, {1, 1.2, Qt::DotLine}, true);
    addLine(NetworkChart, tr("Received"), &Sample::netRx, {2, 2});
    addLine(NetworkChart, tr("Sent"), &Sample::netTx, {3, 2});
    addLine(NetworkChart, tr("Received + sent"), &Sample::netTotal, {-1, 1});

    // Small windows scroll rather than squash the graphs below readability.
    auto *scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_chartArea);
    layout()->addWidget(scroll);
}

void PerformancePage::addLine(Chart chart, const QString &name, float Sample::*field, Style style,
                              bool rightAxis, int vcpu) {
    Line line;
    line.chart = chart;
    line.field = field;
    line.vcpu = vcpu;
    line.bytes = (chart == DiskChart || chart == NetworkChart) && !rightAxis;
    line.rightAxis = rightAxis;
    line.style = style;
    line.series = new QLineSeries;
    line.series->setName(name);
    ChartParts &c = m_charts[chart];
    c.chart->addSeries(line.series);
    line.series->attachAxis(c.x);
    line.series->attachAxis(rightAxis ? c.y2 : c.y);
    line.series->setPen(QPen(seriesColor(style.colour, palette()), style.width, style.pen));
    // Lines stay grouped by chart, so seriesNames() reads chart by chart.
    const auto after = std::find_if(m_lines.begin(), m_lines.end(),
                                    [chart](const Line &l) { return l.chart > chart; });
    m_lines.insert(after, std::move(line));
}

// vCPU lines appear as samples reveal them: the guest's vCPU count may change, and drivers
// that report no per-vCPU figures should not get empty legend entries.
void PerformancePage::ensureVcpuLines(int count) {
    if (count <= m_vcpuLines)
        return;
    for (int i = m_vcpuLines; i < count; ++i)
        addLine(CpuChart, tr("vCPU %1").arg(i), nullptr, {4 + i, 1}, false, i);
    m_vcpuLines = count;
    // Dozens of vCPUs would push the legend off the chart; the lines still speak for themselves.
    QLegend *legend = m_charts[CpuChart].chart->legend();
    for (const Line &l : m_lines)
        if (l.vcpu >= 0)
            for (QLegendMarker *marker : legend->markers(l.series))
                marker->setVisible(count <= MaxVcpuLegendEntries);
}

void PerformancePage::seed(const GuestHistory &history) {
    const int held = std::max(
        {history.cpu.size(), history.memory.size(), history.disk.size(), history.network.size()});
    const int n = std::min(held, m_historyLength);
    if (n == 0)
        return;
    const qint64 interval = history.intervalMs > 0 ? history.intervalMs : 1000;
    const quint64 assignedKiB = m_guest.maxMemoryKiB ? m_guest.maxMemoryKiB : m_guest.memoryKiB;
    // The histories are aligned at their newest sample.
    auto valueAt = [n](const StatsHistory &h, int i) {
        const int k = h.size() - n + i;
        return k >= 0 ? h.at(k) : GuestRates::Unknown;
    };
    for (int i = 0; i < n; ++i) {
        Sample s;
        s.timestampMs = history.lastSampleMs - qint64(n - 1 - i) * interval;
        s.cpu = valueAt(history.cpu, i);
        const float percent = valueAt(history.memory, i);
        if (known(percent) && assignedKiB)
            s.memoryUsedMiB = float(double(percent) / 100.0 * double(assignedKiB) / 1024.0);
        // What the guest may use, as it is now: the list keeps no history of it.
        s.memoryAssignedMiB = float(double(assignedKiB) / 1024.0);
        s.diskTotal = valueAt(history.disk, i);
        s.netTotal = valueAt(history.network, i);
        m_samples.push_back(std::move(s));
    }
    m_intervalMs = interval;
    m_lastTimestampMs = history.lastSampleMs;
}

void PerformancePage::addSample(qint64 timestampMs, const GuestRates &rates) {
    Sample s;
    s.timestampMs = timestampMs;
    s.cpu = rates.cpuPercent;
    s.vcpus = rates.vcpuPercent;
    s.memoryUsedMiB = mebibytes(rates.memoryUsedKiB);
    s.memoryBalloonMiB = mebibytes(rates.memoryBalloonKiB);
    s.memoryAssignedMiB = mebibytes(rates.memoryAssignedKiB);
    s.diskRead = rates.diskReadBytesPerSec;
    s.diskWrite = rates.diskWriteBytesPerSec;
    s.diskReadIops = rates.diskReadIops;
    s.diskWriteIops = rates.diskWriteIops;
    s.diskTotal = rates.diskBytesPerSec();
    s.netRx = rates.netRxBytesPerSec;
    s.netTx = rates.netTxBytesPerSec;
    s.netTotal = rates.netBytesPerSec();
    record(std::move(s));
}

void PerformancePage::record(Sample sample) {
    // Learn the sampling interval, ignoring jitter, so the time axis does not twitch.
    if (m_lastTimestampMs >= 0) {
        const qint64 delta = sample.timestampMs - m_lastTimestampMs;
        if (delta > 0 && std::abs(delta - m_intervalMs) * 5 > m_intervalMs)
            m_intervalMs = delta;
    }
    m_lastTimestampMs = sample.timestampMs;
    std::deque<Sample> &into = m_paused ? m_pending : m_samples;
    into.push_back(std::move(sample));
    while (int(into.size()) > m_historyLength)
        into.pop_front();
    if (!m_paused)
        refresh();
}

void PerformancePage::setPaused(bool paused) {
    if (paused == m_paused)
        return;
    m_paused = paused;
    {
        const QSignalBlocker blocker(m_pauseButton);
        m_pauseButton->setChecked(paused);
    }
    if (paused)
        return;
    for (Sample &s : m_pending)
        m_samples.push_back(std::move(s));
    m_pending.clear();
    while (int(m_samples.size()) > m_historyLength)
        m_samples.pop_front();
    refresh();
}

void PerformancePage::setHistoryLength(int samples) {
    samples = std::clamp(samples, 2, 24 * 3600);
    if (samples == m_historyLength)
        return;
    m_historyLength = samples;
    for (std::deque<Sample> *d : {&m_samples, &m_pending})
        while (int(d->size()) > m_historyLength)
            d->pop_front();
    refresh();
}

double PerformancePage::timeSpanSeconds() const {
    const double full = double(m_historyLength) * double(m_intervalMs) / 1000.0;
    const double held =
        m_samples.empty()
            ? 0.0
            : double(m_samples.back().timestampMs - m_samples.front().timestampMs) / 1000.0;
    return timeSpan(held, full);
}

// The axis grows with the data a minute at a time: a page opened a moment ago is not mostly
// empty space.
double PerformancePage::timeSpan(double heldSeconds, double fullSeconds) {
    if (heldSeconds > fullSeconds)
        return heldSeconds;
    const double minutes = std::ceil(std::max(heldSeconds, 1.0) / 60.0) * 60.0;
    return std::min(minutes, fullSeconds);
}

// x is relative to the newest sample, so every point moves each tick: each line is rebuilt
// from the samples into a prepared list and handed over whole, which Qt Charts takes in one go
// (a few hundred points per line, once a second).
void PerformancePage::refresh() {
    int vcpus = 0;
    double assigned = 0, memoryMax = 0, diskMax = 0, iopsMax = 0, netMax = 0;
    for (const Sample &s : m_samples) {
        vcpus = std::max(vcpus, int(s.vcpus.size()));
        takeMax(assigned, s.memoryAssignedMiB);
        for (float v : {s.memoryUsedMiB, s.memoryBalloonMiB})
            takeMax(memoryMax, v);
        for (float v : {s.diskRead, s.diskWrite, s.diskTotal})
            takeMax(diskMax, v);
        for (float v : {s.diskReadIops, s.diskWriteIops})
            takeMax(iopsMax, v);
        for (float v : {s.netRx, s.netTx, s.netTotal})
            takeMax(netMax, v);
    }
    ensureVcpuLines(vcpus);
    const auto [diskUnit, diskUnitName] = rateUnit(diskMax);
    const auto [netUnit, netUnitName] = rateUnit(netMax);

    const qint64 newest = m_samples.empty() ? 0 : m_samples.back().timestampMs;
    for (Line &line : m_lines) {
        const double scale = !line.bytes ? 1.0 : line.chart == NetworkChart ? netUnit : diskUnit;
        QList<QPointF> points;
        points.reserve(qsizetype(m_samples.size()));
        for (const Sample &s : m_samples) {
            const float v = line.value(s);
            if (known(v))
                points.append(QPointF(double(s.timestampMs - newest) / 1000.0, double(v) / scale));
        }
        line.series->replace(points);
    }

    const double span = timeSpanSeconds();
    for (ChartParts &c : m_charts)
        setTimeRange(c.x, span);

    // Memory: quarters of what the guest may have, with room above for the "assigned" line.
    if (assigned <= 0)
        assigned = double(m_guest.maxMemoryKiB ? m_guest.maxMemoryKiB : m_guest.memoryKiB) / 1024.0;
    QValueAxis *memoryAxis = m_charts[MemoryChart].y;
    if (assigned > 0 && memoryMax <= assigned) {
        setAxis(memoryAxis, 0, assigned * 1.08, assigned / 4);
    } else {
        setNiceRange(memoryAxis, memoryMax);
    }

    ChartParts &disk = m_charts[DiskChart];
    setNiceRange(disk.y, diskMax / diskUnit);
    disk.y->setTitleText(disk.yTitle.arg(diskUnitName));
    setNiceRange(disk.y2, iopsMax);
    ChartParts &net = m_charts[NetworkChart];
    setNiceRange(net.y, netMax / netUnit);
    net.y->setTitleText(net.yTitle.arg(netUnitName));
}

void PerformancePage::restyle() {
    for (ChartParts &c : m_charts)
        applyPalette(c.chart, palette(), font());
    // The theme resets the series colours.
    for (Line &line : m_lines)
        line.series->setPen(
            QPen(seriesColor(line.style.colour, palette()), line.style.width, line.style.pen));
}

// Each chart's axes and legend leave it a plot of a different width; padding the margins of
// the others keeps the four time axes exactly one above the other.
void PerformancePage::alignPlotAreas() {
    qreal natural[ChartCount][2];
    qreal left = 0, right = 0;
    for (int i = 0; i < ChartCount; ++i) {
        const QChart *chart = m_charts[i].chart;
        const QRectF plot = chart->plotArea();
        if (plot.width() <= 0)
            return; // not laid out yet
        const QMargins m = chart->margins();
        natural[i][0] = plot.left() - (m.left() - BaseMargins.left());
        natural[i][1] = chart->size().width() - plot.right() - (m.right() - BaseMargins.right());
        left = std::max(left, natural[i][0]);
        right = std::max(right, natural[i][1]);
    }
    for (int i = 0; i < ChartCount; ++i) {
        QMargins m = BaseMargins;
        m.setLeft(m.left() + int(std::lround(left - natural[i][0])));
        m.setRight(m.right() + int(std::lround(right - natural[i][1])));
        if (m != m_charts[i].chart->margins())
            m_charts[i].chart->setMargins(m);
    }
}

void PerformancePage::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

const PerformancePage::Line *PerformancePage::line(const QString &name) const {
    for (const Line &l : m_lines)
        if (l.series->name() == name)
            return &l;
    return nullptr;
}

QStringList PerformancePage::seriesNames() const {
    QStringList names;
    for (const Line &l : m_lines)
        names.append(l.series->name());
    return names;
}

int PerformancePage::pointCount(const QString &seriesName) const {
    const Line *l = line(seriesName);
    return l ? l->series->count() : 0;
}

QList<QPointF> PerformancePage::points(const QString &seriesName) const {
    const Line *l = line(seriesName);
    return l ? l->series->points() : QList<QPointF>();
}

bool PerformancePage::exportCsv(const QString &path) const {
    int vcpus = 0;
    for (const Sample &s : m_samples)
        vcpus = std::max(vcpus, int(s.vcpus.size()));

    QStringList fields = {tr("Seconds"), tr("CPU %")};
    for (int i = 0; i < vcpus; ++i)
        fields.append(tr("vCPU %1 %").arg(i));
    fields << tr("Memory used MiB") << tr("Memory balloon MiB") << tr("Memory assigned MiB")
           << tr("Disk read B/s") << tr("Disk write B/s") << tr("Disk read IOPS")
           << tr("Disk write IOPS") << tr("Network received B/s") << tr("Network sent B/s");
    for (QString &f : fields)
        f = csvText(f);
    QString text = fields.join(QLatin1Char(',')) + QLatin1Char('\n');

    const qint64 first = m_samples.empty() ? 0 : m_samples.front().timestampMs;
    for (const Sample &s : m_samples) {
        fields.clear();
        fields << csvNumber(double(s.timestampMs - first) / 1000.0, 3)
               << csvNumber(double(s.cpu), 2);
        for (int i = 0; i < vcpus; ++i)
            fields << csvNumber(i < s.vcpus.size() ? double(s.vcpus.at(i))
                                                   : std::numeric_limits<double>::quiet_NaN(),
                                2);
        for (float v : {s.memoryUsedMiB, s.memoryBalloonMiB, s.memoryAssignedMiB})
            fields << csvNumber(double(v), 1);
        for (float v : {s.diskRead, s.diskWrite})
            fields << csvNumber(double(v), 0);
        for (float v : {s.diskReadIops, s.diskWriteIops})
            fields << csvNumber(double(v), 1);
        for (float v : {s.netRx, s.netTx})
            fields << csvNumber(double(v), 0);
        text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.toUtf8());
    return file.commit();
}

bool PerformancePage::exportPng(const QString &path) const {
    // The whole column of graphs, also any part scrolled out of view.
    const QPixmap image = m_chartArea->grab();
    return !image.isNull() && image.save(path, "PNG");
}

void PerformancePage::applyPalette(QChart *chart, const QPalette &palette, const QFont &font) {
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundBrush(palette.color(QPalette::Base));
    chart->setPlotAreaBackgroundPen(QPen(palette.color(QPalette::Mid), 1));
    chart->setPlotAreaBackgroundVisible(true);

    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(dark ? 50 : 35);
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.9);
    chart->setTitleBrush(text);
    chart->setTitleFont(font);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(small);
        axis->setTitleBrush(text);
        axis->setTitleFont(small);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(small);
}

void PerformancePage::setAxis(QValueAxis *axis, double min, double max, double interval,
                              const QString &suffix) {
    // As many decimals as the interval has, but none finer than a hundredth of it.
    const int finest = std::max(0, int(std::ceil(-std::log10(interval / 100))));
    int decimals = 0;
    while (decimals < finest && std::abs(interval * std::pow(10.0, decimals) -
                                         std::round(interval * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    const QString format =
        QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f') + suffix;
    axis->setRange(min, max);
    if (axis->tickType() != QValueAxis::TicksDynamic)
        axis->setTickType(QValueAxis::TicksDynamic);
    if (axis->tickAnchor() != 0)
        axis->setTickAnchor(0);
    if (axis->tickInterval() != interval)
        axis->setTickInterval(interval);
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

void PerformancePage::setTimeRange(QValueAxis *axis, double spanSeconds) {
    spanSeconds = std::max(spanSeconds, 1.0);
    // Steps a reader counts in: seconds, then minutes, then hours.
    static constexpr double steps[] = {1,   2,   5,   10,   15,   30,   60,    120,
                                       300, 600, 900, 1800, 3600, 7200, 14400, 43200};
    double step = steps[std::size(steps) - 1];
    for (double s : steps) {
        if (s * 6 >= spanSeconds) {
            step = s;
            break;
        }
    }
    setAxis(axis, -spanSeconds, 0, step, QStringLiteral(" s"));
}

void PerformancePage::setNiceRange(QValueAxis *axis, double maximum) {
    if (!(maximum > 0))
        maximum = 1;
    const double step = niceStep(maximum / 4);
    // Headroom, so the highest line does not run along the top edge.
    setAxis(axis, 0, std::ceil(maximum * 1.05 / step) * step, step);
}

void PerformancePage::setCapacityRange(QValueAxis *axis, double maximum) {
    if (!(maximum > 0))
        maximum = 1;
    setAxis(axis, 0, maximum, niceStep(maximum / 5));
}

std::pair<double, QString> PerformancePage::rateUnit(double maxBytesPerSecond) {
    const QString names[] = {tr("B/s"), tr("KiB/s"), tr("MiB/s"), tr("GiB/s"), tr("TiB/s")};
    int i = 0;
    double size = 1;
    while (maxBytesPerSecond >= size * 1024 && i < 4) {
        size *= 1024;
        ++i;
    }
    return {size, names[i]};
}

QColor PerformancePage::seriesColor(int index, const QPalette &palette) {
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (index < 0) {
        QColor muted = palette.color(QPalette::WindowText);
        muted.setAlpha(140);
        return muted;
    }
    // Pairs for light and dark backgrounds; the dark ones are lighter to keep their contrast.
    static const QRgb colours[][2] = {
        {0x1f6fb5, 0x5eaaf0}, {0xe0700b, 0xffa24d}, {0x2b9a3e, 0x6fd67f}, {0xcf3030, 0xff7a7a},
        {0x8456c2, 0xb896ec}, {0x138d90, 0x4fd0d3}, {0x96643a, 0xd2a26f}, {0xc2408f, 0xf08ccb},
        {0x7f8f1f, 0xc3d35a}, {0x4f6d8f, 0x93b2d6}};
    constexpr int count = int(std::size(colours));
    return QColor(colours[index % count][dark ? 1 : 0]);
}
