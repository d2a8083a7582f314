// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

// Key combinations a host keyboard cannot send to a guest directly (the host would act on
// them itself), offered in the console's "Send key" menu. Codes are PC scancodes.
struct SendKeyCombination {
    QString label;
    QVector<quint16> scancodes;
};

class SendKeys {
    Q_DECLARE_TR_FUNCTIONS(SendKeys)
public:
    static QVector<SendKeyCombination> all();
};
