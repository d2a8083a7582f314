// SPDX-License-Identifier: GPL-2.0-or-later
#include "keymap.h"

#include <gtest/gtest.h>

#include <QSet>

namespace {
// Linux input event codes from linux/input-event-codes.h, spelled out as the test's oracle.
enum : quint32 {
    KEY_ESC = 1,
    KEY_1 = 2,
    KEY_0 = 11,
    KEY_BACKSPACE = 14,
    KEY_TAB = 15,
    KEY_Q = 16,
    KEY_ENTER = 28,
    KEY_LEFTCTRL = 29,
    KEY_A = 30,
    KEY_GRAVE = 41,
    KEY_LEFTSHIFT = 42,
    KEY_BACKSLASH = 43,
    KEY_Z = 44,
    KEY_SLASH = 53,
    KEY_RIGHTSHIFT = 54,
    KEY_KPASTERISK = 55,
    KEY_LEFTALT = 56,
    KEY_SPACE = 57,
    KEY_CAPSLOCK = 58,
    KEY_F1 = 59,
    KEY_F10 = 68,
    KEY_NUMLOCK = 69,
    KEY_SCROLLLOCK = 70,
    KEY_KP7 = 71,
    KEY_KPDOT = 83,
    KEY_102ND = 86,
    KEY_F11 = 87,
    KEY_F12 = 88,
    KEY_KPENTER = 96,
    KEY_RIGHTCTRL = 97,
    KEY_KPSLASH = 98,
    KEY_SYSRQ = 99,
    KEY_RIGHTALT = 100,
    KEY_LINEFEED = 101,
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
    KEY_VOLUMEUP = 115,
    KEY_PAUSE = 119,
    KEY_YEN = 124,
    KEY_LEFTMETA = 125,
    KEY_RIGHTMETA = 126,
    KEY_COMPOSE = 127,
    KEY_RO = 89,
    KEY_F13 = 183,
    KEY_F24 = 194,
    KEY_MAX_TABLE = 255,
};
} // namespace

TEST(Keymap, EvdevMainBlockMatchesSetOne) {
    EXPECT_EQ(Keymap::fromEvdev(KEY_ESC), 0x01);
    EXPECT_EQ(Keymap::fromEvdev(KEY_1), 0x02);
    EXPECT_EQ(Keymap::fromEvdev(KEY_0), 0x0B);
    EXPECT_EQ(Keymap::fromEvdev(KEY_BACKSPACE), 0x0E);
    EXPECT_EQ(Keymap::fromEvdev(KEY_TAB), 0x0F);
    EXPECT_EQ(Keymap::fromEvdev(KEY_Q), 0x10);
    EXPECT_EQ(Keymap::fromEvdev(KEY_ENTER), 0x1C);
    EXPECT_EQ(Keymap::fromEvdev(KEY_LEFTCTRL), 0x1D);
    EXPECT_EQ(Keymap::fromEvdev(KEY_A), 0x1E);
    EXPECT_EQ(Keymap::fromEvdev(KEY_GRAVE), 0x29);
    EXPECT_EQ(Keymap::fromEvdev(KEY_LEFTSHIFT), 0x2A);
    EXPECT_EQ(Keymap::fromEvdev(KEY_BACKSLASH), 0x2B);
    EXPECT_EQ(Keymap::fromEvdev(KEY_Z), 0x2C);
    EXPECT_EQ(Keymap::fromEvdev(KEY_SLASH), 0x35);
    EXPECT_EQ(Keymap::fromEvdev(KEY_RIGHTSHIFT), 0x36);
    EXPECT_EQ(Keymap::fromEvdev(KEY_LEFTALT), 0x38);
    EXPECT_EQ(Keymap::fromEvdev(KEY_SPACE), 0x39);
    EXPECT_EQ(Keymap::fromEvdev(KEY_CAPSLOCK), 0x3A);
    EXPECT_EQ(Keymap::fromEvdev(KEY_F1), 0x3B);
    EXPECT_EQ(Keymap::fromEvdev(KEY_F10), 0x44);
    EXPECT_EQ(Keymap::fromEvdev(KEY_NUMLOCK), 0x45);
    EXPECT_EQ(Keymap::fromEvdev(KEY_SCROLLLOCK), 0x46);
    EXPECT_EQ(Keymap::fromEvdev(KEY_102ND), 0x56);
    EXPECT_EQ(Keymap::fromEvdev(KEY_F11), 0x57);
    EXPECT_EQ(Keymap::fromEvdev(KEY_F12), 0x58);
}

