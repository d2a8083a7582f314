// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "actionresultsdialog.h"
#include "addconnectiondialog.h"
#include "alertmonitor.h"
#include "alertrulesedit.h"
#include "clonedialog.h"
#include "connection.h"
#include "connectionmanager.h"
#include "deleteguestdialog.h"
#include "desktopnotifier.h"
#include "domainfilterproxy.h"
#include "domaingroupproxy.h"
#include "domainlistmodel.h"
#include "errordialog.h"
#include "guestitemdelegate.h"
#include "guesttreeview.h"
#include "guestwindow.h"
#include "hostwindow.h"
#include "icons.h"
#include "newcontainerwizard.h"
#include "newvmwizard.h"
#include "templatedialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

struct ActionSpec {
    GuestAction action;
    const char *icon;
    QKeyCombination shortcut; // plain values: QKeySequence needs the application first
};

const ActionSpec kGuestActionSpecs[] = {
    {GuestAction::Start, "action-start", Qt::CTRL | Qt::SHIFT | Qt::Key_S},
    {GuestAction::Shutdown, "action-shutdown", Qt::CTRL | Qt::SHIFT | Qt::Key_D},
    {GuestAction::Reboot, "action-reboot", Qt::CTRL | Qt::SHIFT | Qt::Key_R},
    {GuestAction::ForceOff, "action-forceoff", Qt::CTRL | Qt::SHIFT | Qt::Key_F},
    {GuestAction::Pause, "action-pause", Qt::CTRL | Qt::SHIFT | Qt::Key_P},
    {GuestAction::Resume, "action-resume", Qt::CTRL | Qt::SHIFT | Qt::Key_E},
    {GuestAction::Save, "action-save", Qt::CTRL | Qt::SHIFT | Qt::Key_M},
    {GuestAction::Restore, "action-restore", Qt::CTRL | Qt::SHIFT | Qt::Key_O},
    {GuestAction::DiscardSave, "action-discard", QKeyCombination()},
    {GuestAction::AutostartOn, "action-autostart", QKeyCombination()},
    {GuestAction::AutostartOff, "action-autostart", QKeyCombination()},
    {GuestAction::Delete, "action-delete", QKeyCombination(Qt::Key_Delete)},
};

QString pastTense(GuestAction action, int count) {
    switch (action) {
    case GuestAction::Start:
        return MainWindow::tr("Started %n guest(s).", nullptr, count);
    case GuestAction::Shutdown:
        return MainWindow::tr("Asked %n guest(s) to shut down.", nullptr, count);
    case GuestAction::Reboot:
        return MainWindow::tr("Asked %n guest(s) to reboot.", nullptr, count);
    case GuestAction::ForceOff:
        return MainWindow::tr("Forced %n guest(s) off.", nullptr, count);
    case GuestAction::Pause:
        return MainWindow::tr("Paused %n guest(s).", nullptr, count);
    case GuestAction::Resume:
        return MainWindow::tr("Resumed %n guest(s).", nullptr, count);
    case GuestAction::Save:
        return MainWindow::tr("Saved the state of %n guest(s).", nullptr, count);
    case GuestAction::Restore:
        return MainWindow::tr("Restored %n guest(s).", nullptr, count);
    case GuestAction::DiscardSave:
        return MainWindow::tr("Discarded the saved state of %n guest(s).", nullptr, count);
    case GuestAction::AutostartOn:
    case GuestAction::AutostartOff:
        return MainWindow::tr("Changed autostart of %n guest(s).", nullptr, count);
    case GuestAction::Delete:
        return MainWindow::tr("Deleted %n guest(s).", nullptr, count);
    }
    return {};
}

} // namespace

