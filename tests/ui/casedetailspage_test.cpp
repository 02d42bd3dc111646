#include "ui/casedetailspage.h"
#include "ui/letterwizard.h"

#include "core/draftdocument.h"
#include "core/fields.h"

#include "testsupport.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QApplication>
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

    auto *complaint = qobject_cast<QDateEdit *>(page->editorFor(QStringLiteral("date.complaint")));
    complaint->setDate(QDate(2026, 11, 18));
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
    const QList<QDateEdit *> dates = page.findChildren<QDateEdit *>();
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