TEST(Keymap, EvdevKeypadKeysArePlainExceptEnterAndSlash) {
    EXPECT_EQ(Keymap::fromEvdev(KEY_KPASTERISK), 0x37);
    EXPECT_EQ(Keymap::fromEvdev(KEY_KP7), 0x47);
    EXPECT_EQ(Keymap::fromEvdev(KEY_KPDOT), 0x53);
    EXPECT_EQ(Keymap::fromEvdev(KEY_KPENTER), 0x11C);
    EXPECT_EQ(Keymap::fromEvdev(KEY_KPSLASH), 0x135);
}

TEST(Keymap, EvdevExtendedKeysCarryE0Prefix) {
    EXPECT_EQ(Keymap::fromEvdev(KEY_RIGHTCTRL), 0x11D);
    EXPECT_EQ(Keymap::fromEvdev(KEY_SYSRQ), 0x137);
    EXPECT_EQ(Keymap::fromEvdev(KEY_RIGHTALT), 0x138);
    EXPECT_EQ(Keymap::fromEvdev(KEY_HOME), 0x147);
    EXPECT_EQ(Keymap::fromEvdev(KEY_UP), 0x148);
    EXPECT_EQ(Keymap::fromEvdev(KEY_PAGEUP), 0x149);
    EXPECT_EQ(Keymap::fromEvdev(KEY_LEFT), 0x14B);
    EXPECT_EQ(Keymap::fromEvdev(KEY_RIGHT), 0x14D);
    EXPECT_EQ(Keymap::fromEvdev(KEY_END), 0x14F);
    EXPECT_EQ(Keymap::fromEvdev(KEY_DOWN), 0x150);
    EXPECT_EQ(Keymap::fromEvdev(KEY_PAGEDOWN), 0x151);
    EXPECT_EQ(Keymap::fromEvdev(KEY_INSERT), 0x152);
    EXPECT_EQ(Keymap::fromEvdev(KEY_DELETE), 0x153);
    EXPECT_EQ(Keymap::fromEvdev(KEY_LEFTMETA), 0x15B);
    EXPECT_EQ(Keymap::fromEvdev(KEY_RIGHTMETA), 0x15C);
    EXPECT_EQ(Keymap::fromEvdev(KEY_COMPOSE), 0x15D);
}

TEST(Keymap, EvdevPauseUsesTheSpiceConvention) {
    EXPECT_EQ(Keymap::fromEvdev(KEY_PAUSE), Keymap::PauseScancode);
    EXPECT_EQ(Keymap::PauseScancode, 0x145);
}

TEST(Keymap, EvdevExtraKeys) {
    EXPECT_EQ(Keymap::fromEvdev(KEY_RO), 0x73);
    EXPECT_EQ(Keymap::fromEvdev(KEY_YEN), 0x7D);
    EXPECT_EQ(Keymap::fromEvdev(KEY_MUTE), 0x120);
    EXPECT_EQ(Keymap::fromEvdev(KEY_VOLUMEUP), 0x130);
    EXPECT_EQ(Keymap::fromEvdev(KEY_F13), 0x5D);
    EXPECT_EQ(Keymap::fromEvdev(KEY_F24), 0x6F);
}

TEST(Keymap, EvdevUnknownCodesGiveZero) {
    EXPECT_EQ(Keymap::fromEvdev(0), 0);
    EXPECT_EQ(Keymap::fromEvdev(84), 0); // a hole in the Linux numbering
    EXPECT_EQ(Keymap::fromEvdev(KEY_LINEFEED), 0);
    EXPECT_EQ(Keymap::fromEvdev(KEY_MAX_TABLE), 0);
    EXPECT_EQ(Keymap::fromEvdev(0x110), 0); // BTN_LEFT
    EXPECT_EQ(Keymap::fromEvdev(0xFFFFFFFFu), 0);
}

TEST(Keymap, EvdevTableIsInjectiveAndCoversA105KeyKeyboard) {
    QSet<quint16> seen;
    int mapped = 0;
    for (quint32 code = 0; code <= KEY_MAX_TABLE; ++code) {
        const quint16 scancode = Keymap::fromEvdev(code);
        if (scancode == 0)
            continue;
        ++mapped;
        EXPECT_FALSE(seen.contains(scancode))
            << "evdev " << code << " reuses scancode 0x" << std::hex << scancode;
        seen.insert(scancode);
    }
    // 1..83 and 86..88 are the 101/102-key set, plus 97..111 and 125..127 for the rest.
    EXPECT_GE(mapped, 105);
    for (quint32 code = KEY_ESC; code <= KEY_KPDOT; ++code)
        EXPECT_NE(Keymap::fromEvdev(code), 0) << "evdev " << code;
}

