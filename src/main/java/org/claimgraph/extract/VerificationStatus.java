package org.claimgraph.extract;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one vocabulary of verification statuses: every package reads what it needs to know about a
 * status from here (notation, concept name, Chinese phrase, emoji, rank, default weight, colour),
 * so a sixth constant is all it takes for every table (matrix weights, report and export colours,
 * vault phrases, corpus notations) to cover it. Declaration order is the order of
 * {@code cg:VerificationStatusScheme} in the ontology; {@link #byRank()} orders by evidence.
 *
 * <p>Plain Java on purpose ({@code extract} imports no Jena): {@code rdf.Concepts} maps a constant
 * to its SKOS concept {@code cg:<conceptName>}, and tests check each one against
 * {@code ontology/claimgraph.ttl} (notation) and {@code ontology/matrix-parameters.trig} (weight).
 */
public enum VerificationStatus {
    /** ✅ 已验证 — someone checked it. */
    VERIFIED("verified", "Verified", "已验证", List.of(), "✅", 4, 1.0, "#2e7d32"),
    /** ✅ 公开可验证 — anyone can check it from public sources. */
    PUBLICLY_VERIFIABLE("publicly-verifiable", "PubliclyVerifiable", "公开可验证", List.of(), "✅", 3, 0.8, "#7cb342"),
    /** ⚠️ 部分可验证 — reproducible only in part or under conditions. */
    PARTIALLY_VERIFIABLE("partially-verifiable", "PartiallyVerifiable", "部分可验证", List.of(), "⚠️", 2, 0.5, "#f9a825"),
    /** ⚠️ 待验证 / 待确认 / 需要验证 … — on hold until someone checks. */
    PENDING("pending", "Pending", "待验证", List.of("待确认", "需要验证", "待补充", "需验证", "未验证"), "⚠️", 1, 0.2, "#ef6c00"),
    /** ❌ 无法验证 — cannot be checked. */
    UNVERIFIABLE("unverifiable", "Unverifiable", "无法验证", List.of("不可验证"), "❌", 0, 0.0, "#c62828");

    /** Colour of something that carries no status at all (or one outside the scheme). */
    public static final String NO_STATUS_COLOUR = "#9e9e9e";

    private final String notation;
    private final String conceptName;
    private final String zh;
    private final List<String> otherSpellings;
    private final String emoji;
    private final int rank;
    private final double defaultWeight;
    private final String colour;

    VerificationStatus(
            String notation,
            String conceptName,
            String zh,
            List<String> otherSpellings,
            String emoji,
            int rank,
            double defaultWeight,
            String colour) {
        this.notation = notation;
        this.conceptName = conceptName;
        this.zh = zh;
        this.otherSpellings = otherSpellings;
        this.emoji = emoji;
        this.rank = rank;
        this.defaultWeight = defaultWeight;
        this.colour = colour;
    }

    /** {@code skos:notation} of the concept, e.g. {@code unverifiable}: what queries return. */
    public String notation() {
        return notation;
    }

    /** Local name of the SKOS concept in the {@code cg:} namespace, e.g. {@code Unverifiable}. */
    public String conceptName() {
        return conceptName;
    }

    /** The canonical Chinese keyword, e.g. 无法验证. */
    public String zh() {
        return zh;
    }

    /**
     * The other keywords notes write for this status (待确认, 需要验证 … for pending), in the order a
     * note generator prefers them; the parser reads each of them as this status.
     */
    public List<String> otherSpellings() {
        return otherSpellings;
    }

    /** The canonical keyword, then the other spellings. */
    public List<String> keywords() {
        List<String> all = new java.util.ArrayList<>(List.of(zh));
        all.addAll(otherSpellings);
        return List.copyOf(all);
    }

    /** The emoji the notes write in front of the keyword (⚠️ with U+FE0F). */
    public String emoji() {
        return emoji;
    }

    /** The emoji without U+FE0F (notes write ⚠ as often as ⚠️). */
    public String bareEmoji() {
        return emoji.replace("\uFE0F", "");
    }

    /** The phrase as a note writes it: emoji, space, keyword (❌ 无法验证). */
    public String phrase() {
        return emoji + " " + zh;
    }

    /** 0 for the weakest evidence (unverifiable) up to the strongest (verified). */
    public int rank() {
        return rank;
    }

    /** Default {@code cgm:statusWeight} of the concept (the evidence a status is worth, 0…1). */
    public double defaultWeight() {
        return defaultWeight;
    }

    /** Fill colour as {@code #rrggbb}, the same in every report and export. */
    public String colour() {
        return colour;
    }

    /** All statuses from the weakest evidence to the strongest. */
    public static List<VerificationStatus> byRank() {
        return Arrays.stream(values())
                .sorted(Comparator.comparingInt(VerificationStatus::rank))
                .toList();
    }

    public static Optional<VerificationStatus> ofNotation(String notation) {
        return Arrays.stream(values()).filter(s -> s.notation.equals(notation)).findFirst();
    }

    public static Optional<VerificationStatus> ofConceptName(String localName) {
        return Arrays.stream(values())
                .filter(s -> s.conceptName.equals(localName))
                .findFirst();
    }
}
