#include "DistributionBar.h"
#include "DistributionController.h"
#include "DistributionPanel.h"
#include "PropertyGroupWidget.h"
#include "ResourcePaths.h"
#include "ShareRow.h"
#include "SpecEditor.h"

#include <QAccessible>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStyleOptionSlider>
#include <QTest>
#include <QToolButton>

namespace {

QByteArray seedExample()
{
    QFile file(ResourcePaths::sampleDataFramer());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The seed's text with some shares rewritten, written out by hand in each test.
QByteArray seedWith(std::initializer_list<std::pair<const char*, const char*>> replacements)
{
    QByteArray text = seedExample();
    for (const auto& [from, to] : replacements) {
        const qsizetype at = text.indexOf(from);
        Q_ASSERT(at >= 0);
        text.replace(at, qsizetype(qstrlen(from)), to);
    }
    return text;
}

/// An editor and the panel beside it, as in the main window.
struct Window
{
    QWidget widget;
    SpecEditor* editor;
    DistributionPanel* panel;

    explicit Window(const QByteArray& text, SpecKind kind = SpecKind::DataFramer)
        : editor(new SpecEditor(1, kind, &widget))
        , panel(new DistributionPanel(&widget))
    {
        auto* layout = new QHBoxLayout(&widget);
        layout->addWidget(editor, 1);
        layout->addWidget(panel, 2);
        widget.resize(1400, 800); // sliders wide enough for every value to have a pixel
        editor->document()->setDelay(1);
        editor->loadContent(text);
        panel->setEditor(editor);
        widget.show();
        editor->document()->analyseNow();
        (void)QTest::qWaitForWindowExposed(&widget);
        settle();
    }

    /// Lets queued work run: widgets added to a shown layout appear from the event loop.
    static void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::processEvents();
        }
    }

    ShareRow* row(int property, int share) const { return panel->group(property)->row(share); }
    QSlider* slider(int property, int share) const { return row(property, share)->slider(); }
};

QPoint handleCenter(QSlider* slider)
{
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.subControls = QStyle::SC_All;
    option.orientation = slider->orientation();
    option.maximum = slider->maximum();
    option.minimum = slider->minimum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    option.singleStep = slider->singleStep();
    option.pageStep = slider->pageStep();
    return slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider).center();
}

void sendMove(QSlider* slider, const QPoint& position)
{
    QMouseEvent move(
        QEvent::MouseMove, position, slider->mapToGlobal(position), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(slider, &move);
}

/// Drags the handle pixel by pixel, as a hand would, until the slider shows `value`.
bool dragTo(QSlider* slider, int value)
{
    const QPoint start = handleCenter(slider);
    QTest::mousePress(slider, Qt::LeftButton, {}, start);
    const int direction = value > slider->value() ? 1 : -1;
    QPoint position = start;
    for (int step = 0; step < 2000 && slider->value() != value; ++step) {
        position.rx() += direction;
        sendMove(slider, position);
        if ((value - slider->value()) * direction < 0) {
            break; // went past it: the test will say so
        }
    }
    QTest::mouseRelease(slider, Qt::LeftButton, {}, position);
    return slider->value() == value;
}

} // namespace

/// The distribution panel driven as a user drives it, on the seed's DataFramer example: the
/// text is compared byte for byte after every move, and undo is part of every check.
class TestDistributionPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOneGroupPerProperty();
    void dragIsOneUndoStep();
    void dragBackRestoresTheText();
    void keyboardStepsAreUndoneOneByOne();
    void typedValueRebalances();
    void sharesTypedWithEitherSeparatorUnderAGermanLocale();
    void locksHoldAndRefuseWithAReason();
    void typingInTheEditorMovesTheSliders();
    void invalidStatesAreShownWithFixes();
    void nonNumericRowIsDisabledWithTheReason();
    void addsAndRemovesValues();
    void expectedCountsFollowTheSampleSize();
    void tabReachesEveryControl();
    void emptyStatesSayWhy();
    void manyPropertiesAreFilteredNotAllBuilt();
    void aClickAfterThePageMovedIsRefusedNotMisplaced();
    void bigSpecIsReadInTheBackground();
};

