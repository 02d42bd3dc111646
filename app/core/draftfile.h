#pragma once

#include "draft.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace amends::core {

/// Reading and writing `.amends` files: UTF-8 JSON with `format` "amends-draft" and an
/// integer `version`. Newer versions are refused, older ones migrated on load.
namespace DraftFile {

inline constexpr int kVersion = 1;
inline constexpr qint64 kMaxFileSize = 32 * 1024 * 1024;

struct LoadResult {
    std::optional<Draft> draft;
    QString error; ///< Plain-language reason when draft is empty.
};

QJsonObject toJson(const Draft &draft);
QByteArray serialize(const Draft &draft);
LoadResult fromJson(const QJsonObject &root);
LoadResult parse(const QByteArray &bytes);

/// Reads a draft. The file is never modified, whatever it contains.
LoadResult load(const QString &path);

/// Writes atomically (AtomicFile): on any failure the old file is untouched and no
/// partial file is left. Returns an empty string on success, else the reason.
QString save(const Draft &draft, const QString &path, const QJsonObject &extra = {});

} // namespace DraftFile

} // namespace amends::core
