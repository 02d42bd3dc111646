#pragma once

#include "core/draft.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

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
/// Path of a file in the source tree (e.g. "resources/judgement/en").
QString sourcePath(const QString &name);

/// A 64 KB tmpfs mounted on a folder of its own, to see what a full disk does. Mounting
/// needs root: when it cannot be mounted, isMounted() is false and reason() says why
/// (for GTEST_SKIP). Unmounted when destroyed.
class TinyDisk
{
public:
    TinyDisk();
    ~TinyDisk();
    TinyDisk(const TinyDisk &) = delete;
    TinyDisk &operator=(const TinyDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString reason() const { return m_reason; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Writes a file until the disk has no space left; false if it never filled.
    bool fill();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_reason;
};

} // namespace amends::test

/// Waits (processing events) until @p condition holds, failing the GoogleTest test when
/// it does not within @p ms. QtTest's QTRY_* macros would only report to QtTest.
#define AMENDS_WAIT_FOR(condition, ms) ASSERT_TRUE(QTest::qWaitFor([&] { return bool(condition); }, ms)) << #condition