void TestDistributionPanel::showsOneGroupPerProperty()
{
    Window window(seedExample());
    QCOMPARE(window.panel->groupCount(), 2);
    PropertyGroupWidget* sentiment = window.panel->group(0);
    QCOMPARE(sentiment->rowCount(), 3);
    QCOMPARE(sentiment->sumBadge()->text(), QStringLiteral("Σ 100 ✓"));
    QCOMPARE(window.slider(0, 0)->value(), 40);
    QCOMPARE(window.row(0, 0)->field()->value(), 40.0);
    QCOMPARE(window.row(0, 0)->percentLabel()->text(), QStringLiteral("40%"));
    QCOMPARE(window.slider(0, 0)->accessibleName(), QStringLiteral("Share of sentiment: positive"));
    QCOMPARE(window.slider(1, 1)->accessibleName(), QStringLiteral("Share of priority: medium"));
    QCOMPARE(QAccessible::queryAccessibleInterface(window.slider(1, 1))->text(QAccessible::Value),
             QStringLiteral("50%"));
    QCOMPARE(window.row(0, 0)->lockButton()->accessibleName(), QStringLiteral("Lock sentiment: positive"));
    QVERIFY(sentiment->bar()->accessibleDescription().contains(QStringLiteral("positive 40 percent")));
    QVERIFY(!sentiment->normalizeButton()->isEnabled()); // nothing to normalize
}

void TestDistributionPanel::dragIsOneUndoStep()
{
    Window window(seedExample());
    QSlider* positive = window.slider(0, 0);
    QVERIFY(dragTo(positive, 60));
    // 40 → 60: the other 40 is split 30:30, so 20 and 20; nothing else in the file moves.
    const QByteArray dragged = seedWith(
        {{"positive: 40", "positive: 60"}, {"negative: 30", "negative: 20"}, {"neutral: 30", "neutral: 20"}});
    QCOMPARE(window.editor->content(), dragged);
    QCOMPARE(window.slider(0, 1)->value(), 20);
    QCOMPARE(window.panel->group(0)->sumBadge()->text(), QStringLiteral("Σ 100 ✓"));

    window.editor->undo(); // the whole drag, in one step
    QCOMPARE(window.editor->content(), seedExample());
    QTRY_COMPARE(positive->value(), 40);
    QCOMPARE(window.slider(0, 2)->value(), 30);
    window.editor->redo();
    QCOMPARE(window.editor->content(), dragged);
    QTRY_COMPARE(positive->value(), 60);
}

void TestDistributionPanel::dragBackRestoresTheText()
{
    // Proportions come from where the drag began, so rounding never drifts during a drag.
    Window window(seedExample());
    QSlider* high = window.slider(1, 0);
    const QPoint start = handleCenter(high);
    QTest::mousePress(high, Qt::LeftButton, {}, start);
    QPoint position = start;
    while (high->value() < 77) {
        position.rx() += 1;
        sendMove(high, position);
    }
    QCOMPARE(window.editor->content(),
             seedWith({{"high: 20", "high: 77"}, {"medium: 50", "medium: 14"}, {"low: 30", "low: 9"}}));
    while (high->value() > 20) {
        position.rx() -= 1;
        sendMove(high, position);
    }
    QTest::mouseRelease(high, Qt::LeftButton, {}, position);
    QCOMPARE(window.editor->content(), seedExample());
}

