// SPDX-License-Identifier: GPL-2.0-or-later
#include "cpufeaturestable.h"

#include "guestresourcesettings.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>

namespace {

constexpr int MinimumRows = 2, VisibleRows = 6; // more rows scroll

} // namespace

CpuFeaturesTable::CpuFeaturesTable(QWidget *parent)
    : QTableWidget(0, 2, parent) {
    setHorizontalHeaderLabels({tr("Feature"), tr("Policy")});
    setAccessibleName(tr("CPU features"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(PolicyColumn, QHeaderView::ResizeToContents);
    const int rowHeight = QComboBox().sizeHint().height() + 2;
    verticalHeader()->setDefaultSectionSize(rowHeight);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &CpuFeaturesTable::featuresChanged, this, &CpuFeaturesTable::fitHeight);
    fitHeight();
}

void CpuFeaturesTable::fitHeight() {
    const int rows = qBound(MinimumRows, rowCount(), VisibleRows);
    setFixedHeight(horizontalHeader()->sizeHint().height() +
                   rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth());
}

void CpuFeaturesTable::setKnownNames(const QStringList &names) {
    m_known = names;
    for (int r = 0; r < rowCount(); ++r) {
        QComboBox *box = nameBox(r);
        const QString current = box->currentText();
        const QSignalBlocker block(box);
        box->clear();
        box->addItems(m_known);
        box->setCurrentText(current);
    }
}

void CpuFeaturesTable::setFeatures(const QList<DomainConfig::CpuFeature> &features) {
    const QSignalBlocker block(this);
    setRowCount(0);
    for (const DomainConfig::CpuFeature &f : features)
        addFeature(f.name, f.policy);
    fitHeight();
}

QList<DomainConfig::CpuFeature> CpuFeaturesTable::features() const {
    QList<DomainConfig::CpuFeature> out;
    for (int r = 0; r < rowCount(); ++r)
        out.push_back(
            {nameBox(r)->currentText().trimmed(), policyBox(r)->currentData().toString()});
    return out;
}

int CpuFeaturesTable::addFeature(const QString &name, const QString &policy) {
    const int row = rowCount();
    insertRow(row);
    auto *names = new QComboBox;
    names->setEditable(true);
    names->setInsertPolicy(QComboBox::NoInsert);
    names->addItems(m_known);
    names->setCurrentText(name);
    names->completer()->setCompletionMode(QCompleter::PopupCompletion);
    names->completer()->setFilterMode(Qt::MatchContains);
    names->setAccessibleName(tr("Feature name"));
    auto *policies = new QComboBox;
    policies->setAccessibleName(tr("Feature policy"));
    const QStringList all = GuestResourceSettings::cpuFeaturePolicies();
    const QStringList labels{tr("Require"), tr("Disable"), tr("Optional (if the host has it)"),
                             tr("Force (even if the host lacks it)"),
                             tr("Forbid (refuse to start if the host has it)")};
    for (qsizetype i = 0; i < all.size(); ++i) {
        policies->addItem(labels.value(i, all.at(i)), all.at(i));
        if (i == 1)
            policies->insertSeparator(policies->count()); // the usual two, then the rest
    }
    int index = policies->findData(policy);
    if (index < 0) {
        policies->addItem(policy, policy); // kept as found; refused if changed to nothing valid
        index = policies->count() - 1;
    }
    policies->setCurrentIndex(index);
    setCellWidget(row, NameColumn, names);
    setCellWidget(row, PolicyColumn, policies);
    for (QWidget *w : {static_cast<QWidget *>(names), static_cast<QWidget *>(names->lineEdit()),
                       static_cast<QWidget *>(policies)})
        w->installEventFilter(this);
    connect(names, &QComboBox::currentTextChanged, this, &CpuFeaturesTable::featuresChanged);
    connect(policies, &QComboBox::currentIndexChanged, this, &CpuFeaturesTable::featuresChanged);
    setCurrentCell(row, NameColumn);
    Q_EMIT featuresChanged();
    return row;
}

void CpuFeaturesTable::removeCurrent() {
    const int row = currentRow();
    if (row < 0)
        return;
    removeRow(row);
    Q_EMIT featuresChanged();
}

bool CpuFeaturesTable::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FocusIn) {
        for (int r = 0; r < rowCount(); ++r) {
            QWidget *name = nameBox(r), *policy = policyBox(r);
            if (watched == name || watched == name->focusProxy() || watched == policy ||
                (name && name->isAncestorOf(qobject_cast<QWidget *>(watched))))
                setCurrentCell(r, watched == policy ? PolicyColumn : NameColumn);
        }
    }
    return QTableWidget::eventFilter(watched, event);
}

QComboBox *CpuFeaturesTable::nameBox(int row) const {
    return qobject_cast<QComboBox *>(cellWidget(row, NameColumn));
}

QComboBox *CpuFeaturesTable::policyBox(int row) const {
    return qobject_cast<QComboBox *>(cellWidget(row, PolicyColumn));
}
