#include "ui/exportcontroller.h"
#include "ui/logredaction.h"

#include "core/draftdocument.h"
#include "services/letterexport.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QTest>
#include <QTimer>

using namespace amends;

namespace {

// Answers the export gate once it is on screen: "Export Anyway" or Cancel, and
// records the text it showed. The timer dies with the answer, so an answer that was
// never needed cannot fire in a later test.
struct GateAnswer {
    bool exportAnyway = false;
    bool shown = false;
    QString text;
    QTimer timer;

    void arm()
    {
        timer.setSingleShot(true);
        timer.setInterval(0);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QStringLiteral("exportGate"))
                return;
            shown = true;
            text = box->text() + QLatin1Char('\n') + box->informativeText();
            if (exportAnyway)
                box->findChild<QAbstractButton *>(QStringLiteral("exportAnyway"))->click();
            else
                box->button(QMessageBox::Cancel)->click();
        });
        timer.start();
    }
};

core::Draft draftWithPlaceholders()
{
    core::Draft draft = test::sampleDraft();
    draft.caseDetails.invoiceNumber.clear();
    draft.setSection(core::Section::Improvement, QStringLiteral("See {case.referense}."));
    return draft;
}

} // namespace

TEST(ExportGate_Placeholders, RefusesWithTheReasonUntilExportAnyway)
{
    test::WindowFixture fixture;
    fixture.window->document()->reset(draftWithPlaceholders(), QString());
    ui::ExportController *controller = fixture.window->exportController();
    const QString path = fixture.dir.filePath(QStringLiteral("letter.pdf"));

    GateAnswer cancel;
    cancel.arm();
    EXPECT_FALSE(controller->run(ui::ExportController::Action::Pdf, path));
    EXPECT_TRUE(cancel.shown);
    EXPECT_TRUE(cancel.text.contains(QStringLiteral("{invoice.number}"))) << cancel.text.toStdString();
    EXPECT_TRUE(cancel.text.contains(QStringLiteral("{case.referense}")));
    EXPECT_FALSE(QFileInfo::exists(path));

    GateAnswer anyway;
    anyway.exportAnyway = true;
    anyway.arm();
    EXPECT_TRUE(controller->run(ui::ExportController::Action::Pdf, path));
    EXPECT_TRUE(anyway.shown);
    EXPECT_TRUE(QFileInfo(path).size() > 0);
}

TEST(ExportGate_ReadyLetter, ExportsWithoutAsking)
{
    test::WindowFixture fixture;
    fixture.window->document()->reset(test::sampleDraft(), QString());
    GateAnswer unexpected;
    unexpected.arm();
    const QString path = fixture.dir.filePath(QStringLiteral("letter.eml"));
    EXPECT_TRUE(fixture.window->exportController()->run(ui::ExportController::Action::Email, path));
    EXPECT_FALSE(unexpected.shown);
    EXPECT_TRUE(QFileInfo(path).size() > 0);
}

TEST(ExportGate_CustomCheck, BlocksEveryActionIncludingTheClipboard)
{
    test::WindowFixture fixture;
    fixture.window->document()->reset(test::sampleDraft(), QString());
    ui::ExportController *controller = fixture.window->exportController();
    controller->setReadinessCheck([](const core::Draft &) { return QStringList{QStringLiteral("The tone is hostile.")}; });
    QApplication::clipboard()->clear();

    GateAnswer cancel;
    cancel.arm();
    EXPECT_FALSE(controller->run(ui::ExportController::Action::Clipboard));
    EXPECT_TRUE(cancel.text.contains(QStringLiteral("The tone is hostile.")));
    const QMimeData *before = QApplication::clipboard()->mimeData();
    EXPECT_TRUE(!before || !before->hasHtml());

    controller->setReadinessCheck({});
    EXPECT_TRUE(controller->run(ui::ExportController::Action::Clipboard));
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    ASSERT_NE(copied, nullptr);
    EXPECT_TRUE(copied->html().contains(QStringLiteral("Dear Ms Müller,")));
    EXPECT_TRUE(copied->text().contains(QStringLiteral("Dear Ms Müller,")));
}

TEST(ExportMenu_File, OffersEveryExportPrintAndPreferences)
{
    test::WindowFixture fixture;
    auto *exportMenu = fixture.window->menuBar()->findChild<QMenu *>(QStringLiteral("exportMenu"));
    ASSERT_NE(exportMenu, nullptr);
    EXPECT_GE(exportMenu->actions().size(), 9);
    for (auto kind : {ui::ExportController::Action::Print, ui::ExportController::Action::PrintPreview,
                      ui::ExportController::Action::Send, ui::ExportController::Action::MailClient})
        EXPECT_NE(fixture.window->exportController()->action(kind), nullptr);
    QStringList menus;
    for (QAction *action : fixture.window->menuBar()->actions())
        menus.append(action->text());
    EXPECT_TRUE(menus.contains(QStringLiteral("&Settings")));
}

namespace {

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}

} // namespace

TEST(Privacy_Logs, AMailtoUrlInAWarningIsWithheld)
{
    // Given a log that records what it is told
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    {
        // When a warning names a mailto: URL while the redaction is in place
        const ui::LogRedaction redaction;
        qWarning("Unable to detect a launcher for '%s'",
                 "mailto:zoe@example.com?subject=Your%20refund&body=Dear%20Zo%C3%AB%2C%20we%20charged%20%C2%A3119.80");
    }
    qInstallMessageHandler(previous);
    // Then the log has the warning without the letter
    ASSERT_EQ(capturedMessages.size(), 1);
    EXPECT_FALSE(capturedMessages.first().contains(QStringLiteral("zoe@example.com")));
    EXPECT_FALSE(capturedMessages.first().contains(QStringLiteral("119.80")));
    EXPECT_TRUE(capturedMessages.first().contains(QStringLiteral("[letter withheld]")));
}

TEST(Privacy_Logs, OpeningTheMailClientLogsNoCustomerData)
{
    // Given an open letter to a named customer
    test::WindowFixture fixture;
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), true);
    ui::ExportController *controller = fixture.window->exportController();
    controller->setReadinessCheck([](const core::Draft &) { return QStringList(); });
    const core::Draft &draft = fixture.window->document()->draft();
    ASSERT_FALSE(draft.customer.email.isEmpty());
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    // When it is opened in the mail client (there may be none on this machine: then the
    // window says so in a message box, which is closed here)
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, &closer, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->close();
    });
    closer.start(20);
    controller->run(ui::ExportController::Action::MailClient);
    closer.stop();
    qInstallMessageHandler(previous);
    // Then nothing that was logged holds the customer's name or address
    for (const QString &message : std::as_const(capturedMessages)) {
        EXPECT_FALSE(message.contains(draft.customer.email)) << message.toStdString();
        if (!draft.customer.name.isEmpty()) {
            EXPECT_FALSE(message.contains(draft.customer.name.section(u' ', -1))) << message.toStdString();
        }
    }
    fixture.window->document()->reset(fixture.window->document()->draft(), QString()); // nothing to ask on close
}