void TestDistributionPanel::keyboardStepsAreUndoneOneByOne()
{
    Window window(seedExample());
    QSlider* high = window.slider(1, 0);
    high->setFocus();
    QTest::keyClick(high, Qt::Key_Right);
    // 21: the other 79 split 50:30 is 49.375 and 29.625; floors 49 and 29, the spare unit to low.
    const QByteArray step1 = seedWith({{"high: 20", "high: 21"}, {"medium: 50", "medium: 49"}});
    QCOMPARE(window.editor->content(), step1);
    QTest::keyClick(high, Qt::Key_PageUp);
    // 26: 74 split 49:30 is 45.9 and 28.1; floors 45 and 28, the spare unit to medium.
    const QByteArray step2 = seedWith({{"high: 20", "high: 26"}, {"medium: 50", "medium: 46"}, {"low: 30", "low: 28"}});
    QCOMPARE(window.editor->content(), step2);
    QTest::keyClick(high, Qt::Key_Home);
    // 0: 100 split 46:28 is 62.16 and 37.84; floors 62 and 37, the spare unit to low.
    const QByteArray step3 = seedWith({{"high: 20", "high: 0"}, {"medium: 50", "medium: 62"}, {"low: 30", "low: 38"}});
    QCOMPARE(window.editor->content(), step3);
    // With medium locked at 62, End takes high only as far as the lock allows: 38.
    QTest::mouseClick(window.row(1, 1)->lockButton(), Qt::LeftButton);
    QTest::keyClick(high, Qt::Key_End);
    QCOMPARE(high->value(), 38);
    const QByteArray step4 = seedWith({{"high: 20", "high: 38"}, {"medium: 50", "medium: 62"}, {"low: 30", "low: 0"}});
    QCOMPARE(window.editor->content(), step4);
    QCOMPARE(window.slider(1, 1)->value(), 62);

    for (const QByteArray& previous : {step3, step2, step1, seedExample()}) {
        window.editor->undo();
        QCOMPARE(window.editor->content(), previous);
    }
    QTRY_COMPARE(high->value(), 20);
}

void TestDistributionPanel::typedValueRebalances()
{
    Window window(seedExample());
    QDoubleSpinBox* field = window.row(0, 1)->field();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("10"));
    QCOMPARE(window.editor->content(), seedExample()); // nothing is written until Enter
    QTest::keyClick(field, Qt::Key_Return);
    // negative 10: the other 90 split 40:30 is 51.43 and 38.57; floors 51 and 38, spare to neutral.
    const QByteArray typed = seedWith(
        {{"positive: 40", "positive: 51"}, {"negative: 30", "negative: 10"}, {"neutral: 30", "neutral: 39"}});
    QCOMPARE(window.editor->content(), typed);
    QTest::keyClick(field, Qt::Key_PageUp); // +5
    QCOMPARE(window.row(0, 1)->field()->value(), 15.0);
    window.editor->undo();
    QCOMPARE(window.editor->content(), typed);
}

void TestDistributionPanel::sharesTypedWithEitherSeparatorUnderAGermanLocale()
{
    // Shares with a decimal, so 12.5 can be written as it is.
    QByteArray spec = seedWith(
        {{"positive: 40", "positive: 40.0"}, {"negative: 30", "negative: 30.0"}, {"neutral: 30", "neutral: 30.0"}});
    Window window(spec);
    QDoubleSpinBox* field = window.row(0, 1)->field();
    field->setLocale(QLocale(QLocale::German, QLocale::Germany));
    // The field shows the share as the YAML writes it, with a '.'.
    QCOMPARE(field->text(), QStringLiteral("30.0"));
    for (const QString& typed : {QStringLiteral("12.5"), QStringLiteral("12,5")}) {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, typed);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(field->value(), 12.5);
        QVERIFY2(window.editor->content().contains("negative: 12.5"), qPrintable(typed));
        QTRY_COMPARE(window.row(0, 1)->field()->text(), QStringLiteral("12.5"));
        window.editor->undo();
        QCOMPARE(window.editor->content(), spec);
        QTRY_COMPARE(window.row(0, 1)->field()->value(), 30.0);
        field = window.row(0, 1)->field();
    }
    // More decimals than the shares have, or letters, are not taken.
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("12.55x"));
    QCOMPARE(field->text(), QStringLiteral("12.5"));
}

