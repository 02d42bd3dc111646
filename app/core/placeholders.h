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
    /// Where the run comes from in the template text: a literal run is its text from
    /// there on, any other run the `{key}` written there. -1 for text the composer adds.
    qsizetype source = -1;

    /// The length of what the run stands for in the template text.
    qsizetype sourceLength() const { return kind == Kind::Literal ? text.size() : key.size() + 2; }
    /// Runs are equal when they read the same, wherever they come from.
    bool operator==(const TextRun &other) const
    {
        return kind == other.kind && text == other.text && key == other.key;
    }
};

using TextRuns = QList<TextRun>;

/// Looks up a field's display value: std::nullopt for an unknown key, an empty
/// string for a known but unfilled one.
using FieldResolver = std::function<std::optional<QString>(QStringView key)>;

/// Replaces every `{field.key}` in @p text in one pass. Substituted values are never
/// scanned for placeholders themselves, so a customer named "{customer.email}" stays
/// literally that. Each run's `source` is its offset in @p text plus @p sourceOffset.
TextRuns substitutePlaceholders(QStringView text, const FieldResolver &resolve, qsizetype sourceOffset = 0);

QString joinRuns(const TextRuns &runs);

/// Keys of placeholders of the given kind in @p runs, without repetition.
QStringList placeholderKeys(const TextRuns &runs, TextRun::Kind kind);

/// Every `{key}` written in @p text, whether or not it names a field.
QStringList placeholdersIn(QStringView text);

} // namespace amends::core
