package org.claimgraph.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;

/**
 * Labelled incidents for fitting the risk model, read from CSV. The header names the columns;
 * {@code static}, {@code dynamic}, {@code uncertainty} (each in [0,1]) and {@code incident}
 * (0/1, or false/true) are required, any other column (layer, element, scenario, a date …) is
 * kept for the reader only. Blank lines and lines starting with {@code #} are skipped. Fields are
 * separated by commas and must not contain commas themselves.
 *
 * <p>Each row becomes the features of {@link MaturityOps#risk(double, double, double, RiskModel)}:
 * {@code x = (1 − static, |dynamic − static|, uncertainty)}, label {@code y = incident}.
 */
public record Incidents(DMatrixRMaj features, DMatrixRMaj labels) {
    public static final List<String> REQUIRED = List.of("static", "dynamic", "uncertainty", "incident");

    public int size() {
        return labels.numRows;
    }

    /** Reads and checks the file; the message of a {@link MatrixException} names file, line and column. */
    public static Incidents read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int[] col = null;
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split(",", -1);
            for (int j = 0; j < f.length; j++) f[j] = f[j].strip();
            String where = file + ":" + (i + 1);
            if (col == null) {
                List<String> header =
                        Arrays.stream(f).map(s -> s.toLowerCase(Locale.ROOT)).toList();
                col = new int[REQUIRED.size()];
                for (int r = 0; r < col.length; r++) {
                    col[r] = header.indexOf(REQUIRED.get(r));
                    if (col[r] < 0)
                        throw new MatrixException(where + ": the header has no column '" + REQUIRED.get(r)
                                + "' (required: " + String.join(", ", REQUIRED) + ")");
                }
                continue;
            }
            double[] v = new double[4];
            for (int r = 0; r < 4; r++) {
                if (col[r] >= f.length) throw new MatrixException(where + ": missing column '" + REQUIRED.get(r) + "'");
                String s = f[col[r]];
                if (r == 3 && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                    v[r] = s.equalsIgnoreCase("true") ? 1 : 0;
                    continue;
                }
                try {
                    v[r] = Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new MatrixException(
                            where + ": column '" + REQUIRED.get(r) + "' = '" + s + "' is not a number");
                }
                if (r < 3 && !(v[r] >= 0 && v[r] <= 1))
                    throw new MatrixException(
                            where + ": column '" + REQUIRED.get(r) + "' = " + s + " is outside [0,1]");
                if (r == 3 && v[r] != 0 && v[r] != 1)
                    throw new MatrixException(where + ": column 'incident' = " + s + " must be 0 or 1");
            }
            rows.add(v);
        }
        if (col == null) throw new MatrixException(file + ": empty file (no header)");
        DMatrixRMaj x = new DMatrixRMaj(rows.size(), 3), y = new DMatrixRMaj(rows.size(), 1);
        for (int i = 0; i < rows.size(); i++) {
            double[] v = rows.get(i);
            x.set(i, 0, 1 - v[0]);
            x.set(i, 1, Math.abs(v[1] - v[0]));
            x.set(i, 2, v[2]);
            y.data[i] = v[3];
        }
        return new Incidents(x, y);
    }
}