void TestDistributionPanel::locksHoldAndRefuseWithAReason()
{
    Window window(seedExample());
    QTest::mouseClick(window.row(0, 1)->lockButton(), Qt::LeftButton);
    QTest::mouseClick(window.row(0, 2)->lockButton(), Qt::LeftButton);
    QVERIFY(window.row(0, 1)->lockButton()->isChecked());
    QCOMPARE(window.row(0, 1)->lockButton()->accessibleName(), QStringLiteral("Unlock sentiment: negative"));
    QSlider* positive = window.slider(0, 0);
    positive->setFocus();
    QTest::keyClick(positive, Qt::Key_Right);
    QCOMPARE(window.editor->content(), seedExample());
    QCOMPARE(positive->value(), 40);
    QVERIFY(window.panel->group(0)->refusalLabel()->isVisible());
    QVERIFY2(window.panel->group(0)->refusalLabel()->text().contains(QStringLiteral("locked")),
             qPrintable(window.panel->group(0)->refusalLabel()->text()));
    // Equalize with one lock: neutral's 30 stays, the rest split 35/35.
    QTest::mouseClick(window.row(0, 1)->lockButton(), Qt::LeftButton);
    QTest::mouseClick(window.panel->group(0)->equalizeButton(), Qt::LeftButton);
    QCOMPARE(window.editor->content(), seedWith({{"positive: 40", "positive: 35"}, {"negative: 30", "negative: 35"}}));
}

void TestDistributionPanel::typingInTheEditorMovesTheSliders()
{
    Window window(seedExample());
    const qint64 at = window.editor->content().indexOf("positive: 40") + 10;
    window.editor->SendScintilla(
        QsciScintillaBase::SCI_SETSEL, static_cast<unsigned long>(at), static_cast<long>(at + 2));
    window.editor->setFocus();
    QTest::keyClicks(window.editor, QStringLiteral("35"));
    QTRY_COMPARE(window.slider(0, 0)->value(), 35);
    QTRY_VERIFY(window.panel->group(0)->sumBadge()->text().contains(QStringLiteral("95")));
    // A slider moved after typing writes against the new text, and sums to 100 again.
    QSlider* neutral = window.slider(0, 2);
    neutral->setFocus();
    QTest::keyClick(neutral, Qt::Key_Right);
    // neutral 31: the other 69 split 35:30 is 37.15 and 31.85; floors 37 and 31, spare to negative.
    QCOMPARE(
        window.editor->content(),
        seedWith({{"positive: 40", "positive: 37"}, {"negative: 30", "negative: 32"}, {"neutral: 30", "neutral: 31"}}));
}

void TestDistributionPanel::invalidStatesAreShownWithFixes()
{
    Window window(seedWith({{"neutral: 30", "neutral: 25"}}));
    PropertyGroupWidget* sentiment = window.panel->group(0);
    QCOMPARE(sentiment->sumBadge()->text(), QStringLiteral("Σ 95 ≠ 100"));
    QVERIFY(sentiment->problemLabel()->text().contains(QStringLiteral("add up to 95")));
    QVERIFY(sentiment->normalizeButton()->isEnabled());
    QCOMPARE(sentiment->fixButton()->text(), QStringLiteral("Normalize to 100"));
    QTest::mouseClick(sentiment->fixButton(), Qt::LeftButton);
    // 40:30:25 of 100 is 42.1, 31.6 and 26.3; floors 42, 31, 26, the spare unit to negative.
    QCOMPARE(
        window.editor->content(),
        seedWith({{"positive: 40", "positive: 42"}, {"negative: 30", "negative: 32"}, {"neutral: 30", "neutral: 26"}}));
    QTRY_COMPARE(sentiment->sumBadge()->text(), QStringLiteral("Σ 100 ✓"));

    // A value without a share, and a share without a value.
    Window keys(seedWith({{"        neutral: 30\n", "        mixed: 30\n"}}));
    PropertyGroupWidget* group = keys.panel->group(0);
    QVERIFY(group->problemLabel()->text().contains(QStringLiteral("No share for neutral")));
    QVERIFY(
        group->problemLabel()->text().contains(QStringLiteral("'mixed' has a share but is not in property_values")));
    QCOMPARE(group->fixButton()->text(), QStringLiteral("Add missing shares"));
    QTest::mouseClick(group->fixButton(), Qt::LeftButton);
    QCOMPARE(keys.editor->content(), seedWith({{"        neutral: 30\n", "        mixed: 30\n        neutral: 0\n"}}));
    QTRY_COMPARE(group->fixButton()->text(), QStringLiteral("Add 'mixed' to the values"));
    Window::settle();
    QTest::mouseClick(group->fixButton(), Qt::LeftButton);
    QCOMPARE(keys.editor->content(),
             seedWith({{"        - neutral\n", "        - neutral\n        - mixed\n"},
                       {"        neutral: 30\n", "        mixed: 30\n        neutral: 0\n"}}));
    QTRY_VERIFY(!group->problemLabel()->isVisible());
}

