#pragma once

#include "core/draft.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace amends::core {
class DraftDocument;
class Settings;
} // namespace amends::core

namespace amends::ui {

class MailSender;

/// Everything that makes the letter leave Amends: files (PDF, ODT, HTML, text, email,
/// reminder), the clipboard, the mail client, sending by SMTP, and printing. Every
/// one of them passes through run(), which first asks the readiness check.
class ExportController : public QObject
{
    Q_OBJECT

public:
    enum class Action { Pdf, Odt, Html, PlainText, Email, Reminder, Clipboard, MailClient, Send, Print, PrintPreview };
    Q_ENUM(Action)

    /// Returns the problems that keep a draft from leaving, as plain sentences; an
    /// empty list lets it go.
    using ReadinessCheck = std::function<QStringList(const core::Draft &)>;

    ExportController(core::DraftDocument *document, core::Settings &settings, QWidget *window);
    ~ExportController() override;

    /// Adds File → Export, Print… and Print Preview… before @p before in @p fileMenu.
    void installFileActions(QMenu *fileMenu, QAction *before);
    /// Adds Preferences… to @p menu.
    void installPreferencesAction(QMenu *menu);

    /// By default a draft is refused while placeholders are unfilled or unknown, or
    /// required fields empty (core::readinessProblems() without findings).
    void setReadinessCheck(ReadinessCheck check);

    /// The one way out: checks readiness (offering "Export anyway"), then performs
    /// @p action. File actions write to @p path, or ask for one when it is empty.
    /// Returns true when the action was carried out.
    bool run(Action action, const QString &path = QString());

    QAction *action(Action action) const;
    MailSender *mailSender() const { return m_mailSender; }

Q_SIGNALS:
    /// A short message for the status bar.
    void done(const QString &message);
    void failed(const QString &reason);
    /// The preferences (sender, paper, logo…) were changed and saved.
    void preferencesChanged();

private:
    static QStringList letterProblems(const core::Draft &draft);
    bool confirmReady(Action action);
    bool exportFile(Action action, QString path);
    QString askForPath(Action action) const;
    bool copyToClipboard();
    bool openInMailClient();
    void paintOn(QPrinter &printer);
    bool print(bool preview);
    void showPreferences();
    void report(bool ok, const QString &message, const QString &error);

    core::DraftDocument *m_document;
    core::Settings &m_settings;
    QWidget *m_window;
    ReadinessCheck m_readiness;
    MailSender *m_mailSender;
    QList<QAction *> m_actions;
};

} // namespace amends::ui