MainWindow::MainWindow(ConnectionManager *manager, QWidget *parent)
    : QMainWindow(parent)
    , m_manager(manager) {
    setWindowTitle(tr("VirtDeck"));
    setWindowIcon(Icons::app());
    setAccessibleName(tr("VirtDeck manager"));

    m_model = new DomainListModel(manager, this);
    m_proxy = new DomainFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_groups = new DomainGroupProxy(m_proxy, this);

    m_view = new GuestTreeView;
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new GuestItemDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DomainListModel::NameColumn, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Guests"));
    Icons::preloadListIcons(m_view->style()->pixelMetric(QStyle::PM_SmallIconSize));
    m_view->setExpandsOnDoubleClick(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    const int widths[] = {250, 170, 110, 110, 55, 80, 130, 140, 140, 140};
    for (int c = 0; c < DomainListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    // Word columns fit their longest (translated) word, measured once rather than per row.
    const QFontMetrics fm = m_view->fontMetrics();
    const int iconAndPadding = 40;
    int stateWidth = 0;
    for (GuestState s :
         {GuestState::Running, GuestState::Paused, GuestState::ShuttingDown, GuestState::ShutOff,
          GuestState::Crashed, GuestState::Suspended, GuestState::Saved})
        stateWidth = std::max(stateWidth, fm.horizontalAdvance(GuestStates::label(s)));
    header->resizeSection(
        DomainListModel::StateColumn,
        std::max(widths[DomainListModel::StateColumn], stateWidth + iconAndPadding));
    const int kindWidth =
        std::max(fm.horizontalAdvance(GuestStates::kindLabel(GuestKind::VirtualMachine)),
                 fm.horizontalAdvance(GuestStates::kindLabel(GuestKind::Container)));
    header->resizeSection(DomainListModel::KindColumn,
                          std::max(widths[DomainListModel::KindColumn], kindWidth + 16));
    header->setSectionResizeMode(DomainListModel::NameColumn, QHeaderView::Stretch);
    // Which columns show is the user's choice (header context menu), kept across runs.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    // By default the list shows CPU and memory; disk and network I/O are one click away.
    const QStringList hidden =
        QSettings()
            .value(QStringLiteral("manager/hiddenColumns"),
                   QStringList{QString::number(DomainListModel::DiskIoColumn),
                               QString::number(DomainListModel::NetworkIoColumn)})
            .toStringList();
    for (const QString &column : hidden)
        m_view->setColumnHidden(column.toInt(), true);
    // Statistics repaint what is on screen; re-sorting by them is rationed to every 2 s.
    connect(m_model, &DomainListModel::statisticsUpdated, this, [this] {
        // Only the statistics columns changed: repaint just their strip of the list.
        QHeaderView *h = m_view->header();
        int left = m_view->viewport()->width();
        int right = 0;
        for (int c = DomainListModel::CpuColumn; c < DomainListModel::ColumnCount; ++c) {
            if (m_view->isColumnHidden(c))
                continue;
            left = std::min(left, h->sectionViewportPosition(c));
            right = std::max(right, h->sectionViewportPosition(c) + h->sectionSize(c));
        }
        if (right > left)
            m_view->viewport()->update(QRect(left, 0, right - left, m_view->viewport()->height()));
        const int sortColumn = m_proxy->sortColumn();
        if (DomainListModel::isStatisticsColumn(sortColumn) && !m_resortTimer.isActive())
            m_resortTimer.start();
    });
    m_resortTimer.setSingleShot(true);
    m_resortTimer.setInterval(2000);
    connect(&m_resortTimer, &QTimer::timeout, this, [this] { m_proxy->invalidate(); });

    createActions();
    createMenus();
    createToolBar();

    m_demoBanner = createDemoBanner();
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_demoBanner);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel;
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_view, &QTreeView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = listIndex(index);
        if (const DomainInfo *info = m_model->guestAt(source))
            openGuestWindow(m_model->connectionAt(source), info->uuid);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::scheduleActionUpdate);
    // New hosts and groups open; in Host mode the view shows the filter proxy itself.
    for (QAbstractItemModel *shown :
         {static_cast<QAbstractItemModel *>(m_proxy), static_cast<QAbstractItemModel *>(m_groups)})
        connect(shown, &QAbstractItemModel::rowsInserted, this,
                [this, shown](const QModelIndex &parent, int first, int last) {
                    if (parent.isValid() || m_view->model() != shown)
                        return;
                    for (int r = first; r <= last; ++r)
                        m_view->expand(shown->index(r, 0));
                });
    // After the view's own reset, which collapses everything.
    connect(
        m_groups, &QAbstractItemModel::modelReset, this,
        [this] {
            if (m_view->model() == m_groups)
                expandTopLevel();
        },
        Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleActionUpdate);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleActionUpdate);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleActionUpdate);
    applyGroupMode(); // the grouping chosen last time; also opens the top-level rows

    for (Connection *c : manager->connections())
        watchConnection(c);
    connect(manager, &ConnectionManager::connectionAdded, this, &MainWindow::watchConnection);
    connect(manager, &ConnectionManager::demoConnectionOpened, this, &MainWindow::updateDemoBanner);
    connect(manager, &ConnectionManager::connectionAboutToBeRemoved, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::updateDemoBanner); });

    m_alerts = new AlertMonitor(m_model, this);
    m_alerts->load();
    m_notifier = new DesktopNotifier(this);
    connect(m_alerts, &AlertMonitor::alertRaised, this,
            [this](Connection *, const QString &, const QString &name, const QString &text) {
                statusBar()->showMessage(tr("Alert: %1: %2").arg(name, text), 10000);
                if (m_preferences.desktopNotifications)
                    m_notifier->notify(tr("VirtDeck: %1").arg(name), text);
            });
    m_scopeTimer.setInterval(1000);
    connect(&m_scopeTimer, &QTimer::timeout, this, &MainWindow::updateStatsScope);
    Preferences preferences = Preferences::load();
    preferences.alertsEnabled = m_alerts->isEnabled();
    preferences.alertRules = m_alerts->globalRules();
    applyPreferences(preferences);

    updateDemoBanner();
    updateActions();
    // The list has the keyboard from the start (Ctrl+F reaches the filter); a focused filter
    // would also blink its cursor, repainting twice a second for nothing.
    m_view->setFocus();
    resize(1180, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    for (const ActionSpec &spec : kGuestActionSpecs) {
        auto *a = new QAction(Icons::get(QString::fromLatin1(spec.icon)),
                              GuestActions::label(spec.action), this);
        const QKeySequence shortcut =
            spec.shortcut.key() == Qt::Key_unknown ? QKeySequence() : QKeySequence(spec.shortcut);
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
        if (!shortcut.isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(
                GuestActions::label(spec.action), shortcut.toString(QKeySequence::NativeText)));
        const GuestAction action = spec.action;
        connect(a, &QAction::triggered, this, [this, action] { trigger(action); });
        m_guestActions.insert(action, a);
    }
    m_guestActions[GuestAction::Delete]->setText(tr("Delete…"));
    m_guestActions[GuestAction::ForceOff]->setText(tr("Force off…"));

    m_openConsole = new QAction(Icons::get(QStringLiteral("guest-vm")), tr("Open console"), this);
    m_openConsole->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openConsole->setToolTip(
        tr("Open the guest's window with its console (Ctrl+O, Enter or double-click)"));
    connect(m_openConsole, &QAction::triggered, this, [this] {
        const QList<SelectedGuest> guests = selectedGuests();
        for (const SelectedGuest &g : guests)
            openGuestWindow(g.connection, g.info->uuid);
    });

    m_showPerformance =
        new QAction(Icons::get(QStringLiteral("page-performance")), tr("Performance"), this);
    m_showPerformance->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_showPerformance->setToolTip(tr("Show the guest's CPU, memory, disk and network graphs "
                                     "(Ctrl+G)"));
    connect(m_showPerformance, &QAction::triggered, this, [this] {
        const QList<SelectedGuest> guests = selectedGuests();
        for (const SelectedGuest &g : guests)
            openPerformance(g.connection, g.info->uuid);
    });
    m_hostDetails =
        new QAction(Icons::get(QStringLiteral("host-connected")), tr("Host details"), this);
    m_hostDetails->setToolTip(tr("Show the host's CPU and memory use and its busiest guests"));
    connect(m_hostDetails, &QAction::triggered, this, [this] {
        if (Connection *c = selectedConnection())
            openHostWindow(c);
    });

    m_newVm =
        new QAction(Icons::get(QStringLiteral("guest-new")), tr("New virtual machine…"), this);
    m_newVm->setShortcut(QKeySequence::New);
    m_newVm->setToolTip(tr("Create a virtual machine on the selected host (Ctrl+N)"));
    connect(m_newVm, &QAction::triggered, this, [this] { newVirtualMachine(); });
    m_newContainer =
        new QAction(Icons::get(QStringLiteral("guest-container")), tr("New container…"), this);
    m_newContainer->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_N);
    m_newContainer->setToolTip(tr("Create a container on an LXC host (Ctrl+Alt+N)"));
    connect(m_newContainer, &QAction::triggered, this, [this] { newContainer(); });
    m_clone = new QAction(tr("Clone…"), this);
    m_clone->setToolTip(tr("Make a copy of the selected virtual machine with its disks"));
    connect(m_clone, &QAction::triggered, this, [this] { cloneSelected(); });
    m_fromTemplate = new QAction(tr("Many from template…"), this);
    m_fromTemplate->setToolTip(
        tr("Make many virtual machines from the selected one (web-01, web-02, …)"));
    connect(m_fromTemplate, &QAction::triggered, this, [this] { deployFromSelected(); });

    m_addConnection =
        new QAction(Icons::get(QStringLiteral("connection-add")), tr("Add connection…"), this);
    m_addConnection->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    connect(m_addConnection, &QAction::triggered, this, &MainWindow::addConnection);

    m_connect = new QAction(Icons::get(QStringLiteral("connection-connect")), tr("Connect"), this);
    connect(m_connect, &QAction::triggered, this, [this] {
        if (Connection *c = selectedConnection())
            c->connectToHost();
    });
    m_disconnect =
        new QAction(Icons::get(QStringLiteral("connection-disconnect")), tr("Disconnect"), this);
    connect(m_disconnect, &QAction::triggered, this, [this] {
        if (Connection *c = selectedConnection())
            c->disconnectFromHost();
    });
    m_removeConnection = new QAction(tr("Remove connection…"), this);
    connect(m_removeConnection, &QAction::triggered, this, [this] {
        Connection *c = selectedConnection();
        if (!c)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Remove connection"),
            tr("Remove %1 from the list? Its guests stay on the host untouched.")
                .arg(c->displayName()));
        if (answer == QMessageBox::Yes)
            m_manager->remove(c);
    });

    m_focusFilter = new QAction(tr("Filter guests"), this);
    m_focusFilter->setShortcut(QKeySequence::Find);
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::editPreferences);
    m_alertRulesAction = new QAction(tr("Alert thresholds…"), this);
    connect(m_alertRulesAction, &QAction::triggered, this, [this] {
        const QList<SelectedGuest> guests = selectedGuests();
        if (guests.size() == 1)
            editGuestAlertRules(guests.first().info->uuid, guests.first().info->name);
    });

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_about = new QAction(tr("&About VirtDeck"), this);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About VirtDeck"),
                           tr("<b>VirtDeck %1</b><br>Virtual machines and containers on "
                              "libvirt.<br>Licensed under the GNU GPL, version 2 or later.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newVm);
    file->addAction(m_newContainer);
    file->addSeparator();
    file->addAction(m_addConnection);
    file->addSeparator();
    file->addAction(m_preferencesAction);
    file->addSeparator();
    file->addAction(m_quit);

    m_connectionMenu = menuBar()->addMenu(tr("&Connection"));
    m_connectionMenu->addAction(m_connect);
    m_connectionMenu->addAction(m_disconnect);
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(m_hostDetails);
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(m_removeConnection);

    m_guestMenu = menuBar()->addMenu(tr("&Guest"));
    m_guestMenu->addAction(m_openConsole);
    m_guestMenu->addAction(m_showPerformance);
    m_guestMenu->addSeparator();
    m_guestMenu->addAction(m_clone);
    m_guestMenu->addAction(m_fromTemplate);
    m_guestMenu->addSeparator();
    for (const ActionSpec &spec : kGuestActionSpecs) {
        if (spec.action == GuestAction::DiscardSave || spec.action == GuestAction::AutostartOn ||
            spec.action == GuestAction::Delete)
            m_guestMenu->addSeparator();
        m_guestMenu->addAction(m_guestActions[spec.action]);
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_focusFilter);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
}