void TestDistributionPanel::nonNumericRowIsDisabledWithTheReason()
{
    Window window(seedWith({{"negative: 30", "negative: thirty"}}));
    ShareRow* negative = window.row(0, 1);
    QVERIFY(!negative->slider()->isEnabled());
    QVERIFY(!negative->field()->isEnabled());
    QCOMPARE(negative->field()->text(), QStringLiteral("—"));
    QVERIFY(negative->slider()->toolTip().contains(QStringLiteral("'thirty' is not a number")));
    QVERIFY(window.panel->group(0)->problemLabel()->text().contains(QStringLiteral("thirty")));
    // The others still move, around it.
    QSlider* positive = window.slider(0, 0);
    positive->setFocus();
    QTest::keyClick(positive, Qt::Key_PageUp);
    QCOMPARE(
        window.editor->content(),
        seedWith(
            {{"positive: 40", "positive: 45"}, {"negative: 30", "negative: thirty"}, {"neutral: 30", "neutral: 55"}}));
}

void TestDistributionPanel::addsAndRemovesValues()
{
    Window window(seedExample());
    PropertyGroupWidget* sentiment = window.panel->group(0);
    sentiment->newValueEdit()->setFocus();
    QTest::keyClicks(sentiment->newValueEdit(), QStringLiteral("mixed"));
    QTest::keyClick(sentiment->newValueEdit(), Qt::Key_Return);
    const QByteArray added = seedWith({{"        - neutral\n", "        - neutral\n        - mixed\n"},
                                       {"        neutral: 30\n", "        neutral: 30\n        mixed: 0\n"}});
    QCOMPARE(window.editor->content(), added);
    QTRY_COMPARE(sentiment->rowCount(), 4);
    QVERIFY(sentiment->newValueEdit()->text().isEmpty());
    Window::settle();

    // Removing negative gives its 30 to the others 40:30:0, so 57.14 and 42.86: 57 and 43.
    QTest::mouseClick(window.row(0, 1)->removeButton(), Qt::LeftButton);
    QCOMPARE(window.editor->content(),
             seedWith({{"        - negative\n", ""},
                       {"        - neutral\n", "        - neutral\n        - mixed\n"},
                       {"positive: 40", "positive: 57"},
                       {"        negative: 30\n", ""},
                       {"neutral: 30\n", "neutral: 43\n        mixed: 0\n"}}));
    QTRY_COMPARE(sentiment->rowCount(), 3);
    window.editor->undo();
    QCOMPARE(window.editor->content(), added);
    window.editor->undo();
    QCOMPARE(window.editor->content(), seedExample());
}

void TestDistributionPanel::expectedCountsFollowTheSampleSize()
{
    Window window(seedExample());
    QCOMPARE(window.row(0, 0)->countLabel()->text(), QStringLiteral("400"));
    QCOMPARE(window.row(0, 1)->countLabel()->text(), QStringLiteral("300"));
    window.panel->sampleSizeBox()->setValue(7);
    // 2.8, 2.1 and 2.1 rows: floors 2, 2, 2 and the spare row to positive.
    QCOMPARE(window.row(0, 0)->countLabel()->text(), QStringLiteral("3"));
    QCOMPARE(window.row(0, 1)->countLabel()->text(), QStringLiteral("2"));
    QCOMPARE(window.row(0, 2)->countLabel()->text(), QStringLiteral("2"));
}

