// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostpage.h"

#include "connection.h"
#include "domainlistmodel.h"
#include "performancepage.h"
#include "statshistory.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

constexpr int TableRows = 10;
constexpr double KiBPerGiB = 1024.0 * 1024.0;

QString percentText(float value) {
    return std::isnan(value) ? QStringLiteral("—")
                             : HostPage::tr("%1 %").arg(QLocale().toString(double(value), 'f', 0));
}

bool isRunning(GuestState state) {
    return state == GuestState::Running || state == GuestState::Blocked ||
           state == GuestState::ShuttingDown;
}

} // namespace

HostPage::HostPage(Connection *connection, DomainListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(model) {
    setAccessibleName(tr("Host overview"));

    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("guestCounts"));
    QFont countsFont = m_counts->font();
    countsFont.setBold(true);
    m_counts->setFont(countsFont);

    buildGraph(m_cpu, tr("Host CPU graph"), 0);
    PerformancePage::setAxis(m_cpu.y, 0, 100, 25);
    m_cpu.y->setTitleText(tr("CPU (%)"));
    buildGraph(m_memory, tr("Host memory graph"), 2);
    m_graphs = new QWidget;
    auto *graphRow = new QHBoxLayout(m_graphs);
    graphRow->setContentsMargins(0, 0, 0, 0);
    graphRow->addWidget(m_cpu.view);
    graphRow->addWidget(m_memory.view);

    m_noUsage = new QLabel(tr("This host does not report its own CPU and memory use."));
    m_noUsage->setObjectName(QStringLiteral("noHostUsage"));
    m_noUsage->setWordWrap(true);
    m_noUsage->setAlignment(Qt::AlignCenter);
    m_noUsage->setMinimumHeight(60);
    m_noUsage->hide();

    m_busiest = buildTable({tr("Guest"), tr("CPU")}, tr("Busiest guests by CPU"));
    m_busiest->setObjectName(QStringLiteral("busiestGuests"));
    m_largest = buildTable({tr("Guest"), tr("In use"), tr("Of assigned")},
                           tr("Guests with the largest memory use"));
    m_largest->setObjectName(QStringLiteral("largestGuests"));
    auto *tables = new QHBoxLayout;
    for (const auto &[title, table] : {std::pair{tr("Busiest guests (CPU)"), m_busiest},
                                       std::pair{tr("Largest memory use"), m_largest}}) {
        auto *box = new QGroupBox(title);
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(table);
        tables->addWidget(box);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_graphs, 1);
    layout->addWidget(m_noUsage);
    layout->addLayout(tables);
    layout->addStretch(0); // takes the space when the note stands in for the graphs
    restyle();

    // Model changes come in bursts (a host loading thousands of guests): summarise once after.
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(0);
    connect(&m_summaryTimer, &QTimer::timeout, this, &HostPage::refreshSummary);
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, &m_summaryTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::dataChanged, &m_summaryTimer,
                qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::modelReset, &m_summaryTimer,
                qOverload<>(&QTimer::start));
    }
    // Connected after the model (which connects when the host is added), so the histories
    // already hold this tick when the tables are ranked.
    if (connection)
        connect(connection, &Connection::statsSampled, this, &HostPage::addSample);

    refreshGraphs();
    refreshSummary();
}

HostPage::~HostPage() = default;

void HostPage::buildGraph(Graph &graph, const QString &accessibleName, int colour) {
    graph.colour = colour;
    graph.chart = new QChart;
    graph.chart->setMargins(QMargins(2, 2, 6, 2));
    graph.chart->setBackgroundRoundness(0);
    graph.chart->legend()->hide(); // one series; the title says what and how much
    graph.x = new QValueAxis;
    graph.y = new QValueAxis;
    graph.chart->addAxis(graph.x, Qt::AlignBottom);
    graph.chart->addAxis(graph.y, Qt::AlignLeft);
    // An area's outline would also run down its sides and along the bottom: the area is
    // filled only, and a line series of the same points draws the top.
    graph.upper = new QLineSeries;
    graph.area = new QAreaSeries(graph.upper);
    graph.line = new QLineSeries;
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(graph.area), static_cast<QAbstractSeries *>(graph.line)}) {
        graph.chart->addSeries(series);
        series->attachAxis(graph.x);
        series->attachAxis(graph.y);
    }
    graph.view = new QChartView(graph.chart);
    graph.view->setRenderHint(QPainter::Antialiasing);
    graph.view->setFrameShape(QFrame::NoFrame);
    graph.view->setMinimumHeight(180);
    graph.view->setAccessibleName(accessibleName);
}

