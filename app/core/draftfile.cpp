#include "draftfile.h"

#include "atomicfile.h"
#include "fields.h"
#include "language.h"
#include "personaldictionary.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace amends::core::DraftFile {

namespace {

const QLatin1String kFormatName("amends-draft");
// Far beyond any version Amends will reach, and well inside an int.
constexpr double kMaxVersionNumber = 1000000;

struct DraftFileText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::DraftFile)
};

// Reads typed members and remembers the first problem, so the loader reads as a list
// of fields rather than a ladder of checks.
class Reader
{
public:
    QString error;

    QString text(const QJsonObject &object, const QString &key, const QString &where)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            fail(DraftFileText::tr("\"%1\" should be text.").arg(where));
            return {};
        }
        return value.toString();
    }

    QJsonObject object(const QJsonObject &parent, const QString &key)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            fail(DraftFileText::tr("\"%1\" should be a group of values.").arg(key));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &key)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            fail(DraftFileText::tr("\"%1\" should be a list.").arg(key));
        return value.toArray();
    }

    QDateTime dateTime(const QJsonObject &object, const QString &key, const QString &where)
    {
        const QString value = text(object, key, where);
        if (value.isEmpty())
            return {};
        QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!parsed.isValid())
            fail(DraftFileText::tr("\"%1\" should be a date and time.").arg(where));
        return parsed;
    }

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }
};

QJsonObject commentToJson(const ReviewComment &comment)
{
    QJsonObject object{{QStringLiteral("id"), comment.id},
                       {QStringLiteral("author"), comment.author},
                       {QStringLiteral("text"), comment.text},
                       {QStringLiteral("created"), comment.created.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("resolved"), comment.resolved}};
    if (comment.section) {
        object.insert(QStringLiteral("section"), sectionKey(*comment.section));
        object.insert(QStringLiteral("start"), comment.start);
        object.insert(QStringLiteral("end"), comment.end);
        object.insert(QStringLiteral("quote"), comment.quote);
    }
    return object;
}

QJsonObject reviewToJson(const Review &review)
{
    QJsonArray comments;
    for (const ReviewComment &comment : review.comments)
        comments.append(commentToJson(comment));
    QJsonArray history;
    for (const StatusChange &change : review.history) {
        history.append(QJsonObject{{QStringLiteral("from"), reviewStatusKey(change.from)},
                                   {QStringLiteral("to"), reviewStatusKey(change.to)},
                                   {QStringLiteral("author"), change.author},
                                   {QStringLiteral("when"), change.when.toString(Qt::ISODateWithMs)}});
    }
    return {{QStringLiteral("status"), reviewStatusKey(review.status)},
            {QStringLiteral("reviewer"), review.reviewer},
            {QStringLiteral("comments"), comments},
            {QStringLiteral("history"), history}};
}

ReviewStatus readStatus(Reader &reader, const QJsonObject &object, const QString &key)
{
    const QString text = reader.text(object, key, QStringLiteral("review.") + key);
    if (text.isEmpty())
        return ReviewStatus::Draft;
    const std::optional<ReviewStatus> status = reviewStatusFromKey(text);
    if (!status)
        reader.fail(DraftFileText::tr("Unknown review status \"%1\".").arg(text));
    return status.value_or(ReviewStatus::Draft);
}

ReviewComment readComment(Reader &reader, const QJsonObject &object)
{
    ReviewComment comment;
    comment.id = reader.text(object, QStringLiteral("id"), QStringLiteral("comment.id"));
    comment.author = reader.text(object, QStringLiteral("author"), QStringLiteral("comment.author"));
    comment.text = reader.text(object, QStringLiteral("text"), QStringLiteral("comment.text"));
    comment.created = reader.dateTime(object, QStringLiteral("created"), QStringLiteral("comment.created"));
    comment.resolved = object.value(QStringLiteral("resolved")).toBool();
    const QString section = reader.text(object, QStringLiteral("section"), QStringLiteral("comment.section"));
    if (!section.isEmpty()) {
        comment.section = sectionFromKey(section);
        if (!comment.section)
            reader.fail(DraftFileText::tr("Unknown section \"%1\" in a comment.").arg(section));
        comment.start = object.value(QStringLiteral("start")).toInt(-1);
        comment.end = object.value(QStringLiteral("end")).toInt(-1);
        comment.quote = reader.text(object, QStringLiteral("quote"), QStringLiteral("comment.quote"));
    }
    return comment;
}

