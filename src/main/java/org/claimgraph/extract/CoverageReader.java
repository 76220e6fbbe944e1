package org.claimgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note's own claim about how complete its annotation is, e.g.
 * "✅ 标注接近完成（约 99%，75/75+ 处已完成）" → percent 99, annotated 75, total "75+".
 */
final class CoverageReader {
    private CoverageReader() {}

    private static final Pattern COVERAGE = Pattern.compile(
            "(标注[^（(，,。\\n]{0,12})[（(]\\s*约?\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*[，,、]?\\s*(?:(\\d+)\\s*/\\s*(\\d+\\+?))?[^）)]*[）)]");

    static Model.CoverageClaim read(String text, int line) {
        if (text == null) return null;
        Matcher m = COVERAGE.matcher(text);
        if (!m.find()) return null;
        Double percent = Double.valueOf(m.group(2));
        Integer annotated = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        String total = m.group(4);
        String claimText = text.substring(m.start()).strip();
        int close = claimText.indexOf('）');
        if (close < 0) close = claimText.indexOf(')');
        if (close >= 0) claimText = claimText.substring(0, close + 1);
        return new Model.CoverageClaim(claimText, percent, annotated, total, line);
    }
}
