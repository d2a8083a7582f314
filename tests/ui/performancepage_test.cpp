// SPDX-License-Identifier: GPL-2.0-or-later
#include "connection.h"
#include "connectionmanager.h"
#include "domainlistmodel.h"
#include "hostpage.h"
#include "performancepage.h"
#include "statshistory.h"
#include "testsupport.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

namespace {

constexpr float NaN = GuestRates::Unknown;
constexpr quint64 MiB = 1024; // in KiB
constexpr quint64 GiB = 1024 * 1024;

DomainInfo guest() {
    DomainInfo g;
    g.uuid = QStringLiteral("11111111-2222-4333-8444-555555555555");
    g.name = QStringLiteral("perf-guest");
    g.state = GuestState::Running;
    g.vcpus = 2;
    g.memoryKiB = 4096 * MiB;
    g.maxMemoryKiB = 4096 * MiB;
    return g;
}

// Sample i of a synthetic run: mostly known figures, with holes where drivers have them.
GuestRates rates(int i) {
    GuestRates r;
    r.uuid = guest().uuid;
    r.state = GuestState::Running;
    r.cpuPercent = i == 3 ? NaN : float(10 * i);
    r.vcpuPercent = {float(i), i == 5 ? NaN : float(2 * i)};
    r.memoryUsedKiB = quint64(1024 + i) * MiB;
    r.memoryBalloonKiB = 3072 * MiB;
    r.memoryAssignedKiB = 4096 * MiB;
    r.diskReadBytesPerSec = float(1000 * i);
    r.diskWriteBytesPerSec = i % 4 == 0 ? NaN : float(2048 * i);
    r.diskReadIops = float(i);
    r.diskWriteIops = float(2 * i);
    r.netRxBytesPerSec = float(3 * 1024 * 1024);
    r.netTxBytesPerSec = i == 9 ? NaN : float(1024 * i);
    return r;
}

void feed(PerformancePage &page, int from, int to) {
    for (int i = from; i < to; ++i)
        page.addSample(100000 + qint64(i) * 1000, rates(i));
}

QString tr(const char *text) {
    return PerformancePage::tr(text);
}

QStringList csvLines(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TEST(PerformancePage, SamplesBecomePointsAndUnknownValuesDoNot) {
    PerformancePage page(nullptr, guest(), nullptr);
    EXPECT_EQ(page.sampleCount(), 0);
    EXPECT_EQ(page.pointCount(tr("CPU")), 0);
    feed(page, 0, 10);
    EXPECT_EQ(page.sampleCount(), 10);

    const QStringList names = page.seriesNames();
    for (const char *name : {"CPU", "vCPU 0", "vCPU 1", "Used", "Balloon", "Assigned", "Read",
                             "Write", "Read IOPS", "Write IOPS", "Received", "Sent"})
        EXPECT_TRUE(names.contains(tr(name))) << name;

    EXPECT_EQ(page.pointCount(tr("CPU")), 9); // sample 3 unknown
    EXPECT_EQ(page.pointCount(tr("vCPU 0")), 10);
    EXPECT_EQ(page.pointCount(tr("vCPU 1")), 9); // sample 5 unknown
    EXPECT_EQ(page.pointCount(tr("Used")), 10);
    EXPECT_EQ(page.pointCount(tr("Assigned")), 10);
    EXPECT_EQ(page.pointCount(tr("Read")), 10);
    EXPECT_EQ(page.pointCount(tr("Write")), 7); // samples 0, 4 and 8 unknown
    EXPECT_EQ(page.pointCount(tr("Read IOPS")), 10);
    EXPECT_EQ(page.pointCount(tr("Received")), 10);
    EXPECT_EQ(page.pointCount(tr("Sent")), 9); // sample 9 unknown
    EXPECT_EQ(page.pointCount(tr("No such series")), 0);

    // Time runs to 0 at the newest sample; values are as given (CPU in %, memory in MiB).
    const QList<QPointF> cpu = page.points(tr("CPU"));
    ASSERT_EQ(cpu.size(), 9);
    EXPECT_DOUBLE_EQ(cpu.first().x(), -9.0);
    EXPECT_DOUBLE_EQ(cpu.last().x(), 0.0);
    EXPECT_DOUBLE_EQ(cpu.last().y(), 90.0);
    for (const QPointF &p : cpu)
        EXPECT_FALSE(std::isnan(p.y()));
    EXPECT_DOUBLE_EQ(page.points(tr("Used")).last().y(), 1033.0);
    // Network peaks at 3 MiB/s, so it is drawn in MiB/s.
    EXPECT_DOUBLE_EQ(page.points(tr("Received")).first().y(), 3.0);
}

TEST(PerformancePage, CsvHasAHeaderAndOneLinePerSampleShown) {
    PerformancePage page(nullptr, guest(), nullptr);
    feed(page, 0, 10);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("samples.csv"));
    ASSERT_TRUE(page.exportCsv(path));

    const QStringList lines = csvLines(path);
    ASSERT_EQ(lines.size(), 11);
    const QStringList header = lines[0].split(QLatin1Char(','));
    // seconds, cpu, 2 vCPUs, 3 memory, 2 disk rates, 2 IOPS, 2 network
    ASSERT_EQ(header.size(), 13);
    EXPECT_EQ(header[1], tr("CPU %"));
    EXPECT_EQ(header[2], tr("vCPU %1 %").arg(0));

    const QStringList first = lines[1].split(QLatin1Char(','));
    ASSERT_EQ(first.size(), 13);
    EXPECT_EQ(first[0], QStringLiteral("0"));
    EXPECT_EQ(first[1], QStringLiteral("0"));
    EXPECT_EQ(first[8], QString()); // disk write unknown in sample 0

    const QStringList fourth = lines[4].split(QLatin1Char(','));
    ASSERT_EQ(fourth.size(), 13);
    EXPECT_EQ(fourth[0], QStringLiteral("3"));
    EXPECT_EQ(fourth[1], QString()); // CPU unknown in sample 3
    EXPECT_EQ(fourth[2], QStringLiteral("3"));
    EXPECT_EQ(fourth[3], QStringLiteral("6"));
    EXPECT_EQ(fourth[4], QStringLiteral("1027"));
    EXPECT_EQ(fourth[5], QStringLiteral("3072"));
    EXPECT_EQ(fourth[6], QStringLiteral("4096"));
    EXPECT_EQ(fourth[7], QStringLiteral("3000"));
    EXPECT_EQ(fourth[8], QStringLiteral("6144"));
    EXPECT_EQ(fourth[9], QStringLiteral("3"));
    EXPECT_EQ(fourth[10], QStringLiteral("6"));
    EXPECT_EQ(fourth[11], QStringLiteral("3145728"));
    EXPECT_EQ(fourth[12], QStringLiteral("3072"));

    const QStringList last = lines[10].split(QLatin1Char(','));
    ASSERT_EQ(last.size(), 13);
    EXPECT_EQ(last[0], QStringLiteral("9"));
    EXPECT_EQ(last[1], QStringLiteral("90"));
    EXPECT_EQ(last[12], QString()); // network sent unknown in sample 9

    // An unwritable path fails instead of pretending.
    EXPECT_FALSE(page.exportCsv(dir.filePath(QStringLiteral("missing/dir/samples.csv"))));
}

namespace {

// True once the plots of all graphs start and end at the same x.
bool plotsAligned(const PerformancePage &page) {
    const QList<QChartView *> views = page.findChildren<QChartView *>();
    if (views.size() != 4)
        return false;
    const QRectF first = views.first()->chart()->plotArea();
    for (const QChartView *view : views) {
        const QRectF plot = view->chart()->plotArea();
        if (plot.width() < 100 || std::abs(plot.left() - first.left()) > 1 ||
            std::abs(plot.right() - first.right()) > 1)
            return false;
    }
    return true;
}

// Pixels near a colour: the lines that were drawn in it.
int pixelsNear(const QImage &image, QColor colour) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) < 30 &&
                 std::abs(c.green() - colour.green()) < 30 &&
                 std::abs(c.blue() - colour.blue()) < 30;
        }
    }
    return n;
}

} // namespace

