#include "core/fields.h"

#include "testsupport.h"

using namespace amends;

TEST(Fields_Registry, ListsEveryDocumentedKeyOnce)
{
    const QStringList documented = {
        QStringLiteral("customer.name"), QStringLiteral("customer.salutation"), QStringLiteral("customer.email"),
        QStringLiteral("customer.address"), QStringLiteral("case.reference"), QStringLiteral("invoice.number"),
        QStringLiteral("account.number"), QStringLiteral("amount.charged"), QStringLiteral("amount.correct"),
        QStringLiteral("amount.refund"), QStringLiteral("currency"), QStringLiteral("date.complaint"),
        QStringLiteral("date.letter"), QStringLiteral("date.followup"), QStringLiteral("sender.name"),
        QStringLiteral("sender.title"), QStringLiteral("sender.phone"), QStringLiteral("sender.email"),
        QStringLiteral("company.name"), QStringLiteral("company.address"), QStringLiteral("company.phone"),
        QStringLiteral("company.email")};
    QStringList keys;
    for (const core::FieldSpec &spec : core::fieldSpecs())
        keys.append(spec.key);
    EXPECT_EQ(keys, documented);
}

TEST(Fields_SetValue_StoresEveryKindAndReadsItBack, RoundTrip)
{
    core::Draft draft;
    EXPECT_TRUE(core::setFieldValue(draft, u"amount.charged", QStringLiteral("120.5")).isEmpty());
    EXPECT_EQ(draft.caseDetails.amountCharged, QStringLiteral("120.5"));
    EXPECT_TRUE(core::setFieldValue(draft, u"date.complaint", QStringLiteral("2026-11-20")).isEmpty());
    EXPECT_EQ(draft.caseDetails.complaintDate, QDate(2026, 11, 20));
    EXPECT_EQ(core::fieldValue(draft, u"date.complaint"), QStringLiteral("2026-11-20"));
    EXPECT_TRUE(core::setFieldValue(draft, u"date.complaint", QString()).isEmpty());
    EXPECT_FALSE(draft.caseDetails.complaintDate.isValid());
}

TEST(Fields_SetValue, RejectsMalformedValuesAndKeepsTheOldOne)
{
    core::Draft draft;
    core::setFieldValue(draft, u"amount.refund", QStringLiteral("10.00"));
    EXPECT_FALSE(core::setFieldValue(draft, u"amount.refund", QStringLiteral("ten")).isEmpty());
    EXPECT_FALSE(core::setFieldValue(draft, u"amount.refund", QStringLiteral("1,000.00")).isEmpty());
    EXPECT_EQ(draft.caseDetails.amountRefund, QStringLiteral("10.00"));
    EXPECT_FALSE(core::setFieldValue(draft, u"currency", QStringLiteral("dollars")).isEmpty());
    EXPECT_FALSE(core::setFieldValue(draft, u"date.letter", QStringLiteral("20/11/2026")).isEmpty());
    EXPECT_FALSE(core::setFieldValue(draft, u"customer.email", QStringLiteral("not an address")).isEmpty());
    EXPECT_FALSE(core::setFieldValue(draft, u"no.such.field", QStringLiteral("x")).isEmpty());
    EXPECT_FALSE(core::setFieldValue(draft, u"customer.name", QString(core::kMaxSingleLineLength + 1, u'a')).isEmpty());
}

TEST(Fields_SetValue, StripsLineBreaksAndControlsFromSingleLineFields)
{
    core::Draft draft;
    EXPECT_TRUE(core::setFieldValue(draft, u"customer.name", QStringLiteral("Zoë \"Jo\" O'Brien\r\nBcc: x@example.com\x01")).isEmpty());
    EXPECT_EQ(draft.customer.name, QStringLiteral("Zoë \"Jo\" O'Brien Bcc: x@example.com"));
    EXPECT_FALSE(draft.customer.name.contains(QLatin1Char('\n')));
}

TEST(Fields_SetValue, KeepsLineBreaksInAddressesButNormalisesThem)
{
    core::Draft draft;
    EXPECT_TRUE(core::setFieldValue(draft, u"customer.address", QStringLiteral("1 Main St\r\nSpringfield\rUSA\x07")).isEmpty());
    EXPECT_EQ(draft.customer.address, QStringLiteral("1 Main St\nSpringfield\nUSA"));
}

TEST(Fields_MissingRequired, NamesEmptyRequiredFieldsOnly)
{
    core::Draft draft = test::sampleDraft();
    EXPECT_TRUE(core::missingRequiredFields(draft).isEmpty());
    draft.customer.name.clear();
    draft.customer.email.clear(); // optional
    EXPECT_EQ(core::missingRequiredFields(draft), QStringList{QStringLiteral("customer.name")});
}
