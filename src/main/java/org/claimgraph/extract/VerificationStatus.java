package org.claimgraph.extract;

/**
 * The five verification statuses a provenance assessment can carry. The notation is the
 * stable {@code skos:notation} of the matching concept in {@code ontology/claimgraph.ttl}.
 */
public enum VerificationStatus {
    /** ✅ 已验证 — someone checked it. */
    VERIFIED("verified"),
    /** ✅ 公开可验证 — anyone can check it from public sources. */
    PUBLICLY_VERIFIABLE("publicly-verifiable"),
    /** ⚠️ 部分可验证 — reproducible only in part or under conditions. */
    PARTIALLY_VERIFIABLE("partially-verifiable"),
    /** ⚠️ 待验证 / 待确认 / 需要验证 … — on hold until someone checks. */
    PENDING("pending"),
    /** ❌ 无法验证 — cannot be checked. */
    UNVERIFIABLE("unverifiable");

    private final String notation;

    VerificationStatus(String notation) { this.notation = notation; }

    public String notation() { return notation; }
}
