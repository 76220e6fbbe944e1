package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.corpus.CorpusGenerator;

/**
 * Random edits of a generated corpus, the kinds a person makes: status changes, removed provenance
 * blocks, new claims (copied from another note with another figure, so figures conflict across
 * notes), moved lines, broken line references, deleted and new notes, rewritten notes.
 * Deterministic per seed. The corpus is a map path → text.
 */
final class CorpusEdits {
    /** One edit: the kind and the notes it touched (path → new text, null when deleted). */
    record Edit(String kind, Map<String, String> changed) {}

    private static final List<String> STATUSES = List.of("✅ 已验证", "✅ 公开可验证", "⚠️ 部分可验证", "⚠️ 待验证", "❌ 无法验证");
    private static final Pattern STATUS = Pattern.compile("✅ ?已验证|✅ ?公开可验证|⚠️? ?部分可验证|⚠️? ?待验证|❌ ?无法验证");
    private static final Pattern LINE_REF = Pattern.compile("第 (\\d+) 行");
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?) (ms|MB|QPS|%|pods|nodes)");

    private final SplittableRandom random;
    private final long seed;
    private int nextNote;

    CorpusEdits(long seed, int notes) {
        this.random = new SplittableRandom(seed);
        this.seed = seed;
        this.nextNote = notes + 1;
    }

    /** The generated corpus as path → text. */
    static Map<String, String> corpus(int notes, long seed) {
        Map<String, String> m = new TreeMap<>();
        for (var n : CorpusGenerator.generate(notes, seed).notes()) m.put(n.path(), n.text());
        return m;
    }

    /** Applies one random edit (sometimes two notes at once) to {@code corpus} and says what changed. */
    Edit next(Map<String, String> corpus) {
        List<String> paths = new ArrayList<>(corpus.keySet());
        String path = paths.get(random.nextInt(paths.size()));
        String text = corpus.get(path);
        int kind = random.nextInt(9);
        Map<String, String> changed = new TreeMap<>();
        String name;
        switch (kind) {
            case 0 -> {
                name = "status change";
                changed.put(path, changeStatus(text));
            }
            case 1 -> {
                name = "removed block";
                changed.put(path, removeBlock(text));
            }
            case 2 -> {
                name = "new claim (copied from another note, other figure)";
                String from = corpus.get(paths.get(random.nextInt(paths.size())));
                changed.put(path, newClaim(text, from));
            }
            case 3 -> {
                name = "moved lines";
                changed.put(path, moveLines(text));
            }
            case 4 -> {
                name = "broken reference";
                changed.put(path, breakReference(text));
            }
            case 5 -> {
                name = "deleted note";
                if (corpus.size() <= 3) return next(corpus);
                changed.put(path, null);
            }
            case 6 -> {
                name = "new note";
                int i = nextNote++;
                changed.put(CorpusGenerator.pathOf(i), CorpusGenerator.editedNote(seed, i, random.nextInt(5)));
            }
            case 7 -> {
                name = "rewritten note";
                changed.put(path, CorpusGenerator.editedNote(seed, indexOf(path), random.nextInt(5)));
            }
            default -> {
                name = "two notes in one write";
                String other = paths.get(random.nextInt(paths.size()));
                changed.put(path, changeStatus(text));
                if (!other.equals(path)) changed.put(other, newClaim(corpus.get(other), text));
            }
        }
        changed.forEach((p, t) -> {
            if (t == null) corpus.remove(p);
            else corpus.put(p, t);
        });
        return new Edit(name, changed);
    }

    private static int indexOf(String path) {
        return Integer.parseInt(path.replaceAll(".*note-(\\d+)\\.md", "$1"));
    }

    private String changeStatus(String text) {
        List<String> lines = lines(text);
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (STATUS.matcher(lines.get(i)).find()) at.add(i);
        if (at.isEmpty()) return text + "\n";
        int i = at.get(random.nextInt(at.size()));
        lines.set(i, STATUS.matcher(lines.get(i)).replaceFirst(STATUSES.get(random.nextInt(STATUSES.size()))));
        return String.join("\n", lines);
    }

    private String removeBlock(String text) {
        List<String> lines = lines(text);
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains("<!-- 来源标注 -->")) at.add(i);
        if (at.isEmpty()) return changeStatus(text);
        int start = at.get(random.nextInt(at.size()));
        int end = start + 1;
        while (end < lines.size()
                && (lines.get(end).isBlank() || lines.get(end).stripLeading().startsWith(">"))) end++;
        lines.subList(start, end).clear();
        return String.join("\n", lines);
    }

    /** A claim paragraph with its block from {@code from}, its first figure changed, appended to a section of {@code text}. */
    private String newClaim(String text, String from) {
        List<String> src = lines(from);
        List<Integer> at = new ArrayList<>();
        for (int i = 1; i < src.size(); i++)
            if (src.get(i).contains("<!-- 来源标注 -->")
                    && FIGURE.matcher(src.get(i - 1)).find()) at.add(i - 1);
        if (at.isEmpty())
            for (int i = 1; i < src.size(); i++)
                if (src.get(i).trim().equals("<!-- 来源标注 -->"))
                    at.add(i - 1 >= 0 && !src.get(i - 1).isBlank() ? i - 1 : i);
        List<String> lines = lines(text);
        if (at.isEmpty()) return text + "\n";
        int s = at.get(random.nextInt(at.size()));
        int e = s + 1;
        while (e < src.size()
                && (src.get(e).isBlank()
                        || src.get(e).stripLeading().startsWith(">")
                        || src.get(e).contains("<!--"))) e++;
        List<String> copy = new ArrayList<>(src.subList(s, e));
        Matcher m = FIGURE.matcher(copy.get(0));
        if (m.find()) {
            double v = Double.parseDouble(m.group(1)) * (1.5 + random.nextInt(4));
            copy.set(
                    0,
                    copy.get(0).substring(0, m.start(1))
                            + String.format(java.util.Locale.ROOT, "%.1f", v)
                            + copy.get(0).substring(m.end(1)));
        }
        int insert = insertionPoint(lines);
        lines.add(insert, "");
        lines.addAll(insert + 1, copy);
        return String.join("\n", lines);
    }

    private String moveLines(String text) {
        List<String> lines = lines(text);
        int at = insertionPoint(lines);
        int n = 1 + random.nextInt(4);
        List<String> filler = new ArrayList<>();
        for (int i = 0; i < n; i++) filler.add(i % 2 == 0 ? "" : "（此处补充说明，与前文无关。）");
        lines.addAll(at, filler);
        return String.join("\n", lines);
    }

    private String breakReference(String text) {
        Matcher m = LINE_REF.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) spans.add(new int[] {m.start(1), m.end(1)});
        if (spans.isEmpty()) return moveLines(text);
        int[] s = spans.get(random.nextInt(spans.size()));
        String target = random.nextBoolean()
                ? "9999"
                : String.valueOf(Integer.parseInt(text.substring(s[0], s[1])) + 1 + random.nextInt(5));
        return text.substring(0, s[0]) + target + text.substring(s[1]);
    }

    /** Before a heading (never inside the front matter or a table). */
    private int insertionPoint(List<String> lines) {
        List<Integer> headings = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) if (lines.get(i).startsWith("## ")) headings.add(i);
        return headings.isEmpty() ? lines.size() : headings.get(random.nextInt(headings.size()));
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }
}
