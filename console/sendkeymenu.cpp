// SPDX-License-Identifier: GPL-2.0-or-later
#include "sendkeymenu.h"

#include "consolesession.h"
#include "sendkeys.h"

SendKeyMenu::SendKeyMenu(std::function<ConsoleSession *()> session, QWidget *parent)
    : QMenu(tr("Send key"), parent) {
    const auto combinations = SendKeys::all();
    for (const SendKeyCombination &combo : combinations) {
        QAction *action = addAction(combo.label);
        const QVector<quint16> codes = combo.scancodes;
        connect(action, &QAction::triggered, this, [session, codes] {
            if (ConsoleSession *s = session())
                s->sendKeyCombination(codes);
        });
    }
}
