#pragma once

#include <QDialog>

class DiffView;

/// The file's text on disk (left) beside the editor's (right), with the differences marked, so
/// the user can see what Reload or Keep Mine would throw away before choosing. It is not modal:
/// the editor stays usable to copy a line or two across by hand first. With Source::Workspace
/// the left side is the text another SpecDesk process stored in the workspace instead.
class FileCompareDialog : public QDialog
{
    Q_OBJECT

public:
    /// Where the other text comes from.
    enum class Source {
        Disk,
        Workspace,
    };

    explicit FileCompareDialog(QWidget* parent = nullptr, Source source = Source::Disk);

    /// `name` is the file's name, or the spec's title for Source::Workspace.
    void showTexts(const QString& name, const QByteArray& otherText, const QByteArray& editorText);
    DiffView* diffView() const { return m_diff; }

Q_SIGNALS:
    void reloadChosen();
    void keepMineChosen();

private:
    Source m_source;
    DiffView* m_diff;
};
