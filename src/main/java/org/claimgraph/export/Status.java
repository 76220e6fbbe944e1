package org.claimgraph.export;

import java.util.Optional;

/**
 * The five verification statuses of the ontology ({@code cg:VerificationStatusScheme}) with what
 * the exports need to show them: notation, labels, marker and colour. {@link #rank()} orders them
 * from weakest to strongest evidence; a claim with several status assertions shows its weakest.
 */
public enum Status {
    UNVERIFIABLE("unverifiable", "Unverifiable", "无法验证", "❌", "#c62828"),
    PENDING("pending", "Pending", "待验证", "⚠️", "#ef6c00"),
    PARTIALLY_VERIFIABLE("partially-verifiable", "PartiallyVerifiable", "部分可验证", "⚠️", "#f9a825"),
    PUBLICLY_VERIFIABLE("publicly-verifiable", "PubliclyVerifiable", "公开可验证", "✅", "#7cb342"),
    VERIFIED("verified", "Verified", "已验证", "✅", "#2e7d32");

    /** Colour of a claim that carries no status at all. */
    public static final String NO_STATUS_COLOR = "#9e9e9e";

    private final String notation;
    private final String localName;
    private final String zh;
    private final String mark;
    private final String color;

    Status(String notation, String localName, String zh, String mark, String color) {
        this.notation = notation;
        this.localName = localName;
        this.zh = zh;
        this.mark = mark;
        this.color = color;
    }

    /** {@code skos:notation} of the concept, e.g. {@code unverifiable}. */
    public String notation() { return notation; }

    /** Local name of the concept in the {@code cg:} namespace, e.g. {@code Unverifiable}. */
    public String localName() { return localName; }

    /** Chinese label, e.g. 无法验证. */
    public String zh() { return zh; }

    /** The emoji the notes use in front of the label. */
    public String mark() { return mark; }

    /** Fill colour as {@code #rrggbb}. */
    public String color() { return color; }

    /** 0 for the weakest evidence (unverifiable) up to 4 (verified). */
    public int rank() { return ordinal(); }

    /** Id of the status node in every projection, e.g. {@code status/unverifiable}. */
    public String nodeId() { return "status/" + notation; }

    public static Optional<Status> ofNotation(String notation) {
        for (Status s : values()) {
            if (s.notation.equals(notation)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