TEST(PerformancePage, PngIsALoadableImageOfTheGraphs) {
    PerformancePage page(nullptr, guest(), nullptr);
    page.setHistoryLength(10); // the lines then span the whole width
    feed(page, 0, 10);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    // Never shown: still an image, at the graphs' minimum size.
    const QString hidden = dir.filePath(QStringLiteral("hidden.png"));
    ASSERT_TRUE(page.exportPng(hidden));
    QImage image;
    ASSERT_TRUE(image.load(hidden, "PNG"));
    EXPECT_GE(image.height(), 4 * 150);

    page.resize(900, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(TestSupport::waitFor([&] { return plotsAligned(page); }));
    const QString path = dir.filePath(QStringLiteral("graphs.png"));
    ASSERT_TRUE(page.exportPng(path));
    EXPECT_GT(QFileInfo(path).size(), 20 * 1024);
    ASSERT_TRUE(image.load(path, "PNG"));
    EXPECT_EQ(image.width(), 900);
    EXPECT_GE(image.height(), 600);
    // All four graphs drew their lines: CPU and disk read in the first colour, memory used
    // and network received in the third.
    EXPECT_GT(pixelsNear(image, PerformancePage::seriesColor(0, page.palette())), 500);
    EXPECT_GT(pixelsNear(image, PerformancePage::seriesColor(2, page.palette())), 500);
}

TEST(PerformancePage, GraphsShareOneTimeAxis) {
    PerformancePage page(nullptr, guest(), nullptr);
    feed(page, 0, 10);
    page.resize(900, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    // Different axis labels and legends, yet the plots line up one above the other.
    EXPECT_TRUE(TestSupport::waitFor([&] { return plotsAligned(page); }));
    const QList<QChartView *> views = page.findChildren<QChartView *>();
    ASSERT_EQ(views.size(), 4);
    for (const QChartView *view : views) {
        EXPECT_FALSE(view->accessibleName().isEmpty());
        EXPECT_TRUE(view->renderHints().testFlag(QPainter::Antialiasing));
        const QList<QAbstractAxis *> x = view->chart()->axes(Qt::Horizontal);
        ASSERT_EQ(x.size(), 1);
        const auto *axis = qobject_cast<const QValueAxis *>(x.first());
        ASSERT_TRUE(axis);
        EXPECT_DOUBLE_EQ(axis->min(), -60.0); // 10 s of data: the first minute
        EXPECT_DOUBLE_EQ(axis->max(), 0.0);
        EXPECT_TRUE(view->chart()->legend()->isVisible());
    }
    // The axis grows with the data, a minute at a time, up to the 300 samples kept.
    feed(page, 10, 190);
    for (const QChartView *view : views)
        EXPECT_DOUBLE_EQ(
            qobject_cast<const QValueAxis *>(view->chart()->axes(Qt::Horizontal).first())->min(),
            -240.0);
    feed(page, 190, 400);
    for (const QChartView *view : views)
        EXPECT_DOUBLE_EQ(
            qobject_cast<const QValueAxis *>(view->chart()->axes(Qt::Horizontal).first())->min(),
            -300.0);
    // The CPU axis is fixed at 0–100 %.
    const auto *cpuAxis =
        qobject_cast<const QValueAxis *>(views.first()->chart()->axes(Qt::Vertical).first());
    ASSERT_TRUE(cpuAxis);
    EXPECT_DOUBLE_EQ(cpuAxis->min(), 0.0);
    EXPECT_DOUBLE_EQ(cpuAxis->max(), 100.0);
}

TEST(PerformancePage, PausedChartsStandStillAndCatchUp) {
    PerformancePage page(nullptr, guest(), nullptr);
    feed(page, 0, 5);
    const QList<QPointF> before = page.points(tr("CPU"));
    page.setPaused(true);
    EXPECT_TRUE(page.isPaused());
    feed(page, 5, 8);
    EXPECT_EQ(page.pointCount(tr("CPU")), before.size());
    EXPECT_EQ(page.points(tr("CPU")), before);
    EXPECT_EQ(page.pointCount(tr("Read")), 5);
    EXPECT_EQ(page.sampleCount(), 5);

    page.setPaused(false);
    EXPECT_FALSE(page.isPaused());
    EXPECT_EQ(page.sampleCount(), 8);
    EXPECT_EQ(page.pointCount(tr("Read")), 8);
    EXPECT_EQ(page.pointCount(tr("CPU")), 7); // sample 3 unknown
    EXPECT_DOUBLE_EQ(page.points(tr("CPU")).last().y(), 70.0);
}

TEST(PerformancePage, KeepsOnlyTheNewestSamples) {
    PerformancePage page(nullptr, guest(), nullptr);
    EXPECT_EQ(page.historyLength(), 300);
    page.setHistoryLength(5);
    feed(page, 0, 12);
    EXPECT_EQ(page.sampleCount(), 5);
    EXPECT_EQ(page.pointCount(tr("Read")), 5);
    const QList<QPointF> read = page.points(tr("Read"));
    EXPECT_DOUBLE_EQ(read.first().x(), -4.0);
    EXPECT_DOUBLE_EQ(read.first().y(), 7000.0 / 1024.0); // KiB/s: the peak is 11000 B/s

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("samples.csv"));
    ASSERT_TRUE(page.exportCsv(path));
    const QStringList lines = csvLines(path);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("0,70,")));
    EXPECT_TRUE(lines[5].startsWith(QStringLiteral("4,110,")));

    // Shrinking drops the oldest of what is already there.
    page.setHistoryLength(3);
    EXPECT_EQ(page.sampleCount(), 3);
    EXPECT_EQ(page.pointCount(tr("CPU")), 3);
}

