// SPDX-License-Identifier: GPL-2.0-or-later
#include "consolesession.h"

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<ConsoleSession::State>();
    qRegisterMetaType<ConsoleSession::CloseReason>();
}

ConsoleSession::~ConsoleSession() = default;

void ConsoleSession::sendKey(quint16 scancode, int qtKey, const QString &text, bool pressed) {
    if (pressed) {
        if (!m_pressed.contains(scancode))
            m_pressed.append(scancode);
    } else {
        m_pressed.removeAll(scancode);
    }
    transmitKey(scancode, qtKey, text, pressed);
}

void ConsoleSession::sendKeyCombination(const QVector<quint16> &scancodes) {
    for (quint16 code : scancodes)
        sendKey(code, 0, QString(), true);
    for (auto it = scancodes.crbegin(); it != scancodes.crend(); ++it)
        sendKey(*it, 0, QString(), false);
}

void ConsoleSession::releaseAllKeys() {
    const QVector<quint16> pressed = m_pressed;
    for (auto it = pressed.crbegin(); it != pressed.crend(); ++it)
        sendKey(*it, 0, QString(), false);
}

void ConsoleSession::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConsoleSession::setFramebuffer(const QImage &image, std::shared_ptr<void> memory) {
    m_image = image;
    m_memory = std::move(memory);
    Q_EMIT framebufferChanged();
}

void ConsoleSession::noteUpdate(const QRegion &region) {
    ++m_updates;
    Q_EMIT framebufferUpdated(region);
}

void ConsoleSession::setCursorShape(const QImage &image, const QPoint &hotspot) {
    m_cursor = image;
    Q_EMIT cursorChanged(image, hotspot);
}

void ConsoleSession::finish(CloseReason reason, const QString &message) {
    if (m_state == State::Closed)
        return;
    m_pressed.clear();
    setState(State::Closed);
    Q_EMIT closed(reason, message);
}