TEST(Keymap, X11KeycodeIsEvdevPlusEight) {
    EXPECT_EQ(Keymap::fromX11KeyCode(9), 0x01);    // Escape
    EXPECT_EQ(Keymap::fromX11KeyCode(38), 0x1E);   // a
    EXPECT_EQ(Keymap::fromX11KeyCode(105), 0x11D); // Control_R
    EXPECT_EQ(Keymap::fromX11KeyCode(119), 0x153); // Delete
    EXPECT_EQ(Keymap::fromX11KeyCode(133), 0x15B); // Super_L
    EXPECT_EQ(Keymap::fromX11KeyCode(0), 0);
    EXPECT_EQ(Keymap::fromX11KeyCode(7), 0);
    for (quint32 code = 0; code <= KEY_MAX_TABLE - 8; ++code)
        EXPECT_EQ(Keymap::fromX11KeyCode(code + 8), Keymap::fromEvdev(code));
}

TEST(Keymap, QtLettersDigitsAndPunctuationUseUsPositions) {
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_A), 0x1E);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Q), 0x10);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Z), 0x2C);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_M), 0x32);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_1), 0x02);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_0), 0x0B);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Minus), 0x0C);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Equal), 0x0D);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_BracketLeft), 0x1A);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Semicolon), 0x27);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Apostrophe), 0x28);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_QuoteLeft), 0x29);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Backslash), 0x2B);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Comma), 0x33);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Period), 0x34);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Slash), 0x35);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Space), 0x39);
    // Shifted symbols name the key that carries them.
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Exclam), 0x02);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_At), 0x03);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_ParenRight), 0x0B);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Question), 0x35);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_AsciiTilde), 0x29);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Bar), 0x2B);
}

TEST(Keymap, QtEveryUsPrintableCharacterHasAKey) {
    for (int ch = Qt::Key_Space; ch <= Qt::Key_AsciiTilde; ++ch) {
        if (ch >= 'a' && ch <= 'z')
            EXPECT_EQ(Keymap::fromQtKey(ch), 0) << "no Qt::Key is lower case: " << char(ch);
        else
            EXPECT_NE(Keymap::fromQtKey(ch), 0) << char(ch);
    }
}

TEST(Keymap, QtLettersAgreeWithEvdev) {
    // KEY_Q..KEY_P, KEY_A..KEY_L and KEY_Z..KEY_M in keyboard order.
    const char rows[] = "QWERTYUIOP\0ASDFGHJKL\0ZXCVBNM";
    const quint32 rowStart[] = {16, 30, 44};
    int row = 0;
    quint32 evdev = rowStart[0];
    for (char ch : rows) {
        if (ch == '\0') {
            if (++row == 3)
                break;
            evdev = rowStart[row];
            continue;
        }
        EXPECT_EQ(Keymap::fromQtKey(ch), Keymap::fromEvdev(evdev)) << ch;
        ++evdev;
    }
    EXPECT_EQ(row, 3);
}

TEST(Keymap, QtFunctionKeys) {
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_F1), 0x3B);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_F10), 0x44);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_F11), 0x57);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_F12), 0x58);
    for (int i = 0; i < 12; ++i)
        EXPECT_EQ(Keymap::fromQtKey(Qt::Key_F13 + i), Keymap::fromEvdev(KEY_F13 + i)) << i;
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_F25), 0);
}

TEST(Keymap, QtModifiersMapToLeftHandKeys) {
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Control), 0x1D);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Shift), 0x2A);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Alt), 0x38);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Meta), 0x15B);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Super_L), 0x15B);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Super_R), 0x15C);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_AltGr), 0x138);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_CapsLock), 0x3A);
}

TEST(Keymap, QtSpecialAndNavigationKeys) {
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Escape), 0x01);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Tab), 0x0F);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Backspace), 0x0E);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Return), 0x1C);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Enter), 0x11C);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Print), 0x137);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_SysReq), 0x54);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Pause), 0x145);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Menu), 0x15D);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Insert), 0x152);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Delete), 0x153);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Home), 0x147);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_End), 0x14F);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_PageUp), 0x149);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_PageDown), 0x151);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Up), 0x148);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Down), 0x150);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Left), 0x14B);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Right), 0x14D);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_NumLock), 0x45);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_ScrollLock), 0x46);
}

TEST(Keymap, QtUnknownKeysGiveZero) {
    EXPECT_EQ(Keymap::fromQtKey(0), 0);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_unknown), 0);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Eacute), 0);
    EXPECT_EQ(Keymap::fromQtKey(Qt::Key_Dead_Acute), 0);
}

