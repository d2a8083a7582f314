// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMenu>

#include <functional>

class ConsoleSession;

// The console's "Send key" menu: one entry per SendKeys combination, sent to whatever
// session the getter returns when the entry is chosen.
class SendKeyMenu : public QMenu {
    Q_OBJECT
public:
    explicit SendKeyMenu(std::function<ConsoleSession *()> session, QWidget *parent = nullptr);
};
