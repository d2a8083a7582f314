// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class Connection;
class ConsolePage;
class DomainListModel;
class PerformancePage;
class XmlPage;
class OverviewPage;
class CpuPage;
class MemoryPage;
class ResourcesPage;
class BootPage;
class DevicesPage;
class QFrame;
class QLabel;
class QListWidget;
class QStackedWidget;

// One guest's own window: its console and, page by page, everything about it. Pages that
// report pendingChanged(QStringList) feed a banner listing what waits for the guest's restart.
class GuestWindow : public QMainWindow {
    Q_OBJECT
public:
    // model, when given, seeds the Performance page with the list's history of this guest.
    GuestWindow(Connection *connection, const DomainInfo &guest, DomainListModel *model = nullptr,
                QWidget *parent = nullptr);
    ~GuestWindow() override;

    QString uuid() const { return m_guest.uuid; }
    Connection *connection() const { return m_connection; }
    ConsolePage *consolePage() const { return m_console; }
    PerformancePage *performancePage() const { return m_performance; }
    XmlPage *xmlPage() const { return m_xml; }
    OverviewPage *overviewPage() const { return m_overview; }
    CpuPage *cpuPage() const { return m_cpu; }
    MemoryPage *memoryPage() const { return m_memory; }
    ResourcesPage *resourcesPage() const { return m_resources; }
    BootPage *bootPage() const { return m_boot; }
    DevicesPage *devicesPage() const { return m_devices; }
    QListWidget *pageList() const { return m_pages; }
    // The "changes wait for a restart" banner, its text, and what it lists (in page order).
    QFrame *pendingBanner() const { return m_banner; }
    QLabel *pendingLabel() const { return m_bannerText; }
    QStringList pendingChanges() const;
    bool hasPendingMark(QWidget *page) const;
    void showConsole();
    void showPerformance();
    void showPage(QWidget *page);

private Q_SLOTS:
    void onPagePendingChanged(const QStringList &what);

private:
    void addPage(QWidget *page, const QString &title, const QString &iconName);
    void updateTitle();
    void updatePending();
    void reloadIdlePages();

    QPointer<Connection> m_connection;
    DomainInfo m_guest;
    QListWidget *m_pages = nullptr;
    QStackedWidget *m_stack = nullptr;
    ConsolePage *m_console = nullptr;
    PerformancePage *m_performance = nullptr;
    XmlPage *m_xml = nullptr;
    OverviewPage *m_overview = nullptr;
    CpuPage *m_cpu = nullptr;
    MemoryPage *m_memory = nullptr;
    ResourcesPage *m_resources = nullptr;
    BootPage *m_boot = nullptr;
    DevicesPage *m_devices = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QHash<QWidget *, QStringList> m_pendingByPage;
};
