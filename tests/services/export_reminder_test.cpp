#include "exporttestsupport.h"

#include "services/followupreminder.h"

#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace amends;

namespace {

// Debian's python3-icalendar, an independent RFC 5545 parser.
const QByteArray kParseCalendar = R"PY(
import icalendar, json, sys
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [c for c in calendar.walk() if c.name == 'VEVENT']
alarms = [c for c in calendar.walk() if c.name == 'VALARM']
event = events[0]
print(json.dumps({
    'events': len(events), 'alarms': len(alarms),
    'start': event.decoded('DTSTART').isoformat(), 'end': event.decoded('DTEND').isoformat(),
    'summary': str(event.get('SUMMARY')), 'description': str(event.get('DESCRIPTION')),
    'uid': str(event.get('UID')), 'trigger': str(alarms[0].decoded('TRIGGER')) if alarms else '',
}))
)PY";

QJsonObject parseWithIcalendar(const QByteArray &ics)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reminder.ics"));
    EXPECT_TRUE(test::writeBytes(path, ics));
    const test::ToolResult result = test::runPython(kParseCalendar, {path});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return QJsonDocument::fromJson(result.out).object();
}

} // namespace

TEST(FollowUpReminder_Ics, ParsesWithIcalendarAndNamesTheCustomerAndCase)
{
    const QJsonObject event = parseWithIcalendar(services::buildFollowUpReminder(test::sampleDraft()));
    EXPECT_EQ(event.value(QStringLiteral("events")).toInt(), 1);
    EXPECT_EQ(event.value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-23"));
    EXPECT_EQ(event.value(QStringLiteral("end")).toString(), QStringLiteral("2026-11-24"));
    const QString summary = event.value(QStringLiteral("summary")).toString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Zoë Müller-Łukasik"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("CASE-2026-0042")));
    EXPECT_TRUE(event.value(QStringLiteral("description")).toString().contains(QStringLiteral("INV-77812")));
    EXPECT_EQ(event.value(QStringLiteral("alarms")).toInt(), 1);
    EXPECT_EQ(event.value(QStringLiteral("trigger")).toString(), QStringLiteral("9:00:00"));
    EXPECT_FALSE(event.value(QStringLiteral("uid")).toString().isEmpty());
}

TEST(FollowUpReminder_Date, DefaultsToTwoBusinessDaysAfterTheLetter)
{
    core::Draft draft = test::sampleDraft();
    draft.caseDetails.followUpDate = {};
    draft.caseDetails.letterDate = QDate(2026, 11, 20); // a Friday
    EXPECT_EQ(services::followUpDate(draft), QDate(2026, 11, 24));
    const QJsonObject event = parseWithIcalendar(services::buildFollowUpReminder(draft));
    EXPECT_EQ(event.value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-24"));
}

TEST(FollowUpReminder_Ics, KeepsLineBreaksAndControlCharactersOutOfProperties)
{
    core::Draft draft = test::sampleDraft();
    draft.customer.name = QStringLiteral("Zoë\r\nATTENDEE:mailto:x@example.com\x01");
    const QByteArray ics = services::buildFollowUpReminder(draft);
    EXPECT_FALSE(ics.contains("\nATTENDEE"));
    EXPECT_FALSE(ics.contains('\x01'));
    const QJsonObject event = parseWithIcalendar(ics);
    EXPECT_EQ(event.value(QStringLiteral("events")).toInt(), 1);
}
