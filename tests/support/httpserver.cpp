// SPDX-License-Identifier: GPL-2.0-or-later
#include "httpserver.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QUrl>

HttpServer::HttpServer(const QString &root, QObject *parent)
    : QTcpServer(parent)
    , m_root(QDir(root).absolutePath()) {
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool HttpServer::start() {
    return listen(QHostAddress::LocalHost, 0);
}

QString HttpServer::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1/").arg(serverPort());
}

void HttpServer::serve(QTcpSocket *socket) {
    if (!socket->canReadLine() || socket->property("served").toBool())
        return;
    socket->setProperty("served", true);
    ++m_requests;
    const QList<QByteArray> request = socket->readLine().trimmed().split(' ');
    const QByteArray method = request.value(0);
    const QString path =
        QUrl::fromPercentEncoding(request.value(1)).section(QLatin1Char('?'), 0, 0);
    const QString file = QDir::cleanPath(m_root + path);
    QFile in(file);
    const bool inside = file.startsWith(m_root);
    if (!inside || QFileInfo(file).isDir() || !in.open(QIODevice::ReadOnly)) {
        socket->write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    } else {
        socket->write(
            "HTTP/1.0 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
            QByteArray::number(in.size()) + "\r\n\r\n");
        if (method != "HEAD")
            socket->write(in.readAll());
    }
    socket->disconnectFromHost();
}
