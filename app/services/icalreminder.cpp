// The follow-up reminder, built with libical: part of the amends-mailformats module
// (see mailformats.h).

#include "mailformatsmodule.h"

#include "core/formatting.h"
#include "core/mailto.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

#include <libical/ical.h>

namespace amends::services::mailformats {

namespace {

struct FollowUpReminderText {
    Q_DECLARE_TR_FUNCTIONS(amends::services::FollowUpReminder)
};

icaltimetype icalDate(QDate date)
{
    icaltimetype time = icaltime_null_date();
    time.year = date.year();
    time.month = date.month();
    time.day = date.day();
    return time;
}

QString description(const core::Draft &draft)
{
    const QLocale locale = core::letterLocale(draft.language);
    QStringList lines;
    lines << FollowUpReminderText::tr("Follow up the apology letter of %1 to %2.")
                 .arg(core::formatDate(draft.caseDetails.letterDate, locale), draft.customer.name);
    lines << FollowUpReminderText::tr("Case: %1").arg(draft.caseDetails.reference);
    if (!draft.caseDetails.invoiceNumber.isEmpty())
        lines << FollowUpReminderText::tr("Invoice: %1").arg(draft.caseDetails.invoiceNumber);
    if (!draft.customer.email.isEmpty())
        lines << FollowUpReminderText::tr("Email: %1").arg(draft.customer.email);
    // Line breaks stay (libical escapes them as \\n); every other control character goes.
    static const QRegularExpression controls(QStringLiteral("[\\x{0}-\\x{9}\\x{b}-\\x{1f}\\x{7f}-\\x{9f}]+"));
    return lines.join(QLatin1Char('\n')).replace(controls, QStringLiteral(" "));
}

icalcomponent *alarm(const QString &summary)
{
    icaltriggertype trigger = icaltriggertype_from_int(0);
    trigger.duration = icaldurationtype_from_int(9 * 60 * 60);
    return icalcomponent_vanew(ICAL_VALARM_COMPONENT, icalproperty_new_action(ICAL_ACTION_DISPLAY),
                               icalproperty_new_trigger(trigger),
                               icalproperty_new_description(summary.toUtf8().constData()), nullptr);
}

} // namespace

QByteArray buildReminderWithLibical(const core::Draft &draft, QDate date, const QDateTime &stamp)
{
    const QString summary = core::headerSafe(FollowUpReminderText::tr("Follow up with %1 (case %2)").arg(draft.customer.name, draft.caseDetails.reference));
    const QByteArray uid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@amends";
    const icaltimetype dtstamp = icaltime_from_timet_with_zone(stamp.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());

    icalcomponent *event = icalcomponent_vanew(
        ICAL_VEVENT_COMPONENT, icalproperty_new_uid(uid.constData()), icalproperty_new_dtstamp(dtstamp),
        icalproperty_new_dtstart(icalDate(date)), icalproperty_new_dtend(icalDate(date.addDays(1))),
        icalproperty_new_summary(summary.toUtf8().constData()),
        icalproperty_new_description(description(draft).toUtf8().constData()),
        icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT), alarm(summary), nullptr);
    icalcomponent *calendar = icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
                                                  icalproperty_new_prodid("-//Amends//Amends " AMENDS_VERSION "//EN"),
                                                  icalproperty_new_calscale("GREGORIAN"), event, nullptr);
    char *text = icalcomponent_as_ical_string_r(calendar);
    const QByteArray result(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(calendar);
    return result;
}

} // namespace amends::services::mailformats
