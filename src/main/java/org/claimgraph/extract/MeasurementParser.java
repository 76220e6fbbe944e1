package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with units in prose and table cells. Units are normalised: ms, us, s, min, KB, MB, GB,
 * %, QPS, x (multipliers: "85 ×", "提升 8.7 倍", "→1/10", "10×"), pods, nodes, USD.
 */
final class MeasurementParser {
    private MeasurementParser() {}

    private static final String NUM = "(\\d{1,3}(?:[ ,]\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)";
    static final Pattern FRACTION = Pattern.compile("(→|->|↓|降至|缩小到|减少到)\\s*1\\s*/\\s*(\\d+(?:\\.\\d+)?)");
    static final Pattern TIMES_WORD = Pattern.compile("(?:提升|提高|快|降低|减少|缩小)\\s*" + NUM + "\\s*倍");
    /** The unit alternatives of {@link #FIGURE}: each starts with a literal char of {@link #UNIT_FIRST}. */
    static final String UNITS =
            "万\\s*(?:QPS|TPS|个请求)|k\\s*QPS|QPS|TPS|RPS|MB/s|GB/s|µs|μs|us(?![a-zA-Z])|ms(?![a-zA-Z])"
                    + "|毫秒|s(?![a-zA-Z])|秒|min(?![a-zA-Z])|分钟|小时|KB|MB|GB|TB|Gi(?![a-zA-Z])|Mi(?![a-zA-Z])|%"
                    + "|×(?!\\s*[0-9⁰-⁹¹²³])|x(?![a-zA-Z0-9])|倍|Pod|pod|个节点|节点|nodes?(?![a-zA-Z])|美元|核";

    static final Pattern FIGURE = Pattern.compile("(↓|↑|→|~|≈|≤|<=|<|≥|>=|>)?\\s*(?<![A-Za-z0-9_.⁰-⁹])" + NUM
            + "(?:\\s*[~～\\-–—]\\s*" + NUM + ")?\\s*(" + UNITS + ")");

    private static final Pattern SEPARATORS = Pattern.compile("[ ,]");

    static List<Model.Measurement> find(String text, String metric, String environment, int line) {
        List<Model.Measurement> out = new ArrayList<>();
        if (text == null || !hasDigit(text)) return out; // every pattern needs a digit: most text has none
        // the chars of the fractions and multiplier words found, allocated at the first one: no figure is read
        // inside them (a figure's own chars need no mark: the next figure is looked for after it)
        boolean[] used = null;
        // a fraction needs a "1 /" after its sign, a multiplier word a '倍': most texts have neither
        if (mayHoldFraction(text)) {
            Matcher f = FRACTION.matcher(text);
            while (f.find()) {
                double d = Double.parseDouble(f.group(2));
                if (d == 0) continue;
                out.add(new Model.Measurement(metric, 1.0 / d, "x", f.group().strip(), null, environment, line));
                used = mark(used, text, f.start(), f.end());
            }
        }
        if (text.indexOf('倍') >= 0) {
            Matcher t = TIMES_WORD.matcher(text);
            while (t.find()) {
                if (used != null && used[t.start()]) continue;
                out.add(new Model.Measurement(
                        metric, number(t.group(1)), "x", t.group().strip(), null, environment, line));
                used = mark(used, text, t.start(), t.end());
            }
        }
        Matcher m = null; // made at the first start the regex is tried at: most digits start no figure
        for (int from = 0; (m = nextFigure(m, text, from)) != null; from = m.end()) {
            if (used != null && used[m.start(2)]) continue;
            // the unit as written: the spaces inside "万 QPS", "k\tQPS" change nothing unit() returns (they end
            // in QPS or 个请求), so they are not made one space first
            String unitRaw = m.group(4);
            double v = number(m.group(2));
            String unit = unit(unitRaw);
            // of the unit alternatives only k\s*QPS starts with a lower-case k
            if (unitRaw.charAt(0) == 'k') v *= 1000;
            if (unitRaw.startsWith("万")) v *= 10000;
            // "100 k QPS" written with the k before the unit
            out.add(new Model.Measurement(metric, v, unit, m.group().strip(), null, environment, line));
        }
        return out;
    }

    /**
     * Whether {@link #FRACTION} can match in {@code text}: a '/' with a '1' before it and, before that, the last
     * char of a sign ({@code → -> ↓ 降至 缩小到 减少到}), whitespace allowed between. Most '/' are in URLs and
     * units (MB/s), where the regex was tried at every char of the text.
     */
    static boolean mayHoldFraction(String text) {
        for (int i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
            int j = i - 1;
            while (j >= 0 && Text.isRegexSpace(text.charAt(j))) j--;
            if (j < 0 || text.charAt(j) != '1') continue;
            j--;
            while (j >= 0 && Text.isRegexSpace(text.charAt(j))) j--;
            if (j >= 0 && "→>↓至到".indexOf(text.charAt(j)) >= 0) return true;
        }
        return false;
    }

    /**
     * Whether {@link #find} finds anything in {@code text}, without reading a figure: a fraction that is not
     * 1/0, else (no char then used) a multiplier word, else a figure.
     */
    static boolean hasFigure(String text) {
        if (text == null || !hasDigit(text)) return false;
        if (mayHoldFraction(text)) {
            Matcher f = FRACTION.matcher(text);
            while (f.find()) if (Double.parseDouble(f.group(2)) != 0) return true;
        }
        if (text.indexOf('倍') >= 0 && TIMES_WORD.matcher(text).find()) return true;
        return nextFigure(null, text, 0) != null;
    }

