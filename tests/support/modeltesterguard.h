// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractItemModelTester>
#include <QStringList>

#include <memory>

// Runs QAbstractItemModelTester on a model for the guard's lifetime and collects its
// complaints, so a GoogleTest can assert that there were none.
class ModelTesterGuard {
public:
    explicit ModelTesterGuard(QAbstractItemModel *model);
    ~ModelTesterGuard();
    QStringList failures() const;

private:
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};
