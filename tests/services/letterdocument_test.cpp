// The letter as a QTextDocument, and the preview's paragraph-by-paragraph update.

#include "core/composer.h"
#include "services/letterdocument.h"

#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

using namespace amends;

namespace {

std::unique_ptr<QTextDocument> documentOf(const core::Draft &draft, const core::HtmlOptions &options = {})
{
    return services::buildLetterDocument(core::composeLetter(draft), options);
}

// Every paragraph's text, paragraph format and character formats, as HTML says them.
void expectSameDocument(const QTextDocument &a, const QTextDocument &b)
{
    EXPECT_EQ(a.blockCount(), b.blockCount());
    EXPECT_EQ(a.toPlainText(), b.toPlainText());
    EXPECT_EQ(a.toHtml(), b.toHtml());
    EXPECT_EQ(a.metaInformation(QTextDocument::DocumentTitle), b.metaInformation(QTextDocument::DocumentTitle));
}

} // namespace

TEST(LetterDocument_Patch, RewritesOnlyTheParagraphThatChanged)
{
    // Given the document of a letter
    core::Draft draft = test::sampleDraft();
    std::unique_ptr<QTextDocument> shown = documentOf(draft);
    int first = shown->characterCount();
    int last = 0;
    QObject::connect(shown.get(), &QTextDocument::contentsChange, shown.get(), [&](int position, int, int added) {
        first = std::min(first, position);
        last = std::max(last, position + added);
    });
    // When one word of one section changes and the new letter is patched in
    const QString regret = draft.section(core::Section::Regret) + QStringLiteral(" Truly.");
    draft.setSection(core::Section::Regret, regret);
    const std::unique_ptr<QTextDocument> fresh = documentOf(draft);
    ASSERT_TRUE(services::patchDocument(*shown, *fresh));
    // Then the document is the new letter, and only that paragraph was rewritten (a
    // view lays out what changed, nothing else)
    expectSameDocument(*shown, *fresh);
    const QTextBlock paragraph = shown->find(QStringLiteral("Truly.")).block();
    ASSERT_TRUE(paragraph.isValid());
    EXPECT_GE(first, paragraph.position());
    EXPECT_LE(last, paragraph.position() + paragraph.length());
}

TEST(LetterDocument_Patch, AddsAndRemovesParagraphsInTheMiddle)
{
    core::Draft draft = test::sampleDraft();
    std::unique_ptr<QTextDocument> shown = documentOf(draft);
    const QString explanation = draft.section(core::Section::Explanation);
    // A paragraph more, two more, then back to one
    const QStringList texts{explanation + QStringLiteral("\n\nA second paragraph."),
                            explanation + QStringLiteral("\n\nA second paragraph.\n\nAnd a third, in *bold*."),
                            explanation};
    for (const QString &text : texts) {
        draft.setSection(core::Section::Explanation, text);
        const std::unique_ptr<QTextDocument> fresh = documentOf(draft);
        ASSERT_TRUE(services::patchDocument(*shown, *fresh)) << qPrintable(text);
        expectSameDocument(*shown, *fresh);
    }
    // An empty section (a hint in its own style) and the subject line change too
    draft.setSection(core::Section::Improvement, QString());
    core::HtmlOptions options;
    options.emptySectionHint = [](core::Section) { return QStringLiteral("[not written yet]"); };
    const std::unique_ptr<QTextDocument> fresh = documentOf(draft, options);
    ASSERT_TRUE(services::patchDocument(*shown, *fresh));
    expectSameDocument(*shown, *fresh);
}

TEST(LetterDocument_Patch, LeavesTheDocumentAloneWhenItCannotPatch)
{
    // Given a letter shown without a logo
    const core::Draft draft = test::sampleDraft();
    std::unique_ptr<QTextDocument> shown = documentOf(draft);
    const QString before = shown->toHtml();
    // When the new letter differs in its letterhead image
    const std::unique_ptr<QTextDocument> fresh = documentOf(draft);
    QImage logo(40, 20, QImage::Format_RGB32);
    logo.fill(Qt::red);
    services::addLetterheadLogo(*fresh, logo);
    // Then it is not patched, and the document is as it was
    EXPECT_FALSE(services::patchDocument(*shown, *fresh));
    EXPECT_EQ(shown->toHtml(), before);
    // And the same letter again is nothing to do
    EXPECT_TRUE(services::patchDocument(*shown, *documentOf(draft)));
    EXPECT_EQ(shown->toHtml(), before);
}