Review readReview(Reader &reader, const QJsonObject &object)
{
    Review review;
    review.status = readStatus(reader, object, QStringLiteral("status"));
    review.reviewer = reader.text(object, QStringLiteral("reviewer"), QStringLiteral("review.reviewer"));
    for (const QJsonValue &value : reader.array(object, QStringLiteral("comments"))) {
        if (!value.isObject()) {
            reader.fail(DraftFileText::tr("A review comment is not a group of values."));
            break;
        }
        review.comments.append(readComment(reader, value.toObject()));
    }
    for (const QJsonValue &value : reader.array(object, QStringLiteral("history"))) {
        const QJsonObject change = value.toObject();
        review.history.append({readStatus(reader, change, QStringLiteral("from")),
                               readStatus(reader, change, QStringLiteral("to")),
                               reader.text(change, QStringLiteral("author"), QStringLiteral("history.author")),
                               reader.dateTime(change, QStringLiteral("when"), QStringLiteral("history.when"))});
    }
    return review;
}

QJsonArray dismissalsToJson(const QList<Dismissal> &dismissals)
{
    QJsonArray array;
    for (const Dismissal &dismissal : dismissals) {
        array.append(QJsonObject{{QStringLiteral("rule"), dismissal.rule},
                                 {QStringLiteral("excerpt"), dismissal.excerpt},
                                 {QStringLiteral("reason"), dismissal.reason},
                                 {QStringLiteral("author"), dismissal.author},
                                 {QStringLiteral("when"), dismissal.when.toString(Qt::ISODateWithMs)}});
    }
    return array;
}

QList<Dismissal> readDismissals(Reader &reader, const QJsonArray &array)
{
    QList<Dismissal> dismissals;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        dismissals.append({reader.text(object, QStringLiteral("rule"), QStringLiteral("dismissal.rule")),
                           reader.text(object, QStringLiteral("excerpt"), QStringLiteral("dismissal.excerpt")),
                           reader.text(object, QStringLiteral("reason"), QStringLiteral("dismissal.reason")),
                           reader.text(object, QStringLiteral("author"), QStringLiteral("dismissal.author")),
                           reader.dateTime(object, QStringLiteral("when"), QStringLiteral("dismissal.when"))});
    }
    return dismissals;
}

// Words the writer chose to ignore in spelling. Anything that is not one word is
// dropped rather than refused: the list only quiets the speller.
QStringList readIgnoredWords(Reader &reader, const QJsonObject &spelling)
{
    QStringList words;
    for (const QJsonValue &value : reader.array(spelling, QStringLiteral("ignored"))) {
        const QString word = value.toString();
        if (PersonalDictionary::isValidWord(word) && !words.contains(word))
            words.append(word);
    }
    return words;
}

// Brings an older document up to kVersion. Version 1 is the first published format, so
// there is nothing to convert yet; each later version adds a step here.
bool migrate(QJsonObject &root, int fromVersion)
{
    Q_UNUSED(root);
    return fromVersion == kVersion;
}

} // namespace

QJsonObject toJson(const Draft &draft)
{
    QJsonObject fields;
    for (const FieldSpec &spec : fieldSpecs())
        fields.insert(spec.key, fieldValue(draft, spec.key));
    QJsonObject sections;
    for (Section section : kSections)
        sections.insert(sectionKey(section), draft.section(section));
    return {{QStringLiteral("format"), kFormatName},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("language"), draft.language},
            {QStringLiteral("scenario"), draft.scenarioId},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("letter"), QJsonObject{{QStringLiteral("subject"), draft.subject},
                                                   {QStringLiteral("salutation"), draft.salutation},
                                                   {QStringLiteral("closing"), draft.closing}}},
            {QStringLiteral("sections"), sections},
            {QStringLiteral("review"), reviewToJson(draft.review)},
            {QStringLiteral("spelling"),
             QJsonObject{{QStringLiteral("ignored"), QJsonArray::fromStringList(draft.ignoredWords)}}},
            {QStringLiteral("dismissals"), dismissalsToJson(draft.dismissals)}};
}

QByteArray serialize(const Draft &draft)
{
    return QJsonDocument(toJson(draft)).toJson(QJsonDocument::Indented);
}

