// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "guestoverview.h"

#include <QWidget>

#include <optional>

class Connection;
class FieldMessage;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class TagsEdit;

// The guest's identity and platform, its title and description (editable, applied live when
// it runs), start-with-host, and what the running system reports through its agent; at the
// end, VirtDeck's tags and notes (TagsEdit, with an Apply of its own).
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    OverviewPage(Connection *connection, const DomainInfo &guest, QWidget *parent = nullptr);

    void reload();
    void apply();
    bool isLoaded() const { return m_overview.has_value(); }
    bool isBusy() const { return m_busy; }
    bool isModified() const;
    const std::optional<GuestOverview> &overview() const { return m_overview; }

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QCheckBox *autostartBox() const { return m_autostart; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    FieldMessage *message() const { return m_message; }
    QLabel *valueLabel(const QString &key) const;
    TagsEdit *tagsEdit() const { return m_tags; }

Q_SIGNALS:
    void loaded();
    void applied(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const GuestOverview &o);
    void updateButtons();
    QLabel *addValue(class QFormLayout *form, const QString &label, const QString &key);
    Connection *m_connection;
    DomainInfo m_guest;
    std::optional<GuestOverview> m_overview;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QCheckBox *m_autostart;
    QPushButton *m_apply;
    QPushButton *m_revert;
    FieldMessage *m_message;
    TagsEdit *m_tags;
    QHash<QString, QLabel *> m_values;
    bool m_busy = false;
};
