// SPDX-License-Identifier: GPL-2.0-or-later
#include "interfaceeditor.h"

#include "fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {

QString attr(const QDomElement &e, const char *name) {
    return e.attribute(QLatin1String(name));
}

QDomElement child(const QDomElement &e, const char *name) {
    return e.firstChildElement(QLatin1String(name));
}

// The <source> attribute that names what the card is connected to, per type.
QString sourceAttribute(const QString &type) {
    if (type == QLatin1String("network"))
        return QStringLiteral("network");
    if (type == QLatin1String("bridge"))
        return QStringLiteral("bridge");
    if (type == QLatin1String("direct"))
        return QStringLiteral("dev");
    return {};
}

} // namespace

InterfaceEditor::InterfaceEditor(const DeviceEditorContext &context, QWidget *parent)
    : DeviceEditor(context, parent) {
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_type = new QComboBox;
    m_type->setAccessibleName(tr("Connection type"));
    m_type->addItem(tr("Virtual network"), QStringLiteral("network"));
    m_type->addItem(tr("Host bridge"), QStringLiteral("bridge"));
    m_type->addItem(tr("Host device (macvtap)"), QStringLiteral("direct"));
    addRow(form, tr("&Connection:"), m_type, QStringLiteral("type"));
    m_source = new QComboBox;
    m_source->setEditable(true);
    m_source->setAccessibleName(tr("Network, bridge or host device"));
    addRow(form, tr("&Source:"), m_source, QStringLiteral("network"));
    m_model = new QComboBox;
    m_model->setEditable(true);
    m_model->setAccessibleName(tr("Device model"));
    for (const char *model : {"virtio", "e1000e", "e1000", "rtl8139"})
        m_model->addItem(QLatin1String(model));
    m_model->setToolTip(tr("virtio is fastest; e1000e, e1000 and rtl8139 work in guests without "
                           "virtio drivers."));
    addRow(form, tr("&Model:"), m_model, QStringLiteral("model"));

    auto *macRow = new QWidget;
    auto *macLayout = new QHBoxLayout(macRow);
    macLayout->setContentsMargins(0, 0, 0, 0);
    m_mac = new QLineEdit;
    m_mac->setAccessibleName(tr("MAC address"));
    m_mac->setPlaceholderText(tr("chosen by libvirt"));
    m_generate = new QPushButton(tr("&Generate"));
    m_generate->setAccessibleName(tr("Generate a MAC address"));
    macLayout->addWidget(m_mac, 1);
    macLayout->addWidget(m_generate);
    addRow(form, tr("MA&C address:"), macRow, QStringLiteral("mac"));
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(macRow)))
        label->setBuddy(m_mac);
    m_link = new QCheckBox(tr("Ca&ble connected"));
    m_link->setAccessibleName(tr("Cable connected"));
    m_link->setToolTip(tr("Unplugging the virtual cable is like pulling a real one: the guest "
                          "sees its link go down."));
    form->addRow(QString(), m_link);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        fillSources();
        edited();
    });
    connect(m_source, &QComboBox::currentTextChanged, this, &InterfaceEditor::edited);
    connect(m_model, &QComboBox::currentTextChanged, this, &InterfaceEditor::edited);
    connect(m_mac, &QLineEdit::textChanged, this, &InterfaceEditor::edited);
    connect(m_link, &QCheckBox::toggled, this, &InterfaceEditor::edited);
    connect(m_generate, &QPushButton::clicked, this,
            [this] { m_mac->setText(GuestDevices::generateMac(this->context().usedMacs)); });

    // A new card: the default network (or the first one, or a bridge), virtio, a fresh MAC.
    m_loading = true;
    if (context.networks.isEmpty() && !context.bridges.isEmpty())
        m_type->setCurrentIndex(m_type->findData(QStringLiteral("bridge")));
    fillSources();
    if (m_source->findText(QStringLiteral("default")) >= 0)
        m_source->setCurrentText(QStringLiteral("default"));
    m_mac->setText(GuestDevices::generateMac(context.usedMacs));
    m_link->setChecked(true);
    m_loading = false;
}

FieldMessage *InterfaceEditor::addRow(QFormLayout *form, const QString &label, QWidget *field,
                                      const QString &key) {
    form->addRow(label, field);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(field)))
        buddy->setBuddy(field);
    auto *message = new FieldMessage;
    form->addRow(QString(), message);
    m_messages.insert(key, message);
    return message;
}

QString InterfaceEditor::type() const {
    return m_type->currentData().toString();
}

bool InterfaceEditor::editableType() const {
    return !sourceAttribute(type()).isEmpty();
}

void InterfaceEditor::fillSources() {
    const QSignalBlocker blocker(m_source);
    const QString kept = m_source->currentText();
    m_source->clear();
    const QString t = type();
    if (t == QLatin1String("network"))
        m_source->addItems(context().networks);
    else if (t == QLatin1String("bridge") || t == QLatin1String("direct"))
        m_source->addItems(context().bridges);
    m_source->setEnabled(editableType());
    if (m_source->findText(kept) >= 0)
        m_source->setCurrentText(kept);
}

