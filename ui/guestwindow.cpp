// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestwindow.h"

#include "bootpage.h"
#include "connection.h"
#include "consolepage.h"
#include "cpupage.h"
#include "devicespage.h"
#include "domainlistmodel.h"
#include "icons.h"
#include "memorypage.h"
#include "overviewpage.h"
#include "performancepage.h"
#include "resourcespage.h"
#include "xmlpage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int BaseTitleRole = Qt::UserRole + 1;

// The guest window's own pages share these; reloading one with unsaved edits would lose them.
template <typename Page> bool reloadIfIdle(QWidget *widget) {
    auto *page = qobject_cast<Page *>(widget);
    if (!page)
        return false;
    if (page->isLoaded() && !page->isBusy() && !page->isModified())
        page->reload();
    return true;
}

} // namespace

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
        if (guest.kind == GuestKind::VirtualMachine) {
            m_boot = new BootPage(connection, guest);
            addPage(m_boot, tr("Boot"), QStringLiteral("page-boot"));
        }
        m_devices = new DevicesPage(connection, guest);
        addPage(m_devices, tr("Devices"), QStringLiteral("page-devices"));
        m_xml = new XmlPage(connection, guest.uuid);
        addPage(m_xml, tr("XML"), QStringLiteral("page-xml"));
    }

    // As narrow as the page names allow: the console needs the room.
    // Room for the pending mark too, so that it never widens the list.
    int widest = 0;
    for (int i = 0; i < m_pages->count(); ++i)
        widest = std::max(widest, m_pages->fontMetrics().horizontalAdvance(
                                      m_pages->item(i)->text() + QStringLiteral(" •")));
    m_pages->setFixedWidth(widest + m_pages->iconSize().width() + 2 * m_pages->frameWidth() + 24);

    // What the running guest does not have yet: saved, waiting for its next start.
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("pendingBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette amber = m_banner->palette();
    amber.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    amber.setColor(QPalette::WindowText, QColor(0x4a, 0x38, 0x00));
    m_banner->setPalette(amber);
    auto *bannerIcon = new QLabel;
    bannerIcon->setPixmap(Icons::get(QStringLiteral("action-reboot")).pixmap(20, 20));
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    m_bannerText->setAccessibleName(tr("Changes waiting for a restart"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->setVisible(false);

    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_banner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    if (connection)
        connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &info) {
            if (info.uuid != m_guest.uuid)
                return;
            const bool startedOrStopped = info.isActive() != m_guest.isActive();
            m_guest = info;
            updateTitle();
            // A start runs the saved definition: nothing waits any more. Pages read again so
            // that their own marks go too.
            if (startedOrStopped) {
                m_pendingByPage.clear();
                updatePending();
                reloadIdlePages();
            }
        });
    updateTitle();
    resize(1060, 760);
}

GuestWindow::~GuestWindow() = default;

void GuestWindow::addPage(QWidget *page, const QString &title, const QString &iconName) {
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(Icons::get(iconName), title, m_pages);
    item->setData(BaseTitleRole, title);
    item->setSizeHint(QSize(0, 32));
    // Any page that can say what waits for a restart, now or later (found by signature so that
    // new pages take part without changes here).
    if (page->metaObject()->indexOfSignal("pendingChanged(QStringList)") >= 0)
        connect(page, SIGNAL(pendingChanged(QStringList)), this,
                SLOT(onPagePendingChanged(QStringList)));
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

void GuestWindow::onPagePendingChanged(const QStringList &what) {
    auto *page = qobject_cast<QWidget *>(sender());
    if (!page)
        return;
    // A read that began before the guest stopped may still report; a stopped guest has
    // nothing waiting.
    const bool stopped = !m_guest.isActive() && m_guest.state != GuestState::NoState;
    if (what.isEmpty() || stopped)
        m_pendingByPage.remove(page);
    else
        m_pendingByPage.insert(page, what);
    updatePending();
}

QStringList GuestWindow::pendingChanges() const {
    QStringList all;
    for (int i = 0; i < m_stack->count(); ++i) {
        for (const QString &name : m_pendingByPage.value(m_stack->widget(i))) {
            if (!all.contains(name))
                all << name;
        }
    }
    return all;
}

bool GuestWindow::hasPendingMark(QWidget *page) const {
    return !m_pendingByPage.value(page).isEmpty();
}

void GuestWindow::updatePending() {
    for (int i = 0; i < m_pages->count() && i < m_stack->count(); ++i) {
        QListWidgetItem *item = m_pages->item(i);
        const QString title = item->data(BaseTitleRole).toString();
        const bool marked = hasPendingMark(m_stack->widget(i));
        item->setText(marked ? title + QStringLiteral(" •") : title);
        item->setToolTip(marked ? tr("Has changes that apply after a restart") : QString());
        item->setData(Qt::AccessibleTextRole,
                      marked ? tr("%1, with changes that apply after a restart").arg(title)
                             : title);
    }
    const QStringList all = pendingChanges();
    m_banner->setVisible(!all.isEmpty());
    m_bannerText->setText(
        all.isEmpty()
            ? QString()
            : tr("Changes wait for a restart: %1 — they apply the next time the guest starts. "
                 "To apply them now, shut the guest down and start it again (a reboot from "
                 "inside the guest is not enough).")
                  .arg(all.join(tr(", "))));
}

void GuestWindow::reloadIdlePages() {
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget *page = m_stack->widget(i);
        if (reloadIfIdle<CpuPage>(page) || reloadIfIdle<MemoryPage>(page) ||
            reloadIfIdle<ResourcesPage>(page) || reloadIfIdle<BootPage>(page) ||
            reloadIfIdle<DevicesPage>(page))
            continue;
        // Pages added later that report pending changes may offer reload() as a slot.
        if (page->metaObject()->indexOfSignal("pendingChanged(QStringList)") >= 0 &&
            page->metaObject()->indexOfMethod("reload()") >= 0)
            QMetaObject::invokeMethod(page, "reload", Qt::QueuedConnection);
    }
}