void MainWindow::createToolBar() {
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_newVm);
    bar->addSeparator();
    bar->addAction(m_openConsole);
    for (GuestAction a : {GuestAction::Start, GuestAction::Restore, GuestAction::Pause,
                          GuestAction::Resume, GuestAction::Shutdown, GuestAction::Reboot,
                          GuestAction::ForceOff, GuestAction::Save, GuestAction::Delete})
        bar->addAction(m_guestActions[a]);
}

QWidget *MainWindow::createFilterBar() {
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 4, 6, 4);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Filter by name, title, tag or UUID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter guests"));
    m_stateFilter = new QComboBox;
    m_stateFilter->setAccessibleName(tr("State filter"));
    using SF = DomainFilterProxy::StateFilter;
    m_stateFilter->addItem(tr("All states"), int(SF::Any));
    m_stateFilter->addItem(tr("Active"), int(SF::Active));
    m_stateFilter->addItem(tr("Running"), int(SF::Running));
    m_stateFilter->addItem(tr("Paused"), int(SF::Paused));
    m_stateFilter->addItem(tr("Shut off"), int(SF::ShutOff));
    m_stateFilter->addItem(tr("Saved"), int(SF::Saved));
    m_stateFilter->addItem(tr("Crashed"), int(SF::Crashed));
    m_kindFilter = new QComboBox;
    m_kindFilter->setAccessibleName(tr("Kind filter"));
    using KF = DomainFilterProxy::KindFilter;
    m_kindFilter->addItem(tr("VMs and containers"), int(KF::Any));
    m_kindFilter->addItem(tr("Virtual machines"), int(KF::VirtualMachine));
    m_kindFilter->addItem(tr("Containers"), int(KF::Container));
    layout->addWidget(m_search, 1);
    layout->addWidget(m_stateFilter);
    layout->addWidget(m_kindFilter);
    m_tagFilter = new QComboBox;
    m_tagFilter->setAccessibleName(tr("Tag filter"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_tagFilter);
    refreshTagFilter();
    auto *groupByLabel = new QLabel(tr("Group by:"));
    m_groupBy = new QComboBox;
    m_groupBy->setAccessibleName(tr("Group by"));
    m_groupBy->setToolTip(tr("List the guests under their host, state, operating system or tag"));
    groupByLabel->setBuddy(m_groupBy);
    using GM = DomainGroupProxy::Mode;
    m_groupBy->addItem(tr("Host"), int(GM::Host));
    m_groupBy->addItem(tr("State"), int(GM::State));
    m_groupBy->addItem(tr("OS"), int(GM::Os));
    m_groupBy->addItem(tr("Tag"), int(GM::Tag));
    const GM saved = DomainGroupProxy::modeFromKey(
        QSettings().value(QStringLiteral("manager/groupBy")).toString());
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(int(saved))));
    layout->addWidget(groupByLabel);
    layout->addWidget(m_groupBy);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &DomainFilterProxy::setText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStateFilter(SF(m_stateFilter->currentData().toInt())); });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKindFilter(KF(m_kindFilter->currentData().toInt())); });
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTagFilter(m_tagFilter->currentData().toString()); });
    connect(m_model, &DomainListModel::tagsChanged, this, &MainWindow::refreshTagFilter);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(
            QStringLiteral("manager/groupBy"),
            DomainGroupProxy::modeKey(DomainGroupProxy::Mode(m_groupBy->currentData().toInt())));
        applyGroupMode();
    });
    return bar;
}

