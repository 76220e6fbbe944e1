package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link MeasurementParser#find} tries only the starts a figure can have: it finds what the plain scan found. */
class MeasurementParserTest {

    /** The former scan: every pattern tried at every char. */
    private static List<Model.Measurement> plainScan(String text, int line) {
        List<Model.Measurement> out = new ArrayList<>();
        boolean[] used = new boolean[text.length() + 1];
        Matcher f = MeasurementParser.FRACTION.matcher(text);
        while (f.find()) {
            double d = Double.parseDouble(f.group(2));
            if (d == 0) continue;
            out.add(new Model.Measurement(null, 1.0 / d, "x", f.group().strip(), null, null, line));
            for (int i = f.start(); i < f.end(); i++) used[i] = true;
        }
        Matcher t = MeasurementParser.TIMES_WORD.matcher(text);
        while (t.find()) {
            if (used[t.start()]) continue;
            out.add(new Model.Measurement(
                    null, MeasurementParser.number(t.group(1)), "x", t.group().strip(), null, null, line));
            for (int i = t.start(); i < t.end(); i++) used[i] = true;
        }
        Matcher m = MeasurementParser.FIGURE.matcher(text);
        while (m.find()) {
            if (used[m.start(2)]) continue;
            String unitRaw = m.group(4).replaceAll("\\s+", " ");
            double v = Double.parseDouble(m.group(2).replaceAll("[ ,]", ""));
            if (unitRaw.toLowerCase(Locale.ROOT).startsWith("k ")
                    || unitRaw.toLowerCase(Locale.ROOT).startsWith("kqps")) v *= 1000;
            if (unitRaw.startsWith("万")) v *= 10000;
            out.add(new Model.Measurement(
                    null, v, MeasurementParser.unit(unitRaw), m.group().strip(), null, null, line));
            for (int i = m.start(); i < m.end(); i++) used[i] = true;
        }
        return out;
    }

    @Test
    void findsWhatThePlainScanFound() throws IOException {
        List<String> cases = List.of(
                "延迟 ↓ 120 ms，吞吐 ≥ 3 000 QPS，体积 13 MB → 0.9 MB",
                "提升 8.7 倍，冷启动 →1/10，10× 更快，85 × 提升",
                "a1 ms, x2 s, 3.5.1 版本, 1,200,300 nodes, <=  5 %, >= 7 Pod",
                "1 / 0 倍 1/0 → 1 / 3",
                "  \t12\u3000ms 5万 QPS 100 k QPS 2 kQPS",
                "1 2 3 4 5 6 7 8 9 0 ms",
                "5 k\tQPS 3万\t个请求 2 万\u000BTPS 7 k \n QPS 8 万\f\fQPS",
                "→1/0",
                "降至 1 / 000 个",
                "→ 1\t/ 4",
                "降至1\n/2",
                "减少到\u000B1\f/3");
        String[] atoms = {
            "1",
            "23",
            "4.5",
            " ",
            "  ",
            "\t",
            ",",
            "000",
            "ms",
            "s",
            "%",
            "QPS",
            "k",
            "万",
            "倍",
            "提升",
            "→",
            "->",
            "/",
            "≤",
            "<=",
            ">",
            "~",
            "-",
            "–",
            "x",
            "×",
            "a",
            "_",
            ".",
            "中",
            "节点",
            "Pod",
            "MB",
            "Gi",
            "¹",
            "⁴",
            "↓",
            "≈",
            "v",
            "\n",
            "～",
            "—",
            "µs",
            "μs",
            "us",
            "min",
            "毫秒",
            "小时",
            "分钟",
            "TB",
            "RPS",
            "MB/s",
            "个节点",
            "美元",
            "核",
            "nodes",
            "万 个请求",
            "Mi",
            "\u0001",
            "年",
            ")",
            "KB",
            "K",
            "\f",
            "降至",
            "缩小到",
            "减少到",
            "到",
            "1/",
            "https://a/b",
            "→1/",
            "-> 1 / ",
            "↓\t1/",
            "缩小到 1 /"
        };
        List<String> texts = ScanCorpus.texts(cases, atoms, 14);
        int found = 0, fractions = 0, slashSkipped = 0;
        for (String text : texts) {
            List<Model.Measurement> want = plainScan(text, 3);
            assertEquals(want, MeasurementParser.find(text, null, null, 3), text);
            assertEquals(!want.isEmpty(), MeasurementParser.hasFigure(text), text);
            if (MeasurementParser.FRACTION.matcher(text).find()) {
                fractions++;
                assertTrue(MeasurementParser.mayHoldFraction(text), text);
            } else if (text.indexOf('/') >= 0 && !MeasurementParser.mayHoldFraction(text)) slashSkipped++;
            if (!want.isEmpty()) found++;
        }
        assertTrue(found > 1500, "texts with a figure: " + found);
        assertTrue(fractions > 300 && slashSkipped > 500, fractions + " with a fraction, " + slashSkipped + " skipped");
    }

    /**
     * A number is tried only when the char after its run of digits, separators, range signs and spaces can start
     * a unit ({@link MeasurementParser#UNIT_FIRST}): every unit alternative must start with a literal char of it.
     */
    @Test
    void everyUnitStartsWithACharOfUnitFirst() {
        int checked = 0;
        for (String alt : RegexAlternatives.topLevel(MeasurementParser.UNITS)) {
            char c = alt.charAt(0);
            assertTrue(
                    RegexAlternatives.literalStart(alt), "alternative " + alt + " does not start with a literal char");
            assertTrue(MeasurementParser.UNIT_FIRST.indexOf(c) >= 0, "'" + c + "' of unit " + alt);
            checked++;
        }
        assertTrue(checked >= 30, "unit alternatives checked: " + checked);
        assertTrue(MeasurementParser.FIGURE.pattern().endsWith("\\s*(" + MeasurementParser.UNITS + ")"));
    }
}
