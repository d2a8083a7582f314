// SPDX-License-Identifier: GPL-2.0-or-later
#include "rngeditor.h"

#include "devicexml.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHostAddress>
#include <QLineEdit>
#include <QSpinBox>

using namespace DeviceXml;

namespace {

QString randomBackend() {
    return QStringLiteral("random");
}
QString egd() {
    return QStringLiteral("egd");
}
QString tcp() {
    return QStringLiteral("tcp");
}
QString backend() {
    return QStringLiteral("backend");
}
QString rate() {
    return QStringLiteral("rate");
}

constexpr int MaxRateBytes = 1 << 30;
constexpr int MaxPeriodMs = 3600 * 1000;

} // namespace

RngEditor::RngEditor(const DeviceEditorContext &context, QWidget *parent)
    : FormDeviceEditor(context, parent) {
    m_model = addCombo(QStringLiteral("rngModel"), tr("&Model:"));
    addChoice(m_model, QStringLiteral("virtio"), tr("Virtio"));
    addChoice(m_model, QStringLiteral("virtio-transitional"), tr("Virtio (transitional)"));
    addChoice(m_model, QStringLiteral("virtio-non-transitional"), tr("Virtio (non-transitional)"));

    m_backend = addCombo(QStringLiteral("rngBackend"), tr("Entropy &source:"));
    const QList<std::pair<QString, QString>> backends = {
        {randomBackend(), tr("A random device of the host")},
        {QStringLiteral("builtin"), tr("QEMU's own generator")},
        {egd(), tr("An EGD daemon over TCP")}};
    for (const auto &[name, label] : backends) {
        if (context.rngBackends.isEmpty() || context.rngBackends.contains(name))
            addChoice(m_backend, name, label);
    }
    m_randomSource = addCombo(QStringLiteral("rngDevice"), tr("Host &device:"));
    addChoice(m_randomSource, QStringLiteral("/dev/urandom"), QStringLiteral("/dev/urandom"));
    addChoice(m_randomSource, QStringLiteral("/dev/random"), QStringLiteral("/dev/random"));
    m_host = addLineEdit(QStringLiteral("rngHost"), tr("EGD &host:"));
    m_port = addSpinBox(QStringLiteral("rngPort"), tr("EGD p&ort:"), 0, 65535);

    m_limit = addCheckBox(QStringLiteral("rngLimitRate"), tr("&Limit the rate"));
    m_bytes = addSpinBox(QStringLiteral("rngRateBytes"), tr("&Bytes per period:"), 0, MaxRateBytes);
    m_period = addSpinBox(QStringLiteral("rngRatePeriod"), tr("&Period:"), 0, MaxPeriodMs);
    m_period->setSuffix(tr(" ms"));
    m_period->setSpecialValueText(tr("QEMU default"));
    loadDefaults();
}

QDomElement RngEditor::createDevice(QDomDocument &document) const {
    QDomElement rng = document.createElement(QStringLiteral("rng"));
    rng.setAttribute(QStringLiteral("model"), QStringLiteral("virtio"));
    QDomElement b = document.createElement(backend());
    const QStringList offered = context().rngBackends;
    if (offered.isEmpty() || offered.contains(randomBackend())) {
        b.setAttribute(QStringLiteral("model"), randomBackend());
        b.appendChild(document.createTextNode(QStringLiteral("/dev/urandom")));
    } else {
        b.setAttribute(QStringLiteral("model"), offered.first());
    }
    rng.appendChild(b);
    return rng;
}

void RngEditor::loadFields(const QDomElement &device) {
    selectValue(m_model, device.attribute(QStringLiteral("model")));
    const QDomElement b = child(device, backend());
    selectValue(m_backend, b.attribute(QStringLiteral("model")));
    selectValue(m_randomSource,
                b.attribute(QStringLiteral("model")) == randomBackend() ? text(b) : QString());
    m_egdType = b.attribute(QStringLiteral("type"));
    const QDomElement source = child(b, QStringLiteral("source"));
    m_host->setText(source.attribute(QStringLiteral("host")));
    m_port->setValue(source.attribute(QStringLiteral("service")).toInt());
    const QDomElement r = child(device, rate());
    m_limit->setChecked(!r.isNull());
    m_bytes->setValue(r.isNull() ? 1024 : r.attribute(QStringLiteral("bytes")).toInt());
    m_period->setValue(r.isNull() ? 1000 : r.attribute(QStringLiteral("period")).toInt());
}

bool RngEditor::isEgdTcp() const {
    return value(m_backend) == egd() && (m_egdType.isEmpty() || m_egdType == tcp());
}

void RngEditor::updateRows() {
    setRowShown(m_randomSource, value(m_backend) == randomBackend());
    setRowShown(m_host, isEgdTcp());
    setRowShown(m_port, isEgdTcp());
    setRowShown(m_bytes, m_limit->isChecked());
    setRowShown(m_period, m_limit->isChecked());
}

QList<FormDeviceEditor::Problem> RngEditor::problems() const {
    QList<Problem> out;
    if (isEgdTcp()) {
        if (m_host->text().trimmed().isEmpty())
            out.push_back({m_host, tr("Enter the host the EGD daemon runs on.")});
        if (m_port->value() < 1)
            out.push_back({m_port, tr("Choose a port from 1 to 65535.")});
    }
    if (m_limit->isChecked() && m_bytes->value() < 1)
        out.push_back({m_bytes, tr("Allow at least one byte per period, or turn the limit "
                                   "off.")});
    if (value(m_backend) == randomBackend() && value(m_randomSource).isEmpty())
        out.push_back({m_randomSource, tr("QEMU reads /dev/urandom."), Problem::Note});
    return out;
}

void RngEditor::storeFields(QDomElement &device) const {
    writeAttribute(device, QStringLiteral("model"), value(m_model));
    storeBackend(device);
    storeRate(device);
}

void RngEditor::storeBackend(QDomElement &device) const {
    QDomElement b = ensureChild(device, backend());
    const QString model = value(m_backend);
    if (b.attribute(QStringLiteral("model")) != model) {
        // A device path, or an EGD connection, belongs to the old source only.
        keepOnly(b, {}, {});
        setText(b, QString());
        b.setAttribute(QStringLiteral("model"), model);
    }
    if (model == randomBackend()) {
        setText(b, value(m_randomSource));
    } else if (isEgdTcp()) {
        writeAttribute(b, QStringLiteral("type"), tcp());
        QDomElement source = ensureChild(b, QStringLiteral("source"));
        if (!source.hasAttribute(QStringLiteral("mode")))
            source.setAttribute(QStringLiteral("mode"), QStringLiteral("connect"));
        writeAttribute(source, QStringLiteral("host"), m_host->text().trimmed());
        writeAttribute(source, QStringLiteral("service"), QString::number(m_port->value()));
        if (child(b, QStringLiteral("protocol")).isNull())
            ensureChild(b, QStringLiteral("protocol"))
                .setAttribute(QStringLiteral("type"), QStringLiteral("raw"));
    }
}

void RngEditor::storeRate(QDomElement &device) const {
    QDomElement r = child(device, rate());
    if (!m_limit->isChecked()) {
        if (!r.isNull())
            device.removeChild(r);
        return;
    }
    r = ensureChild(device, rate());
    writeAttribute(r, QStringLiteral("bytes"), QString::number(m_bytes->value()));
    if (r.attribute(QStringLiteral("period")).toInt() != m_period->value())
        writeAttribute(r, QStringLiteral("period"),
                       m_period->value() ? QString::number(m_period->value()) : QString());
}