void MainWindow::applyGroupMode() {
    using GM = DomainGroupProxy::Mode;
    const auto mode = GM(m_groupBy->currentData().toInt());
    QList<QPair<Connection *, QString>> selected;
    for (const SelectedGuest &g : selectedGuests())
        selected.append({g.connection, g.info->uuid});
    m_groups->setMode(mode);
    // Host is the filtered tree itself: no grouping layer between it and the view.
    QAbstractItemModel *shown = mode == GM::Host ? static_cast<QAbstractItemModel *>(m_proxy)
                                                 : static_cast<QAbstractItemModel *>(m_groups);
    if (m_view->model() != shown) {
        QItemSelectionModel *previous = m_view->selectionModel();
        const QByteArray header = m_view->header()->saveState();
        m_view->setModel(shown);
        m_view->header()->restoreState(header);
        previous->deleteLater();
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::scheduleActionUpdate);
    }
    expandTopLevel();
    // The guests selected before stay selected, wherever they are listed now.
    QItemSelectionModel *selection = m_view->selectionModel();
    for (const auto &[connection, uuid] : std::as_const(selected)) {
        const QModelIndex list = m_model->guestIndex(connection, uuid);
        const QModelIndex row =
            shown == m_groups ? m_groups->mapFromListModel(list) : m_proxy->mapFromSource(list);
        if (row.isValid())
            selection->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    scheduleActionUpdate();
}

