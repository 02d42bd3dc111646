#include "findingactions.h"

#include "checkcontroller.h"
#include "dismissdialog.h"
#include "rulecatalogdialog.h"
#include "sectioneditor.h"
#include "sectioneditors.h"

#include "core/draftdocument.h"
#include "core/settings.h"

#include <QPlainTextEdit>
#include <QTextCursor>

namespace amends::ui {

FindingActions::FindingActions(SectionEditors &editors, core::DraftDocument *document, CheckController *checks,
                               core::Settings &settings, QWidget *window)
    : QObject(window)
    , m_editors(editors)
    , m_document(document)
    , m_checks(checks)
    , m_settings(settings)
    , m_window(window)
{
}

void FindingActions::show(const core::Finding &finding)
{
    if (!finding.section)
        return;
    m_editors.showSection(*finding.section);
    const std::optional<core::Finding> mapped = m_checks->mapToSection(finding);
    SectionEditor *editor = m_editors.sectionEditor(*finding.section);
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
    if (!replaceFindingWords(m_editors.sectionEditor(*finding.section), *mapped, replacement))
        return false;
    m_checks->checkNow();
    return true;
}

void FindingActions::dismiss(const core::Finding &finding)
{
    DismissDialog dialog(finding, m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.reason().isEmpty())
        dismissWithReason(finding, dialog.reason());
}

void FindingActions::dismissWithReason(const core::Finding &finding, const QString &reason)
{
    m_document->addDismissal({finding.rule, finding.excerpt, reason, m_settings.userName(), QDateTime::currentDateTimeUtc()});
    m_checks->checkNow();
}

void FindingActions::showRuleInfo(const QString &ruleId)
{
    showRuleInCatalogue(m_checks->rules(), ruleId, m_window);
}

bool replaceFindingWords(QPlainTextEdit *editor, const core::Finding &finding, const QString &replacement)
{
    if (finding.start < 0 || finding.end > editor->document()->characterCount() - 1)
        return false;
    QTextCursor cursor(editor->document());
    cursor.setPosition(static_cast<int>(finding.start));
    cursor.setPosition(static_cast<int>(finding.end), QTextCursor::KeepAnchor);
    if (cursor.selectedText() != finding.excerpt)
        return false; // the text changed since the check
    QString text = replacement;
    if (!finding.excerpt.isEmpty() && finding.excerpt.front().isUpper() && !text.isEmpty() && text.front().isLower())
        text.front() = text.front().toUpper();
    cursor.beginEditBlock();
    cursor.insertText(text);
    cursor.endEditBlock();
    editor->setTextCursor(cursor);
    return true;
}

void showRuleInCatalogue(const core::RuleSet &rules, const QString &ruleId, QWidget *parent)
{
    auto *catalogue = new RuleCatalogDialog(rules, parent);
    catalogue->setAttribute(Qt::WA_DeleteOnClose);
    catalogue->showRule(ruleId);
    catalogue->show();
}

} // namespace amends::ui
