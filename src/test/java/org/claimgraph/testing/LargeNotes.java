package org.claimgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Large notes made of the project's own example notes ({@code examples/*.md}, in name order) repeated, each
 * followed by a blank line, until the text reaches a size in UTF-8 bytes: what the large-note benchmarks and
 * tests read. The same size always gives the same text.
 */
public final class LargeNotes {
    private LargeNotes() {}

    /** The texts of {@code examples/*.md}, sorted by file name. */
    public static List<String> examples() {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(Path.of("examples"))) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) out.add(Files.readString(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example notes in examples/", e);
        }
        return out;
    }

    /**
     * Writes a large note for the command-line benchmarks: {@code LargeNotes MiB FILE}, e.g.
     * {@code java -cp target/test-classes org.claimgraph.testing.LargeNotes 4 /tmp/notes/big.md}
     * (run from the project folder, where {@code examples/} is).
     */
    public static void main(String[] args) throws IOException {
        double mib = args.length == 2 ? mebibytes(args[0]) : -1;
        if (!(mib > 0)) {
            System.err.println("usage: LargeNotes MiB FILE   (the example notes repeated to MiB mebibytes; MiB > 0,"
                    + " e.g. 4 or 0.5)" + (args.length == 2 ? ": not a size: " + args[0] : ""));
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        String text = of(examples(), (long) (mib * 1024 * 1024));
        Files.writeString(out, text);
        System.out.println(out + ": " + text.getBytes(StandardCharsets.UTF_8).length + " bytes");
    }

    private static double mebibytes(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code examples} repeated in order until at least {@code targetBytes} UTF-8 bytes. */
    public static String of(List<String> examples, long targetBytes) {
        StringBuilder sb = new StringBuilder();
        long bytes = 0;
        for (int i = 0; bytes < targetBytes; i++) {
            String piece = examples.get(i % examples.size()) + "\n\n";
            sb.append(piece);
            bytes += piece.getBytes(StandardCharsets.UTF_8).length;
        }
        return sb.toString();
    }
}
