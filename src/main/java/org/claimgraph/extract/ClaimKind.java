package org.claimgraph.extract;

/** What a claim is about; each maps to one subclass of {@code cg:Claim} in the ontology. */
public enum ClaimKind {
    PERFORMANCE_FIGURE("PerformanceFigure"),
    VERSION_STATEMENT("VersionStatement"),
    BUSINESS_CASE("BusinessCase"),
    TECHNICAL_JUDGEMENT("TechnicalJudgement"),
    MATURITY_JUDGEMENT("MaturityJudgement"),
    FEATURE_DESCRIPTION("FeatureDescription"),
    TOOL_MENTION("ToolMention"),
    HISTORICAL_EVENT("HistoricalEvent"),
    PROJECT_STATUS("ProjectStatus"),
    COMPLIANCE("ComplianceClaim"),
    COST("CostClaim"),
    COVERAGE("CoverageClaim"),
    /** Prose that states something but fits none of the kinds above. */
    STATEMENT("Statement");

    private final String localName;

    ClaimKind(String localName) {
        this.localName = localName;
    }

    /** Local name of the ontology class, e.g. {@code PerformanceFigure} for {@code cg:PerformanceFigure}. */
    public String localName() {
        return localName;
    }
}
