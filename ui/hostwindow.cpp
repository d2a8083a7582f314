// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostwindow.h"

#include "connection.h"
#include "hostpage.h"
#include "icons.h"

HostWindow::HostWindow(Connection *connection, DomainListModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_page(new HostPage(connection, model)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(Icons::get(QStringLiteral("host-connected")));
    setCentralWidget(m_page);
    if (connection)
        connect(connection, &Connection::stateChanged, this, &HostWindow::updateTitle);
    updateTitle();
    resize(900, 680);
}

void HostWindow::updateTitle() {
    if (!m_connection)
        return;
    setWindowTitle(tr("%1 — host details").arg(m_connection->displayName()));
}
