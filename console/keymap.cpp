// SPDX-License-Identifier: GPL-2.0-or-later
#include "keymap.h"

#include <QList>

#include <array>
#include <string_view>
#include <utility>

namespace Keymap {

namespace {

// Linux input event codes used below (linux/input-event-codes.h). Spelled out so the table
// builds anywhere, including hosts without kernel headers.
enum EvdevCode : quint16 {
    KEY_ESC = 1,
    KEY_KPDOT = 83,
    KEY_ZENKAKUHANKAKU = 85,
    KEY_102ND = 86,
    KEY_F11 = 87,
    KEY_F12 = 88,
    KEY_RO = 89,
    KEY_KATAKANA = 90,
    KEY_HIRAGANA = 91,
    KEY_HENKAN = 92,
    KEY_KATAKANAHIRAGANA = 93,
    KEY_MUHENKAN = 94,
    KEY_KPJPCOMMA = 95,
    KEY_KPENTER = 96,
    KEY_RIGHTCTRL = 97,
    KEY_KPSLASH = 98,
    KEY_SYSRQ = 99,
    KEY_RIGHTALT = 100,
    KEY_HOME = 102,
    KEY_UP = 103,
    KEY_PAGEUP = 104,
    KEY_LEFT = 105,
    KEY_RIGHT = 106,
    KEY_END = 107,
    KEY_DOWN = 108,
    KEY_PAGEDOWN = 109,
    KEY_INSERT = 110,
    KEY_DELETE = 111,
    KEY_MUTE = 113,
    KEY_VOLUMEDOWN = 114,
    KEY_VOLUMEUP = 115,
    KEY_POWER = 116,
    KEY_KPEQUAL = 117,
    KEY_PAUSE = 119,
    KEY_KPCOMMA = 121,
    KEY_YEN = 124,
    KEY_LEFTMETA = 125,
    KEY_RIGHTMETA = 126,
    KEY_COMPOSE = 127,
    KEY_STOP = 128,
    KEY_CALC = 140,
    KEY_SLEEP = 142,
    KEY_WAKEUP = 143,
    KEY_MAIL = 155,
    KEY_BOOKMARKS = 156,
    KEY_COMPUTER = 157,
    KEY_BACK = 158,
    KEY_FORWARD = 159,
    KEY_NEXTSONG = 163,
    KEY_PLAYPAUSE = 164,
    KEY_PREVIOUSSONG = 165,
    KEY_STOPCD = 166,
    KEY_HOMEPAGE = 172,
    KEY_REFRESH = 173,
    KEY_F13 = 183,
    KEY_F14 = 184,
    KEY_F15 = 185,
    KEY_F16 = 186,
    KEY_F17 = 187,
    KEY_F18 = 188,
    KEY_F19 = 189,
    KEY_F20 = 190,
    KEY_F21 = 191,
    KEY_F22 = 192,
    KEY_F23 = 193,
    KEY_F24 = 194,
    KEY_SEARCH = 217,
    KEY_MEDIA = 226,
};

constexpr quint16 E0 = 0x100;

// F13-F24 as numbered by Linux's atkbd driver and QEMU; scan code set 1 has no single
// standard for them, and QEMU is what receives these codes.
constexpr std::array<quint16, 12> F13ToF24 = {
    0x5D, 0x5E, 0x5F, 0x55, E0 | 0x03, E0 | 0x77, E0 | 0x04, 0x5A, 0x74, E0 | 0x79, 0x6D, 0x6F};

constexpr std::pair<quint16, quint16> EvdevExtras[] = {
    // Japanese (JIS 106/109) and Brazilian (ABNT2) keys.
    {KEY_ZENKAKUHANKAKU, 0x76},
    {KEY_RO, 0x73},
    {KEY_KATAKANA, 0x78},
    {KEY_HIRAGANA, 0x77},
    {KEY_HENKAN, 0x79},
    {KEY_KATAKANAHIRAGANA, 0x70},
    {KEY_MUHENKAN, 0x7B},
    {KEY_KPJPCOMMA, 0x5C},
    {KEY_KPEQUAL, 0x59},
    {KEY_KPCOMMA, 0x7E},
    {KEY_YEN, 0x7D},
    // The E0 block of the 101/104/105-key layout.
    {KEY_KPENTER, E0 | 0x1C},
    {KEY_RIGHTCTRL, E0 | 0x1D},
    {KEY_KPSLASH, E0 | 0x35},
    {KEY_SYSRQ, E0 | 0x37}, // the Print Screen key
    {KEY_RIGHTALT, E0 | 0x38},
    {KEY_HOME, E0 | 0x47},
    {KEY_UP, E0 | 0x48},
    {KEY_PAGEUP, E0 | 0x49},
    {KEY_LEFT, E0 | 0x4B},
    {KEY_RIGHT, E0 | 0x4D},
    {KEY_END, E0 | 0x4F},
    {KEY_DOWN, E0 | 0x50},
    {KEY_PAGEDOWN, E0 | 0x51},
    {KEY_INSERT, E0 | 0x52},
    {KEY_DELETE, E0 | 0x53},
    {KEY_PAUSE, PauseScancode},
    {KEY_LEFTMETA, E0 | 0x5B},
    {KEY_RIGHTMETA, E0 | 0x5C},
    {KEY_COMPOSE, E0 | 0x5D}, // the Menu (context menu) key
    // Power management and multimedia/browser keys (Microsoft's set 1 assignments).
    {KEY_POWER, E0 | 0x5E},
    {KEY_SLEEP, E0 | 0x5F},
    {KEY_WAKEUP, E0 | 0x63},
    {KEY_MUTE, E0 | 0x20},
    {KEY_VOLUMEDOWN, E0 | 0x2E},
    {KEY_VOLUMEUP, E0 | 0x30},
    {KEY_NEXTSONG, E0 | 0x19},
    {KEY_PREVIOUSSONG, E0 | 0x10},
    {KEY_PLAYPAUSE, E0 | 0x22},
    {KEY_STOPCD, E0 | 0x24},
    {KEY_MEDIA, E0 | 0x6D},
    {KEY_CALC, E0 | 0x21},
    {KEY_MAIL, E0 | 0x6C},
    {KEY_COMPUTER, E0 | 0x6B},
    {KEY_SEARCH, E0 | 0x65},
    {KEY_HOMEPAGE, E0 | 0x32},
    {KEY_BACK, E0 | 0x6A},
    {KEY_FORWARD, E0 | 0x69},
    {KEY_STOP, E0 | 0x68},
    {KEY_REFRESH, E0 | 0x67},
    {KEY_BOOKMARKS, E0 | 0x66},
};

constexpr std::array<quint16, 256> buildEvdevTable() {
    std::array<quint16, 256> table{};
    // Up to the keypad, and for 102nd/F11/F12, Linux numbered its codes after set 1.
    for (quint16 code = KEY_ESC; code <= KEY_KPDOT; ++code)
        table[code] = code;
    for (quint16 code = KEY_102ND; code <= KEY_F12; ++code)
        table[code] = code;
    for (quint16 i = 0; i < F13ToF24.size(); ++i)
        table[KEY_F13 + i] = F13ToF24[i];
    for (const auto &[evdev, scancode] : EvdevExtras)
        table[evdev] = scancode;
    return table;
}

constexpr std::array<quint16, 256> EvdevToScancode = buildEvdevTable();

// The four character rows of a US keyboard: set 1 numbers each row left to right.
struct UsKeyRow {
    quint16 firstScancode;
    std::string_view plain;
    std::string_view shifted;
};
constexpr UsKeyRow UsKeyRows[] = {
    {0x02, "1234567890-=", "!@#$%^&*()_+"},
    {0x10, "QWERTYUIOP[]", "QWERTYUIOP{}"},
    {0x1E, "ASDFGHJKL;'`", "ASDFGHJKL:\"~"},
    {0x2B, "\\ZXCVBNM,./", "|ZXCVBNM<>?"},
};

quint16 scancodeForAscii(int ch) {
    if (ch == ' ')
        return 0x39;
    for (const UsKeyRow &row : UsKeyRows) {
        for (const std::string_view keys : {row.plain, row.shifted}) {
            const auto column = keys.find(char(ch));
            if (column != std::string_view::npos)
                return quint16(row.firstScancode + column);
        }
    }
    return 0;
}

// X11 keysyms (X11/keysymdef.h), defined here so no X11 header is needed.
namespace Xk {
constexpr quint32 BackSpace = 0xFF08;
constexpr quint32 Tab = 0xFF09;
constexpr quint32 Clear = 0xFF0B;
constexpr quint32 Return = 0xFF0D;
constexpr quint32 Pause = 0xFF13;
constexpr quint32 ScrollLock = 0xFF14;
constexpr quint32 SysReq = 0xFF15;
constexpr quint32 Escape = 0xFF1B;
constexpr quint32 MultiKey = 0xFF20;
constexpr quint32 Home = 0xFF50;
constexpr quint32 Left = 0xFF51;
constexpr quint32 Up = 0xFF52;
constexpr quint32 Right = 0xFF53;
constexpr quint32 Down = 0xFF54;
constexpr quint32 PageUp = 0xFF55;
constexpr quint32 PageDown = 0xFF56;
constexpr quint32 End = 0xFF57;
constexpr quint32 Select = 0xFF60;
constexpr quint32 Print = 0xFF61;
constexpr quint32 Execute = 0xFF62;
constexpr quint32 Insert = 0xFF63;
constexpr quint32 Undo = 0xFF65;
constexpr quint32 Redo = 0xFF66;
constexpr quint32 Menu = 0xFF67;
constexpr quint32 Find = 0xFF68;
constexpr quint32 Cancel = 0xFF69;
constexpr quint32 Help = 0xFF6A;
constexpr quint32 ModeSwitch = 0xFF7E;
constexpr quint32 NumLock = 0xFF7F;
constexpr quint32 KpEnter = 0xFF8D;
constexpr quint32 F1 = 0xFFBE;
constexpr quint32 ShiftL = 0xFFE1;
constexpr quint32 ControlL = 0xFFE3;
constexpr quint32 CapsLock = 0xFFE5;
constexpr quint32 AltL = 0xFFE9;
constexpr quint32 SuperL = 0xFFEB;
constexpr quint32 SuperR = 0xFFEC;
constexpr quint32 HyperL = 0xFFED;
constexpr quint32 HyperR = 0xFFEE;
constexpr quint32 Delete = 0xFFFF;
constexpr quint32 IsoLeftTab = 0xFE20;
constexpr quint32 IsoLevel3Shift = 0xFE03; // what X11 calls AltGr
constexpr quint32 DeadGrave = 0xFE50;
constexpr quint32 UnicodeBase = 0x01000000;
} // namespace Xk

quint32 keysymForSpecialKey(int qtKey) {
    // Qt numbers F1-F35 and the dead keys after X11, so both are ranges.
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F35)
        return Xk::F1 + quint32(qtKey - Qt::Key_F1);
    if (qtKey >= Qt::Key_Dead_Grave && qtKey <= Qt::Key_Dead_Iota)
        return Xk::DeadGrave + quint32(qtKey - Qt::Key_Dead_Grave);

