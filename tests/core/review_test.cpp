#include "core/draftdocument.h"
#include "core/draftfile.h"
#include "core/reviewworkflow.h"

#include "testsupport.h"

#include <QTemporaryDir>

using namespace amends;
using core::ReviewStatus;
namespace Workflow = core::ReviewWorkflow;

namespace {
const QDateTime kWhen(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
}

TEST(ReviewWorkflow_Transitions, FollowSubmitThenApproveOrRequestChanges)
{
    EXPECT_TRUE(Workflow::canChange(ReviewStatus::Draft, ReviewStatus::ReadyForReview));
    EXPECT_TRUE(Workflow::canChange(ReviewStatus::ReadyForReview, ReviewStatus::Approved));
    EXPECT_TRUE(Workflow::canChange(ReviewStatus::ReadyForReview, ReviewStatus::ChangesRequested));
    EXPECT_TRUE(Workflow::canChange(ReviewStatus::ChangesRequested, ReviewStatus::ReadyForReview));
    EXPECT_TRUE(Workflow::canChange(ReviewStatus::Approved, ReviewStatus::Draft));
    EXPECT_FALSE(Workflow::canChange(ReviewStatus::Draft, ReviewStatus::Approved));
    EXPECT_FALSE(Workflow::canChange(ReviewStatus::ChangesRequested, ReviewStatus::Approved));
    EXPECT_FALSE(Workflow::canChange(ReviewStatus::Draft, ReviewStatus::Draft));
}

TEST(ReviewWorkflow_ChangeStatus, RecordsHistoryAndRefusesWrongMoves)
{
    core::Review review;
    EXPECT_TRUE(Workflow::changeStatus(review, ReviewStatus::ReadyForReview, QStringLiteral("Ana"), kWhen).isEmpty());
    EXPECT_FALSE(Workflow::changeStatus(review, ReviewStatus::ReadyForReview, QStringLiteral("Ana"), kWhen).isEmpty());
    EXPECT_TRUE(Workflow::changeStatus(review, ReviewStatus::ChangesRequested, QStringLiteral("Łucja"), kWhen).isEmpty());
    EXPECT_EQ(review.status, ReviewStatus::ChangesRequested);
    EXPECT_EQ(review.reviewer, QStringLiteral("Łucja"));
    ASSERT_EQ(review.history.size(), 2);
    EXPECT_EQ(review.history[1].from, ReviewStatus::ReadyForReview);
    EXPECT_EQ(review.history[1].to, ReviewStatus::ChangesRequested);
    EXPECT_EQ(review.history[1].author, QStringLiteral("Łucja"));
    const QString refused = Workflow::changeStatus(review, ReviewStatus::Approved, QStringLiteral("Łucja"), kWhen);
    EXPECT_TRUE(refused.contains(QStringLiteral("Changes requested")));
    EXPECT_EQ(review.history.size(), 2);
}

TEST(ReviewWorkflow_File, KeepsStatusHistoryAndCommentsOnSaveAndLoad)
{
    QTemporaryDir dir;
    core::DraftDocument document;
    document.reset(test::sampleDraft(), QString());
    ASSERT_TRUE(document.changeReviewStatus(ReviewStatus::ReadyForReview, QStringLiteral("José")).isEmpty());
    ASSERT_TRUE(document.changeReviewStatus(ReviewStatus::Approved, QStringLiteral("Łucja")).isEmpty());
    const QString remedy = document.draft().section(core::Section::Remedy);
    const int start = static_cast<int>(remedy.indexOf(QStringLiteral("refunded")));
    const core::ReviewComment comment = document.addComment(QStringLiteral("Łucja"), QStringLiteral("Say when — “today”?"),
                                                            core::Section::Remedy, start, start + 8);
    document.setCommentResolved(comment.id, true);
    ASSERT_TRUE(document.save(dir.filePath(QStringLiteral("r.amends"))).isEmpty());
    const auto loaded = core::DraftFile::load(dir.filePath(QStringLiteral("r.amends")));
    ASSERT_TRUE(loaded.draft.has_value()) << loaded.error.toStdString();
    EXPECT_EQ(loaded.draft->review, document.draft().review);
    EXPECT_EQ(loaded.draft->review.status, ReviewStatus::Approved);
    EXPECT_EQ(loaded.draft->review.history.size(), 2);
    EXPECT_EQ(loaded.draft->review.comments.first().quote, QStringLiteral("refunded"));
    EXPECT_TRUE(loaded.draft->review.comments.first().resolved);
}

TEST(ReviewWorkflow_Anchors, SurviveEditsBeforeAfterAndAroundTheirWords)
{
    core::DraftDocument document;
    document.reset(test::sampleDraft(), QString());
    const QString text = QStringLiteral("We have refunded the fee to your card today.");
    document.setSectionText(core::Section::Remedy, text);
    const int start = static_cast<int>(text.indexOf(QStringLiteral("the fee")));
    document.addComment(QStringLiteral("Lead"), QStringLiteral("Which fee?"), core::Section::Remedy, start, start + 7);
    const auto anchored = [&document] {
        const core::ReviewComment &c = document.draft().review.comments.first();
        return document.draft().section(core::Section::Remedy).mid(c.start, c.end - c.start);
    };
    // An edit before the span moves it.
    document.setSectionText(core::Section::Remedy, QStringLiteral("Today, we have refunded the fee to your card today."));
    EXPECT_EQ(anchored(), QStringLiteral("the fee"));
    // An edit after the span leaves it.
    document.setSectionText(core::Section::Remedy, QStringLiteral("Today, we have refunded the fee to your Visa card."));
    EXPECT_EQ(anchored(), QStringLiteral("the fee"));
    // An edit right next to the span (touching it) still finds the words.
    document.setSectionText(core::Section::Remedy, QStringLiteral("Today, we have refunded the fee of £5 to your Visa card."));
    EXPECT_EQ(anchored(), QStringLiteral("the fee"));
    // Another section's edits never move it.
    document.setSectionText(core::Section::Regret, QStringLiteral("I am truly sorry."));
    EXPECT_EQ(anchored(), QStringLiteral("the fee"));
}
