// SPDX-License-Identifier: GPL-2.0-or-later
#include "videoeditor.h"

#include "devicexml.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>

using namespace DeviceXml;

namespace {

constexpr int MaxVramMiB = 4096;
constexpr int MaxHeads = 16;

QString model() {
    return QStringLiteral("model");
}

} // namespace

VideoEditor::VideoEditor(const DeviceEditorContext &context, QWidget *parent)
    : FormDeviceEditor(context, parent) {
    m_model = addCombo(QStringLiteral("videoModel"), tr("&Model:"));
    const QList<std::pair<QString, QString>> usual = {
        {QStringLiteral("virtio"), tr("Virtio (recommended for modern guests)")},
        {QStringLiteral("qxl"), tr("QXL (for SPICE)")},
        {QStringLiteral("vga"), tr("Standard VGA")},
        {QStringLiteral("bochs"), tr("Bochs display")},
        {QStringLiteral("cirrus"), tr("Cirrus (very old guests)")},
        {QStringLiteral("ramfb"), tr("Ramfb (boot display)")},
        {QStringLiteral("none"), tr("None")}};
    const QStringList offered = context.videoModels;
    for (const auto &[name, label] : usual) {
        if (offered.isEmpty() || offered.contains(name))
            addChoice(m_model, name, label);
    }
    m_vram = addSpinBox(QStringLiteral("videoVram"), tr("Video &memory:"), 0, MaxVramMiB);
    m_vram->setSuffix(tr(" MiB"));
    m_vram->setSpecialValueText(tr("Default"));
    m_heads = addSpinBox(QStringLiteral("videoHeads"), tr("&Heads (monitors):"), 1, MaxHeads);
    m_accel3d = addCheckBox(QStringLiteral("video3d"), tr("&3D acceleration (virgl)"));
    loadDefaults();
}

QDomElement VideoEditor::createDevice(QDomDocument &document) const {
    QString type = QStringLiteral("virtio");
    const QStringList offered = context().videoModels;
    if (!offered.isEmpty() && !offered.contains(type)) {
        for (const QString &preferred : {QStringLiteral("qxl"), QStringLiteral("vga"),
                                         QStringLiteral("bochs"), QStringLiteral("cirrus")}) {
            if (offered.contains(preferred)) {
                type = preferred;
                break;
            }
        }
    }
    QDomElement video = document.createElement(QStringLiteral("video"));
    QDomElement m = document.createElement(model());
    m.setAttribute(QStringLiteral("type"), type);
    video.appendChild(m);
    return video;
}

bool VideoEditor::hasVram(const QString &model) {
    return model == QLatin1String("qxl") || model == QLatin1String("vga") ||
           model == QLatin1String("cirrus") || model == QLatin1String("bochs") ||
           model == QLatin1String("vmvga");
}

bool VideoEditor::hasHeads(const QString &model) {
    return model == QLatin1String("virtio") || model == QLatin1String("qxl");
}

int VideoEditor::readVramMiB(const QDomElement &model) {
    return int(model.attribute(QStringLiteral("vram")).toUInt() / 1024);
}

int VideoEditor::readHeads(const QDomElement &model) {
    const int heads = model.attribute(QStringLiteral("heads")).toInt();
    return heads > 0 ? heads : 1;
}

bool VideoEditor::read3d(const QDomElement &model) {
    return child(model, QStringLiteral("acceleration")).attribute(QStringLiteral("accel3d")) ==
           QLatin1String("yes");
}

void VideoEditor::loadFields(const QDomElement &device) {
    const QDomElement m = child(device, model());
    selectValue(m_model, m.attribute(QStringLiteral("type")));
    m_vram->setValue(readVramMiB(m));
    m_heads->setValue(readHeads(m));
    m_accel3d->setChecked(read3d(m));
}

void VideoEditor::updateRows() {
    const QString type = value(m_model);
    setRowShown(m_vram, hasVram(type));
    setRowShown(m_heads, hasHeads(type));
    setRowShown(m_accel3d, type == QLatin1String("virtio"));
}

QList<FormDeviceEditor::Problem> VideoEditor::problems() const {
    QList<Problem> out;
    const QString type = value(m_model);
    const int vram = m_vram->value();
    if (hasVram(type) && vram > 0 && (vram & (vram - 1)) != 0)
        out.push_back({m_vram, tr("Video memory must be a power of two: 16, 32, 64, 128 MiB and "
                                  "so on.")});
    if (type == QLatin1String("virtio") && m_accel3d->isChecked())
        out.push_back({m_accel3d,
                       tr("3D acceleration also needs OpenGL on the display: SPICE with OpenGL "
                          "enabled, or an egl-headless display."),
                       Problem::Note});
    return out;
}

void VideoEditor::storeFields(QDomElement &device) const {
    QDomElement m = ensureChild(device, model());
    storeModelType(device, m);
    const QString type = value(m_model);
    if (hasVram(type) && m_vram->value() != readVramMiB(m))
        writeAttribute(m, QStringLiteral("vram"),
                       m_vram->value() ? QString::number(m_vram->value() * 1024) : QString());
    if (hasHeads(type) && m_heads->value() != readHeads(m))
        writeAttribute(m, QStringLiteral("heads"), QString::number(m_heads->value()));
    if (type == QLatin1String("virtio") && m_accel3d->isChecked() != read3d(m))
        ensureChild(m, QStringLiteral("acceleration"))
            .setAttribute(QStringLiteral("accel3d"),
                          m_accel3d->isChecked() ? QStringLiteral("yes") : QStringLiteral("no"));
}

void VideoEditor::storeModelType(QDomElement &device, QDomElement &m) const {
    const QString type = value(m_model);
    if (m.attribute(QStringLiteral("type")) == type)
        return;
    m.setAttribute(QStringLiteral("type"), type);
    // Sizes and options of the old model would be refused or misread by the new one.
    if (!hasVram(type))
        removeAttributes(m, {QStringLiteral("vram")});
    if (type != QLatin1String("qxl"))
        removeAttributes(
            m, {QStringLiteral("ram"), QStringLiteral("vgamem"), QStringLiteral("vram64")});
    if (!hasHeads(type) && readHeads(m) != 1)
        removeAttributes(m, {QStringLiteral("heads")});
    if (type != QLatin1String("virtio"))
        removeChildren(m, QStringLiteral("acceleration"));
    if (type == QLatin1String("none") || type == QLatin1String("ramfb")) {
        // Neither sits on the PCI bus, and "none" takes no options at all.
        removeChildren(device, QStringLiteral("address"));
        if (type == QLatin1String("none"))
            keepOnly(m, {QStringLiteral("type")}, {});
    }
}
