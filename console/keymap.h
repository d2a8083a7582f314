// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// Key code translation for the graphical consoles.
//
// A "PC scancode" here is the IBM PC/AT scan code set 1 *make* code of a key. Keys that the
// keyboard sends with an 0xE0 prefix are written as 0x100 | code, e.g. Right Ctrl (E0 1D) is
// 0x11D and Delete (E0 53) is 0x153. This is the form spice_inputs_channel_key_press() takes.
//
// Two keys do not fit that scheme and follow a convention instead:
//  - Print Screen sends E0 2A E0 37; it is 0x137. SysRq (Alt+Print Screen) is plain 0x54.
//  - Pause sends E1 1D 45 E1 9D C5 and has no break code; it is 0x145 (0x100 | NumLock's code)
//    by convention, so senders must recognise PauseScancode: toQnum() turns it into QEMU's
//    number for Pause (0xC6); over SPICE, spice-gtk sends the E1 1D 45 sequence instead.
//
// QEMU's VNC "extended key event" takes a "qnum" instead: the code itself for plain keys and
// 0x80 | code for E0-prefixed ones (Right Ctrl 0x9D, Delete 0xD3). toQnum()/fromQnum() convert.
//
// All functions return 0 for "no such key".
namespace Keymap {

constexpr quint16 PauseScancode = 0x145;
constexpr quint32 PauseQnum = 0xC6;

// Linux input event code (KEY_* in linux/input-event-codes.h) -> PC scancode. Covers a full
// 105-key PC keyboard, the Japanese/Brazilian extra keys, F13-F24 and the common multimedia
// and browser keys. F13-F24 use the numbering Linux and QEMU share (not Microsoft's).
quint16 fromEvdev(quint32 evdevCode);

// X11/xcb keycode -> PC scancode. X11 keycodes are evdev codes + 8; this is what
// QKeyEvent::nativeScanCode() reports on the xcb and wayland platforms.
quint16 fromX11KeyCode(quint32 keycode);

// Qt::Key -> PC scancode of the key that produces it on a US keyboard. Used where no native
// code exists (offscreen platform, synthetic keys, the Send Key menu). Shifted symbols map to
// the key that carries them (Qt::Key_Exclam -> the "1" key): the caller presses Shift itself.
// Generic modifiers map to the left-hand key (Qt::Key_Meta -> Left Windows); Qt::Key_AltGr is
// Right Alt. Qt::Key_Enter is the keypad Enter key; keypad digits are not distinguishable by
// Qt::Key alone and map to the main row.
quint16 fromQtKey(int qtKey);

// PC scancode -> qnum for QEMU's VNC extended key event (0 if not representable).
quint32 toQnum(quint16 pcScancode);

// qnum -> PC scancode, the inverse of toQnum().
quint16 fromQnum(quint32 qnum);

// X11 keysym for the classic VNC key event, used when the server lacks QEMU's extension.
// Printable text wins: Latin-1 characters are their own keysym, other Unicode characters are
// 0x01000000 | code point. Keys without text (or with a control character as text, as with
// Ctrl held) use the XK_* value for the key; letters then give the lower-case keysym.
quint32 keysymFor(int qtKey, const QString &text);

} // namespace Keymap
