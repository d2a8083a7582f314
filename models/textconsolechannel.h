// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <memory>

typedef struct _virStream *virStreamPtr;
class TextConsoleChannel;

// What the worker, libvirt's stream callback (event-loop thread) and the GUI-side channel
// share about one open text console.
struct TextConsoleLink {
    QMutex mutex;
    virStreamPtr stream = nullptr;
    QPointer<TextConsoleChannel> channel;
    bool closed = false;
};

// A guest's text console (serial port, container console) as the GUI sees it: bytes in,
// bytes out, never a libvirt call on the GUI thread. Made by Connection::openTextConsole().
class TextConsoleChannel : public QObject {
    Q_OBJECT
public:
    explicit TextConsoleChannel(QObject *parent = nullptr);
    ~TextConsoleChannel() override;

    std::shared_ptr<TextConsoleLink> link() const { return m_link; }
    bool isOpen() const { return m_open; }

    void send(const QByteArray &bytes);
    void close();

Q_SIGNALS:
    void opened();
    void received(const QByteArray &bytes);
    void closed(const UserError &reason);
    // Asks the owning connection to write / close; wired by Connection.
    void sendRequested(const QByteArray &bytes);
    void closeRequested();

public:
    // Called by the connection layer as the stream opens and ends.
    void markOpened();
    void markClosed(const UserError &reason);

private:
    std::shared_ptr<TextConsoleLink> m_link;
    bool m_open = false;
};
