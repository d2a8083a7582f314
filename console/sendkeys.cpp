// SPDX-License-Identifier: GPL-2.0-or-later
#include "sendkeys.h"

namespace {
constexpr quint16 kCtrl = 0x1d;
constexpr quint16 kAlt = 0x38;
constexpr quint16 kDelete = 0x153;
constexpr quint16 kBackspace = 0x0e;
constexpr quint16 kPrintScreen = 0x137;
constexpr quint16 kSysRq = 0x54; // what Print produces while Alt is held
// F1..F10 are 0x3b..0x44, F11 and F12 0x57 and 0x58.
quint16 functionKey(int n) {
    return n <= 10 ? quint16(0x3a + n) : quint16(0x57 + n - 11);
}
} // namespace

QVector<SendKeyCombination> SendKeys::all() {
    QVector<SendKeyCombination> list{
        {tr("Ctrl+Alt+Del"), {kCtrl, kAlt, kDelete}},
        {tr("Ctrl+Alt+Backspace"), {kCtrl, kAlt, kBackspace}},
    };
    for (int n = 1; n <= 12; ++n)
        list.append({tr("Ctrl+Alt+F%1").arg(n), {kCtrl, kAlt, functionKey(n)}});
    list.append({tr("PrintScreen"), {kPrintScreen}});
    list.append({tr("Alt+SysRq"), {kAlt, kSysRq}});
    return list;
}
