#include "lettersize.h"

#include "fields.h"
#include "textfile.h"

#include <QCoreApplication>

namespace amends::core {

qint64 letterSize(const Draft &draft)
{
    qint64 size = draft.subject.size() + draft.salutation.size() + draft.closing.size();
    for (Section section : kSections)
        size += draft.section(section).size();
    for (const FieldSpec &spec : fieldSpecs())
        size += fieldValue(draft, spec.key).size();
    return size;
}

QString letterSizeError(const QString &name, qint64 size)
{
    if (size <= kMaxLetterSize)
        return {};
    const QString limit = TextFile::sizeText(kMaxLetterSize);
    if (name.isEmpty())
        return QCoreApplication::translate("amends::core::LetterSize", "The letter is too large: the limit for a letter is %1 of text.")
            .arg(limit);
    return QCoreApplication::translate("amends::core::LetterSize", "\"%1\" is too large for a letter: the limit is %2 of text.")
        .arg(name, limit);
}

} // namespace amends::core