TEST(Keymap, QnumOfPlainAndExtendedKeys) {
    EXPECT_EQ(Keymap::toQnum(0x01), 0x01u);
    EXPECT_EQ(Keymap::toQnum(0x1E), 0x1Eu);
    EXPECT_EQ(Keymap::toQnum(0x58), 0x58u);
    EXPECT_EQ(Keymap::toQnum(0x11D), 0x9Du);
    EXPECT_EQ(Keymap::toQnum(0x153), 0xD3u);
    EXPECT_EQ(Keymap::toQnum(0x11C), 0x9Cu);
    EXPECT_EQ(Keymap::toQnum(0x137), 0xB7u);
    EXPECT_EQ(Keymap::toQnum(0x15B), 0xDBu);
    EXPECT_EQ(Keymap::toQnum(0x145), 0xC6u); // QEMU's number for Pause
    EXPECT_EQ(Keymap::toQnum(0), 0u);
    EXPECT_EQ(Keymap::toQnum(0x9E), 0u);  // a break code
    EXPECT_EQ(Keymap::toQnum(0x21D), 0u); // E1 prefix
}

TEST(Keymap, QnumRoundTripsEveryMappedKey) {
    QSet<quint32> seen;
    for (quint32 code = 0; code <= KEY_MAX_TABLE; ++code) {
        const quint16 scancode = Keymap::fromEvdev(code);
        if (scancode == 0)
            continue;
        const quint32 qnum = Keymap::toQnum(scancode);
        EXPECT_NE(qnum, 0u) << "evdev " << code;
        EXPECT_LT(qnum, 0x100u) << "evdev " << code;
        EXPECT_FALSE(seen.contains(qnum)) << "evdev " << code;
        seen.insert(qnum);
        EXPECT_EQ(Keymap::fromQnum(qnum), scancode) << "evdev " << code;
    }
    for (quint32 qnum = 1; qnum < 0x100; ++qnum) {
        const quint16 scancode = Keymap::fromQnum(qnum);
        if (scancode != 0) {
            EXPECT_EQ(Keymap::toQnum(scancode), qnum) << "qnum " << qnum;
        }
    }
    EXPECT_EQ(Keymap::fromQnum(0x80), 0);
    EXPECT_EQ(Keymap::fromQnum(0x9D), 0x11D);
    EXPECT_EQ(Keymap::fromQnum(0xD3), 0x153);
    EXPECT_EQ(Keymap::fromQnum(0xC6), 0x145);
    EXPECT_EQ(Keymap::fromQnum(0x100), 0);
}

TEST(Keymap, KeysymForPrintableText) {
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_A, QStringLiteral("a")), 0x61u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_A, QStringLiteral("A")), 0x41u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Exclam, QStringLiteral("!")), 0x21u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Space, QStringLiteral(" ")), 0x20u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Eacute, QStringLiteral("\u00e9")), 0xE9u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_unknown, QStringLiteral("\u00a0")), 0xA0u);
    // Cyrillic, the euro sign and a character outside the BMP use the Unicode range.
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_unknown, QStringLiteral("\u0436")), 0x01000436u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_unknown, QStringLiteral("\u20ac")), 0x010020ACu);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_unknown, QStringLiteral("\U0001F600")), 0x0101F600u);
}

TEST(Keymap, KeysymForSpecialKeys) {
    const QString none;
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Return, QStringLiteral("\r")), 0xFF0Du);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Enter, QStringLiteral("\r")), 0xFF8Du);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Backspace, QStringLiteral("\b")), 0xFF08u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Tab, QStringLiteral("\t")), 0xFF09u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Escape, QStringLiteral("\x1b")), 0xFF1Bu);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Delete, QStringLiteral("\x7f")), 0xFFFFu);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Left, none), 0xFF51u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Up, none), 0xFF52u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Right, none), 0xFF53u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Down, none), 0xFF54u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Home, none), 0xFF50u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_End, none), 0xFF57u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_PageUp, none), 0xFF55u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_PageDown, none), 0xFF56u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Insert, none), 0xFF63u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_F1, none), 0xFFBEu);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_F12, none), 0xFFC9u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Control, none), 0xFFE3u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Alt, none), 0xFFE9u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Shift, none), 0xFFE1u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Meta, none), 0xFFEBu);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Print, none), 0xFF61u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_SysReq, none), 0xFF15u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Pause, none), 0xFF13u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_CapsLock, none), 0xFFE5u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Menu, none), 0xFF67u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Dead_Grave, none), 0xFE50u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_Dead_Acute, none), 0xFE51u);
}

TEST(Keymap, KeysymFallsBackOnTheKeyWithoutUsableText) {
    // Ctrl+A delivers the control character U+0001 as text.
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_A, QStringLiteral("\x01")), 0x61u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_C, QString()), 0x63u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_5, QString()), 0x35u);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_BracketLeft, QStringLiteral("\x1b")), 0x5Bu);
    EXPECT_EQ(Keymap::keysymFor(Qt::Key_unknown, QString()), 0u);
}
