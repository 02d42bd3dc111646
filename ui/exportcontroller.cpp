#include "exportcontroller.h"

#include "logredaction.h"
#include "mailsender.h"
#include "preferencesdialog.h"

#include "core/composer.h"
#include "core/draftdocument.h"
#include "core/mailto.h"
#include "core/readiness.h"
#include "core/settings.h"
#include "services/documentexport.h"
#include "services/letterdocument.h"
#include "services/letterexport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDesktopServices>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>

namespace amends::ui {

namespace {

struct FileType {
    ExportController::Action action;
    services::ExportFormat format;
    const char *suffix;
};

constexpr FileType kFileTypes[] = {
    {ExportController::Action::Pdf, services::ExportFormat::Pdf, "pdf"},
    {ExportController::Action::Odt, services::ExportFormat::Odt, "odt"},
    {ExportController::Action::Html, services::ExportFormat::Html, "html"},
    {ExportController::Action::PlainText, services::ExportFormat::PlainText, "txt"},
    {ExportController::Action::Email, services::ExportFormat::Email, "eml"},
    {ExportController::Action::Reminder, services::ExportFormat::Calendar, "ics"},
};

const FileType *fileType(ExportController::Action action)
{
    for (const FileType &type : kFileTypes) {
        if (type.action == action)
            return &type;
    }
    return nullptr;
}

} // namespace

ExportController::ExportController(core::DraftDocument *document, core::Settings &settings, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_settings(settings)
    , m_window(window)
    , m_readiness(&ExportController::letterProblems)
    , m_mailSender(new MailSender(settings, window, this))
{
    const QList<std::pair<Action, QString>> labels = {
        {Action::Pdf, tr("&PDF…")},
        {Action::Odt, tr("&OpenDocument Text…")},
        {Action::Html, tr("&HTML…")},
        {Action::PlainText, tr("Plain &Text…")},
        {Action::Email, tr("&Email Draft with PDF (.eml)…")},
        {Action::Reminder, tr("Follow-up &Reminder (.ics)…")},
        {Action::Clipboard, tr("&Copy Letter to Clipboard")},
        {Action::MailClient, tr("Open in &Mail Client")},
        {Action::Send, tr("&Send by Email…")},
        {Action::Print, tr("&Print…")},
        {Action::PrintPreview, tr("Print Pre&view…")},
    };
    for (const auto &[kind, label] : labels) {
        auto *item = new QAction(label, this);
        item->setData(QVariant::fromValue(kind));
        connect(item, &QAction::triggered, this, [this, kind = kind] { run(kind); });
        m_actions.append(item);
    }
    action(Action::Pdf)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    action(Action::Clipboard)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    action(Action::Print)->setShortcut(QKeySequence::Print);
    action(Action::Print)->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    action(Action::PrintPreview)->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview")));
    connect(m_mailSender, &MailSender::sent, this, &ExportController::done);
    connect(m_mailSender, &MailSender::failed, this, &ExportController::failed);
}

ExportController::~ExportController() = default;

QAction *ExportController::action(Action kind) const
{
    for (QAction *candidate : m_actions) {
        if (candidate->data().value<Action>() == kind)
            return candidate;
    }
    return nullptr;
}

void ExportController::installFileActions(QMenu *fileMenu, QAction *before)
{
    auto *exportMenu = new QMenu(tr("&Export"), fileMenu);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    for (Action kind : {Action::Pdf, Action::Odt, Action::Html, Action::PlainText, Action::Email, Action::Reminder})
        exportMenu->addAction(action(kind));
    exportMenu->addSeparator();
    for (Action kind : {Action::Clipboard, Action::MailClient, Action::Send})
        exportMenu->addAction(action(kind));
    fileMenu->insertMenu(before, exportMenu);
    fileMenu->insertSeparator(before);
    fileMenu->insertAction(before, action(Action::Print));
    fileMenu->insertAction(before, action(Action::PrintPreview));
    fileMenu->insertSeparator(before);
}

void ExportController::installPreferencesAction(QMenu *menu)
{
    QAction *preferences = menu->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"),
                                           this, &ExportController::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);
}

void ExportController::setReadinessCheck(ReadinessCheck check)
{
    m_readiness = check ? std::move(check) : ReadinessCheck(&ExportController::letterProblems);
}

QStringList ExportController::letterProblems(const core::Draft &draft)
{
    return core::readinessProblems(draft, core::composeLetter(draft), core::CheckResult());
}

bool ExportController::run(Action kind, const QString &path)
{
    if (!confirmReady(kind))
        return false;
    switch (kind) {
    case Action::Clipboard: return copyToClipboard();
    case Action::MailClient: return openInMailClient();
    case Action::Send: return m_mailSender->send(m_document->draft(), m_document->letter());
    case Action::Print: return print(false);
    case Action::PrintPreview: return print(true);
    default: return exportFile(kind, path);
    }
}

bool ExportController::confirmReady(Action kind)
{
    const QStringList problems = m_readiness(m_document->draft());
    if (problems.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("The letter is not ready yet"),
                    tr("This letter should not leave yet:"), QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("exportGate"));
    box.setInformativeText(QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")));
    QPushButton *anyway = box.addButton(kind == Action::Print || kind == Action::PrintPreview ? tr("Print Anyway")
                                                                                                 : tr("Export Anyway"),
                                        QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("exportAnyway"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

QString ExportController::askForPath(Action kind) const
{
    const FileType *type = fileType(kind);
    const core::Draft &draft = m_document->draft();
    QString base = services::pdfFileName(draft);
    base.chop(4);
    const QString suffix = QLatin1String(type->suffix);
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export the letter"), base + QLatin1Char('.') + suffix, filter);
    if (!path.isEmpty() && services::exportFormatForPath(path) != type->format)
        path += QLatin1Char('.') + suffix;
    return path;
}

bool ExportController::exportFile(Action kind, QString path)
{
    if (path.isEmpty())
        path = askForPath(kind);
    if (path.isEmpty())
        return false;
    const QString error = services::exportLetterToFile(m_document->draft(), m_document->letter(), path,
                                                       services::exportOptionsFrom(m_settings));
    report(error.isEmpty(), tr("Exported the letter to %1").arg(QDir::toNativeSeparators(path)), error);
    return error.isEmpty();
}

bool ExportController::copyToClipboard()
{
    std::unique_ptr<QMimeData> data = services::letterMimeData(m_document->letter());
    QApplication::clipboard()->setMimeData(data.release());
    report(true, tr("Copied the letter; paste it into the ticket or mail."), {});
    return true;
}

bool ExportController::openInMailClient()
{
    const core::Draft &draft = m_document->draft();
    const core::ComposedLetter &letter = m_document->letter();
    const QUrl url = core::mailtoUrl(draft.customer.email, letter.subject, core::renderPlainText(letter));
    // Without a mail program Qt warns with the URL, which holds the whole letter.
    const LogRedaction redaction;
    const bool opened = QDesktopServices::openUrl(url);
    report(opened, tr("Opened the letter in your mail client."), tr("No mail client could be opened for the letter."));
    return opened;
}

void ExportController::paintOn(QPrinter &printer)
{
    QString error;
    const auto options = services::pdfOptionsFor(m_document->draft(), services::exportOptionsFrom(m_settings), &error);
    const std::unique_ptr<QTextDocument> letter = services::buildLetterDocument(m_document->letter());
    if (options && !options->logo.isNull())
        services::addLetterheadLogo(*letter, options->logo);
    QPainter painter(&printer);
    services::paintLetterPages(*letter, printer, painter);
}

bool ExportController::print(bool preview)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document->letter().subject);
    services::PageSetup page;
    QString error;
    if (const auto options = services::pdfOptionsFor(m_document->draft(), services::exportOptionsFrom(m_settings), &error))
        page = options->page;
    services::applyPageSetup(printer, page);
    if (preview) {
        QPrintPreviewDialog dialog(&printer, m_window);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) { paintOn(*target); });
        return dialog.exec() == QDialog::Accepted;
    }
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paintOn(printer);
    report(true, tr("Sent the letter to the printer."), {});
    return true;
}

void ExportController::showPreferences()
{
    PreferencesDialog dialog(m_settings, m_window);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT preferencesChanged();
}

void ExportController::report(bool ok, const QString &message, const QString &error)
{
    if (ok) {
        Q_EMIT done(message);
        return;
    }
    QMessageBox::warning(m_window, tr("The letter could not be exported"),
                         error + QLatin1Char('\n') + tr("Your letter is still open and unchanged."));
    Q_EMIT failed(error);
}

} // namespace amends::ui
