#pragma once

#include "draft.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace amends::core {

enum class FieldKind { Text, MultiLine, Email, Amount, Currency, Date };

/// One case field: its key (also the placeholder name in templates), its kind and
/// whether a letter cannot go out without it.
struct FieldSpec {
    QString key;
    FieldKind kind;
    bool required;
};

/// Every field, in the order the case page and `amends-cli new --set` present them.
const QList<FieldSpec> &fieldSpecs();
const FieldSpec *findField(QStringView key);

/// The stored value of a field as text: dates in ISO 8601, amounts as plain decimals.
/// Returns a null string for an unknown key.
QString fieldValue(const Draft &draft, QStringView key);

/// Validates and stores a value. Control characters are removed (single-line fields
/// also lose line breaks) so that no value can carry a header or a hidden command.
/// Returns an empty string on success, else a plain-language message; the draft is
/// unchanged on failure.
QString setFieldValue(Draft &draft, QStringView key, const QString &value);

/// Removes control characters; keeps line breaks (normalised to '\n') and tabs
/// only when @p multiLine is true.
QString sanitizeText(const QString &text, bool multiLine);

/// Checks a value against a kind without storing it; empty means valid.
QString validateFieldValue(const FieldSpec &spec, const QString &value);

/// Keys of required fields that are empty in @p draft.
QStringList missingRequiredFields(const Draft &draft);

inline constexpr int kMaxSingleLineLength = 500;
inline constexpr int kMaxMultiLineLength = 4000;

} // namespace amends::core
