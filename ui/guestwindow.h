// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"

#include <QMainWindow>
#include <QPointer>

class Connection;
class ConsolePage;
class DomainListModel;
class PerformancePage;
class XmlPage;
class OverviewPage;
class CpuPage;
class MemoryPage;
class ResourcesPage;
class QListWidget;
class QStackedWidget;

// One guest's own window: its console and, page by page, everything about it.
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
    void showConsole();
    void showPerformance();
    void showPage(QWidget *page);

private:
    void addPage(QWidget *page, const QString &title, const QString &iconName);
    void updateTitle();

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
};
