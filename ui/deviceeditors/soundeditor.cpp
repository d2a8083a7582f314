// SPDX-License-Identifier: GPL-2.0-or-later
#include "soundeditor.h"

#include "devicexml.h"

#include <QComboBox>

using namespace DeviceXml;

namespace {

bool isHda(const QString &model) {
    return model == QLatin1String("ich6") || model == QLatin1String("ich7") ||
           model == QLatin1String("ich9");
}

// Where the card sits; its guest address only fits that bus.
QString busOf(const QString &model) {
    if (model == QLatin1String("usb"))
        return QStringLiteral("usb");
    if (model == QLatin1String("sb16") || model == QLatin1String("pcspk"))
        return QStringLiteral("isa");
    return QStringLiteral("pci");
}

} // namespace

SoundEditor::SoundEditor(const DeviceEditorContext &context, QWidget *parent)
    : FormDeviceEditor(context, parent) {
    m_model = addCombo(QStringLiteral("soundModel"), tr("&Model:"));
    addChoice(m_model, QStringLiteral("ich9"), tr("Intel HD Audio (ICH9)"));
    addChoice(m_model, QStringLiteral("ich6"), tr("Intel HD Audio (ICH6)"));
    addChoice(m_model, QStringLiteral("ac97"), tr("AC97"));
    addChoice(m_model, QStringLiteral("es1370"), tr("Ensoniq ES1370"));
    addChoice(m_model, QStringLiteral("sb16"), tr("Sound Blaster 16"));
    addChoice(m_model, QStringLiteral("usb"), tr("USB audio"));
    loadDefaults();
}

QDomElement SoundEditor::createDevice(QDomDocument &document) const {
    QDomElement sound = document.createElement(QStringLiteral("sound"));
    sound.setAttribute(QStringLiteral("model"), QStringLiteral("ich9"));
    return sound;
}

void SoundEditor::loadFields(const QDomElement &device) {
    selectValue(m_model, device.attribute(QStringLiteral("model")));
}

void SoundEditor::storeFields(QDomElement &device) const {
    const QString before = device.attribute(QStringLiteral("model"));
    const QString model = value(m_model);
    if (before == model)
        return;
    device.setAttribute(QStringLiteral("model"), model);
    // Codecs belong to HD Audio cards only.
    if (!isHda(model))
        removeChildren(device, QStringLiteral("codec"));
    if (busOf(before) != busOf(model))
        removeChildren(device, QStringLiteral("address"));
}
