// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestwindow.h"

#include "connection.h"
#include "consolepage.h"
#include "cpupage.h"
#include "domainlistmodel.h"
#include "icons.h"
#include "memorypage.h"
#include "performancepage.h"
#include "overviewpage.h"
#include "resourcespage.h"
#include "xmlpage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

#include <algorithm>

GuestWindow::GuestWindow(Connection *connection, const DomainInfo &guest, DomainListModel *model,
                         QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_guest(guest) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(Icons::get(GuestStates::kindIconName(guest.kind)));
    m_pages = new QListWidget;
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setIconSize(QSize(16, 16));
    m_stack = new QStackedWidget;
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // A window opened on another page connects its console when the user turns to it.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        if (m_stack->currentWidget() == m_console && !m_console->isStarted() && isVisible())
            m_console->start();
    });

    m_console = new ConsolePage(connection, guest);
    addPage(m_console, tr("Console"), GuestStates::kindIconName(guest.kind));
    const GuestHistory *history = model ? model->history(connection, guest.uuid) : nullptr;
    m_performance = new PerformancePage(connection, guest, history);
    addPage(m_performance, tr("Performance"), QStringLiteral("page-performance"));
    if (connection) {
        m_overview = new OverviewPage(connection, guest);
        addPage(m_overview, tr("Overview"), QStringLiteral("page-overview"));
        m_cpu = new CpuPage(connection, guest);
        addPage(m_cpu, tr("CPU"), QStringLiteral("page-cpu"));
        m_memory = new MemoryPage(connection, guest);
        addPage(m_memory, tr("Memory"), QStringLiteral("page-memory"));
        m_resources = new ResourcesPage(connection, guest);
        addPage(m_resources, tr("Resources"), QStringLiteral("page-resources"));
        m_xml = new XmlPage(connection, guest.uuid);
        addPage(m_xml, tr("XML"), QStringLiteral("page-xml"));
    }

    // As narrow as the page names allow: the console needs the room.
    int widest = 0;
    for (int i = 0; i < m_pages->count(); ++i)
        widest =
            std::max(widest, m_pages->fontMetrics().horizontalAdvance(m_pages->item(i)->text()));
    m_pages->setFixedWidth(widest + m_pages->iconSize().width() + 2 * m_pages->frameWidth() + 24);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    if (connection)
        connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &info) {
            if (info.uuid == m_guest.uuid) {
                m_guest = info;
                updateTitle();
            }
        });
    updateTitle();
    resize(1060, 760);
}

GuestWindow::~GuestWindow() = default;

void GuestWindow::addPage(QWidget *page, const QString &title, const QString &iconName) {
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(Icons::get(iconName), title, m_pages);
    item->setSizeHint(QSize(0, 32));
    if (m_pages->currentRow() < 0)
        m_pages->setCurrentRow(0);
}

void GuestWindow::updateTitle() {
    const QString host = m_connection ? m_connection->uri().hostLabel() : QString();
    setWindowTitle(tr("%1 (%2) — %3").arg(m_guest.name, GuestStates::label(m_guest.state), host));
}

void GuestWindow::showPage(QWidget *page) {
    m_pages->setCurrentRow(m_stack->indexOf(page));
    show();
    raise();
    activateWindow();
}

void GuestWindow::showConsole() {
    showPage(m_console);
    // A live console is only raised; one that ended (or never began) connects again.
    using Mode = ConsolePage::Mode;
    const Mode mode = m_console->mode();
    if (!m_console->isStarted() || mode == Mode::Message || mode == Mode::NotRunning)
        m_console->start();
}

void GuestWindow::showPerformance() {
    showPage(m_performance);
}
