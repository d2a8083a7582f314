// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "deviceeditor.h"

#include <QString>
#include <QStringList>

// Editors for every device kind except disks and network interfaces: graphics, video,
// sound, input, serial, console, channel, tpm, filesystem, hostdev, watchdog, rng.

// The editor for a device element's tag name, or nullptr when it is not one of those.
DeviceEditor *createOtherDeviceEditor(const QString &tagName, const DeviceEditorContext &context,
                                      QWidget *parent = nullptr);
// The tag names createOtherDeviceEditor() knows, in the order Add hardware lists them.
QStringList otherDeviceTags();
// A person's name for a kind of device ("Graphics", "Sound", ...), translated.
QString otherDeviceKindLabel(const QString &tag);