TEST(PerformancePage, SeedFromTheListHistoryFillsTheTotals) {
    GuestHistory history(60);
    const float cpu[] = {5, 15, NaN, 25};
    const float memory[] = {50, 50, 75, 25}; // % of 4096 MiB
    for (int i = 0; i < 4; ++i) {
        history.cpu.push(cpu[i]);
        history.memory.push(memory[i]);
        history.disk.push(float(4096 * (i + 1)));
        history.network.push(i == 0 ? NaN : 1000.0f);
    }
    history.lastSampleMs = 50000;
    history.intervalMs = 2000;

    PerformancePage page(nullptr, guest(), &history);
    EXPECT_EQ(page.sampleCount(), 4);
    EXPECT_EQ(page.pointCount(tr("CPU")), 3);
    EXPECT_EQ(page.pointCount(tr("Used")), 4);
    EXPECT_EQ(page.pointCount(tr("Read + write")), 4);
    EXPECT_EQ(page.pointCount(tr("Received + sent")), 3);
    EXPECT_EQ(page.pointCount(tr("Read")), 0); // the list keeps only totals

    const QList<QPointF> used = page.points(tr("Used"));
    ASSERT_EQ(used.size(), 4);
    EXPECT_DOUBLE_EQ(used.first().x(), -6.0); // 2 s apart
    EXPECT_DOUBLE_EQ(used[2].y(), 3072.0);
    EXPECT_DOUBLE_EQ(used.last().y(), 1024.0);

    // Live samples continue the seeded line.
    page.addSample(52000, rates(2));
    EXPECT_EQ(page.sampleCount(), 5);
    EXPECT_EQ(page.pointCount(tr("CPU")), 4);
    EXPECT_EQ(page.pointCount(tr("Read")), 1);
    EXPECT_DOUBLE_EQ(page.points(tr("CPU")).first().x(), -8.0);
}

