// SPDX-License-Identifier: GPL-2.0-or-later
#include "tpmeditor.h"

#include "devicexml.h"

#include <QComboBox>
#include <QLineEdit>

using namespace DeviceXml;

namespace {

QString backend() {
    return QStringLiteral("backend");
}

} // namespace

TpmEditor::TpmEditor(const DeviceEditorContext &context, QWidget *parent)
    : FormDeviceEditor(context, parent) {
    m_model = addCombo(QStringLiteral("tpmModel"), tr("&Model:"));
    const QList<std::pair<QString, QString>> models = {
        {QStringLiteral("tpm-crb"), tr("CRB (TPM 2.0 only)")},
        {QStringLiteral("tpm-tis"), tr("TIS")},
        {QStringLiteral("tpm-spapr"), tr("sPAPR (POWER)")}};
    // Without the hypervisor's list: the usual ones, sPAPR only on POWER.
    const bool power = context.arch.startsWith(QLatin1String("ppc64"));
    for (const auto &[name, label] : models) {
        const bool usual = (name == QLatin1String("tpm-spapr")) == power;
        if (context.tpmModels.isEmpty() ? usual : context.tpmModels.contains(name))
            addChoice(m_model, name, label);
    }
    m_backend = addCombo(QStringLiteral("tpmBackend"), tr("&Backend:"));
    const QList<std::pair<QString, QString>> backends = {
        {QStringLiteral("emulator"), tr("Emulated TPM (swtpm)")},
        {QStringLiteral("passthrough"), tr("The host's TPM (passthrough)")}};
    for (const auto &[name, label] : backends) {
        if (context.tpmBackends.isEmpty() || context.tpmBackends.contains(name))
            addChoice(m_backend, name, label);
    }
    m_version = addCombo(QStringLiteral("tpmVersion"), tr("&Version:"));
    addChoice(m_version, QStringLiteral("2.0"), tr("2.0"));
    addChoice(m_version, QStringLiteral("1.2"), tr("1.2"));
    m_devicePath = addLineEdit(QStringLiteral("tpmDevicePath"), tr("Host &device:"));
    m_devicePath->setPlaceholderText(QStringLiteral("/dev/tpm0"));
    loadDefaults();
}

QString TpmEditor::defaultModel() const {
    const QStringList offered = context().tpmModels;
    const QString usual = context().arch.startsWith(QLatin1String("ppc64"))
                              ? QStringLiteral("tpm-spapr")
                              : QStringLiteral("tpm-crb");
    return offered.isEmpty() || offered.contains(usual) ? usual : offered.first();
}

QDomElement TpmEditor::createDevice(QDomDocument &document) const {
    QDomElement tpm = document.createElement(QStringLiteral("tpm"));
    tpm.setAttribute(QStringLiteral("model"), defaultModel());
    QDomElement b = document.createElement(backend());
    const QStringList offered = context().tpmBackends;
    if (offered.isEmpty() || offered.contains(QStringLiteral("emulator"))) {
        b.setAttribute(QStringLiteral("type"), QStringLiteral("emulator"));
        b.setAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    } else {
        b.setAttribute(QStringLiteral("type"), QStringLiteral("passthrough"));
    }
    tpm.appendChild(b);
    return tpm;
}

void TpmEditor::loadFields(const QDomElement &device) {
    selectValue(m_model, device.attribute(QStringLiteral("model")));
    const QDomElement b = child(device, backend());
    selectValue(m_backend, b.attribute(QStringLiteral("type")));
    selectValue(m_version, b.attribute(QStringLiteral("version")));
    m_devicePath->setText(child(b, QStringLiteral("device")).attribute(QStringLiteral("path")));
}

bool TpmEditor::isEmulator() const {
    return value(m_backend) == QLatin1String("emulator");
}

bool TpmEditor::isPassthrough() const {
    return value(m_backend) == QLatin1String("passthrough");
}

void TpmEditor::updateRows() {
    setRowShown(m_version, isEmulator());
    setRowShown(m_devicePath, isPassthrough());
}

QList<FormDeviceEditor::Problem> TpmEditor::problems() const {
    QList<Problem> out;
    if (isEmulator() && value(m_model) == QLatin1String("tpm-crb") &&
        value(m_version) == QLatin1String("1.2"))
        out.push_back({m_version, tr("The CRB model works only with TPM 2.0. Choose version 2.0, "
                                     "or the TIS model for TPM 1.2.")});
    const QString path = m_devicePath->text().trimmed();
    if (isPassthrough() && !path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        out.push_back(
            {m_devicePath, tr("Enter the host device's absolute path, such as /dev/tpm0.")});
    return out;
}

void TpmEditor::storeFields(QDomElement &device) const {
    writeAttribute(device, QStringLiteral("model"), value(m_model));
    QDomElement b = ensureChild(device, backend());
    const QString type = value(m_backend);
    if (b.attribute(QStringLiteral("type")) != type) {
        // Version and encryption belong to the emulator, the device path to passthrough.
        keepOnly(b, {}, {});
        b.setAttribute(QStringLiteral("type"), type);
    }
    if (isEmulator()) {
        writeAttribute(b, QStringLiteral("version"), value(m_version));
    } else if (isPassthrough()) {
        const QString path = m_devicePath->text().trimmed();
        QDomElement d = child(b, QStringLiteral("device"));
        if (d.attribute(QStringLiteral("path")) != path)
            writeAttribute(ensureChild(b, QStringLiteral("device")), QStringLiteral("path"), path);
    }
}
