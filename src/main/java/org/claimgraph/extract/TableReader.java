package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GFM table: decides its kind (performance figures, technology × scenario matrix, numeric
 * maturity matrix, other) and produces its rows, maturity observations and matrix cells.
 */
final class TableReader {
    private static final Pattern STATIC_SUFFIX = Pattern.compile("[-－]?静$");
    private static final Pattern DYNAMIC_SUFFIX = Pattern.compile("[-－]?动$");
    private static final Pattern BEFORE_UNIT = Pattern.compile("^.*?(?=QPS|ms|MB|GB|%|节点|Pod)");
    private static final Pattern HAS_UNIT = Pattern.compile(".*(QPS|ms|MB|GB|%|节点|Pod).*");

    private TableReader() {}

    private static final Pattern MATURITY_CORNER = Pattern.compile("^\\s*e\\s*\\\\?\\s*[/\\\\]?\\s*s\\s*$");
    private static final Pattern ELEMENT_PREFIX = Pattern.compile("^e[₀-₉0-9]+\\s*");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,3}(?:[ ,]\\d{3})+|\\d+(?:\\.\\d+)?)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*$");
    private static final Pattern LAYER = Pattern.compile(
            "(?:A⁽[⁰-⁹¹²³ⁱʲᵏ]+⁾\\s*[=＝]\\s*([A-Za-z0-9\\u4e00-\\u9fa5-]+?)\\s*层)|(?:以\\s*([A-Za-z0-9\\u4e00-\\u9fa5-]+?)\\s*层)|(?:[（(]([A-Za-z0-9\\u4e00-\\u9fa5-]+?)层[）)])");

    static boolean isMissing(String cell) {
        String t = cell.strip();
        return t.equals("…") || t.equals("...") || t.equals("⋯") || t.isEmpty() || t.equals("-") || t.equals("—");
    }

    static Model.TableKind kind(List<String> header, List<List<String>> rows) {
        if (header.isEmpty()) return Model.TableKind.OTHER;
        String corner = Text.plain(header.get(0));
        if (corner.contains("维度") && corner.contains("场景")) return Model.TableKind.SCENARIO_MATRIX;
        if (MATURITY_CORNER.matcher(corner).matches()) {
            int numeric = 0, total = 0;
            for (List<String> r : rows)
                for (int j = 1; j < r.size(); j++) {
                    if (isMissing(r.get(j))) continue;
                    total++;
                    if (NUMBER.matcher(r.get(j)).matches()) numeric++;
                }
            if (total > 0 && numeric * 10 >= total * 8) return Model.TableKind.MATURITY;
        }
        return mostlyFigures(rows) ? Model.TableKind.PERFORMANCE : Model.TableKind.OTHER;
    }

    /**
     * Whether at least half of the body cells after the first column hold a figure (as written, before they are
     * made plain). Stops once the cells left can no longer change the answer, and asks only whether a cell has
     * a figure ({@link MeasurementParser#hasFigure}), not what it reads.
     */
    static boolean mostlyFigures(List<List<String>> rows) {
        int cells = 0;
        for (List<String> r : rows) cells += Math.max(0, r.size() - 1);
        int withFigure = 0, left = cells;
        for (List<String> r : rows)
            for (int j = 1; j < r.size(); j++) {
                if (withFigure * 2 >= cells) return true;
                if ((withFigure + left) * 2 < cells) return false;
                left--;
                if (MeasurementParser.hasFigure(r.get(j))) withFigure++;
            }
        return cells > 0 && withFigure * 2 >= cells;
    }

    /** The layer a maturity table describes, from the text just above it ("A⁽²⁾ = K8s 层", "（流水线层）"). */
    static String layer(String context) {
        Matcher m = LAYER.matcher(context);
        String found = null;
        while (m.find()) {
            for (int g = 1; g <= 3; g++) if (m.group(g) != null) found = m.group(g);
        }
        return found == null ? "unknown" : found;
    }

    static List<Model.MaturityObservation> maturity(
            int tableIndex, String layer, List<String> header, List<List<String>> rows, List<Integer> rowLines) {
        List<Model.MaturityObservation> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.isEmpty() || isMissing(r.get(0))) continue;
            String element = ELEMENT_PREFIX
                    .matcher(Text.plain(r.get(0)))
                    .replaceFirst("")
                    .strip();
            for (int j = 1; j < r.size() && j < header.size(); j++) {
                String h = Text.plain(header.get(j));
                if (isMissing(h)) continue;
                Matcher v = NUMBER.matcher(r.get(j));
                if (!v.matches()) continue;
                double value = Double.parseDouble(v.group(1));
                if (value < 0 || value > 1) continue;
                String phase = "static";
                String scenario = h;
                if (h.endsWith("-静") || h.endsWith("静")) {
                    phase = "static";
                    scenario = STATIC_SUFFIX.matcher(h).replaceAll("");
                } else if (h.endsWith("-动") || h.endsWith("动")) {
                    phase = "dynamic";
                    scenario = DYNAMIC_SUFFIX.matcher(h).replaceAll("");
                }
                out.add(new Model.MaturityObservation(
                        tableIndex, layer, element, scenario.strip(), phase, value, rowLines.get(i)));
            }
        }
        return out;
    }

    /**
     * @param header the header cells, made plain ({@link Text#plain} of the raw cells)
     * @param rows the body rows' cells, made plain
     */
    static List<Model.MatrixCell> matrix(
            int tableIndex, List<String> header, List<List<String>> rows, List<Integer> rowLines) {
        List<Model.MatrixCell> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.isEmpty()) continue;
            String dim = r.get(0);
            for (int j = 1; j < r.size() && j < header.size(); j++) {
                String text = r.get(j);
                if (text.isEmpty()) continue;
                out.add(new Model.MatrixCell(
                        tableIndex, dim, header.get(j), text, ToolCatalog.find(text), rowLines.get(i)));
            }
        }
        return out;
    }

    /**
     * Measurements of a row: one per figure, metric "row label / column header".
     *
     * @param header the column names of the metrics: {@link Text#plain} of the plain header cells (plain is not
     *     idempotent, and the metric names have always been made plain twice), made once per table
     * @param row the row's cells, made plain
     */
    static List<Model.Measurement> rowMeasurements(
            List<String> header, List<String> row, String environment, int line) {
        List<Model.Measurement> out = new ArrayList<>();
        if (row.isEmpty()) return out;
        String label = row.get(0);
        for (int j = 1; j < row.size(); j++) {
            String cell = row.get(j);
            // every figure and a bare number need a digit: a cell without one gives nothing, so its metric
            // name is not built (most cells are words)
            if (!MeasurementParser.hasDigit(cell)) continue;
            String h = j < header.size() ? header.get(j) : "";
            String metric = h.isEmpty() ? label : label + " / " + h;
            List<Model.Measurement> found = MeasurementParser.find(cell, metric, environment, line);
            Matcher bare = found.isEmpty() ? BARE_NUMBER.matcher(cell) : null;
            if (bare != null && bare.matches()) {
                // "3 200" under a "单核 QPS" header: the unit is in the header
                List<Model.Measurement> unitOnly =
                        MeasurementParser.find("1 " + BEFORE_UNIT.matcher(h).replaceAll(""), metric, environment, line);
                if (!unitOnly.isEmpty() && HAS_UNIT.matcher(h).matches()) {
                    found = List.of(new Model.Measurement(
                            metric,
                            MeasurementParser.number(bare.group(1)),
                            unitOnly.get(0).unit(),
                            cell,
                            null,
                            environment,
                            line));
                }
            }
            out.addAll(found);
        }
        // the figures that are not multipliers: when there are two, each names the other as its pair
        Model.Measurement first = null, second = null;
        int plainFigures = 0;
        for (Model.Measurement m : out) {
            if (m.unit().equals("x")) continue;
            if (plainFigures == 0) first = m;
            else if (plainFigures == 1) second = m;
            plainFigures++;
        }
        if (plainFigures == 2) {
            List<Model.Measurement> paired = new ArrayList<>();
            for (Model.Measurement m : out) {
                if (m.unit().equals("x")) {
                    paired.add(m);
                    continue;
                }
                Model.Measurement other = m == first ? second : first;
                paired.add(new Model.Measurement(
                        m.metric(), m.value(), m.unit(), m.raw(), other.raw(), m.environment(), m.line()));
            }
            return paired;
        }
        return out;
    }
}
