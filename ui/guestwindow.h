// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"

#include <QMainWindow>
#include <QPointer>

class Connection;
class ConsolePage;
class QListWidget;
class QStackedWidget;

// One guest's own window: its console and, page by page, everything about it.
class GuestWindow : public QMainWindow {
    Q_OBJECT
public:
    GuestWindow(Connection *connection, const DomainInfo &guest, QWidget *parent = nullptr);
    ~GuestWindow() override;

    QString uuid() const { return m_guest.uuid; }
    Connection *connection() const { return m_connection; }
    ConsolePage *consolePage() const { return m_console; }
    void showConsole();

private:
    void addPage(QWidget *page, const QString &title, const QString &iconName);
    void updateTitle();

    QPointer<Connection> m_connection;
    DomainInfo m_guest;
    QListWidget *m_pages = nullptr;
    QStackedWidget *m_stack = nullptr;
    ConsolePage *m_console = nullptr;
};