    switch (qtKey) {
    case Qt::Key_Escape:
        return Xk::Escape;
    case Qt::Key_Tab:
        return Xk::Tab;
    case Qt::Key_Backtab:
        return Xk::IsoLeftTab;
    case Qt::Key_Backspace:
        return Xk::BackSpace;
    case Qt::Key_Return:
        return Xk::Return;
    case Qt::Key_Enter:
        return Xk::KpEnter;
    case Qt::Key_Insert:
        return Xk::Insert;
    case Qt::Key_Delete:
        return Xk::Delete;
    case Qt::Key_Pause:
        return Xk::Pause;
    case Qt::Key_Print:
        return Xk::Print;
    case Qt::Key_SysReq:
        return Xk::SysReq;
    case Qt::Key_Clear:
        return Xk::Clear;
    case Qt::Key_Home:
        return Xk::Home;
    case Qt::Key_End:
        return Xk::End;
    case Qt::Key_Left:
        return Xk::Left;
    case Qt::Key_Up:
        return Xk::Up;
    case Qt::Key_Right:
        return Xk::Right;
    case Qt::Key_Down:
        return Xk::Down;
    case Qt::Key_PageUp:
        return Xk::PageUp;
    case Qt::Key_PageDown:
        return Xk::PageDown;
    case Qt::Key_Shift:
        return Xk::ShiftL;
    case Qt::Key_Control:
        return Xk::ControlL;
    case Qt::Key_Meta:
        return Xk::SuperL; // Qt reports the X11 Super keys as Meta
    case Qt::Key_Alt:
        return Xk::AltL;
    case Qt::Key_AltGr:
        return Xk::IsoLevel3Shift;
    case Qt::Key_CapsLock:
        return Xk::CapsLock;
    case Qt::Key_NumLock:
        return Xk::NumLock;
    case Qt::Key_ScrollLock:
        return Xk::ScrollLock;
    case Qt::Key_Super_L:
        return Xk::SuperL;
    case Qt::Key_Super_R:
        return Xk::SuperR;
    case Qt::Key_Hyper_L:
        return Xk::HyperL;
    case Qt::Key_Hyper_R:
        return Xk::HyperR;
    case Qt::Key_Menu:
        return Xk::Menu;
    case Qt::Key_Help:
        return Xk::Help;
    case Qt::Key_Mode_switch:
        return Xk::ModeSwitch;
    case Qt::Key_Multi_key:
        return Xk::MultiKey;
    case Qt::Key_Select:
        return Xk::Select;
    case Qt::Key_Execute:
        return Xk::Execute;
    case Qt::Key_Undo:
        return Xk::Undo;
    case Qt::Key_Redo:
        return Xk::Redo;
    case Qt::Key_Find:
        return Xk::Find;
    case Qt::Key_Cancel:
        return Xk::Cancel;
    default:
        return 0;
    }
}

quint32 keysymForCodePoint(char32_t ucs) {
    if ((ucs >= 0x20 && ucs <= 0x7E) || (ucs >= 0xA0 && ucs <= 0xFF))
        return quint32(ucs);
    return Xk::UnicodeBase | quint32(ucs);
}

bool isControlCharacter(char32_t ucs) {
    return ucs < 0x20 || (ucs >= 0x7F && ucs < 0xA0);
}

} // namespace

