// SPDX-License-Identifier: GPL-2.0-or-later
#include "otherdeviceeditors.h"

#include "channeleditor.h"
#include "filesystemeditor.h"
#include "graphicseditor.h"
#include "hostdeveditor.h"
#include "inputeditor.h"
#include "rngeditor.h"
#include "serialeditor.h"
#include "soundeditor.h"
#include "tpmeditor.h"
#include "videoeditor.h"
#include "watchdogeditor.h"

#include <QCoreApplication>

namespace {

struct UiText {
    Q_DECLARE_TR_FUNCTIONS(OtherDeviceEditors)
};

} // namespace

DeviceEditor *createOtherDeviceEditor(const QString &tagName, const DeviceEditorContext &context,
                                      QWidget *parent) {
    if (tagName == QLatin1String("graphics"))
        return new GraphicsEditor(context, parent);
    if (tagName == QLatin1String("video"))
        return new VideoEditor(context, parent);
    if (tagName == QLatin1String("sound"))
        return new SoundEditor(context, parent);
    if (tagName == QLatin1String("input"))
        return new InputEditor(context, parent);
    if (tagName == QLatin1String("serial") || tagName == QLatin1String("console"))
        return new SerialEditor(tagName, context, parent);
    if (tagName == QLatin1String("channel"))
        return new ChannelEditor(context, parent);
    if (tagName == QLatin1String("tpm"))
        return new TpmEditor(context, parent);
    if (tagName == QLatin1String("filesystem"))
        return new FilesystemEditor(context, parent);
    if (tagName == QLatin1String("hostdev"))
        return new HostdevEditor(context, parent);
    if (tagName == QLatin1String("watchdog"))
        return new WatchdogEditor(context, parent);
    if (tagName == QLatin1String("rng"))
        return new RngEditor(context, parent);
    return nullptr;
}

QStringList otherDeviceTags() {
    return {QStringLiteral("graphics"), QStringLiteral("video"),      QStringLiteral("sound"),
            QStringLiteral("input"),    QStringLiteral("serial"),     QStringLiteral("console"),
            QStringLiteral("channel"),  QStringLiteral("filesystem"), QStringLiteral("hostdev"),
            QStringLiteral("tpm"),      QStringLiteral("watchdog"),   QStringLiteral("rng")};
}

QString otherDeviceKindLabel(const QString &tag) {
    if (tag == QLatin1String("graphics"))
        return UiText::tr("Graphics");
    if (tag == QLatin1String("video"))
        return UiText::tr("Video");
    if (tag == QLatin1String("sound"))
        return UiText::tr("Sound");
    if (tag == QLatin1String("input"))
        return UiText::tr("Input");
    if (tag == QLatin1String("serial"))
        return UiText::tr("Serial port");
    if (tag == QLatin1String("console"))
        return UiText::tr("Console");
    if (tag == QLatin1String("channel"))
        return UiText::tr("Channel");
    if (tag == QLatin1String("filesystem"))
        return UiText::tr("Shared folder");
    if (tag == QLatin1String("hostdev"))
        return UiText::tr("Host device (USB or PCI)");
    if (tag == QLatin1String("tpm"))
        return UiText::tr("TPM");
    if (tag == QLatin1String("watchdog"))
        return UiText::tr("Watchdog");
    if (tag == QLatin1String("rng"))
        return UiText::tr("Random number generator");
    return tag;
}
