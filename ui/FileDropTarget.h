#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

/// Lets files dropped on a widget (a text/uri-list from a file manager) be opened like
/// File ▸ Open. Only local files are taken; other links are ignored with a message.
class FileDropTarget : public QObject
{
    Q_OBJECT

public:
    /// Watches `target`'s drag and drop events; the target accepts drops from now on.
    explicit FileDropTarget(QWidget* target);

    /// The local files a drop carries, in the order given.
    static QStringList localFiles(const QMimeData* mime);

Q_SIGNALS:
    void filesDropped(const QStringList& filePaths);
    /// A sentence for the status bar: what was left out.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