    /**
     * As {@code m.find()} from {@code from} (the matcher returned, made when {@code m} is null; null when no
     * figure is found), trying only the starts a figure can have: a figure's number
     * starts with a digit, before it only an operator of at most two chars and whitespace. Trying every
     * char of every text was the largest cost of this class in large notes.
     *
     * <p>The number of a match tried from {@code p} starts at the first digit {@code d} at or after
     * {@code p} (only operator and whitespace chars may come between), so a digit right after a letter,
     * digit, {@code _ . ⁰-⁹} (the look-behind before the number) starts no figure, and a start before the
     * digit needs an operator or whitespace char there. The unit comes right after the run of number, range
     * and space chars that starts at the digit ({@link #afterNumber}): where no unit can start there, no figure
     * starts at any digit of the run, and the regex is not tried (most digits are dates, versions, counts).
     */
    private static Matcher nextFigure(Matcher m, String text, int from) {
        int lo = from; // starts below lo were tried
        for (int d = from; (d = nextDigit(text, d)) >= 0; d++) {
            if (d > 0 && joinsNumber(text.charAt(d - 1))) {
                lo = d + 1;
                continue;
            }
            int e = afterNumber(text, d);
            if (e == text.length() || !canStartUnit(text.charAt(e))) {
                // no unit can follow the number at d, nor at any digit up to e (they share its end e)
                lo = e;
                d = e - 1;
                continue;
            }
            int s = d;
            while (s > lo && text.charAt(s - 1) <= ' ') s--; // a superset of the regex's \s
            for (int p = Math.max(lo, s - 2); p <= d; p++) {
                if (p < d && !canStartBeforeNumber(text.charAt(p))) continue;
                if (m == null) m = FIGURE.matcher(text).useTransparentBounds(true);
                m.region(p, text.length());
                if (m.lookingAt()) return m;
            }
            lo = d + 1;
        }
        return null;
    }

    /**
     * The end of the run of chars from {@code d} that a figure's numbers, range sign and the spaces before its
     * unit can be made of ({@code 0-9 . ,} whitespace {@code ~ ～ - – —}, a superset): a figure whose number
     * starts at {@code d}, or at any digit of the run, has its unit start exactly there (no unit starts with
     * one of these chars).
     */
    private static int afterNumber(String text, int d) {
        int i = d;
        while (i < text.length() && inNumberRun(text.charAt(i))) i++;
        return i;
    }

    private static boolean inNumberRun(char c) {
        return (c >= '0' && c <= '9')
                || c == '.'
                || c == ','
                || c <= ' '
                || c == '~'
                || c == '～'
                || c == '-'
                || c == '–'
                || c == '—';
    }

    /** The first chars of the unit alternatives of {@link #FIGURE}. */
    static final String UNIT_FIRST = "万kQTRMGµμum毫s秒分小K%×x倍Pp个节n美核";

    private static boolean canStartUnit(char c) {
        return UNIT_FIRST.indexOf(c) >= 0;
    }

    /** The chars of the look-behind {@code (?<![A-Za-z0-9_.⁰-⁹])} before a figure's number. */
    private static boolean joinsNumber(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '_'
                || c == '.'
                || (c >= '⁰' && c <= '⁹');
    }

    /** The first char of an operator of {@link #FIGURE} ({@code ↓ ↑ → ~ ≈ ≤ <= < ≥ >= >}) or of the regex's \s. */
    private static boolean canStartBeforeNumber(char c) {
        return ("↓↑→~≈≤<≥>" + Text.REGEX_SPACES).indexOf(c) >= 0;
    }

    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) if (text.charAt(i) >= '0' && text.charAt(i) <= '9') return i;
        return -1;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= '0' && text.charAt(i) <= '9') return true;
        return false;
    }

    /** Marks chars s..e-1 of {@code text} as used, in {@code used} or, when null, in a new array. */
    private static boolean[] mark(boolean[] used, String text, int s, int e) {
        boolean[] u = used != null ? used : new boolean[text.length() + 1];
        for (int i = s; i < e && i < u.length; i++) u[i] = true;
        return u;
    }

    static double number(String s) {
        try {
            return Double.parseDouble(
                    s.indexOf(' ') < 0 && s.indexOf(',') < 0
                            ? s
                            : SEPARATORS.matcher(s).replaceAll(""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String unit(String raw) {
        String u = raw.strip();
        return switch (u) {
            case "µs", "μs", "us" -> "us";
            case "ms", "毫秒" -> "ms";
            case "小时" -> "h";
            case "TPS", "RPS", "万 个请求", "万个请求" -> "QPS";
            case "MB/s" -> "MB/s";
            case "GB/s" -> "GB/s";
            case "s", "秒" -> "s";
            case "min", "分钟" -> "min";
            case "KB" -> "KB";
            case "MB", "Mi" -> "MB";
            case "GB", "Gi" -> "GB";
            case "TB" -> "TB";
            case "%" -> "%";
            case "×", "x", "倍" -> "x";
            case "Pod", "pod" -> "pods";
            case "节点", "个节点", "node", "nodes" -> "nodes";
            case "美元" -> "USD";
            case "核" -> "cores";
            default -> u.toUpperCase(Locale.ROOT).endsWith("QPS") || u.endsWith("TPS") || u.endsWith("个请求") ? "QPS" : u;
        };
    }
}
