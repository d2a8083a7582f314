// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestwindow.h"

#include "connection.h"
#include "consolepage.h"
#include "icons.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

GuestWindow::GuestWindow(Connection *connection, const DomainInfo &guest, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_guest(guest) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(Icons::get(GuestStates::kindIconName(guest.kind)));
    m_pages = new QListWidget;
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setMaximumWidth(170);
    m_pages->setIconSize(QSize(16, 16));
    m_stack = new QStackedWidget;
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_console = new ConsolePage(connection, guest);
    addPage(m_console, tr("Console"), GuestStates::kindIconName(guest.kind));

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    // A single page needs no page list.
    m_pages->setVisible(m_pages->count() > 1);

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

void GuestWindow::showConsole() {
    m_pages->setCurrentRow(m_stack->indexOf(m_console));
    show();
    raise();
    activateWindow();
    m_console->start();
}