TEST(PerformancePage, FollowsItsConnectionsSamples) {
    ConnectionManager manager;
    Connection *c = manager.add(
        ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("guests-all-states.xml"))),
        false, false);
    PerformancePage page(c, guest(), nullptr);
    StatsBatch batch;
    batch.timestampMs = 7000;
    batch.intervalMs = 1000;
    GuestRates other = rates(4);
    other.uuid = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    other.cpuPercent = 99;
    batch.guests = {other, rates(4)};
    Q_EMIT c->statsSampled(batch);
    ASSERT_EQ(page.pointCount(tr("CPU")), 1);
    EXPECT_DOUBLE_EQ(page.points(tr("CPU")).first().y(), 40.0);
    // A tick without this guest moves time on without inventing a value.
    batch.timestampMs = 8000;
    batch.guests = {other};
    Q_EMIT c->statsSampled(batch);
    EXPECT_EQ(page.sampleCount(), 2);
    ASSERT_EQ(page.pointCount(tr("CPU")), 1);
    EXPECT_DOUBLE_EQ(page.points(tr("CPU")).first().x(), -1.0);
}

namespace {

GuestRates guestRates(const QString &uuid, float cpu, quint64 usedMiB, quint64 assignedMiB) {
    GuestRates r;
    r.uuid = uuid;
    r.state = GuestState::Running;
    r.cpuPercent = cpu;
    r.memoryUsedKiB = usedMiB * MiB;
    r.memoryAssignedKiB = assignedMiB * MiB;
    r.diskReadBytesPerSec = 0;
    r.diskWriteBytesPerSec = 0;
    r.netRxBytesPerSec = 0;
    r.netTxBytesPerSec = 0;
    return r;
}

QString uuidOf(const DomainListModel &model, Connection *c, const QString &name) {
    const QModelIndex host = model.hostIndex(c);
    for (int row = 0; row < model.rowCount(host); ++row) {
        const DomainInfo *g = model.guestAt(model.index(row, 0, host));
        if (g && g->name == name)
            return g->uuid;
    }
    return QString();
}

QStringList column(const QTreeWidget *table, int c) {
    QStringList texts;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        texts.append(table->topLevelItem(i)->text(c));
    return texts;
}

} // namespace

