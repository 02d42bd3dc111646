#include "findingactions.h"

#include "checkcontroller.h"
#include "letterwizard.h"
#include "mainwindow.h"
#include "sectioneditor.h"
#include "sectionpage.h"

#include "core/draftdocument.h"
#include "core/settings.h"
#include "core/structurerules.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QTextCursor>

namespace amends::ui {

FindingActions::FindingActions(MainWindow *window, CheckController *checks, core::Settings &settings)
    : QObject(window), m_window(window), m_checks(checks), m_settings(settings)
{
}

void FindingActions::show(const core::Finding &finding)
{
    if (!finding.section)
        return;
    m_window->wizard()->setCurrentIndex(static_cast<int>(core::sectionIndex(*finding.section)) + 1);
    const std::optional<core::Finding> mapped = m_checks->mapToSection(finding);
    SectionEditor *editor = m_window->sectionPage(*finding.section)->editor();
    if (mapped) {
        QTextCursor cursor(editor->document());
        cursor.setPosition(static_cast<int>(mapped->start));
        cursor.setPosition(static_cast<int>(mapped->end), QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
    }
    editor->setFocus(Qt::OtherFocusReason);
}

bool FindingActions::applyFix(const core::Finding &finding, const QString &replacement)
{
    const std::optional<core::Finding> mapped = m_checks->mapToSection(finding);
    if (!mapped || !mapped->suggestions.contains(replacement))
        return false;
    SectionEditor *editor = m_window->sectionPage(*finding.section)->editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(static_cast<int>(mapped->start));
    cursor.setPosition(static_cast<int>(mapped->end), QTextCursor::KeepAnchor);
    if (cursor.selectedText() != finding.excerpt)
        return false; // the text changed since the check
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
    editor->setTextCursor(cursor);
    m_checks->checkNow();
    return true;
}

void FindingActions::dismiss(const core::Finding &finding)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(m_window, tr("Dismiss finding"),
                                                 tr("Why does “%1” not apply here? A reviewer will see your reason.").arg(finding.message),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok && !reason.trimmed().isEmpty())
        dismissWithReason(finding, reason.trimmed());
}

void FindingActions::dismissWithReason(const core::Finding &finding, const QString &reason)
{
    m_window->document()->addDismissal({finding.rule, finding.excerpt, reason, m_settings.userName(), QDateTime::currentDateTimeUtc()});
    m_checks->checkNow();
}

void FindingActions::showRuleInfo(const QString &ruleId)
{
    QString title = ruleId;
    QString body;
    if (const core::Rule *rule = m_checks->rules().rule(ruleId)) {
        body = tr("<p><b>%1</b></p><p>%2</p><p><i>%3</i></p><p>Bad: %4<br/>Good: %5</p>")
                   .arg(rule->message.toHtmlEscaped(), rule->explanation.toHtmlEscaped(), rule->source.toHtmlEscaped(),
                        rule->badExamples.value(0).toHtmlEscaped(), rule->goodExamples.value(0).toHtmlEscaped());
    } else if (const core::StructureRule *structure = core::findStructureRule(ruleId)) {
        body = tr("<p><b>%1</b></p><p>%2</p><p><i>%3</i></p><p>Bad: %4<br/>Good: %5</p>")
                   .arg(structure->message.toHtmlEscaped(), structure->explanation.toHtmlEscaped(), structure->source.toHtmlEscaped(),
                        structure->bad.toHtmlEscaped(), structure->good.toHtmlEscaped());
    }
    QMessageBox::information(m_window, title, body);
}

} // namespace amends::ui
