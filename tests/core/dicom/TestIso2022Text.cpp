#include "dicom/Iso2022Text.h"

#include <QTest>

using namespace sightline;

// DICOM names in ISO 2022 code extensions, from the standard's own examples (PS3.5 Annexes H
// and I): Japanese with JIS X 0208 and with half-width katakana, Korean with KS X 1001. DCMTK on
// glibc left the Japanese ones as raw escape sequences.
class TestIso2022Text : public QObject {
    Q_OBJECT

private slots:
    void decodes_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("text");
        QTest::newRow("Japanese, JIS X 0208 (H.3.1)")
            << QByteArray("Yamada^Tarou=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B=\x1b$B$d$^$@\x1b(B^"
                          "\x1b$B$?$m$&\x1b(B")
            << "\\ISO 2022 IR 87" << QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう");
        QTest::newRow("Japanese, half-width katakana first (H.3.2)")
            << QByteArray("\xd4\xcf\xc0\xde^\xc0\xdb\xb3=\x1b$B;3ED\x1b(J^\x1b$BB@O:\x1b(J="
                          "\x1b$B$d$^$@\x1b(J^\x1b$B$?$m$&\x1b(J")
            << "ISO 2022 IR 13\\ISO 2022 IR 87"
            << QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう");
        QTest::newRow("Korean, KS X 1001 (I.2)")
            << QByteArray("Hong^Gildong=\x1b$)C\xfb\xf3^\x1b$)C\xd1\xce\xd4\xd7=\x1b$)C\xc8\xab^"
                          "\x1b$)C\xb1\xe6\xb5\xbf")
            << "\\ISO 2022 IR 149" << QStringLiteral("Hong^Gildong=洪^吉洞=홍^길동");
        QTest::newRow("plain ASCII")
            << QByteArray("Doe^Jane") << "\\ISO 2022 IR 87" << QStringLiteral("Doe^Jane");
    }
    void decodes() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, charset);
        QFETCH(QString, text);
        const QStringList terms = charset.split(QLatin1Char('\\'));
        QVERIFY(Iso2022Text::isNeededFor(terms));
        const auto decoded = Iso2022Text::decode(bytes, terms);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, text);
    }

    void refusesWhatItCannotRead() {
        const QStringList japanese{QString(), QStringLiteral("ISO 2022 IR 87")};
        QVERIFY(!Iso2022Text::decode(QByteArray("a\x1b$Zxx"), japanese));      // unknown escape
        QVERIFY(!Iso2022Text::decode(QByteArray("a\x1b$"), japanese));         // cut short
        QVERIFY(!Iso2022Text::decode(QByteArray("\x1b)I\x41\xe0"), japanese)); // not katakana
        QVERIFY(!Iso2022Text::isNeededFor({QStringLiteral("ISO_IR 100")}));
    }
};

QTEST_GUILESS_MAIN(TestIso2022Text)
#include "TestIso2022Text.moc"
