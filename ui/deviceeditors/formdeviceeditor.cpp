// SPDX-License-Identifier: GPL-2.0-or-later
#include "formdeviceeditor.h"

#include "fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDomDocument>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QString accessibleLabel(QString label) {
    label.remove(QLatin1Char('&'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}

} // namespace

FormDeviceEditor::FormDeviceEditor(const DeviceEditorContext &context, QWidget *parent)
    : DeviceEditor(context, parent) {
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void FormDeviceEditor::load(const QDomElement &device) {
    m_quiet = true;
    loadFields(device);
    m_quiet = false;
    updateRows();
    showProblems();
}

QStringList FormDeviceEditor::validate() const {
    return showProblems();
}

void FormDeviceEditor::store(QDomElement &device) const {
    if (!validate().isEmpty() || device.isNull())
        return;
    storeFields(device);
}

void FormDeviceEditor::loadDefaults() {
    QDomDocument scratch;
    load(createDevice(scratch));
}

QStringList FormDeviceEditor::showProblems() const {
    for (FieldMessage *m : m_messages)
        m->clear();
    QStringList errors;
    for (const Problem &p : problems()) {
        FieldMessage *m = m_messages.value(p.field);
        if (p.kind == Problem::Error)
            errors << p.text;
        if (!m)
            continue;
        // One line per field: the first error wins over warnings and notes.
        if (m->isError() || (!m->text().isEmpty() && p.kind != Problem::Error))
            continue;
        if (p.kind == Problem::Error)
            m->setError(p.text);
        else if (p.kind == Problem::Warning)
            m->setWarning(p.text);
        else
            m->setNote(p.text);
    }
    return errors;
}

void FormDeviceEditor::edited() {
    if (m_quiet)
        return;
    updateRows();
    showProblems();
    Q_EMIT changed();
}

void FormDeviceEditor::watch(QWidget *field) {
    if (auto *combo = qobject_cast<QComboBox *>(field)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &FormDeviceEditor::edited);
        connect(combo, &QComboBox::editTextChanged, this, &FormDeviceEditor::edited);
    } else if (auto *line = qobject_cast<QLineEdit *>(field)) {
        connect(line, &QLineEdit::textChanged, this, &FormDeviceEditor::edited);
    } else if (auto *spin = qobject_cast<QSpinBox *>(field)) {
        connect(spin, &QSpinBox::valueChanged, this, &FormDeviceEditor::edited);
    } else if (auto *check = qobject_cast<QCheckBox *>(field)) {
        connect(check, &QCheckBox::toggled, this, &FormDeviceEditor::edited);
    }
}

void FormDeviceEditor::addField(const QString &label, QWidget *field, QWidget *extra) {
    auto *row = new QWidget;
    auto *column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    if (extra) {
        auto *line = new QHBoxLayout;
        line->addWidget(field, 1);
        line->addWidget(extra);
        column->addLayout(line);
    } else {
        column->addWidget(field);
    }
    auto *message = new FieldMessage;
    message->setAccessibleName(tr("%1: message").arg(accessibleLabel(label)));
    column->addWidget(message);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(accessibleLabel(label));
    if (qobject_cast<QCheckBox *>(field)) {
        m_form->addRow(QString(), row);
    } else {
        auto *caption = new QLabel(label);
        caption->setBuddy(field);
        m_form->addRow(caption, row);
    }
    m_messages.insert(field, message);
    m_rows.insert(field, row);
    watch(field);
}

void FormDeviceEditor::setRowShown(QWidget *field, bool shown) {
    if (QWidget *row = m_rows.value(field))
        m_form->setRowVisible(row, shown);
}

QComboBox *FormDeviceEditor::addCombo(const QString &name, const QString &label) {
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    addField(label, combo);
    return combo;
}

QLineEdit *FormDeviceEditor::addLineEdit(const QString &name, const QString &label) {
    auto *line = new QLineEdit;
    line->setObjectName(name);
    addField(label, line);
    return line;
}

QSpinBox *FormDeviceEditor::addSpinBox(const QString &name, const QString &label, int minimum,
                                       int maximum) {
    auto *spin = new QSpinBox;
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    addField(label, spin);
    return spin;
}

QCheckBox *FormDeviceEditor::addCheckBox(const QString &name, const QString &text) {
    auto *check = new QCheckBox(text);
    check->setObjectName(name);
    addField(text, check);
    return check;
}

void FormDeviceEditor::addChoice(QComboBox *combo, const QString &value, const QString &text) {
    combo->addItem(text, value);
}

void FormDeviceEditor::selectValue(QComboBox *combo, const QString &value) {
    const int index = combo->findData(value);
    if (combo->isEditable()) {
        // What the line shows is the value; the list only offers common ones.
        if (index >= 0)
            combo->setCurrentIndex(index);
        combo->setEditText(value);
        return;
    }
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    combo->addItem(value.isEmpty() ? tr("Default") : value, value);
    combo->setCurrentIndex(combo->count() - 1);
}

QString FormDeviceEditor::value(const QComboBox *combo) {
    if (combo->isEditable())
        return combo->currentText().trimmed();
    return combo->currentData().toString();
}
