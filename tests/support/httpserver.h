// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QTcpServer>

// A minimal HTTP/1.0 file server on 127.0.0.1 for tests (install trees): GET and HEAD of
// files under one folder, 404 otherwise. Runs on the thread that owns it.
class HttpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit HttpServer(const QString &root, QObject *parent = nullptr);
    bool start();
    QString baseUrl() const; // "http://127.0.0.1:PORT/"
    int requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);
    QString m_root;
    int m_requests = 0;
};
