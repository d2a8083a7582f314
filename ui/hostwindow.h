// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class Connection;
class DomainListModel;
class HostPage;

// A connection's host at a glance, in a window of its own.
class HostWindow : public QMainWindow {
    Q_OBJECT
public:
    HostWindow(Connection *connection, DomainListModel *model, QWidget *parent = nullptr);

    Connection *connection() const { return m_connection; }
    HostPage *page() const { return m_page; }

private:
    void updateTitle();

    QPointer<Connection> m_connection;
    HostPage *m_page = nullptr;
};
