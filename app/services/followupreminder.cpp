#include "followupreminder.h"

#include "core/formatting.h"

namespace amends::services {

QDate followUpDate(const core::Draft &draft)
{
    if (draft.caseDetails.followUpDate.isValid())
        return draft.caseDetails.followUpDate;
    const QDate from = draft.caseDetails.letterDate.isValid() ? draft.caseDetails.letterDate : QDate::currentDate();
    return core::addBusinessDays(from, 2);
}

} // namespace amends::services
