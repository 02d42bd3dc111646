#pragma once

#include "core/draft.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

// Readable failure messages for Qt strings.
QT_BEGIN_NAMESPACE
void PrintTo(const QString &value, std::ostream *os);
void PrintTo(const QStringList &value, std::ostream *os);
QT_END_NAMESPACE

namespace amends::test {

/// A fully filled draft with non-ASCII text in every kind of field.
core::Draft sampleDraft();

/// Path of a file in tests/data.
QString dataPath(const QString &name);

} // namespace amends::test

/// Waits (processing events) until @p condition holds, failing the GoogleTest test when
/// it does not within @p ms. QtTest's QTRY_* macros would only report to QtTest.
#define AMENDS_WAIT_FOR(condition, ms) ASSERT_TRUE(QTest::qWaitFor([&] { return bool(condition); }, ms)) << #condition
