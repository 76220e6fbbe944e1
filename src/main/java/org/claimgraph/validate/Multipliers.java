package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For {@link MultiplierCheck}: the multipliers a text states and the factor each stands for (N for
 * "N×", "N 倍", "→1/N"; 1/(1−p) for "↓p%"; 1+p for "↑p%"/"提升 p%").
 */
final class Multipliers {
    private Multipliers() {}

    // "85 × 更小", "10×" (not "9×6" dimensions), "8.7 倍", "→1/10", "仅为 … 1/10", "↓90%", "降低 95 %", "提升 300%"
    private static final Pattern TIMES = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*×(?!\\s*\\d)");
    private static final Pattern BEI = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*倍");
    private static final Pattern FRACTION =
            Pattern.compile("(?:→|仅为|为|降至|降到)[^，,。；;|]*?(?<![\\d.])1\\s*/\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern DOWN_PCT = Pattern.compile("(?:↓|降低|下降|减少|缩小)\\s*(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern UP_PCT = Pattern.compile("(?:↑|提升|提高|增加)\\s*(\\d+(?:\\.\\d+)?)\\s*%");

    /**
     * A stated multiplier: its text, its factor, where it starts in the text and the table cell it
     * is in (-1 when the text is not a table row).
     */
    record Stated(String expression, double factor, int start, int cell) {}

    static List<Stated> stated(String text) {
        List<Stated> out = new ArrayList<>();
        String[] cells = text.split("\\|", -1);
        int offset = 0;
        for (int ci = 0; ci < cells.length; ci++) {
            String cell = cells[ci];
            int cellIndex = cells.length > 1 ? ci : -1;
            find(out, TIMES, cell, offset, cellIndex, m -> Double.parseDouble(m.group(1)));
            find(out, BEI, cell, offset, cellIndex, m -> Double.parseDouble(m.group(1)));
            find(out, FRACTION, cell, offset, cellIndex, m -> Double.parseDouble(m.group(1)));
            find(out, DOWN_PCT, cell, offset, cellIndex, m -> {
                double p = Double.parseDouble(m.group(1)) / 100.0;
                return p < 1 ? 1.0 / (1.0 - p) : Double.NaN;
            });
            find(out, UP_PCT, cell, offset, cellIndex, m -> 1.0 + Double.parseDouble(m.group(1)) / 100.0);
            offset += cell.length() + 1;
        }
        out.removeIf(s -> Double.isNaN(s.factor) || s.factor <= 0);
        out.sort(Comparator.comparingInt(Stated::start));
        return out;
    }

    private interface Factor {
        double of(Matcher m);
    }

    private static void find(List<Stated> out, Pattern p, String cell, int offset, int cellIndex, Factor f) {
        Matcher m = p.matcher(cell);
        while (m.find()) out.add(new Stated(m.group().trim(), f.of(m), offset + m.start(), cellIndex));
    }

    /** Text with the multiplier expressions removed, so their numbers are not taken for figures. */
    static String withoutMultipliers(String text) {
        String t = text;
        for (Pattern p : List.of(TIMES, BEI, FRACTION, DOWN_PCT, UP_PCT))
            t = p.matcher(t).replaceAll(" ");
        return t;
    }

    /** The words right before the multiplier in its clause ("镜像体积 →1/10" → "镜像体积"). */
    static String labelBefore(String text, Stated s) {
        int end = Math.min(Math.max(0, s.start()), text.length());
        String before = text.substring(0, end);
        int cut = -1;
        for (char c : new char[] {'，', ',', '。', '；', ';', '|', '：', ':'}) cut = Math.max(cut, before.lastIndexOf(c));
        String label = before.substring(cut + 1).replaceAll("[*→↓↑\\s]+", " ").trim();
        int sp = label.lastIndexOf(' ');
        return sp >= 0 ? label.substring(sp + 1) : label;
    }
}