TEST(HostPage, CountsRanksAndHostFigures) {
    ConnectionManager manager;
    DomainListModel model(&manager);
    Connection *c = manager.add(
        ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("guests-all-states.xml"))),
        false, false);
    ASSERT_TRUE(TestSupport::connectAndLoad(c));

    HostPage page(c, &model);
    EXPECT_TRUE(page.countsText().contains(QStringLiteral("3 of 11")));

    const QString web = uuidOf(model, c, QStringLiteral("web-frontend"));
    const QString db = uuidOf(model, c, QStringLiteral("db-primary"));
    const QString nginx = uuidOf(model, c, QStringLiteral("nginx-ct"));
    const QString build = uuidOf(model, c, QStringLiteral("build-agent"));
    ASSERT_FALSE(web.isEmpty());
    ASSERT_FALSE(db.isEmpty());
    ASSERT_FALSE(nginx.isEmpty());
    ASSERT_FALSE(build.isEmpty());

    StatsBatch batch;
    batch.timestampMs = 1000000;
    batch.intervalMs = 1000;
    batch.host.cpuPercent = 37;
    batch.host.cpus = 8;
    batch.host.memoryTotalKiB = 8 * GiB;
    batch.host.memoryUsedKiB = 2 * GiB;
    batch.guests = {
        guestRates(web, 10, 1024, 2048),  // 50 %
        guestRates(db, 80, 2048, 8192),   // 25 %
        guestRates(nginx, 45, 230, 256),  // ~90 %
        guestRates(build, NaN, 512, 4096) // paused: no CPU figure, 12.5 %
    };
    // The model (which fills the histories) and the page both listen to this signal.
    Q_EMIT c->statsSampled(batch);

    // Active guests only; those without a figure (redis-ct and laptop-sim got no sample,
    // build-agent no CPU) come last, by name.
    EXPECT_EQ(page.topByCpu(),
              (QStringList{QStringLiteral("db-primary"), QStringLiteral("nginx-ct"),
                           QStringLiteral("web-frontend"), QStringLiteral("build-agent"),
                           QStringLiteral("laptop-sim"), QStringLiteral("redis-ct")}));
    EXPECT_EQ(page.topByCpu(2),
              (QStringList{QStringLiteral("db-primary"), QStringLiteral("nginx-ct")}));
    EXPECT_EQ(page.topByMemory(4),
              (QStringList{QStringLiteral("nginx-ct"), QStringLiteral("web-frontend"),
                           QStringLiteral("db-primary"), QStringLiteral("build-agent")}));
    EXPECT_TRUE(page.topByCpu(0).isEmpty());

    const auto *busiest = page.findChild<QTreeWidget *>(QStringLiteral("busiestGuests"));
    const auto *largest = page.findChild<QTreeWidget *>(QStringLiteral("largestGuests"));
    ASSERT_TRUE(busiest && largest);
    EXPECT_EQ(column(busiest, 0), page.topByCpu());
    EXPECT_EQ(column(busiest, 1).first(), HostPage::tr("%1 %").arg(80));
    EXPECT_EQ(column(largest, 0).first(), QStringLiteral("nginx-ct"));
    EXPECT_EQ(column(largest, 1).first(), DomainListModel::formatMemory(230 * MiB));
    EXPECT_EQ(column(largest, 2).first(), HostPage::tr("%1 %").arg(90));

    // Host figures: the graphs show, with the latest values in their titles.
    EXPECT_TRUE(page.showsHostUsage());
    const auto *note = page.findChild<QLabel *>(QStringLiteral("noHostUsage"));
    ASSERT_TRUE(note);
    EXPECT_FALSE(note->isVisibleTo(&page));
    QStringList titles;
    const QList<QChartView *> views = page.findChildren<QChartView *>();
    ASSERT_EQ(views.size(), 2);
    for (const QChartView *view : views) {
        EXPECT_TRUE(view->isVisibleTo(&page));
        titles.append(view->chart()->title());
    }
    EXPECT_TRUE(titles.join(QLatin1Char('|')).contains(QStringLiteral("37")));
    EXPECT_TRUE(titles.join(QLatin1Char('|')).contains(DomainListModel::formatMemory(8 * GiB)));

    // A batch without host figures (what the test driver sends) swaps in the note.
    StatsBatch bare;
    bare.timestampMs = 1001000;
    bare.intervalMs = 1000;
    Q_EMIT c->statsSampled(bare);
    EXPECT_FALSE(page.showsHostUsage());
    EXPECT_TRUE(note->isVisibleTo(&page));
    for (const QChartView *view : views)
        EXPECT_FALSE(view->isVisibleTo(&page));
    Q_EMIT c->statsSampled(batch);
    EXPECT_TRUE(page.showsHostUsage());
    EXPECT_FALSE(note->isVisibleTo(&page));

    // A guest stopping updates the counts once the model has it.
    DomainInfo stopped = *model.guestAt(model.guestIndex(c, web));
    stopped.state = GuestState::ShutOff;
    Q_EMIT c->domainUpdated(stopped);
    EXPECT_TRUE(TestSupport::waitFor([&] {
        return page.findChild<QLabel *>(QStringLiteral("guestCounts"))
            ->text()
            .contains(QStringLiteral("2 of 11"));
    }));
    EXPECT_TRUE(page.countsText().contains(QStringLiteral("2 of 11")));
    EXPECT_FALSE(page.topByCpu().contains(QStringLiteral("web-frontend")));
}