quint16 fromEvdev(quint32 evdevCode) {
    return evdevCode < EvdevToScancode.size() ? EvdevToScancode[evdevCode] : 0;
}

quint16 fromX11KeyCode(quint32 keycode) {
    constexpr quint32 EvdevOffset = 8;
    return keycode >= EvdevOffset ? fromEvdev(keycode - EvdevOffset) : 0;
}

quint16 fromQtKey(int qtKey) {
    if (qtKey >= Qt::Key_Space && qtKey <= Qt::Key_AsciiTilde)
        return scancodeForAscii(qtKey);
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F10)
        return quint16(0x3B + (qtKey - Qt::Key_F1));
    if (qtKey >= Qt::Key_F13 && qtKey <= Qt::Key_F24)
        return F13ToF24[qtKey - Qt::Key_F13];

    switch (qtKey) {
    case Qt::Key_F11:
        return 0x57;
    case Qt::Key_F12:
        return 0x58;
    case Qt::Key_Escape:
        return 0x01;
    case Qt::Key_Backspace:
        return 0x0E;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return 0x0F;
    case Qt::Key_Return:
        return 0x1C;
    case Qt::Key_Enter:
        return E0 | 0x1C;
    case Qt::Key_Control:
        return 0x1D;
    case Qt::Key_Shift:
        return 0x2A;
    case Qt::Key_Alt:
        return 0x38;
    case Qt::Key_AltGr:
        return E0 | 0x38;
    case Qt::Key_CapsLock:
        return 0x3A;
    case Qt::Key_NumLock:
        return 0x45;
    case Qt::Key_ScrollLock:
        return 0x46;
    case Qt::Key_SysReq:
        return 0x54;
    case Qt::Key_Print:
        return E0 | 0x37;
    case Qt::Key_Pause:
        return PauseScancode;
    case Qt::Key_Home:
        return E0 | 0x47;
    case Qt::Key_Up:
        return E0 | 0x48;
    case Qt::Key_PageUp:
        return E0 | 0x49;
    case Qt::Key_Left:
        return E0 | 0x4B;
    case Qt::Key_Right:
        return E0 | 0x4D;
    case Qt::Key_End:
        return E0 | 0x4F;
    case Qt::Key_Down:
        return E0 | 0x50;
    case Qt::Key_PageDown:
        return E0 | 0x51;
    case Qt::Key_Insert:
        return E0 | 0x52;
    case Qt::Key_Delete:
        return E0 | 0x53;
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
        return E0 | 0x5B;
    case Qt::Key_Super_R:
        return E0 | 0x5C;
    case Qt::Key_Menu:
        return E0 | 0x5D;
    case Qt::Key_PowerOff:
        return E0 | 0x5E;
    case Qt::Key_Sleep:
        return E0 | 0x5F;
    case Qt::Key_WakeUp:
        return E0 | 0x63;
    case Qt::Key_VolumeMute:
        return E0 | 0x20;
    case Qt::Key_VolumeDown:
        return E0 | 0x2E;
    case Qt::Key_VolumeUp:
        return E0 | 0x30;
    case Qt::Key_MediaNext:
        return E0 | 0x19;
    case Qt::Key_MediaPrevious:
        return E0 | 0x10;
    case Qt::Key_MediaPlay:
    case Qt::Key_MediaTogglePlayPause:
        return E0 | 0x22;
    case Qt::Key_MediaStop:
        return E0 | 0x24;
    case Qt::Key_Calculator:
        return E0 | 0x21;
    case Qt::Key_LaunchMail:
        return E0 | 0x6C;
    case Qt::Key_Search:
        return E0 | 0x65;
    case Qt::Key_HomePage:
        return E0 | 0x32;
    case Qt::Key_Back:
        return E0 | 0x6A;
    case Qt::Key_Forward:
        return E0 | 0x69;
    case Qt::Key_Stop:
        return E0 | 0x68;
    case Qt::Key_Refresh:
        return E0 | 0x67;
    case Qt::Key_Favorites:
        return E0 | 0x66;
    default:
        return 0;
    }
}