void InterfaceEditor::edited() {
    if (m_loading)
        return;
    validate();
    Q_EMIT changed();
}

void InterfaceEditor::load(const QDomElement &device) {
    m_loading = true;
    m_loadedDoc = QDomDocument();
    m_loaded = m_loadedDoc.importNode(device, true).toElement();
    m_loadedDoc.appendChild(m_loaded);
    const QString t = attr(device, "type");
    int i = m_type->findData(t);
    if (i < 0) {
        m_type->addItem(tr("Other (%1)").arg(t), t);
        i = m_type->count() - 1;
    }
    m_type->setCurrentIndex(i);
    fillSources();
    const QString source = attr(child(device, "source"), sourceAttribute(t).toUtf8().constData());
    if (!source.isEmpty())
        m_source->setCurrentText(source);
    else
        m_source->setCurrentIndex(-1);
    m_model->setCurrentText(attr(child(device, "model"), "type"));
    m_mac->setText(attr(child(device, "mac"), "address"));
    m_link->setChecked(attr(child(device, "link"), "state") != QLatin1String("down"));
    m_loading = false;
    validate();
}

QDomElement InterfaceEditor::createDevice(QDomDocument &document) const {
    QDomElement nic = document.createElement(QStringLiteral("interface"));
    const QString t = editableType() ? type() : QStringLiteral("network");
    nic.setAttribute(QStringLiteral("type"), t);
    QDomElement mac = document.createElement(QStringLiteral("mac"));
    mac.setAttribute(QStringLiteral("address"), GuestDevices::generateMac(context().usedMacs));
    nic.appendChild(mac);
    QDomElement source = document.createElement(QStringLiteral("source"));
    source.setAttribute(sourceAttribute(t), t == QLatin1String("network")
                                                ? context().networks.value(0)
                                                : context().bridges.value(0));
    if (t == QLatin1String("direct"))
        source.setAttribute(QStringLiteral("mode"), QStringLiteral("bridge"));
    nic.appendChild(source);
    QDomElement model = document.createElement(QStringLiteral("model"));
    model.setAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
    nic.appendChild(model);
    return nic;
}

void InterfaceEditor::store(QDomElement &nic) const {
    if (nic.isNull())
        return;
    const QString t = type();
    if (editableType()) {
        const QString name = m_source->currentText().trimmed();
        const QString attribute = sourceAttribute(t);
        const QDomElement current = child(nic, "source");
        // Only a real change replaces <source>: portgroup=, mode= and the like stay otherwise.
        if (attr(nic, "type") != t || current.attribute(attribute) != name) {
            nic.setAttribute(QStringLiteral("type"), t);
            if (!current.isNull())
                nic.removeChild(current);
            QDomElement fresh = GuestDevices::ensureChild(nic, QStringLiteral("source"));
            fresh.setAttribute(attribute, name);
            if (t == QLatin1String("direct"))
                fresh.setAttribute(QStringLiteral("mode"), QStringLiteral("bridge"));
        }
    }
    const QString model = m_model->currentText().trimmed();
    if (attr(child(nic, "model"), "type") != model) {
        if (model.isEmpty())
            nic.removeChild(child(nic, "model"));
        else
            GuestDevices::ensureChild(nic, QStringLiteral("model"))
                .setAttribute(QStringLiteral("type"), model);
    }
    const QString mac = m_mac->text().trimmed();
    if (attr(child(nic, "mac"), "address") != mac) {
        if (mac.isEmpty())
            nic.removeChild(child(nic, "mac"));
        else
            GuestDevices::ensureChild(nic, QStringLiteral("mac"))
                .setAttribute(QStringLiteral("address"), mac);
    }
    // "up" is libvirt's default: a <link> element is written only for "down" or where one was.
    const QDomElement link = child(nic, "link");
    if (!m_link->isChecked())
        GuestDevices::ensureChild(nic, QStringLiteral("link"))
            .setAttribute(QStringLiteral("state"), QStringLiteral("down"));
    else if (!link.isNull() && attr(link, "state") != QLatin1String("up"))
        GuestDevices::ensureChild(nic, QStringLiteral("link"))
            .setAttribute(QStringLiteral("state"), QStringLiteral("up"));
}

QStringList InterfaceEditor::validate() const {
    QDomDocument scratch;
    QDomElement nic =
        m_loaded.isNull() ? createDevice(scratch) : scratch.importNode(m_loaded, true).toElement();
    scratch.appendChild(nic);
    store(nic);
    const QList<GuestDevices::Problem> problems =
        GuestDevices::validateInterface(nic, context(), m_loaded);
    showProblems(problems);
    QStringList reasons;
    for (const GuestDevices::Problem &p : problems)
        reasons << p.reason;
    return reasons;
}

void InterfaceEditor::showProblems(const QList<GuestDevices::Problem> &problems) const {
    for (FieldMessage *m : m_messages)
        m->clear();
    for (const GuestDevices::Problem &p : problems) {
        FieldMessage *m = m_messages.value(p.field, m_messages.value(QStringLiteral("network")));
        if (!m->isError())
            m->setError(p.reason);
    }
}
