// SPDX-License-Identifier: GPL-2.0-or-later
#include "textconsolechannel.h"

TextConsoleChannel::TextConsoleChannel(QObject *parent)
    : QObject(parent)
    , m_link(std::make_shared<TextConsoleLink>()) {
    QMutexLocker lock(&m_link->mutex);
    m_link->channel = this;
}

TextConsoleChannel::~TextConsoleChannel() {
    close();
    QMutexLocker lock(&m_link->mutex);
    m_link->channel = nullptr;
}

void TextConsoleChannel::send(const QByteArray &bytes) {
    if (m_open && !bytes.isEmpty())
        Q_EMIT sendRequested(bytes);
}

void TextConsoleChannel::close() {
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT closeRequested();
}

void TextConsoleChannel::markOpened() {
    m_open = true;
    Q_EMIT opened();
}

void TextConsoleChannel::markClosed(const UserError &reason) {
    const bool wasOpen = m_open;
    m_open = false;
    if (wasOpen || !reason.isNull())
        Q_EMIT closed(reason);
}