QTreeWidget *HostPage::buildTable(const QStringList &headers, const QString &accessibleName) {
    auto *table = new QTreeWidget;
    table->setAccessibleName(accessibleName);
    table->setHeaderLabels(headers);
    table->setRootIsDecorated(false);
    table->setAlternatingRowColors(true);
    table->setUniformRowHeights(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setFocusPolicy(Qt::TabFocus);
    table->header()->setStretchLastSection(false);
    table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c) {
        table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        table->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    // Room for the ten rows and no more; the graphs take the rest.
    const int rowHeight = table->fontMetrics().height() + 6;
    table->setMaximumHeight(table->header()->sizeHint().height() + TableRows * rowHeight +
                            2 * table->frameWidth());
    return table;
}

void HostPage::addSample(const StatsBatch &batch) {
    if (batch.intervalMs > 0)
        m_intervalMs = batch.intervalMs;
    if (batch.host.cpus > 0)
        m_hostCpus = batch.host.cpus;
    m_samples.push_back({batch.timestampMs, batch.host.cpuPercent, batch.host.memoryUsedKiB,
                         batch.host.memoryTotalKiB});
    while (int(m_samples.size()) > HistoryLength)
        m_samples.pop_front();

    // Drivers either report host figures or never do (the test driver does not).
    const bool reports = !std::isnan(batch.host.cpuPercent) || batch.host.memoryTotalKiB > 0;
    if (reports != m_reportsUsage) {
        m_reportsUsage = reports;
        m_graphs->setVisible(reports);
        m_noUsage->setVisible(!reports);
    }
    if (reports)
        refreshGraphs();
    refreshSummary();
}

void HostPage::refreshGraphs() {
    const qint64 newest = m_samples.empty() ? 0 : m_samples.back().timestampMs;
    quint64 totalKiB = 0;
    const HostSample *latest = m_samples.empty() ? nullptr : &m_samples.back();
    for (const HostSample &s : m_samples)
        totalKiB = std::max(totalKiB, s.memoryTotalKiB);
    // Memory in GiB, unless the host is tiny.
    const bool gib = totalKiB >= KiBPerGiB;
    const double unitKiB = gib ? KiBPerGiB : 1024.0;

    QList<QPointF> cpu, memory;
    cpu.reserve(qsizetype(m_samples.size()));
    memory.reserve(qsizetype(m_samples.size()));
    for (const HostSample &s : m_samples) {
        const double x = double(s.timestampMs - newest) / 1000.0;
        if (!std::isnan(s.cpuPercent))
            cpu.append(QPointF(x, double(s.cpuPercent)));
        if (s.memoryTotalKiB > 0)
            memory.append(QPointF(x, double(s.memoryUsedKiB) / unitKiB));
    }
    for (Graph *graph : {&m_cpu, &m_memory}) {
        const QList<QPointF> &points = graph == &m_cpu ? cpu : memory;
        graph->upper->replace(points);
        graph->line->replace(points);
    }

    const double held =
        m_samples.empty() ? 0.0 : double(newest - m_samples.front().timestampMs) / 1000.0;
    const double span =
        PerformancePage::timeSpan(held, double(HistoryLength) * double(m_intervalMs) / 1000.0);
    PerformancePage::setTimeRange(m_cpu.x, span);
    PerformancePage::setTimeRange(m_memory.x, span);

    const double total = double(totalKiB) / unitKiB;
    // The top of the graph is all of the host's memory.
    PerformancePage::setCapacityRange(m_memory.y, total);
    m_memory.y->setTitleText(gib ? tr("Memory (GiB)") : tr("Memory (MiB)"));

    const bool cpuKnown = latest && !std::isnan(latest->cpuPercent);
    QString cpuTitle = cpuKnown ? tr("CPU: %1").arg(percentText(latest->cpuPercent)) : tr("CPU");
    if (m_hostCpus > 1)
        cpuTitle = tr("%1 (%2 CPUs)").arg(cpuTitle).arg(m_hostCpus);
    m_cpu.chart->setTitle(cpuTitle);
    const bool memoryKnown = latest && latest->memoryTotalKiB > 0;
    m_memory.chart->setTitle(memoryKnown
                                 ? tr("Memory: %1 of %2 in use")
                                       .arg(DomainListModel::formatMemory(latest->memoryUsedKiB),
                                            DomainListModel::formatMemory(latest->memoryTotalKiB))
                                 : tr("Memory"));
}

QString HostPage::countsText() const {
    int running = 0, total = 0;
    if (m_model && m_connection) {
        const QModelIndex host = m_model->hostIndex(m_connection);
        total = m_model->rowCount(host);
        for (int row = 0; row < total; ++row)
            if (const DomainInfo *g = m_model->guestAt(m_model->index(row, 0, host)))
                running += isRunning(g->state);
    }
    return tr("%1 of %2 guests running").arg(running).arg(total);
}

const std::vector<HostPage::Ranked> &HostPage::rank(Metric metric, int n) const {
    m_ranked.clear();
    if (!m_model || !m_connection || n <= 0)
        return m_ranked;
    const QModelIndex host = m_model->hostIndex(m_connection);
    const int rows = m_model->rowCount(host);
    for (int row = 0; row < rows; ++row) {
        const DomainInfo *g = m_model->guestAt(m_model->index(row, 0, host));
        if (!g || !g->isActive())
            continue;
        const GuestHistory *h = m_model->history(m_connection, g->uuid);
        const float v = !h                      ? GuestRates::Unknown
                        : metric == Metric::Cpu ? h->cpu.latest()
                                                : h->memory.latest();
        m_ranked.push_back({g, h, v});
    }
    const auto before = [](const Ranked &a, const Ranked &b) {
        const bool aKnown = !std::isnan(a.value);
        const bool bKnown = !std::isnan(b.value);
        if (aKnown != bKnown)
            return aKnown;
        if (aKnown && a.value != b.value)
            return a.value > b.value;
        return a.guest->name < b.guest->name;
    };
    const size_t kept = std::min(m_ranked.size(), size_t(n));
    std::partial_sort(m_ranked.begin(), m_ranked.begin() + ptrdiff_t(kept), m_ranked.end(), before);
    m_ranked.resize(kept);
    return m_ranked;
}

QStringList HostPage::names(Metric metric, int n) const {
    QStringList result;
    for (const Ranked &r : rank(metric, n))
        result.append(r.guest->name);
    return result;
}

QStringList HostPage::topByCpu(int n) const {
    return names(Metric::Cpu, n);
}

QStringList HostPage::topByMemory(int n) const {
    return names(Metric::Memory, n);
}

void HostPage::refreshSummary() {
    m_counts->setText(countsText());

    // Items are reused: the tables change text, not rows, on every tick.
    auto fill = [](QTreeWidget *table, const std::vector<Ranked> &ranked, auto columns) {
        while (table->topLevelItemCount() > int(ranked.size()))
            delete table->takeTopLevelItem(table->topLevelItemCount() - 1);
        while (table->topLevelItemCount() < int(ranked.size())) {
            auto *item = new QTreeWidgetItem(table);
            for (int c = 1; c < table->columnCount(); ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        for (size_t i = 0; i < ranked.size(); ++i) {
            QTreeWidgetItem *item = table->topLevelItem(int(i));
            item->setText(0, ranked[i].guest->name);
            columns(item, ranked[i]);
        }
    };
    fill(m_busiest, rank(Metric::Cpu, TableRows),
         [](QTreeWidgetItem *item, const Ranked &r) { item->setText(1, percentText(r.value)); });
    fill(m_largest, rank(Metric::Memory, TableRows), [](QTreeWidgetItem *item, const Ranked &r) {
        const bool known = !std::isnan(r.value) && r.history;
        item->setText(1, known ? DomainListModel::formatMemory(r.history->memoryUsedKiB)
                               : QStringLiteral("—"));
        item->setText(2, percentText(r.value));
    });
}

void HostPage::restyle() {
    for (Graph *graph : {&m_cpu, &m_memory}) {
        PerformancePage::applyPalette(graph->chart, palette(), font());
        const QColor colour = PerformancePage::seriesColor(graph->colour, palette());
        QColor fill = colour;
        fill.setAlpha(70);
        graph->area->setPen(Qt::NoPen);
        graph->area->setBrush(fill);
        graph->line->setPen(QPen(colour, 2));
    }
}

void HostPage::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}
