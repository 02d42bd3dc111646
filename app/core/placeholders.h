#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

namespace amends::core {

/// A piece of substituted text. Keeping values apart from the template text lets
/// every output escape them for its own format and mark what is still unfilled.
struct TextRun {
    enum class Kind {
        Literal,  ///< Template text.
        Value,    ///< A field's value, inserted verbatim and never scanned again.
        Unfilled, ///< A known field that is empty: the placeholder stays visible.
        Unknown,  ///< No such field: the placeholder stays visible and is reported.
    };
    Kind kind = Kind::Literal;
    QString text;
    QString key; ///< Field key for every kind but Literal.
    bool operator==(const TextRun &) const = default;
};

using TextRuns = QList<TextRun>;

/// Looks up a field's display value: std::nullopt for an unknown key, an empty
/// string for a known but unfilled one.
using FieldResolver = std::function<std::optional<QString>(QStringView key)>;

/// Replaces every `{field.key}` in @p text in one pass. Substituted values are never
/// scanned for placeholders themselves, so a customer named "{customer.email}" stays
/// literally that.
TextRuns substitutePlaceholders(QStringView text, const FieldResolver &resolve);

QString joinRuns(const TextRuns &runs);

/// Keys of placeholders of the given kind in @p runs, without repetition.
QStringList placeholderKeys(const TextRuns &runs, TextRun::Kind kind);

/// Every `{key}` written in @p text, whether or not it names a field.
QStringList placeholdersIn(QStringView text);

} // namespace amends::core
