package org.claimgraph.corpus;

import static org.claimgraph.corpus.Vocabulary.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.claimgraph.extract.VerificationStatus;

/**
 * Writes one synthetic note. Each section kind is one method; every method counts exactly what
 * it writes into {@link ExpectedCounts} so the counts are true by construction. Status phrases
 * appear only in status positions (验证性 / 验证状态 fields, or right after a bold subject), one
 * per line; emoji elsewhere are decoys that must not become statuses.
 */
final class NoteGenerator {
    final SplittableRandom r;
    final ExpectedCounts c;
    final NoteBuffer b = new NoteBuffer();
    final Set<String> noteUrls = new LinkedHashSet<>();
    final Set<String> usedFigures = new HashSet<>();
    final List<PerfRow> perfRows = new ArrayList<>();
    final LocalDate noteDate;
    final int noteNumber;
    final int totalNotes;
    int h2 = 0;

    /** A performance table row whose figures a later line reference can quote. */
    record PerfRow(int line, String metric, String a, String b) {}

    final TableSections tableSections = new TableSections(this);
    final DiagramSections diagramSections = new DiagramSections(this);
    final TextSections textSections = new TextSections(this);

    NoteGenerator(SplittableRandom random, ExpectedCounts counts, int noteNumber, int totalNotes) {
        this.r = random;
        this.c = counts;
        this.noteNumber = noteNumber;
        this.totalNotes = totalNotes;
        this.noteDate = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(330));
    }

    /** Generates the note and returns its text. */
    String generate() {
        c.inc(ExpectedCounts.NOTES);
        if (r.nextInt(4) == 0) frontmatter();
        header();
        int sections = 4 + r.nextInt(5);
        boolean perfDone = false;
        for (int i = 0; i < sections; i++) {
            int kind = i == 0 ? 0 : r.nextInt(11);
            switch (kind) {
                case 0, 1 -> {
                    tableSections.performance();
                    perfDone = true;
                }
                case 2 -> textSections.prose();
                case 3 -> tableSections.versions();
                case 4 -> tableSections.businessCases();
                case 5 -> diagramSections.graph();
                case 6 -> diagramSections.mindmap();
                case 7 -> diagramSections.timeline();
                case 8 -> tableSections.maturity();
                case 9 -> textSections.inlineAndQuote();
                default -> textSections.tuplesAndDecoys();
            }
        }
        if (perfDone) tableSections.summaryWithReferences();
        String text = b.text();
        for (Vocabulary.Tool t : Vocabulary.TOOLS) {
            if (text.contains(t.written())) c.tool(t.canonical());
        }
        c.add(ExpectedCounts.URLS_PER_NOTE, noteUrls.size());
        c.add(ExpectedCounts.LINES, b.size());
        return text;
    }

    // ---------------------------------------------------------------- header

    void frontmatter() {
        c.inc(ExpectedCounts.FRONTMATTER_NOTES);
        b.add("---");
        b.add("title: " + pick(r, Vocabulary.TOPICS) + " 笔记 " + noteNumber);
        b.add("tags: [cloud-native, " + (r.nextBoolean() ? "wasm" : "k8s") + "]");
        b.add("created: " + noteDate.minusDays(30 + r.nextInt(60)));
        b.add("---");
        b.blank();
    }

    void header() {
        String topic = pick(r, Vocabulary.TOPICS);
        heading(
                1,
                topic + "：" + pick(r, Vocabulary.TOOLS).written() + " 与 "
                        + pick(r, Vocabulary.TOOLS).written() + " 的技术梳理（" + noteNumber + "）");
        b.blank();
        int total = 20 + r.nextInt(60);
        int done = total - r.nextInt(4);
        int pct = (int) Math.round(100.0 * done / total);
        b.add("> **文档版本**：v1." + r.nextInt(9) + " **最后更新**：" + noteDate + " **标注状态**：✅ 标注接近完成（约 " + pct + "%，" + done
                + "/" + total + "+ 处已完成）");
        c.inc(ExpectedCounts.COVERAGE_CLAIMS);
        c.inc(ExpectedCounts.DECOY_EMOJI);
        b.blank();
        b.add(pick(r, Vocabulary.OPENERS) + "，" + topic + " 的核心问题是" + pick(r, Vocabulary.JUDGEMENTS) + "，下面按层拆开说明。");
        if (noteNumber > 1 && r.nextInt(3) == 0) {
            b.add("相关笔记：[[note-" + String.format(Locale.ROOT, "%05d", 1 + r.nextInt(Math.max(1, noteNumber - 1)))
                    + "]]");
            c.inc(ExpectedCounts.WIKILINKS);
        }
        b.blank();
        b.add("---");
        b.blank();
    }

    void heading(int level, String text) {
        b.add("#".repeat(level) + " " + text);
        c.inc(ExpectedCounts.SECTIONS);
    }

    void h2(String text) {
        h2++;
        heading(2, h2 + ". " + text);
        b.blank();
    }

    // ---------------------------------------------------------------- statuses

    static final String[] STATUS_KEYS = CorpusGenerator.STATUS_NOTATIONS;

    /** Writes {@code prefix + "**验证性**：" + phrase}; counts one status assertion. */
    void statusField(String prefix, String status) {
        String field = r.nextInt(5) == 0 ? "验证状态" : "验证性";
        b.add(prefix + "**" + field + "**" + colon() + phrase(status, true));
    }

    String colon() {
        if (r.nextInt(10) == 0) {
            c.inc(ExpectedCounts.HALF_WIDTH_COLONS);
            return ": ";
        }
        return "：";
    }

    /**
     * The status phrase with a variant spelling and qualifier; counts the assertion. Emoji-less
     * spellings are written only after a 验证性/验证状态 key ({@code inField}), where they are
     * unambiguous; after a bold subject the emoji is what marks a status.
     */
    String phrase(String status, boolean inField) {
        c.inc(ExpectedCounts.STATUS_ASSERTIONS);
        c.inc(ExpectedCounts.STATUS_PREFIX + status);
        int v = r.nextInt(10);
        VerificationStatus s =
                VerificationStatus.ofNotation(status).orElseThrow(() -> new IllegalArgumentException(status));
        return switch (s) {
            case VERIFIED -> (v < 8 ? s.phrase() : s.emoji() + s.zh()) + qualifier(Vocabulary.QUALIFIERS_PUBLIC);
            case PUBLICLY_VERIFIABLE -> s.phrase() + qualifier(Vocabulary.QUALIFIERS_PUBLIC);
            case PARTIALLY_VERIFIABLE -> warn(v, s, s.zh(), inField) + qualifier(Vocabulary.QUALIFIERS_PARTIAL);
            case PENDING -> warn(v, s, pendingSpelling(v, s), inField) + qualifier(Vocabulary.QUALIFIERS_PENDING);
            case UNVERIFIABLE -> v < 8 ? s.phrase() : s.emoji() + s.zh();
            default -> s.phrase(); // a status without spelling variants: its canonical phrase
        };
    }

    /** 待确认, 需要验证 or the canonical 待验证: the first two other spellings, then the keyword. */
    private static String pendingSpelling(int v, VerificationStatus s) {
        return v % 3 == 2 ? s.zh() : s.otherSpellings().get(v % 3);
    }

    /**
     * A ⚠️ phrase: now and then without U+FE0F, or (in a field, and not for 需要验证, the second
     * other spelling of pending) without the emoji.
     */
    String warn(int v, VerificationStatus s, String words, boolean inField) {
        if (v == 7) {
            c.inc(ExpectedCounts.STATUS_WITHOUT_VS16);
            return s.bareEmoji() + " " + words;
        }
        if (v == 8
                && inField
                && !words.equals(VerificationStatus.PENDING.otherSpellings().get(1))) {
            c.inc(ExpectedCounts.STATUS_WITHOUT_EMOJI);
            return words;
        }
        return s.emoji() + " " + words;
    }

    String qualifier(List<String> options) {
        return pick(r, options);
    }

    String randomStatus() {
        int x = r.nextInt(100);
        if (x < 15) return VerificationStatus.VERIFIED.notation();
        if (x < 35) return VerificationStatus.PUBLICLY_VERIFIABLE.notation();
        if (x < 70) return VerificationStatus.PARTIALLY_VERIFIABLE.notation();
        if (x < 88) return VerificationStatus.PENDING.notation();
        return VerificationStatus.UNVERIFIABLE.notation();
    }

    void updated(String prefix) {
        LocalDate d = r.nextInt(25) == 0 ? noteDate.plusDays(1 + r.nextInt(40)) : noteDate.minusDays(r.nextInt(200));
        if (d.isAfter(noteDate)) c.inc(ExpectedCounts.UPDATE_DATES_AFTER_NOTE_DATE);
        c.inc(ExpectedCounts.UPDATE_DATES);
        b.add(prefix + "**更新日期**" + "：" + d);
    }

    void url(String prefix, String url) {
        b.add(prefix + "**验证方法**：<" + url + ">");
        countUrl(url);
    }

    void countUrl(String url) {
        c.inc(ExpectedCounts.URL_OCCURRENCES);
        c.url(url);
        noteUrls.add(url);
    }

    /**
     * Opens a provenance block in the comment + quote form: {@code <!-- 来源标注 -->}, a blank line when
     * {@code blankLine}, the title field {@code > **key**：value} and an empty quote line.
     */
    void commentQuote(String key, String value, boolean blankLine) {
        block("comment-quote");
        b.add("<!-- 来源标注 -->");
        if (blankLine) b.blank();
        b.add("> **" + key + "**：" + value);
        b.add(">");
    }

    /** Closes a quote block with its update date and a blank line. */
    void closeQuote() {
        updated("> ");
        b.blank();
    }

    void block(String form) {
        c.inc(ExpectedCounts.PROVENANCE_BLOCKS);
        c.inc(ExpectedCounts.FORM_PREFIX + form);
    }

    Vocabulary.Tool tool() {
        return pick(r, Vocabulary.TOOLS);
    }

    void maybeSectionNote() {
        if (r.nextInt(3) == 0) {
            b.add("> **⚠️ 来源标注说明**：本节数据均已标注测试环境和验证状态。");
            b.blank();
            c.inc(ExpectedCounts.DECOY_EMOJI);
        }
    }

    // ---------------------------------------------------------------- performance table

    String fmt(double v) {
        if (v >= 100) return Long.toString(Math.round(v));
        if (v >= 10) return String.format(Locale.ROOT, "%.1f", v).replaceAll("\\.0$", "");
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** A figure with its unit that does not occur earlier in this note. */
    String figure(double v, String unit) {
        v = Math.max(v, 0.01);
        for (int i = 0; ; i++) {
            String n = fmt(v);
            if (freshNumber(n)) {
                usedFigures.add(n);
                return n + " " + unit;
            }
            v = v * 1.07 + 0.13 * (i + 1);
        }
    }

    /** True when {@code n} is neither a used number nor a digit suffix of one (13 in 113), nor vice versa. */
    boolean freshNumber(String n) {
        for (String u : usedFigures) {
            if (u.endsWith(n) || n.endsWith(u)) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- prose with indented blocks

    // ---------------------------------------------------------------- versions

    // ---------------------------------------------------------------- mermaid

    String node(int i) {
        return String.valueOf((char) ('A' + i));
    }

    // ---------------------------------------------------------------- timeline

    // ---------------------------------------------------------------- maturity matrix

    // ---------------------------------------------------------------- inline and bare quote forms

    // ---------------------------------------------------------------- tuples and decoys

    // ---------------------------------------------------------------- summary with line references

}