void TestDistributionPanel::tabReachesEveryControl()
{
    Window window(seedExample());
    QApplication::setActiveWindow(&window.widget);
    QVERIFY(QTest::qWaitForWindowActive(&window.widget));
    window.slider(0, 0)->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), window.slider(0, 0));
    const QList<QWidget*> expected {window.row(0, 0)->field(),
                                    window.row(0, 0)->lockButton(),
                                    window.row(0, 0)->removeButton(),
                                    window.slider(0, 1)};
    for (QWidget* next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        // A spin box hands focus to its line edit.
        QVERIFY2(focus == next || focus->parentWidget() == next,
                 qPrintable(QStringLiteral("%1 has focus").arg(QString::fromLatin1(focus->metaObject()->className()))));
    }
}

void TestDistributionPanel::emptyStatesSayWhy()
{
    DistributionPanel panel;
    QVERIFY(panel.messageLabel()->text().contains(QStringLiteral("No spec is open")));

    Window json("{\"name\": \"app\"}", SpecKind::ScaleGp);
    QVERIFY2(json.panel->messageLabel()->text().contains(QStringLiteral("DataFramer")),
             qPrintable(json.panel->messageLabel()->text()));
    QCOMPARE(json.panel->groupCount(), 0);

    Window plain("spec:\n  description: nothing to shape\n");
    QVERIFY(plain.panel->messageLabel()->text().contains(QStringLiteral("data_property_variations")));

    Window broken(seedExample());
    QCOMPARE(broken.panel->groupCount(), 2);
    broken.editor->SendScintilla(QsciScintillaBase::SCI_SETSEL, 0UL, 0L);
    broken.editor->setFocus();
    QTest::keyClicks(broken.editor, QStringLiteral("[ "));
    QTRY_VERIFY(broken.panel->messageLabel()->text().contains(QStringLiteral("does not parse")));
    QVERIFY(broken.panel->messageLabel()->text().contains(QStringLiteral("Line ")));
    QVERIFY(!broken.panel->group(0)->isEnabled() || !broken.panel->group(0)->parentWidget()->isEnabled());
}

void TestDistributionPanel::manyPropertiesAreFilteredNotAllBuilt()
{
    QByteArray text("spec:\n  data_property_variations:\n");
    for (int p = 0; p < 250; ++p) {
        text.append("    - property_name: property_").append(QByteArray::number(p)).append('\n');
        text.append("      property_values: [a, b, c]\n      base_distributions: {a: 50, b: 25, c: 25}\n");
    }
    Window window(text);
    QCOMPARE(window.panel->groupCount(), DistributionPanel::kMaxGroups);
    QVERIFY(window.panel->countLabel()->text().contains(QStringLiteral("first 100 of 250")));
    QVERIFY(!window.panel->group(0)->isExpanded()); // over 200 values: groups start collapsed
    window.panel->filterEdit()->setText(QStringLiteral("property_24"));
    QCOMPARE(window.panel->groupCount(), 11); // property_24 and property_240 … 249
    QVERIFY(window.panel->countLabel()->text().contains(QStringLiteral("11 of 250")));
    // A shown group still edits its own property.
    PropertyGroupWidget* last = window.panel->group(10);
    last->setExpanded(true);
    Window::settle();
    QSlider* a = last->row(0)->slider();
    a->setFocus();
    QTest::keyClick(a, Qt::Key_PageDown);
    const qsizetype at = text.indexOf("property_249\n");
    QCOMPARE(window.editor->content().mid(at), text.mid(at).replace("{a: 50, b: 25, c: 25}", "{a: 45, b: 28, c: 27}"));
    QCOMPARE(window.editor->content().left(at), text.left(at));
}

