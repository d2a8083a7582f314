// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "deviceeditor.h"

#include <QHash>
#include <QList>

class FieldMessage;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

// The common frame of the small device editors: a form of labelled fields, each with a
// FieldMessage under it. Subclasses say what is wrong (problems()) and how fields map to the
// element (loadFields()/storeFields()); this class shows the reasons next to their fields and
// never stores input that has an error.
class FormDeviceEditor : public DeviceEditor {
    Q_OBJECT
public:
    explicit FormDeviceEditor(const DeviceEditorContext &context, QWidget *parent = nullptr);

    void load(const QDomElement &device) final;
    QStringList validate() const final;
    // Does nothing while validate() reports an error.
    void store(QDomElement &device) const final;

    // The message line under a field (nullptr for a widget that is no field here).
    FieldMessage *messageFor(QWidget *field) const { return m_messages.value(field); }

protected:
    struct Problem {
        enum Kind { Error, Warning, Note };
        QWidget *field = nullptr;
        QString text;
        Kind kind = Error;
    };

    virtual void loadFields(const QDomElement &device) = 0;
    virtual void storeFields(QDomElement &device) const = 0;
    virtual QList<Problem> problems() const = 0;
    // Shows the rows that fit the current choices; called after every edit and load.
    virtual void updateRows() {}

    // Subclass constructors call this last: the fields then show what createDevice() makes.
    void loadDefaults();

    // Fields: objectName is the name tests and scripts use, the label (without "&" and ":")
    // becomes the accessible name.
    QComboBox *addCombo(const QString &name, const QString &label);
    QLineEdit *addLineEdit(const QString &name, const QString &label);
    QSpinBox *addSpinBox(const QString &name, const QString &label, int minimum, int maximum);
    QCheckBox *addCheckBox(const QString &name, const QString &text);
    // Any other widget as a field; `extra` sits to its right (a button, say).
    void addField(const QString &label, QWidget *field, QWidget *extra = nullptr);
    void setRowShown(QWidget *field, bool shown);

    static void addChoice(QComboBox *combo, const QString &value, const QString &text);
    // Selects the item holding value; one the list lacks is added as it is, so that a value
    // VirtDeck does not know is shown and kept rather than replaced.
    static void selectValue(QComboBox *combo, const QString &value);
    static QString value(const QComboBox *combo);

private:
    void edited();
    QStringList showProblems() const;
    void watch(QWidget *field);

    QFormLayout *m_form = nullptr;
    QHash<QWidget *, FieldMessage *> m_messages;
    QHash<QWidget *, QWidget *> m_rows;
    // Edits made by the code (building the form, load()) are not the user's.
    bool m_quiet = true;
};
