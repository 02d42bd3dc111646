#include "findingmarks.h"

#include "checkcontroller.h"
#include "findingstyle.h"
#include "proofreadinghighlighter.h"
#include "sectioneditor.h"
#include "sectioneditors.h"

#include <QHelpEvent>
#include <QToolTip>

namespace amends::ui {

FindingMarks::FindingMarks(SectionEditors &editors, CheckController *checks, QObject *parent)
    : QObject(parent)
    , m_editors(editors)
    , m_checks(checks)
{
    for (core::Section section : core::kSections)
        m_editors.sectionEditor(section)->viewport()->installEventFilter(this);
}

void FindingMarks::refresh()
{
    for (core::Section section : core::kSections) {
        QList<QTextLayout::FormatRange> ranges;
        for (const core::Finding &finding : m_checks->sectionFindings(section)) {
            if (finding.category == QLatin1String("spelling"))
                continue; // the proofreading highlighter paints spelling itself
            QTextCharFormat format;
            format.setUnderlineStyle(finding.severity == core::Severity::Suggestion ? QTextCharFormat::DotLine
                                                                                     : QTextCharFormat::DashUnderline);
            format.setUnderlineColor(findingColor(finding.category));
            format.setFontUnderline(true);
            ranges.append({static_cast<int>(finding.start), static_cast<int>(finding.end - finding.start), format});
        }
        m_editors.sectionEditor(section)->highlighter()->setExtraFormats(ranges);
    }
}

bool FindingMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QObject::eventFilter(watched, event);
    for (core::Section section : core::kSections) {
        SectionEditor *editor = m_editors.sectionEditor(section);
        if (editor->viewport() != watched)
            continue;
        const auto *help = static_cast<QHelpEvent *>(event);
        const int position = editor->cursorForPosition(help->pos()).position();
        QStringList messages;
        for (const core::Finding &finding : m_checks->sectionFindings(section)) {
            if (position >= finding.start && position < finding.end)
                messages.append(finding.message);
        }
        if (messages.isEmpty())
            return QObject::eventFilter(watched, event); // the editor may show a spelling tip
        QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), editor->viewport());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace amends::ui
