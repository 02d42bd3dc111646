#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

// Shared by the fuzz targets: each defines LLVMFuzzerTestOneInput and checks its own
// properties, calling fail() when one does not hold (libFuzzer then saves the input;
// the regression driver stops with an error).
namespace amends::fuzz {

/// The input as bytes (copied: libFuzzer's buffer must not outlive the call).
QByteArray bytes(const uint8_t *data, size_t size);

/// @p input cut into at most @p count fields at each '\x1e' (ASCII record separator);
/// missing fields are empty, the last field takes the rest.
QList<QByteArray> fields(const QByteArray &input, int count);

/// Reports a broken property with the detail given and aborts.
[[noreturn]] void fail(const char *property, const QString &detail = {});

/// A folder of this process's own for files a target must write, removed at exit.
QString scratchFolder();

/// Writes @p data to @p path (in the scratch folder), aborting when it cannot.
void writeScratch(const QString &path, const QByteArray &data);

} // namespace amends::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/// Optional: work done once before the first input (libFuzzer's convention).
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);
