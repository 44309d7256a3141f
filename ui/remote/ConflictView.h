#pragma once

#include "SpecKind.h"
#include "SyncJournal.h"
#include "ThreeWayMerge.h"

#include <QDialog>
#include <QHash>

#include <functional>

class DiffView;
class FieldMergeChoices;
class MergeResult;
class QLabel;
class QPushButton;
class SpecEditor;

/// The merge editor of a spec in conflict: what the draft (mine) and the server (theirs) each
/// changed since the base they share, as inline diffs with the changed words boxed, and the
/// result below, an editable text that starts with every one-sided change taken and each
/// conflict between markers. Change by change the user takes mine, theirs, both or the base
/// (Alt+Down / Alt+Up move between changes), or types in the result; a Scale GP or Adobe spec
/// also merges by field. Use Result is offered only once no conflict is left and the result
/// passes the spec's checks.
///
/// Keep Mine and Take Theirs end the conflict wholesale; Use Editor Text takes a hand merge
/// typed in the spec's own tab. It is not modal, so that tab stays usable while it is open.
/// The view only says what was chosen (resolutionChosen(), resultChosen()); the sync
/// controller does it.
class ConflictView : public QDialog
{
    Q_OBJECT

public:
    ConflictView(qint64 specId,
                 const QString& title,
                 SpecKind kind,
                 const QByteArray& base,
                 const QByteArray& mine,
                 const QByteArray& theirs,
                 const QString& message,
                 QWidget* parent = nullptr);

    qint64 specId() const { return m_specId; }
    SpecEditor* resultEditor() const { return m_resultEditor; }
    MergeResult* result() const { return m_result; }
    DiffView* mineChanges() const { return m_mineChanges; }
    DiffView* theirsChanges() const { return m_theirsChanges; }
    /// The field choices of a Scale GP or Adobe spec; nullptr for DataFramer and plain texts.
    FieldMergeChoices* fieldChoices() const { return m_fields; }
    /// What stands between the result and Use Result, or empty when it can be used.
    QString resultProblem() const;
    /// What the spec's draft holds now (its tab may be typed in while the view is open): Use
    /// Result asks before replacing a draft that changed since the merge began.
    void setCurrentDraft(std::function<QByteArray()> currentDraft) { m_currentDraft = std::move(currentDraft); }

Q_SIGNALS:
    void resolutionChosen(qint64 specId, SyncJournal::Resolution resolution);
    /// Use Result: `text` becomes the draft, on top of the server's version.
    void resultChosen(qint64 specId, const QByteArray& text);

private:
    QWidget* makeChangeBar();
    /// Shows where the navigation is, what each button would do and whether Use Result can go.
    void updateState();
    /// Scrolls the diffs and the result to the current change.
    void showCurrent();
    /// Writes the merge by field into the result once every field is chosen.
    void applyFieldChoices();
    void choose(SyncJournal::Resolution resolution);

    qint64 m_specId;
    SpecKind m_kind;
    QByteArray m_base;
    QByteArray m_mine;
    QByteArray m_theirs;
    DiffView* m_mineChanges;
    DiffView* m_theirsChanges;
    SpecEditor* m_resultEditor;
    MergeResult* m_result;
    /// The result as SpecDesk last wrote it (first, or from the field choices): a field choice
    /// asks before replacing a result that differs from it.
    QByteArray m_generated;
    std::function<QByteArray()> m_currentDraft;
    /// The field choices the result was last made from (or that were made before all were).
    QHash<QString, ThreeWayMerge::Side> m_appliedChoices;
    FieldMergeChoices* m_fields = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_status;
    QPushButton* m_takeMine = nullptr;
    QPushButton* m_takeTheirs = nullptr;
    QPushButton* m_takeBoth = nullptr;
    QPushButton* m_takeBase = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_useResult = nullptr;
    int m_currentMarker = -1;
};
