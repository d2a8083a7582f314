// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLabel>

// The line next to a form field saying what is wrong with it (red) or what to keep in mind
// (amber). Hidden when there is nothing to say.
class FieldMessage : public QLabel {
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);

    void setError(const QString &text);
    void setWarning(const QString &text);
    void setNote(const QString &text);
    void clear();
    bool isError() const { return m_error; }

private:
    void show(const QString &text, const QColor &color);
    bool m_error = false;
};