void MainWindow::expandTopLevel() {
    QAbstractItemModel *shown = m_view->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        m_view->expand(shown->index(r, 0));
}

QModelIndex MainWindow::listIndex(const QModelIndex &viewIndex) const {
    if (viewIndex.model() == m_groups)
        return m_groups->mapToListModel(viewIndex);
    if (viewIndex.model() == m_proxy)
        return m_proxy->mapToSource(viewIndex);
    return viewIndex.model() == m_model ? viewIndex : QModelIndex();
}

void MainWindow::refreshTagFilter() {
    const QString chosen = m_tagFilter->currentData().toString();
    QStringList tags = m_model->allTags();
    // A chosen tag no guest carries any more (a host reconnecting) stays, so the filter holds.
    if (!chosen.isEmpty() && !tags.contains(chosen, Qt::CaseInsensitive))
        tags.append(chosen);
    {
        const QSignalBlocker blocker(m_tagFilter);
        m_tagFilter->clear();
        m_tagFilter->addItem(tr("All tags"), QString());
        int current = 0;
        for (const QString &tag : std::as_const(tags)) {
            m_tagFilter->addItem(tag, tag);
            if (!chosen.isEmpty() && tag.compare(chosen, Qt::CaseInsensitive) == 0)
                current = m_tagFilter->count() - 1;
        }
        m_tagFilter->setCurrentIndex(current);
    }
    m_proxy->setTagFilter(m_tagFilter->currentData().toString());
}

QWidget *MainWindow::createDemoBanner() {
    auto *banner = new QLabel(
        tr("<b>Demo connection.</b> No libvirt daemon answered on this computer, so VirtDeck "
           "opened libvirt's built-in test driver: its guests are examples and nothing really "
           "runs. Start libvirtd (or add a remote host) to manage real guests."));
    banner->setObjectName(QStringLiteral("demoBanner"));
    banner->setWordWrap(true);
    banner->setMargin(8);
    banner->setAutoFillBackground(true);
    QPalette pal = banner->palette();
    pal.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xc4));
    pal.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x00));
    banner->setPalette(pal);
    banner->setAccessibleName(tr("Demo connection notice"));
    banner->setVisible(false);
    return banner;
}

void MainWindow::updateDemoBanner() {
    m_demoBanner->setVisible(m_manager->demoConnection());
}

void MainWindow::watchConnection(Connection *connection) {
    connect(connection, &Connection::actionFinished, this,
            [this, connection](const ActionResult &r) { onActionFinished(connection, r); });
    connect(connection, &Connection::errorOccurred, this,
            [this, connection](const UserError &error, bool userInitiated) {
                if (userInitiated)
                    ErrorDialog::showError(error, this);
                else
                    statusBar()->showMessage(
                        tr("%1: %2").arg(connection->displayName(), error.title()), 8000);
            });
    connect(connection, &Connection::stateChanged, this, &MainWindow::scheduleActionUpdate);
    connect(connection, &Connection::stateChanged, this, &MainWindow::updateDemoBanner);
}

QList<MainWindow::SelectedGuest> MainWindow::selectedGuests() const {
    QList<SelectedGuest> guests;
    // Grouped by tag, a guest can be selected under several tags: it is still one guest.
    QSet<const DomainInfo *> seen;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    for (const QModelIndex &viewIndex : rows) {
        const QModelIndex index = listIndex(viewIndex);
        const DomainInfo *info = m_model->guestAt(index);
        if (info && !seen.contains(info)) {
            seen.insert(info);
            guests.append({m_model->connectionAt(index), info});
        }
    }
    return guests;
}

Connection *MainWindow::selectedConnection() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    const QModelIndex pick = rows.isEmpty() ? current : rows.first();
    return pick.isValid() ? m_model->connectionAt(listIndex(pick)) : nullptr;
}

void MainWindow::scheduleActionUpdate() {
    if (m_actionUpdateScheduled)
        return;
    m_actionUpdateScheduled = true;
    QTimer::singleShot(0, this, &MainWindow::updateActions);
}

