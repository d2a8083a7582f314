// SPDX-License-Identifier: GPL-2.0-or-later
#include "fieldmessage.h"

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setVisible(false);
}

void FieldMessage::show(const QString &text, const QColor &color) {
    QPalette p = palette();
    p.setColor(QPalette::WindowText, color);
    setPalette(p);
    setText(text);
    setVisible(!text.isEmpty());
}

void FieldMessage::setError(const QString &text) {
    m_error = !text.isEmpty();
    show(text, QColor(0xc0, 0x30, 0x30));
}

void FieldMessage::setWarning(const QString &text) {
    m_error = false;
    show(text, QColor(0xa8, 0x6a, 0x00));
}

void FieldMessage::setNote(const QString &text) {
    m_error = false;
    show(text, palette().color(QPalette::PlaceholderText));
}

void FieldMessage::clear() {
    m_error = false;
    setText(QString());
    setVisible(false);
}