// A group's place on a filtered page is not the property's place in the spec: an edit can move
// the page under a click, and the click must never land on the property now in that place.
void TestDistributionPanel::aClickAfterThePageMovedIsRefusedNotMisplaced()
{
    const QByteArray text("spec:\n  data_property_variations:\n"
                          "    - property_name: unit_price\n      property_values: [a, b]\n"
                          "      base_distributions: {a: 90, b: 10}\n"
                          "    - property_name: size\n      property_values: [a, b]\n"
                          "      base_distributions: {a: 90, b: 10}\n"
                          "    - property_name: price_band\n      property_values: [a, b]\n"
                          "      base_distributions: {a: 70, b: 30}\n");
    Window window(text);
    window.panel->filterEdit()->setText(QStringLiteral("price"));
    QCOMPARE(window.panel->groupCount(), 2);
    QPushButton* equalizeFirst = window.panel->group(0)->equalizeButton();
    // Renamed in the text, and clicked before the analysis of the new name has landed.
    window.editor->document()->setDelay(60'000);
    QByteArray renamed = text;
    renamed.replace("unit_price", "unit_cost");
    window.editor->replaceText(renamed);
    equalizeFirst->click();
    QCOMPARE(window.editor->content(), renamed); // price_band, now first on the page, untouched
    QVERIFY2(window.panel->messageLabel()->text().contains(QStringLiteral("unit_price")),
             qPrintable(window.panel->messageLabel()->text()));
    QCOMPARE(window.panel->groupCount(), 1);

    // Typing elsewhere keeps a property where it was on the page: the click still lands on it.
    QPushButton* equalizeBand = window.panel->group(0)->equalizeButton();
    QByteArray commented = renamed;
    commented.prepend("# note\n");
    window.editor->replaceText(commented);
    equalizeBand->click();
    QCOMPARE(window.editor->content(), QByteArray(commented).replace("{a: 70, b: 30}", "{a: 50, b: 50}"));
}

void TestDistributionPanel::bigSpecIsReadInTheBackground()
{
    QByteArray text("spec:\n  data_property_variations:\n");
    for (int p = 0; p < 6000; ++p) {
        text.append("    - {property_name: p").append(QByteArray::number(p));
        text.append(", property_values: [a, b, c], base_distributions: {a: 40, b: 30, c: 30}}\n");
    }
    SpecEditor editor(1, SpecKind::DataFramer);
    editor.document()->setDelay(1);
    editor.loadContent(text);
    DistributionPanel panel;
    panel.setEditor(&editor);
    editor.document()->analyseNow();
    QVERIFY(editor.document()->analysis()->tree.size() >= DistributionController::kReadInBackgroundFrom);
    QTRY_COMPARE(panel.groupCount(), DistributionPanel::kMaxGroups);
    // Only the page shown is read: the shares of 6,000 properties would be megabytes nobody sees.
    const DistributionController* controller = DistributionController::of(&editor);
    QCOMPARE(controller->distributions().properties.size(), DistributionPanel::kMaxGroups);
    QCOMPARE(controller->distributions().propertyCount, 6000);
    QVERIFY(panel.countLabel()->text().contains(QStringLiteral("first 100 of 6000")));
    // A filter reads its matches, on the worker too: p5999 is far past the first page.
    panel.filterEdit()->setText(QStringLiteral("P5999"));
    QTRY_COMPARE(panel.groupCount(), 1);
    QCOMPARE(controller->distributions().properties.first().index, 5999);
    QVERIFY(panel.countLabel()->text().contains(QStringLiteral("1 of 6000")));
    panel.filterEdit()->clear();
    QTRY_COMPARE(panel.groupCount(), DistributionPanel::kMaxGroups);
    PropertyGroupWidget* first = panel.group(0);
    first->setExpanded(true);
    Window::settle();
    // Typing elsewhere first: the panel must re-read before it writes.
    editor.SendScintilla(QsciScintillaBase::SCI_SETSEL, 0UL, 0L);
    editor.SendScintilla(QsciScintillaBase::SCI_REPLACESEL, 0UL, "# note\n");
    first->row(2)->slider()->setFocus();
    QTest::keyClick(first->row(2)->slider(), Qt::Key_End);
    QByteArray expected = "# note\n" + text;
    expected.replace(expected.indexOf("{a: 40, b: 30, c: 30}"), 21, "{a: 0, b: 0, c: 100}");
    QCOMPARE(editor.content(), expected);
}

QTEST_MAIN(TestDistributionPanel)
#include "TestDistributionPanel.moc"