void MainWindow::updateActions() {
    m_actionUpdateScheduled = false;
    const QList<SelectedGuest> guests = selectedGuests();
    for (auto it = m_guestActions.cbegin(); it != m_guestActions.cend(); ++it) {
        bool enabled = false;
        for (const SelectedGuest &g : guests) {
            if (g.connection->isOpen() && GuestActions::applies(it.key(), *g.info)) {
                enabled = true;
                break;
            }
        }
        it.value()->setEnabled(enabled);
    }
    m_openConsole->setEnabled(!guests.isEmpty());
    m_showPerformance->setEnabled(!guests.isEmpty());
    Connection *c = selectedConnection();
    m_connect->setEnabled(c && (c->state() == Connection::State::Disconnected ||
                                c->state() == Connection::State::Reconnecting));
    m_disconnect->setEnabled(c && c->state() != Connection::State::Disconnected);
    m_removeConnection->setEnabled(c);
    m_hostDetails->setEnabled(c);
    m_newVm->setEnabled(creationHost(c, false));
    m_newContainer->setEnabled(creationHost(c, true));
    // Clones are of one virtual machine on an open host (libvirt copies VM disks only).
    const bool oneVm = guests.size() == 1 && guests.first().connection->isOpen() &&
                       guests.first().info->kind == GuestKind::VirtualMachine;
    m_clone->setEnabled(oneVm);
    m_fromTemplate->setEnabled(oneVm);
    updateStatus();
}

void MainWindow::updateStatus() {
    const int total = m_model->guestCount();
    const int selected = int(selectedGuests().size());
    m_countLabel->setText(selected > 0
                              ? tr("%1 of %n guest(s) selected", nullptr, total).arg(selected)
                              : tr("%n guest(s)", nullptr, total));
}

Connection *MainWindow::creationHost(Connection *preferred, bool containers) const {
    auto fits = [containers](Connection *c) {
        if (!c || !c->isOpen())
            return false;
        const bool lxc = c->uri().hypervisor() == ConnectionUri::Hypervisor::Lxc;
        return lxc == containers;
    };
    if (fits(preferred))
        return preferred;
    const QList<Connection *> all = m_manager->connections();
    for (Connection *c : all)
        if (fits(c))
            return c;
    return nullptr;
}

NewVmWizard *MainWindow::newVirtualMachine(Connection *connection) {
    Connection *host = creationHost(connection ? connection : selectedConnection(), false);
    if (!host)
        return nullptr;
    auto *wizard = new NewVmWizard(host, this);
    QPointer<Connection> alive(host);
    connect(
        wizard, &NewVmWizard::guestCreated, this, [this, alive](const QString &uuid, bool started) {
            if (!alive || !started)
                return;
            // The list learns of the guest through libvirt's event; open its console once it is
            // there (a few tries, then the user opens it from the list).
            auto *timer = new QTimer(this);
            timer->setInterval(200);
            connect(timer, &QTimer::timeout, this, [this, alive, uuid, timer, tries = 0]() mutable {
                if (!alive || openGuestWindow(alive, uuid) || ++tries > 50)
                    timer->deleteLater();
            });
            timer->start();
        });
    wizard->show();
    return wizard;
}

