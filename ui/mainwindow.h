// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "guestaction.h"
#include "preferencesdialog.h"

#include <QHash>
#include <QMainWindow>
#include <QModelIndex>
#include <QPointer>
#include <QTimer>

#include <functional>

class Connection;
class ConnectionManager;
class DomainFilterProxy;
class DomainGroupProxy;
class DomainListModel;
class GuestWindow;
class AlertMonitor;
class DesktopNotifier;
class QAction;
class NewVmWizard;
class NewContainerWizard;
class CloneDialog;
class TemplateDialog;
class QComboBox;
class QLabel;
class QLineEdit;
class HostWindow;
class QMenu;
class QTreeView;
class QWidget;
struct DomainInfo;

// The manager window: every connection with its guests, lifecycle actions for the
// selection, connection management and the demo banner.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ConnectionManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    struct SelectedGuest {
        Connection *connection;
        const DomainInfo *info;
    };

    QTreeView *view() const { return m_view; }
    DomainListModel *model() const { return m_model; }
    DomainFilterProxy *proxy() const { return m_proxy; }
    // What the view shows in the State, OS and Tag groupings (in Host it shows proxy()).
    DomainGroupProxy *groupProxy() const { return m_groups; }
    QAction *guestAction(GuestAction action) const { return m_guestActions.value(action); }
    QAction *addConnectionAction() const { return m_addConnection; }
    QAction *openConsoleAction() const { return m_openConsole; }
    // Opens (or raises) the guest's own window on its Console page.
    GuestWindow *openGuestWindow(Connection *connection, const QString &uuid);
    // The same window, on its Performance page.
    GuestWindow *openPerformance(Connection *connection, const QString &uuid);
    // The connection's host details window: host CPU and memory, busiest guests.
    HostWindow *openHostWindow(Connection *connection);
    QAction *performanceAction() const { return m_showPerformance; }
    QAction *hostDetailsAction() const { return m_hostDetails; }
    QAction *newVmAction() const { return m_newVm; }
    QAction *newContainerAction() const { return m_newContainer; }
    QAction *cloneAction() const { return m_clone; }
    QAction *fromTemplateAction() const { return m_fromTemplate; }
    // Opens the New virtual machine wizard on `connection` (null: the selected or first
    // connected QEMU host).
    NewVmWizard *newVirtualMachine(Connection *connection = nullptr);
    // The open host to create guests on: `preferred` when it fits, else the first that does
    // (LXC hosts for containers, the others for virtual machines).
    Connection *creationHost(Connection *preferred, bool containers) const;
    // Opens the New container wizard on an LXC host (null: the selected or first one).
    NewContainerWizard *newContainer(Connection *connection = nullptr);
    // Clone / many from a template, for the one selected virtual machine.
    CloneDialog *cloneSelected();
    TemplateDialog *deployFromSelected();
    AlertMonitor *alertMonitor() const { return m_alerts; }
    void applyPreferences(const Preferences &preferences);
    // Opens the console of the first guest with this name once a connection lists it.
    void openConsoleWhenListed(const QString &name);
    QAction *connectAction() const { return m_connect; }
    QAction *disconnectAction() const { return m_disconnect; }
    QAction *removeConnectionAction() const { return m_removeConnection; }
    QWidget *demoBanner() const { return m_demoBanner; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *stateFilterBox() const { return m_stateFilter; }
    QComboBox *kindFilterBox() const { return m_kindFilter; }
    QComboBox *tagFilterBox() const { return m_tagFilter; }
    QComboBox *groupByBox() const { return m_groupBy; }

    QList<SelectedGuest> selectedGuests() const;
    Connection *selectedConnection() const;
    // Runs an action on the selected guests it applies to (with confirmation where needed).
    void trigger(GuestAction action);

    // Confirmation prompts can be answered without a modal dialog (used by tests).
    void setConfirmationOverride(std::function<bool(GuestAction, int)> confirm) {
        m_confirmOverride = std::move(confirm);
    }

Q_SIGNALS:
    // Every guest's result of one user action is in.
    void actionCompleted(GuestAction action, const QVector<ActionOutcome> &outcomes);

private:
    struct PendingOperation {
        GuestAction action;
        int outstanding = 0;
        QVector<ActionOutcome> outcomes;
    };

    void createActions();
    void createMenus();
    void createToolBar();
    QWidget *createFilterBar();
    // "All tags" and every tag guests carry, keeping the chosen one.
    void refreshTagFilter();
    // Shows the list grouped as the "Group by" box says, keeping the selection.
    void applyGroupMode();
    void expandTopLevel();
    // The list model's row behind a row of the view, whichever model the view shows.
    QModelIndex listIndex(const QModelIndex &viewIndex) const;
    QWidget *createDemoBanner();
    void watchConnection(Connection *connection);
    void scheduleActionUpdate();
    void updateActions();
    void updateStatus();
    void updateDemoBanner();
    GuestWindow *guestWindow(Connection *connection, const QString &uuid);
    void showContextMenu(const QPoint &pos);
    void showColumnMenu(const QPoint &pos);
    void editPreferences();
    void editGuestAlertRules(const QString &uuid, const QString &name);
    void updateStatsScope();
    void addConnection();
    void deleteSelected();
    bool confirm(GuestAction action, const QList<SelectedGuest> &guests);
    void dispatch(GuestAction action, const QList<SelectedGuest> &guests,
                  const QHash<QString, QStringList> &disks = {});
    void onActionFinished(Connection *connection, const ActionResult &result);

    ConnectionManager *m_manager;
    DomainListModel *m_model = nullptr;
    DomainFilterProxy *m_proxy = nullptr;
    DomainGroupProxy *m_groups = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QComboBox *m_groupBy = nullptr;
    QWidget *m_demoBanner = nullptr;
    QLabel *m_countLabel = nullptr;
    QHash<GuestAction, QAction *> m_guestActions;
    QAction *m_addConnection = nullptr;
    QAction *m_openConsole = nullptr;
    QAction *m_showPerformance = nullptr;
    QAction *m_hostDetails = nullptr;
    QAction *m_newVm = nullptr;
    QAction *m_newContainer = nullptr;
    QAction *m_clone = nullptr;
    QAction *m_fromTemplate = nullptr;
    QHash<QString, QPointer<GuestWindow>> m_guestWindows;
    QHash<Connection *, QPointer<HostWindow>> m_hostWindows;
    QAction *m_connect = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_removeConnection = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_focusFilter = nullptr;
    QMenu *m_guestMenu = nullptr;
    QMenu *m_connectionMenu = nullptr;
    bool m_actionUpdateScheduled = false;
    QTimer m_resortTimer;
    QTimer m_scopeTimer;
    Preferences m_preferences;
    AlertMonitor *m_alerts = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_alertRulesAction = nullptr;
    int m_nextOperation = 1;
    QHash<int, PendingOperation> m_operations;
    // (connection, request id) -> operation id
    QHash<QPair<const Connection *, int>, int> m_requestToOperation;
    std::function<bool(GuestAction, int)> m_confirmOverride;
};
