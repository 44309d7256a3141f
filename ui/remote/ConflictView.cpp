#include "ConflictView.h"

#include "ApiKind.h"
#include "DiffView.h"
#include "EditorColours.h"
#include "FieldMergeChoices.h"
#include "MergeResult.h"
#include "SpecDocument.h"
#include "SpecEditor.h"
#include "TextDiff.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* label = new QLabel(title, box);
    label->setBuddy(content);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(label);
    column->addWidget(content, 1);
    return box;
}

} // namespace

ConflictView::ConflictView(qint64 specId,
                           const QString& title,
                           SpecKind kind,
                           const QByteArray& base,
                           const QByteArray& mine,
                           const QByteArray& theirs,
                           const QString& message,
                           QWidget* parent)
    : QDialog(parent)
    , m_specId(specId)
    , m_kind(kind)
    , m_base(base)
    , m_mine(mine)
    , m_theirs(theirs)
    , m_mineChanges(new DiffView(this))
    , m_theirsChanges(new DiffView(this))
    , m_resultEditor(new SpecEditor(specId, kind, this))
    , m_result(new MergeResult(m_resultEditor, MergeChunks::compute(base, mine, theirs), this))
    , m_generated(m_resultEditor->content())
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictView"));
    setWindowTitle(tr("Merge — %1").arg(title));
    auto* explanation = new QLabel(message, this);
    explanation->setObjectName(QStringLiteral("conflictMessageLabel"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    for (DiffView* view : {m_mineChanges, m_theirsChanges}) {
        view->setInline(true);
    }
    m_mineChanges->setObjectName(QStringLiteral("mineChanges"));
    m_theirsChanges->setObjectName(QStringLiteral("theirsChanges"));
    m_mineChanges->showDiff(TextDiff::compute(base, mine), tr("Base"), tr("Mine"));
    m_theirsChanges->showDiff(TextDiff::compute(base, theirs), tr("Base"), tr("Theirs"));
    m_mineChanges->olderPane()->setAccessibleName(tr("Your changes"));
    m_mineChanges->olderPane()->setAccessibleDescription(
        tr("What your draft changed since the base, read-only: removed lines then added ones, changed words boxed."));
    m_theirsChanges->olderPane()->setAccessibleName(tr("The server's changes"));
    m_theirsChanges->olderPane()->setAccessibleDescription(
        tr("What the server changed since the base, read-only: removed lines then added ones, changed words boxed."));
    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(titled(tr("Mine — what your draft changed"), m_mineChanges->olderPane(), sides));
    sides->addWidget(titled(tr("Theirs — what the server changed"), m_theirsChanges->olderPane(), sides));
    // The inline panes are all each view shows; the views keep their panes' navigation.
    m_mineChanges->hide();
    m_theirsChanges->hide();

    m_resultEditor->setObjectName(QStringLiteral("mergeResultEditor"));
    m_resultEditor->setAccessibleName(tr("Merge result"));
    m_resultEditor->setAccessibleDescription(
        tr("The merged text, editable. Conflicts stand between <<<<<<< mine and >>>>>>> theirs lines."));
    m_currentMarker = m_resultEditor->markerDefine(QsciScintilla::Background);
    m_resultEditor->setMarkerBackgroundColor(EditorColours::forPalette(palette()).changedLine, m_currentMarker);
    m_status->setObjectName(QStringLiteral("mergeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* lower = new QWidget(this);
    auto* lowerColumn = new QVBoxLayout(lower);
    lowerColumn->setContentsMargins(0, 0, 0, 0);
    lowerColumn->addWidget(makeChangeBar());
    if (const std::optional<ApiKind> api = ApiKinds::apiOf(kind); api && *api != ApiKind::DataFramer) {
        const QList<ThreeWayMerge::FieldConflict> conflicts = ThreeWayMerge::fieldConflicts(*api, base, theirs, mine);
        if (!conflicts.isEmpty()) {
            m_fields = new FieldMergeChoices(conflicts, this);
            auto* scroll = new QScrollArea(this);
            scroll->setWidget(m_fields);
            scroll->setWidgetResizable(true);
            scroll->setFocusPolicy(Qt::NoFocus);
            scroll->setMaximumHeight(m_fields->sizeHint().height() + 8);
            auto* fieldsLabel = new QLabel(tr("By field — each field both sides changed:"), this);
            lowerColumn->addWidget(fieldsLabel);
            lowerColumn->addWidget(scroll);
            connect(m_fields, &FieldMergeChoices::choicesChanged, this, &ConflictView::applyFieldChoices);
        }
    }
    lowerColumn->addWidget(titled(tr("&Result — the text Use Result makes the draft"), m_resultEditor, lower), 1);
    lowerColumn->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(sides);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_useResult = buttons->addButton(tr("Use Res&ult"), QDialogButtonBox::AcceptRole);
    m_useResult->setObjectName(QStringLiteral("useResultButton"));
    m_useResult->setToolTip(tr("The result becomes your draft, on top of the server's version; Sync sends it."));
    QPushButton* keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMineButton"));
    keepMine->setToolTip(tr("Keep your draft whole; the next sync sends it over the server's version."));
    QPushButton* takeTheirs = buttons->addButton(tr("Take &Theirs"), QDialogButtonBox::AcceptRole);
    takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    takeTheirs->setToolTip(tr("Replace your draft with the server's text. Undo in the editor brings yours back."));
    QPushButton* useText = buttons->addButton(tr("Use &Editor Text"), QDialogButtonBox::AcceptRole);
    useText->setObjectName(QStringLiteral("useEditorTextButton"));
    useText->setToolTip(tr("Keep what the spec's own editor holds now, for a merge typed there."));
    buttons->addButton(QDialogButtonBox::Close)
        ->setAccessibleDescription(tr("Decide later; the spec stays in conflict and nothing is sent."));
    connect(m_useResult, &QPushButton::clicked, this, [this] {
        if (!resultProblem().isEmpty()) {
            return;
        }
        if (m_currentDraft && m_currentDraft() != m_mine
            && QMessageBox::question(this,
                                     tr("Replace the Draft?"),
                                     tr("Your draft changed in its tab since this merge began. Use the result "
                                        "anyway? Undo in the spec's tab brings those changes back."))
                   != QMessageBox::Yes) {
            return;
        }
        Q_EMIT resultChosen(m_specId, m_resultEditor->content());
        accept();
    });
    connect(keepMine, &QPushButton::clicked, this, [this] { choose(SyncJournal::Resolution::KeepMine); });
    connect(takeTheirs, &QPushButton::clicked, this, [this] { choose(SyncJournal::Resolution::TakeTheirs); });
    connect(useText, &QPushButton::clicked, this, [this] { choose(SyncJournal::Resolution::UseText); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_result, &MergeResult::changed, this, &ConflictView::updateState);
    // The result's checks come with its analysis, which runs after typing pauses.
    connect(m_resultEditor, &SpecEditor::diagnosticsChanged, this, &ConflictView::updateState);
    connect(m_resultEditor->document(), &SpecDocument::analysed, this, &ConflictView::updateState);
    // Most of the screen, with room for a title bar and a panel, like a comparison.
    const QRect available = (parent ? parent->screen() : screen())->availableGeometry();
    resize(available.width() * 9 / 10, available.height() * 85 / 100);
    updateState();
    showCurrent();
    // The keyboard starts at the first decision; Tab goes on through the result to Use Result.
    (m_takeMine->isEnabled() && m_result->unresolvedCount() > 0 ? static_cast<QWidget*>(m_takeMine) : m_resultEditor)
        ->setFocus();
}

QWidget* ConflictView::makeChangeBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_position = new QLabel(bar);
    m_position->setObjectName(QStringLiteral("mergePosition"));
    m_position->setTextFormat(Qt::PlainText);
    auto* previous = new QPushButton(tr("Previous"), bar);
    previous->setObjectName(QStringLiteral("mergePreviousButton"));
    previous->setToolTip(tr("The previous change, unresolved ones first (Alt+Up)"));
    auto* next = new QPushButton(tr("Next"), bar);
    next->setObjectName(QStringLiteral("mergeNextButton"));
    next->setToolTip(tr("The next change, unresolved ones first (Alt+Down)"));
    m_takeMine = new QPushButton(tr("Use &Mine"), bar);
    m_takeMine->setObjectName(QStringLiteral("mergeTakeMineButton"));
    m_takeTheirs = new QPushButton(tr("Use T&heirs"), bar);
    m_takeTheirs->setObjectName(QStringLiteral("mergeTakeTheirsButton"));
    m_takeBoth = new QPushButton(tr("Use B&oth"), bar);
    m_takeBoth->setObjectName(QStringLiteral("mergeTakeBothButton"));
    m_takeBoth->setToolTip(tr("Your lines, then the server's"));
    m_takeBase = new QPushButton(tr("Use &Base"), bar);
    m_takeBase->setObjectName(QStringLiteral("mergeTakeBaseButton"));
    m_takeBase->setToolTip(tr("Neither change: the lines as they were"));
    m_reset = new QPushButton(tr("&Start Over"), bar);
    m_reset->setObjectName(QStringLiteral("mergeResetButton"));
    m_reset->setToolTip(tr("The first result again: every one-sided change taken, each conflict marked"));
    // "Use", not "Take": the wholesale Keep Mine and Take Theirs below have their own keys.
    m_takeMine->setToolTip(tr("This change as your draft has it (Alt+M)"));
    m_takeTheirs->setToolTip(tr("This change as the server has it (Alt+H)"));
    row->addWidget(m_position, 1);
    for (QPushButton* button : {previous, next, m_takeMine, m_takeTheirs, m_takeBoth, m_takeBase, m_reset}) {
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    connect(previous, &QPushButton::clicked, m_result, &MergeResult::previous);
    connect(next, &QPushButton::clicked, m_result, &MergeResult::next);
    connect(m_takeMine, &QPushButton::clicked, this, [this] { m_result->take(MergeChunks::Choice::Mine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { m_result->take(MergeChunks::Choice::Theirs); });
    connect(m_takeBoth, &QPushButton::clicked, this, [this] { m_result->take(MergeChunks::Choice::Both); });
    connect(m_takeBase, &QPushButton::clicked, this, [this] { m_result->take(MergeChunks::Choice::Base); });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_result->reset();
        m_generated = m_resultEditor->content();
    });
    connect(m_result, &MergeResult::changed, this, &ConflictView::showCurrent);
    auto* nextAction = new QAction(tr("Next Change"), this);
    nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    nextAction->setShortcutContext(Qt::WindowShortcut);
    connect(nextAction, &QAction::triggered, m_result, &MergeResult::next);
    auto* previousAction = new QAction(tr("Previous Change"), this);
    previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    previousAction->setShortcutContext(Qt::WindowShortcut);
    connect(previousAction, &QAction::triggered, m_result, &MergeResult::previous);
    addAction(nextAction);
    addAction(previousAction);
    return bar;
}

QString ConflictView::resultProblem() const
{
    const qsizetype unresolved = m_result->unresolvedCount();
    if (unresolved > 0) {
        return unresolved == 1
                   ? tr("1 conflict left: use a side, or edit the lines between the markers.")
                   : tr("%1 conflicts left: use a side, or edit the lines between the markers.").arg(unresolved);
    }
    if (m_resultEditor->document()->isAnalysisStale()) {
        return tr("Checking the result…");
    }
    for (const Diagnostic& problem : m_resultEditor->diagnostics()) {
        if (problem.severity == Diagnostic::Severity::Error) {
            return tr("The result has a problem at line %1:%2: %3")
                .arg(problem.line)
                .arg(problem.column)
                .arg(problem.message);
        }
    }
    return {};
}

void ConflictView::updateState()
{
    const qsizetype count = m_result->chunks().chunks().size();
    const qsizetype current = m_result->current();
    const bool placed = m_result->isPlaced();
    if (count == 0) {
        m_position->setText(tr("No line differs from the base on both sides."));
    } else if (!placed) {
        m_position->setText(tr("The result was edited outside the changes; Start Over to use the buttons again."));
    } else {
        const MergeChunks::Chunk& chunk = m_result->chunks().chunks()[current];
        QString what;
        switch (chunk.kind) {
        case MergeChunks::Chunk::Kind::Mine:
            what = tr("only you changed this");
            break;
        case MergeChunks::Chunk::Kind::Theirs:
            what = tr("only the server changed this");
            break;
        case MergeChunks::Chunk::Kind::Same:
            what = tr("both made the same change");
            break;
        case MergeChunks::Chunk::Kind::Conflict:
            what = tr("both changed this differently");
            break;
        }
        QString now;
        switch (m_result->choiceAt(current)) {
        case MergeChunks::Choice::Unresolved:
            now = tr("undecided");
            break;
        case MergeChunks::Choice::Mine:
            now = tr("using mine");
            break;
        case MergeChunks::Choice::Theirs:
            now = tr("using theirs");
            break;
        case MergeChunks::Choice::Both:
            now = tr("using both");
            break;
        case MergeChunks::Choice::Base:
            now = tr("using the base");
            break;
        case MergeChunks::Choice::Edited:
            now = tr("edited by hand");
            break;
        }
        m_position->setText(tr("Change %1 of %2, line %3: %4; %5.")
                                .arg(current + 1)
                                .arg(count)
                                .arg(m_result->linesOf(current).first + 1)
                                .arg(what, now));
    }
    for (QPushButton* button : {m_takeMine, m_takeTheirs, m_takeBoth, m_takeBase}) {
        button->setEnabled(placed && count > 0 && !m_resultEditor->isReadOnly());
    }
    m_reset->setEnabled(count > 0);
    const QString problem = resultProblem();
    m_useResult->setEnabled(problem.isEmpty());
    m_status->setText(problem.isEmpty() ? tr("The result passes the spec's checks: Use Result makes it your draft.")
                                        : problem);
    m_useResult->setAccessibleDescription(m_status->text());
}

void ConflictView::showCurrent()
{
    m_resultEditor->markerDeleteAll(m_currentMarker);
    const qsizetype current = m_result->current();
    if (current < 0 || !m_result->isPlaced()) {
        return;
    }
    const MergeChunks::Chunk& chunk = m_result->chunks().chunks()[current];
    m_mineChanges->showLines(chunk.baseLine, chunk.mineLine);
    m_theirsChanges->showLines(chunk.baseLine, chunk.theirsLine);
    const auto [first, last] = m_result->linesOf(current);
    for (int line = first; line <= last; ++line) {
        m_resultEditor->markerAdd(line, m_currentMarker);
    }
    if (!m_resultEditor->hasFocus()) {
        m_resultEditor->setFirstVisibleLine(std::max(0, first - 3));
    }
    m_resultEditor->ensureLineVisible(first);
}

void ConflictView::applyFieldChoices()
{
    const std::optional<ApiKind> api = ApiKinds::apiOf(m_kind);
    if (!api || !m_fields->allChosen()) {
        m_appliedChoices = m_fields->choices();
        updateState();
        return;
    }
    const ThreeWayMerge::Result merged
        = ThreeWayMerge::mergeChoosing(*api, m_base, m_theirs, m_mine, m_fields->choices());
    if (!merged.clean) {
        m_status->setText(
            merged.error.isEmpty()
                ? tr("The fields could not be merged: %1").arg(merged.conflicts.join(QStringLiteral(", ")))
                : merged.error);
        return;
    }
    const QByteArray current = m_resultEditor->content();
    if (current == merged.merged) {
        return;
    }
    // What the fields give replaces the whole result: typing there must not go unasked.
    if (current != m_generated
        && QMessageBox::question(this,
                                 tr("Replace the Result?"),
                                 tr("The result has changes of its own. Replace it with the merge of the chosen "
                                    "fields? Undo in the result brings the changes back."))
               != QMessageBox::Yes) {
        // The choices show what the result holds: the one just made is taken back.
        m_fields->setChoices(m_appliedChoices);
        return;
    }
    m_appliedChoices = m_fields->choices();
    m_generated = merged.merged;
    m_resultEditor->replaceText(merged.merged);
    m_resultEditor->reportChangesNow();
}

void ConflictView::choose(SyncJournal::Resolution resolution)
{
    Q_EMIT resolutionChosen(m_specId, resolution);
    accept();
}