NewContainerWizard *MainWindow::newContainer(Connection *connection) {
    Connection *host = creationHost(connection ? connection : selectedConnection(), true);
    if (!host)
        return nullptr;
    auto *wizard = new NewContainerWizard(host, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

CloneDialog *MainWindow::cloneSelected() {
    const QList<SelectedGuest> guests = selectedGuests();
    if (guests.size() != 1)
        return nullptr;
    auto *dialog = new CloneDialog(guests.first().connection, guests.first().info->uuid,
                                   guests.first().info->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

TemplateDialog *MainWindow::deployFromSelected() {
    const QList<SelectedGuest> guests = selectedGuests();
    if (guests.size() != 1)
        return nullptr;
    auto *dialog = new TemplateDialog(guests.first().connection, guests.first().info->uuid,
                                      guests.first().info->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

GuestWindow *MainWindow::guestWindow(Connection *connection, const QString &uuid) {
    const QModelIndex index = m_model->guestIndex(connection, uuid);
    const DomainInfo *info = m_model->guestAt(index);
    if (!info)
        return nullptr;
    const QString key = connection->uri().toString() + QLatin1Char('/') + uuid;
    GuestWindow *window = m_guestWindows.value(key);
    if (!window) {
        window = new GuestWindow(connection, *info, m_model);
        m_guestWindows.insert(key, window);
        // Its guest is sampled even when scrolled out of the list.
        updateStatsScope();
    }
    return window;
}

GuestWindow *MainWindow::openGuestWindow(Connection *connection, const QString &uuid) {
    GuestWindow *window = guestWindow(connection, uuid);
    if (window)
        window->showConsole();
    return window;
}

GuestWindow *MainWindow::openPerformance(Connection *connection, const QString &uuid) {
    GuestWindow *window = guestWindow(connection, uuid);
    if (window)
        window->showPerformance();
    return window;
}

HostWindow *MainWindow::openHostWindow(Connection *connection) {
    HostWindow *window = m_hostWindows.value(connection);
    if (!window) {
        window = new HostWindow(connection, m_model);
        m_hostWindows.insert(connection, window);
        connect(connection, &QObject::destroyed, window, &QWidget::close);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void MainWindow::openConsoleWhenListed(const QString &name) {
    auto tryOpen = [this, name] {
        for (int h = 0; h < m_model->rowCount(); ++h) {
            const QModelIndex host = m_model->index(h, 0);
            for (int r = 0; r < m_model->rowCount(host); ++r) {
                const QModelIndex index = m_model->index(r, 0, host);
                const DomainInfo *info = m_model->guestAt(index);
                if (info && info->name == name) {
                    openGuestWindow(m_model->connectionAt(index), info->uuid);
                    return true;
                }
            }
        }
        return false;
    };
    if (tryOpen())
        return;
    auto *watcher = new QObject(this);
    connect(m_model, &QAbstractItemModel::rowsInserted, watcher, [watcher, tryOpen] {
        if (tryOpen())
            watcher->deleteLater();
    });
}

void MainWindow::applyPreferences(const Preferences &preferences) {
    m_preferences = preferences;
    m_manager->setStatsInterval(preferences.statsIntervalMs);
    m_model->setHistoryLength(preferences.historyLength);
    m_alerts->setGlobalRules(preferences.alertRules);
    m_alerts->setEnabled(preferences.alertsEnabled);
    if (preferences.sampleVisibleOnly) {
        m_scopeTimer.start();
        updateStatsScope();
    } else {
        m_scopeTimer.stop();
        for (Connection *c : m_manager->connections())
            c->setStatsScope({});
    }
}

void MainWindow::editPreferences() {
    Preferences current = m_preferences;
    current.alertsEnabled = m_alerts->isEnabled();
    current.alertRules = m_alerts->globalRules();
    PreferencesDialog dialog(current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    applyPreferences(chosen);
    m_alerts->save();
    chosen.save();
}

void MainWindow::editGuestAlertRules(const QString &uuid, const QString &name) {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Alerts for “%1”").arg(name));
    auto *useGlobal = new QCheckBox(tr("Use the rules set in Preferences"));
    auto *edit = new AlertRulesEdit;
    const auto own = m_alerts->guestRules(uuid);
    useGlobal->setChecked(!own);
    edit->setRules(own.value_or(m_alerts->globalRules()));
    edit->setEnabled(bool(own));
    connect(useGlobal, &QCheckBox::toggled, edit,
            [edit](bool global) { edit->setEnabled(!global); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    if (!m_alerts->isEnabled()) {
        auto *off = new QLabel(tr("Alerts are switched off in Preferences."));
        off->setWordWrap(true);
        layout->addWidget(off);
    }
    layout->addWidget(useGlobal);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_alerts->setGuestRules(
        uuid, useGlobal->isChecked() ? std::nullopt : std::optional<AlertRules>(edit->rules()));
    m_alerts->save();
}

// With "sample only what is on screen", each large connection samples the guests in view
// and those with an open window.
void MainWindow::updateStatsScope() {
    constexpr int kLargeConnection = 200;
    QHash<Connection *, QStringList> scope;
    const QRect area = m_view->viewport()->rect();
    for (QModelIndex index = m_view->indexAt(area.topLeft()); index.isValid();
         index = m_view->indexBelow(index)) {
        if (m_view->visualRect(index).top() > area.bottom())
            break;
        const QModelIndex source = listIndex(index);
        if (const DomainInfo *info = m_model->guestAt(source))
            scope[m_model->connectionAt(source)].append(info->uuid);
    }
    for (QStringList &uuids : scope)
        uuids.removeDuplicates(); // a guest listed under several tags
    for (const QPointer<GuestWindow> &window : std::as_const(m_guestWindows))
        if (window && window->connection())
            scope[window->connection()].append(window->uuid());
    for (Connection *c : m_manager->connections()) {
        const int guests = m_model->rowCount(m_model->hostIndex(c));
        c->setStatsScope(guests > kLargeConnection ? scope.value(c) : QStringList());
    }
}

void MainWindow::showColumnMenu(const QPoint &pos) {
    QMenu menu;
    for (int c = DomainListModel::NameColumn + 1; c < DomainListModel::ColumnCount; ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_view->setColumnHidden(c, !on);
            QStringList hidden;
            for (int col = 0; col < DomainListModel::ColumnCount; ++col)
                if (m_view->isColumnHidden(col))
                    hidden << QString::number(col);
            QSettings().setValue(QStringLiteral("manager/hiddenColumns"), hidden);
        });
    }
    menu.exec(m_view->header()->viewport()->mapToGlobal(pos));
}

void MainWindow::showContextMenu(const QPoint &pos) {
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || index.data(DomainGroupProxy::IsGroupRole).toBool())
        return;
    QMenu menu;
    if (index.data(DomainListModel::IsHostRole).toBool()) {
        menu.addActions(m_connectionMenu->actions());
    } else {
        menu.addAction(m_openConsole);
        menu.addAction(m_showPerformance);
        if (selectedGuests().size() == 1)
            menu.addAction(m_alertRulesAction);
        if (m_clone->isEnabled()) {
            menu.addAction(m_clone);
            menu.addAction(m_fromTemplate);
        }
        menu.addSeparator();
        for (const ActionSpec &spec : kGuestActionSpecs) {
            QAction *a = m_guestActions[spec.action];
            if (a->isEnabled())
                menu.addAction(a);
        }
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::addConnection() {
    AddConnectionDialog dialog(m_manager, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    Connection *c = m_manager->add(dialog.uri(), dialog.autoconnect(), true, &error);
    if (!c)
        return;
    if (!error.isEmpty())
        statusBar()->showMessage(error, 5000);
    c->connectToHost();
}

bool MainWindow::confirm(GuestAction action, const QList<SelectedGuest> &guests) {
    if (action != GuestAction::ForceOff && action != GuestAction::DiscardSave)
        return true;
    if (m_confirmOverride)
        return m_confirmOverride(action, int(guests.size()));
    const bool one = guests.size() == 1;
    const int count = int(guests.size());
    QString text;
    QString button;
    if (action == GuestAction::ForceOff) {
        text = one ? tr("Force “%1” off? This is like pulling the power plug: whatever the "
                        "guest has not saved is lost.")
                         .arg(guests.first().info->name)
                   : tr("Force %n guest(s) off? This is like pulling the power plug: whatever "
                        "they have not saved is lost.",
                        nullptr, count);
        button = tr("Force off");
    } else {
        text = one ? tr("Discard the saved state of “%1”? It will start from scratch next "
                        "time; whatever was open in it is lost.")
                         .arg(guests.first().info->name)
                   : tr("Discard the saved state of %n guest(s)? They will start from scratch "
                        "next time; whatever was open in them is lost.",
                        nullptr, count);
        button = tr("Discard");
    }
    QMessageBox box(QMessageBox::Warning, GuestActions::label(action), text, QMessageBox::Cancel,
                    this);
    QPushButton *yes = box.addButton(button, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void MainWindow::trigger(GuestAction action) {
    QList<SelectedGuest> guests;
    const QList<SelectedGuest> selected = selectedGuests();
    for (const SelectedGuest &g : selected)
        if (g.connection->isOpen() && GuestActions::applies(action, *g.info))
            guests.append(g);
    if (guests.isEmpty())
        return;
    if (action == GuestAction::Delete) {
        deleteSelected();
        return;
    }
    if (!confirm(action, guests))
        return;
    dispatch(action, guests);
}

void MainWindow::deleteSelected() {
    QList<DeleteGuestDialog::Target> targets;
    const QList<SelectedGuest> selected = selectedGuests();
    for (const SelectedGuest &g : selected)
        if (g.connection->isOpen())
            targets.append({g.connection, g.info->uuid, g.info->name});
    if (targets.isEmpty())
        return;
    auto *dialog = new DeleteGuestDialog(targets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QHash<QString, QStringList> disks = dialog->disksToDelete();
        QHash<Connection *, QStringList> byConnection;
        for (const auto &t : dialog->targets())
            if (t.connection)
                byConnection[t.connection].append(t.uuid);
        const int op = m_nextOperation++;
        PendingOperation pending{GuestAction::Delete, int(byConnection.size()), {}};
        m_operations.insert(op, pending);
        for (auto it = byConnection.cbegin(); it != byConnection.cend(); ++it) {
            QHash<QString, QStringList> forHost;
            for (const QString &uuid : it.value())
                if (disks.contains(uuid))
                    forHost.insert(uuid, disks.value(uuid));
            const int id = it.key()->requestAction(GuestAction::Delete, it.value(), forHost);
            m_requestToOperation.insert({it.key(), id}, op);
        }
    });
    dialog->open();
}

void MainWindow::dispatch(GuestAction action, const QList<SelectedGuest> &guests,
                          const QHash<QString, QStringList> &disks) {
    QHash<Connection *, QStringList> byConnection;
    for (const SelectedGuest &g : guests)
        byConnection[g.connection].append(g.info->uuid);
    const int op = m_nextOperation++;
    m_operations.insert(op, PendingOperation{action, int(byConnection.size()), {}});
    for (auto it = byConnection.cbegin(); it != byConnection.cend(); ++it) {
        const int id = it.key()->requestAction(action, it.value(), disks);
        m_requestToOperation.insert({it.key(), id}, op);
    }
    statusBar()->showMessage(
        tr("%1: %n guest(s)…", nullptr, int(guests.size())).arg(GuestActions::label(action)));
}

void MainWindow::onActionFinished(Connection *connection, const ActionResult &result) {
    const auto key = qMakePair(static_cast<const Connection *>(connection), result.requestId);
    const auto it = m_requestToOperation.constFind(key);
    if (it == m_requestToOperation.cend())
        return;
    const int op = *it;
    m_requestToOperation.erase(it);
    PendingOperation &pending = m_operations[op];
    pending.outcomes += result.outcomes;
    if (--pending.outstanding > 0)
        return;
    const PendingOperation done = m_operations.take(op);
    int failed = 0;
    for (const ActionOutcome &o : done.outcomes)
        failed += o.ok ? 0 : 1;
    if (failed == 0) {
        statusBar()->showMessage(pastTense(done.action, int(done.outcomes.size())), 6000);
    } else if (done.outcomes.size() == 1) {
        statusBar()->clearMessage();
        ErrorDialog::showError(done.outcomes.first().error, this);
    } else {
        statusBar()->clearMessage();
        auto *dialog = new ActionResultsDialog(done.action, done.outcomes, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    Q_EMIT actionCompleted(done.action, done.outcomes);
}