quint32 toQnum(quint16 pcScancode) {
    if (pcScancode == PauseScancode)
        return PauseQnum;
    const quint16 code = pcScancode & 0xFF;
    if (code == 0 || code >= 0x80 || pcScancode > (E0 | 0xFF))
        return 0; // break codes and other prefixes have no qnum
    return (pcScancode & E0) ? (0x80u | code) : code;
}

quint16 fromQnum(quint32 qnum) {
    if (qnum == PauseQnum)
        return PauseScancode;
    // 0x80 would be a bare E0 prefix, and QEMU numbers Pause 0xC6, not 0xC5 (E0 45).
    if (qnum == 0 || qnum == 0x80 || qnum > 0xFF || qnum == (PauseScancode & 0xFF) + 0x80u)
        return 0;
    return qnum >= 0x80 ? quint16(E0 | (qnum & 0x7F)) : quint16(qnum);
}

quint32 keysymFor(int qtKey, const QString &text) {
    if (const quint32 special = keysymForSpecialKey(qtKey))
        return special;

    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.size() == 1 && !isControlCharacter(codePoints.first()))
        return keysymForCodePoint(codePoints.first());

    // No usable text (Ctrl+key, or a synthetic event): fall back on the key itself.
    if (qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z)
        return quint32(qtKey - Qt::Key_A + 'a');
    if ((qtKey >= Qt::Key_Space && qtKey <= Qt::Key_AsciiTilde) ||
        (qtKey >= Qt::Key_nobreakspace && qtKey <= Qt::Key_ydiaeresis))
        return quint32(qtKey);
    return 0;
}

} // namespace Keymap
