#pragma once

#include <QDialog>

class DiffView;

/// The file's text on disk (left) beside the editor's (right), with the differences marked, so
/// the user can see what Reload or Keep Mine would throw away before choosing. It is not modal:
/// the editor stays usable to copy a line or two across by hand first.
class FileCompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FileCompareDialog(QWidget* parent = nullptr);

    void showTexts(const QString& fileName, const QByteArray& diskText, const QByteArray& editorText);
    DiffView* diffView() const { return m_diff; }

Q_SIGNALS:
    void reloadChosen();
    void keepMineChosen();

private:
    DiffView* m_diff;
};
