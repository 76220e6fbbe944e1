package org.claimgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of the CommonMark ({@code spec.txt}) and GitHub Flavored Markdown
 * ({@code gfm-spec.txt}) specifications, read from the {@code org.commonmark:commonmark-test-util}
 * test dependency (so the corpus needs nothing outside the repository and Maven). An example sits
 * between a line of 32 backticks followed by {@code " example"} and a line of 32 backticks; its
 * markdown and expected HTML are split by a line holding only {@code "."}; {@code →} stands for a tab.
 */
public final class SpecExamples {
    private SpecExamples() {}

    /** One example: {@code spec} is "spec" or "gfm-spec", {@code number} counts from 1 in its file, {@code line} is where it starts. */
    public record Example(String spec, int number, int line, String section, String markdown) {
        public String name() {
            return spec + "-" + String.format("%03d", number);
        }
    }

    static final String FENCE = "`".repeat(32);

    /** Both files, CommonMark first. */
    public static List<Example> all() {
        List<Example> out = new ArrayList<>(read("spec"));
        out.addAll(read("gfm-spec"));
        return out;
    }

    static List<Example> read(String spec) {
        String text;
        try (InputStream in = SpecExamples.class.getClassLoader().getResourceAsStream(spec + ".txt")) {
            if (in == null)
                throw new IllegalStateException(
                        spec + ".txt is not on the test classpath (org.commonmark:commonmark-test-util)");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(spec, text);
    }

    static List<Example> parse(String spec, String text) {
        List<Example> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String section = "";
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("#")) section = l.replaceFirst("^#+\\s*", "").strip();
            if (!(l.startsWith(FENCE + " example"))) continue;
            int start = i + 1;
            StringBuilder md = new StringBuilder();
            int j = i + 1;
            for (; j < lines.length && !lines[j].equals("."); j++)
                md.append(lines[j]).append('\n');
            while (j < lines.length && !lines[j].startsWith(FENCE)) j++;
            out.add(new Example(
                    spec, out.size() + 1, start, section, md.toString().replace('→', '\t')));
            i = j;
        }
        return out;
    }
}