LoadResult fromJson(const QJsonObject &input)
{
    QJsonObject root = input;
    if (root.value(QStringLiteral("format")).toString() != kFormatName)
        return {std::nullopt, DraftFileText::tr("This is not an Amends draft (its \"format\" is not \"amends-draft\").")};
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    if (!versionValue.isDouble())
        return {std::nullopt, DraftFileText::tr("The draft has no valid format version.")};
    // Checked as a number before it becomes an int: 1e20 or -1e20 would overflow.
    const double versionNumber = versionValue.toDouble();
    if (!(versionNumber >= 1 && versionNumber <= kMaxVersionNumber) || versionNumber != std::trunc(versionNumber))
        return {std::nullopt, DraftFileText::tr("The draft's format version (%1) is not a version number: it should be a whole number "
                                 "such as %2.")
                                  .arg(versionNumber)
                                  .arg(kVersion)};
    const int version = static_cast<int>(versionNumber);
    if (version > kVersion)
        return {std::nullopt, DraftFileText::tr("This draft was saved by a newer version of Amends (format version %1; this "
                                 "version reads up to %2). Please update Amends to open it.")
                                  .arg(version)
                                  .arg(kVersion)};
    if (!migrate(root, version))
        return {std::nullopt, DraftFileText::tr("Format version %1 of this draft cannot be converted.").arg(version)};

    Reader reader;
    Draft draft;
    draft.language = reader.text(root, QStringLiteral("language"), QStringLiteral("language"));
    if (draft.language.isEmpty())
        draft.language = Draft().language;
    else if (!isLanguageTag(draft.language))
        reader.fail(DraftFileText::tr("\"%1\" is not a language such as en-US.").arg(draft.language));
    draft.scenarioId = reader.text(root, QStringLiteral("scenario"), QStringLiteral("scenario"));

    const QJsonObject fields = reader.object(root, QStringLiteral("fields"));
    for (const FieldSpec &spec : fieldSpecs()) {
        const QString value = reader.text(fields, spec.key, spec.key);
        if (QString problem = setFieldValue(draft, spec.key, value); !problem.isEmpty())
            reader.fail(problem);
    }
    const QJsonObject letter = reader.object(root, QStringLiteral("letter"));
    draft.subject = sanitizeText(reader.text(letter, QStringLiteral("subject"), QStringLiteral("subject")), false);
    draft.salutation = sanitizeText(reader.text(letter, QStringLiteral("salutation"), QStringLiteral("salutation")), false);
    draft.closing = sanitizeText(reader.text(letter, QStringLiteral("closing"), QStringLiteral("closing")), true);
    const QJsonObject sections = reader.object(root, QStringLiteral("sections"));
    for (Section section : kSections) {
        const QString key = sectionKey(section);
        draft.setSection(section, sanitizeText(reader.text(sections, key, key), true));
    }
    draft.review = readReview(reader, reader.object(root, QStringLiteral("review")));
    draft.ignoredWords = readIgnoredWords(reader, reader.object(root, QStringLiteral("spelling")));
    draft.dismissals = readDismissals(reader, reader.array(root, QStringLiteral("dismissals")));
    if (!reader.error.isEmpty())
        return {std::nullopt, DraftFileText::tr("The draft is damaged: %1").arg(reader.error)};
    return {draft, {}};
}

LoadResult parse(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (bytes.trimmed().isEmpty())
            return {std::nullopt, DraftFileText::tr("The file is empty.")};
        return {std::nullopt, DraftFileText::tr("The file is not a readable draft: it is cut short or damaged (%1 at byte %2).")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)};
    }
    if (!document.isObject())
        return {std::nullopt, DraftFileText::tr("This is not an Amends draft.")};
    return fromJson(document.object());
}

LoadResult load(const QString &path)
{
    QString error;
    const std::optional<QByteArray> bytes = TextFile::readBytes(path, kMaxFileSize, DraftFileText::tr("a draft"), &error);
    if (!bytes)
        return {std::nullopt, error};
    LoadResult result = parse(*bytes);
    if (!result.draft)
        result.error = QFileInfo(path).fileName() + QLatin1String(": ") + result.error;
    return result;
}

QString save(const Draft &draft, const QString &path, const QJsonObject &extra)
{
    QJsonObject root = toJson(draft);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        root.insert(it.key(), it.value());
    QString error;
    AtomicFile::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented), &error);
    return error;
}

} // namespace amends::core::DraftFile
