// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainconfig.h"

#include <QTableWidget>

class QComboBox;

// The CPU page's feature list: a feature name (offered from the host's known names, typed
// freely so that a wrong one can be refused with a reason) and its policy, "require" and
// "disable" first, then libvirt's rarer ones.
class CpuFeaturesTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, PolicyColumn };

    explicit CpuFeaturesTable(QWidget *parent = nullptr);

    void setKnownNames(const QStringList &names);
    void setFeatures(const QList<DomainConfig::CpuFeature> &features);
    QList<DomainConfig::CpuFeature> features() const;
    // A new row (selected, its name ready for typing); returns its row.
    int addFeature(const QString &name = {}, const QString &policy = QStringLiteral("require"));
    void removeCurrent();

    QComboBox *nameBox(int row) const;
    QComboBox *policyBox(int row) const;

Q_SIGNALS:
    void featuresChanged();

protected:
    // Focus in a row's boxes makes it the current row, the one "Remove" takes.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitHeight(); // as tall as its rows (at least a few, at most a screenful)

    QStringList m_known;
};
