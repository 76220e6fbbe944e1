package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link TableReader#rowMeasurements} skips cells without a digit: it reads what the former code read. */
class TableReaderTest {
    private static final Pattern BEFORE_UNIT = Pattern.compile("^.*?(?=QPS|ms|MB|GB|%|节点|Pod)");
    private static final Pattern HAS_UNIT = Pattern.compile(".*(QPS|ms|MB|GB|%|节点|Pod).*");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,3}(?:[ ,]\\d{3})+|\\d+(?:\\.\\d+)?)\\s*$");

    /** The former code: every cell read, a bare-number matcher per cell, the plain figures by a stream. */
    private static List<Model.Measurement> former(List<String> header, List<String> row, String env, int line) {
        List<Model.Measurement> out = new ArrayList<>();
        if (row.isEmpty()) return out;
        String label = row.get(0);
        for (int j = 1; j < row.size(); j++) {
            String h = j < header.size() ? header.get(j) : "";
            String metric = h.isEmpty() ? label : label + " / " + h;
            String cell = row.get(j);
            List<Model.Measurement> found = MeasurementParser.find(cell, metric, env, line);
            Matcher bare = BARE_NUMBER.matcher(cell);
            if (found.isEmpty() && bare.matches()) {
                List<Model.Measurement> unitOnly =
                        MeasurementParser.find("1 " + BEFORE_UNIT.matcher(h).replaceAll(""), metric, env, line);
                if (!unitOnly.isEmpty() && HAS_UNIT.matcher(h).matches()) {
                    found = List.of(new Model.Measurement(
                            metric,
                            MeasurementParser.number(bare.group(1)),
                            unitOnly.get(0).unit(),
                            cell,
                            null,
                            env,
                            line));
                }
            }
            out.addAll(found);
        }
        List<Model.Measurement> plainFigures =
                out.stream().filter(m -> !m.unit().equals("x")).toList();
        if (plainFigures.size() == 2) {
            List<Model.Measurement> paired = new ArrayList<>();
            for (Model.Measurement m : out) {
                if (m.unit().equals("x")) {
                    paired.add(m);
                    continue;
                }
                Model.Measurement other = m == plainFigures.get(0) ? plainFigures.get(1) : plainFigures.get(0);
                paired.add(new Model.Measurement(
                        m.metric(), m.value(), m.unit(), m.raw(), other.raw(), m.environment(), m.line()));
            }
            return paired;
        }
        return out;
    }

    /** The former check: every body cell after the first column read by the figure parser. */
    private static boolean formerMostlyFigures(List<List<String>> rows) {
        int withFigure = 0, cells = 0;
        for (List<String> r : rows)
            for (int j = 1; j < r.size(); j++) {
                cells++;
                if (!MeasurementParser.find(r.get(j), "", null, 0).isEmpty()) withFigure++;
            }
        return cells > 0 && withFigure * 2 >= cells;
    }

    @Test
    void aTableIsMostlyFiguresAsTheFormerCheckSaid() {
        String[] atoms = {
            "1",
            "23",
            "4.5",
            " ",
            "ms",
            "QPS",
            "%",
            "倍",
            "提升 8.7 倍",
            "→1/10",
            "1/0",
            "中文",
            "a",
            "-",
            "**",
            "12 ms",
            "3 %",
            "5 QPS",
            "1.2 GB"
        };
        Random r = new Random(18);
        int yes = 0, no = 0;
        for (int k = 0; k < 20_000; k++) {
            List<List<String>> rows = new ArrayList<>();
            for (int i = r.nextInt(6); i > 0; i--) {
                List<String> row = new ArrayList<>();
                for (int j = r.nextInt(5); j > 0; j--) {
                    StringBuilder cell = new StringBuilder();
                    for (int a = r.nextInt(3); a > 0; a--) cell.append(atoms[r.nextInt(atoms.length)]);
                    row.add(cell.toString());
                }
                rows.add(row);
            }
            boolean want = formerMostlyFigures(rows);
            assertEquals(want, TableReader.mostlyFigures(rows), rows.toString());
            if (want) yes++;
            else no++;
        }
        assertTrue(yes > 3000 && no > 3000, yes + " mostly figures, " + no + " not");
    }

    @Test
    void rowMeasurementsReadWhatTheFormerCodeRead() {
        String[] headers = {"", "延迟", "单核 QPS", "内存 MB", "冷启动 ms", "占比 %", "节点", "Pod 数", "说明", "吞吐（万 QPS）"};
        String[] atoms = {
            "1",
            "23",
            "4.5",
            "3 200",
            "1,200",
            " ",
            "ms",
            "QPS",
            "MB",
            "%",
            "倍",
            "×",
            "x",
            "→1/10",
            "提升 8.7 倍",
            "K3s",
            "中文",
            "—",
            "-",
            "~",
            "a",
            "\t",
            "v1.2.3",
            "节点",
            "Pod",
            "GB",
            "k QPS",
            "0"
        };
        Random r = new Random(18);
        int found = 0, paired = 0, bare = 0;
        for (int k = 0; k < 20_000; k++) {
            List<String> header = new ArrayList<>(), row = new ArrayList<>();
            int cols = 1 + r.nextInt(5);
            for (int j = 0; j < cols; j++) {
                header.add(headers[r.nextInt(headers.length)]);
                StringBuilder cell = new StringBuilder();
                for (int i = r.nextInt(4); i > 0; i--) cell.append(atoms[r.nextInt(atoms.length)]);
                row.add(cell.toString());
            }
            if (r.nextInt(4) == 0) header.remove(header.size() - 1); // a row longer than its header
            List<Model.Measurement> want = former(header, row, "env", 9);
            assertEquals(want, TableReader.rowMeasurements(header, row, "env", 9), row + " under " + header);
            if (!want.isEmpty()) found++;
            if (want.stream().anyMatch(m -> m.comparedWith() != null)) paired++;
            if (want.stream().anyMatch(m -> BARE_NUMBER.matcher(m.raw()).matches())) bare++;
        }
        assertTrue(
                found > 5000 && paired > 200 && bare > 200,
                found + " rows with a figure, " + paired + " paired, " + bare + " with a bare number");
    }
}