TEST(LetterDocument_Patch, RewritesAParagraphWhoseWordsStayButWhoseFormatsMove)
{
    // Given paragraphs whose text stays the same while the bold part moves, grows,
    // splits or goes
    const QStringList versions = {
        QStringLiteral("<p>First.</p><p>ab<b>cd</b>ef</p><p>Last.</p>"),
        QStringLiteral("<p>First.</p><p>abc<b>d</b>ef</p><p>Last.</p>"),
        QStringLiteral("<p>First.</p><p>abc<b>def</b></p><p>Last.</p>"),
        QStringLiteral("<p>First.</p><p><b>a</b>bc<b>def</b></p><p>Last.</p>"),
        QStringLiteral("<p>First.</p><p><b>a</b>bc<i>def</i></p><p>Last.</p>"),
        QStringLiteral("<p>First.</p><p>abcdef</p><p>Last.</p>"),
    };
    QTextDocument shown;
    shown.setHtml(versions.first());
    for (const QString &html : versions) {
        // When each version is patched into the document shown
        QTextDocument fresh;
        fresh.setHtml(html);
        ASSERT_TRUE(services::patchDocument(shown, fresh)) << qPrintable(html);
        // Then the document is that version, formats included
        expectSameDocument(shown, fresh);
    }
}

TEST(LetterDocument_Patch, PatchesByParagraphSignaturesAsByComparingTheParagraphs)
{
    // Given a letter shown with its paragraphs' signatures, as the preview keeps them
    core::Draft draft = test::sampleDraft();
    std::unique_ptr<QTextDocument> shown = documentOf(draft);
    QList<quint64> shownSignatures = services::blockSignatures(*shown);
    ASSERT_EQ(shownSignatures.size(), shown->blockCount());
    const QString explanation = draft.section(core::Section::Explanation);
    const QStringList texts{explanation + QStringLiteral("\n\nA second paragraph."),
                            explanation + QStringLiteral("\n\nA second paragraph.\n\nAnd a third, in *bold*."),
                            explanation + QStringLiteral("\n\nA second paragraph.\n\nAnd a third, in bold."),
                            explanation};
    for (const QString &text : texts) {
        // When each new version is patched in by the signatures
        draft.setSection(core::Section::Explanation, text);
        const std::unique_ptr<QTextDocument> fresh = documentOf(draft);
        const QList<quint64> freshSignatures = services::blockSignatures(*fresh);
        ASSERT_TRUE(services::patchDocument(*shown, *fresh, shownSignatures, freshSignatures)) << qPrintable(text);
        // Then the document is that version, formats included ("*bold*" and "bold" read
        // the same and differ in their format only)
        expectSameDocument(*shown, *fresh);
        EXPECT_EQ(services::blockSignatures(*shown), freshSignatures);
        shownSignatures = freshSignatures;
    }
}

TEST(LetterDocument_Patch, SignaturesTellParagraphsApartByTheirFormatsAsWellAsTheirWords)
{
    QTextDocument plain;
    plain.setHtml(QStringLiteral("<p>First.</p><p>ab<b>cd</b>ef</p><p>Last.</p>"));
    QTextDocument moved;
    moved.setHtml(QStringLiteral("<p>First.</p><p>abc<b>d</b>ef</p><p>Last.</p>"));
    QTextDocument same;
    same.setHtml(QStringLiteral("<p>First.</p><p>ab<b>cd</b>ef</p><p>Last.</p>"));
    const QList<quint64> a = services::blockSignatures(plain);
    const QList<quint64> b = services::blockSignatures(moved);
    ASSERT_EQ(a.size(), 3);
    ASSERT_EQ(b.size(), 3);
    EXPECT_EQ(a[0], b[0]);
    EXPECT_NE(a[1], b[1]);
    EXPECT_EQ(a[2], b[2]);
    EXPECT_EQ(services::blockSignatures(same), a);
    // and patching by them rewrites the paragraph whose bold part moved
    ASSERT_TRUE(services::patchDocument(plain, moved, a, b));
    expectSameDocument(plain, moved);
}

TEST(LetterDocument_Patch, SignaturesThatDoNotFitTheDocumentAreNotTrusted)
{
    // Given signatures that are not those of the documents (none, or too few)
    core::Draft draft = test::sampleDraft();
    std::unique_ptr<QTextDocument> shown = documentOf(draft);
    draft.setSection(core::Section::Regret, draft.section(core::Section::Regret) + QStringLiteral(" Truly."));
    const std::unique_ptr<QTextDocument> fresh = documentOf(draft);
    // When patching with them, the paragraphs are compared instead, and the result is right
    ASSERT_TRUE(services::patchDocument(*shown, *fresh, {}, services::blockSignatures(*fresh)));
    expectSameDocument(*shown, *fresh);
}
