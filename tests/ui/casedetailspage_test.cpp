#include "ui/casedetailspage.h"
#include "ui/datefield.h"
#include "ui/letterwizard.h"

#include "core/draftdocument.h"
#include "core/fields.h"

#include "testsupport.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QApplication>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QWheelEvent>

using namespace amends;

TEST(CaseDetailsPage_Next, StaysDisabledUntilEveryRequiredFieldIsFilled)
{
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    window.show();
    ui::CaseDetailsPage *page = window.casePage();
    QPushButton *next = window.wizard()->nextButton();
    ASSERT_EQ(window.wizard()->currentIndex(), 0);
    EXPECT_FALSE(next->isEnabled());

    const QList<std::pair<QString, QString>> typed = {
        {QStringLiteral("customer.name"), QStringLiteral("Zoe Mueller")},
        {QStringLiteral("case.reference"), QStringLiteral("CASE-1")},
        {QStringLiteral("invoice.number"), QStringLiteral("INV-9")},
        {QStringLiteral("amount.charged"), QStringLiteral("120.00")},
        {QStringLiteral("sender.name"), QStringLiteral("Dana Whitfield")},
        {QStringLiteral("company.name"), QStringLiteral("Northwind")},
    };
    for (const auto &[key, text] : typed) {
        auto *edit = qobject_cast<QLineEdit *>(page->editorFor(key));
        ASSERT_NE(edit, nullptr) << key.toStdString();
        QTest::keyClicks(edit, text);
        EXPECT_EQ(core::fieldValue(window.document()->draft(), key), text);
        EXPECT_FALSE(next->isEnabled()) << "enabled too early after " << key.toStdString();
    }
    auto *currency = qobject_cast<QComboBox *>(page->editorFor(QStringLiteral("currency")));
    currency->setCurrentText(QString());
    QTest::keyClicks(currency->lineEdit(), QStringLiteral("eur"));
    EXPECT_EQ(window.document()->draft().caseDetails.currency, QStringLiteral("EUR"));
    EXPECT_FALSE(next->isEnabled());

    auto *complaint = qobject_cast<ui::DateField *>(page->editorFor(QStringLiteral("date.complaint")));
    ASSERT_NE(complaint, nullptr);
    QTest::keyClicks(complaint->lineEdit(), QStringLiteral("2026-11-18"));
    EXPECT_TRUE(next->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(window.wizard()->currentIndex(), 1);
}

TEST(CaseDetailsPage_Amount, KeepsAHalfTypedAmountOutOfTheDraft)
{
    test::WindowFixture fixture;
    ui::CaseDetailsPage *page = fixture.window->casePage();
    auto *amount = qobject_cast<QLineEdit *>(page->editorFor(QStringLiteral("amount.refund")));
    QTest::keyClicks(amount, QStringLiteral("12."));
    EXPECT_EQ(fixture.window->document()->draft().caseDetails.amountRefund, QStringLiteral("12"));
    QTest::keyClicks(amount, QStringLiteral("5"));
    EXPECT_EQ(fixture.window->document()->draft().caseDetails.amountRefund, QStringLiteral("12.5"));
    QTest::keyClicks(amount, QStringLiteral("abc"));
    EXPECT_EQ(amount->text(), QStringLiteral("12.5")); // the validator refuses letters
}

TEST(CaseDetailsPage_Keyboard, EveryFieldHasALabelBuddyAndRequiredOnesAreMarked)
{
    test::WindowFixture fixture;
    ui::CaseDetailsPage *page = fixture.window->casePage();
    for (const char *key : {"customer.name", "invoice.number", "amount.charged", "date.complaint"}) {
        QWidget *editor = page->editorFor(QString::fromLatin1(key));
        ASSERT_NE(editor, nullptr) << key;
        EXPECT_EQ(editor->accessibleDescription(), QStringLiteral("Required")) << key;
        EXPECT_NE(editor->focusPolicy() & Qt::TabFocus, 0) << key;
    }
    EXPECT_TRUE(page->editorFor(QStringLiteral("customer.email"))->accessibleDescription().isEmpty());
}

TEST(CaseDetailsPage_Facts, WarnsWhileTheRefundIsNotTheOverchargeAndStopsWhenItIs)
{
    // Given the case page of a letter charging 119.80 where 59.90 was right
    core::DraftDocument document;
    core::Draft draft = test::sampleDraft();
    draft.caseDetails.amountCharged = QStringLiteral("119.80");
    draft.caseDetails.amountCorrect = QStringLiteral("59.90");
    draft.caseDetails.amountRefund = QStringLiteral("59.90");
    document.reset(draft, QString());
    ui::CaseDetailsPage page(&document);
    auto *hint = page.findChild<QLabel *>(QStringLiteral("factsHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isHidden());
    // When the refund is set to a sum that does not add up
    ASSERT_TRUE(document.setField(QStringLiteral("amount.refund"), QStringLiteral("58.00")).isEmpty());
    // Then the page says so, with the sum it should be
    EXPECT_FALSE(hint->isHidden());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("59.90"))) << hint->text().toStdString();
    // And the warning goes when the figures add up again
    ASSERT_TRUE(document.setField(QStringLiteral("amount.refund"), QStringLiteral("59.90")).isEmpty());
    EXPECT_TRUE(hint->isHidden());
}

TEST(CaseDetailsPage_Wheel, ScrollingPastTheCurrencyOrADateChangesNothing)
{
    // Given the case page with a currency and a complaint date, nothing focused
    core::DraftDocument document;
    document.reset(test::sampleDraft(), QString());
    ui::CaseDetailsPage page(&document);
    page.resize(700, 500);
    page.show();
    auto *currency = page.findChild<QComboBox *>();
    const QList<ui::DateField *> dates = page.findChildren<ui::DateField *>();
    ASSERT_NE(currency, nullptr);
    ASSERT_FALSE(dates.isEmpty());
    const core::Draft before = document.draft();
    // When the wheel turns over them
    for (QWidget *field : {static_cast<QWidget *>(currency), static_cast<QWidget *>(dates.first())}) {
        ASSERT_FALSE(field->hasFocus());
        const QPointF at(field->width() / 2.0, field->height() / 2.0);
        QWheelEvent wheel(at, field->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(field, &wheel);
    }
    // Then the case is unchanged, and the fields take focus only by click or Tab
    EXPECT_EQ(document.draft(), before);
    EXPECT_EQ(currency->focusPolicy(), Qt::StrongFocus);
    EXPECT_EQ(dates.first()->focusPolicy(), Qt::StrongFocus);
}

TEST(CaseDetailsPage_Keyboard, NoFieldTakesTheMnemonicOfBackOrNext)
{
    // Given the wizard's Back and Next buttons (Alt+B, Alt+N) beside the case page
    core::DraftDocument document;
    document.reset(test::sampleDraft(), QString());
    ui::CaseDetailsPage page(&document);
    // Then no label on the page answers to those keys
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        const QString text = label->text();
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar key = text.at(amp + 1).toLower();
        EXPECT_NE(key, u'n') << text.toStdString();
        EXPECT_NE(key, u'b') << text.toStdString();
    }
}

namespace {

// A case page with no dates set, shown and active so that focus moves as it would.
struct EmptyDatesPage {
    core::DraftDocument document;
    std::unique_ptr<ui::CaseDetailsPage> page;

    EmptyDatesPage()
    {
        core::Draft draft = test::sampleDraft();
        draft.caseDetails.complaintDate = QDate();
        draft.caseDetails.followUpDate = QDate();
        document.reset(draft, QString());
        page = std::make_unique<ui::CaseDetailsPage>(&document);
        page->resize(700, 900);
        page->show();
        QApplication::setActiveWindow(page.get());
    }
    ui::DateField *field(const char *key) const
    {
        return qobject_cast<ui::DateField *>(page->editorFor(QString::fromLatin1(key)));
    }
};

} // namespace

TEST(CaseDetailsPage_Dates, AnEmptyDateTakesATypedDate)
{
    // Given an empty complaint date, shown as "Not set"
    EmptyDatesPage given;
    ui::DateField *complaint = given.field("date.complaint");
    ASSERT_NE(complaint, nullptr);
    EXPECT_TRUE(complaint->lineEdit()->text().isEmpty());
    EXPECT_EQ(complaint->lineEdit()->placeholderText(), QStringLiteral("Not set"));
    // When the writer types an ISO date into it
    complaint->setFocus();
    QTest::keyClicks(complaint->lineEdit(), QStringLiteral("2026-11-25"));
    // Then the field and the case hold exactly that date
    EXPECT_EQ(complaint->date(), QDate(2026, 11, 25));
    EXPECT_EQ(given.document.draft().caseDetails.complaintDate, QDate(2026, 11, 25));
    EXPECT_FALSE(complaint->lineEdit()->text().contains(QStringLiteral("Not set")));
}

TEST(CaseDetailsPage_Dates, AClearedDateIsNotSetAndTakesTypingAgain)
{
    // Given a date that was typed
    EmptyDatesPage given;
    ui::DateField *complaint = given.field("date.complaint");
    QTest::keyClicks(complaint->lineEdit(), QStringLiteral("2026-11-25"));
    // When it is cleared
    complaint->lineEdit()->selectAll();
    QTest::keyClick(complaint->lineEdit(), Qt::Key_Backspace);
    // Then the case has no date, and typing another one works
    EXPECT_TRUE(given.document.draft().caseDetails.complaintDate.isNull());
    QTest::keyClicks(complaint->lineEdit(), QStringLiteral("2026-12-01"));
    EXPECT_EQ(given.document.draft().caseDetails.complaintDate, QDate(2026, 12, 1));
}

TEST(CaseDetailsPage_Dates, AHalfTypedDateKeepsTheCaseUnchangedAndIsMarked)
{
    EmptyDatesPage given;
    ui::DateField *complaint = given.field("date.complaint");
    QTest::keyClicks(complaint->lineEdit(), QStringLiteral("2026-11-25"));
    complaint->lineEdit()->selectAll();
    QTest::keyClicks(complaint->lineEdit(), QStringLiteral("2026-1"));
    EXPECT_EQ(given.document.draft().caseDetails.complaintDate, QDate(2026, 11, 25));
    EXPECT_FALSE(complaint->lineEdit()->toolTip().isEmpty());
}

TEST(CaseDetailsPage_Dates, TheCalendarOpensAtTodayOrAtTheDate)
{
    // Given an empty date
    EmptyDatesPage given;
    ui::DateField *followup = given.field("date.followup");
    // When its calendar opens, it shows this month
    QTest::keyClick(followup->lineEdit(), Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget *calendar = followup->calendar();
    ASSERT_TRUE(calendar->isVisible());
    EXPECT_EQ(calendar->yearShown(), QDate::currentDate().year());
    EXPECT_EQ(calendar->monthShown(), QDate::currentDate().month());
    calendar->hide();
    // And with a date set, it shows that date's month; picking a day sets it
    QTest::keyClicks(followup->lineEdit(), QStringLiteral("2031-03-14"));
    followup->showCalendar();
    EXPECT_EQ(calendar->yearShown(), 2031);
    EXPECT_EQ(calendar->monthShown(), 3);
    Q_EMIT calendar->clicked(QDate(2031, 3, 20));
    EXPECT_FALSE(calendar->isVisible());
    EXPECT_EQ(given.document.draft().caseDetails.followUpDate, QDate(2031, 3, 20));
}

TEST(CaseDetailsPage_Dates, TabLeavesADateInOnePress)
{
    // Given the focus in the complaint date
    EmptyDatesPage given;
    ui::DateField *complaint = given.field("date.complaint");
    complaint->setFocus(Qt::TabFocusReason);
    ASSERT_EQ(QApplication::focusWidget(), complaint->lineEdit());
    // When Tab is pressed once
    QTest::keyClick(complaint->lineEdit(), Qt::Key_Tab);
    // Then the letter date has the focus
    EXPECT_EQ(QApplication::focusWidget(), given.field("date.letter")->lineEdit());
}

TEST(CaseDetailsPage_Language, ShowsEveryLanguagesNameWhole)
{
    // Given the case page on screen
    test::WindowFixture fixture;
    fixture.window->show();
    QComboBox *language = nullptr;
    for (QComboBox *combo : fixture.window->casePage()->findChildren<QComboBox *>()) {
        if (combo->findData(QStringLiteral("en-GB")) >= 0)
            language = combo;
    }
    ASSERT_NE(language, nullptr);
    QApplication::processEvents();
    // then whichever language is chosen, its name fits in the box, not cut off
    for (int i = 0; i < language->count(); ++i) {
        language->setCurrentIndex(i);
        QStyleOptionComboBox option;
        option.initFrom(language);
        option.currentText = language->currentText();
        const QRect field = language->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, language);
        EXPECT_GE(field.width(), language->fontMetrics().horizontalAdvance(language->currentText()))
            << language->currentText().toStdString();
    }
}
