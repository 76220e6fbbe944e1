package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Vocabulary of the claimgraph core ontology ({@code ontology/claimgraph.ttl}), namespace
 * {@value #NS}. Node constants for the graph-level hot path; {@link #resource(Node)} gives the
 * Model-level view when one is needed. One class per namespace: resource IRIs are minted by
 * {@link Iris}, not here.
 */
public final class CG {
    static {
        org.apache.jena.sys.JenaSystem.init();
    } // before any vocabulary constant

    private CG() {}

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/claimgraph/ontology#";
    /** The ontology IRI (no trailing '#'). */
    public static final String ONTOLOGY = "https://w3id.org/claimgraph/ontology";

    private static Node n(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /** The Model-level resource of a vocabulary node. */
    public static Resource resource(Node node) {
        return ResourceFactory.createResource(node.getURI());
    }

    // ---- classes and concepts
    public static final Node Note = n("Note");
    public static final Node Section = n("Section");
    public static final Node Table = n("Table");
    public static final Node CodeBlock = n("CodeBlock");
    public static final Node Field = n("Field");
    public static final Node UnparsedLine = n("UnparsedLine");
    public static final Node LineReference = n("LineReference");
    public static final Node Claim = n("Claim");
    public static final Node PerformanceFigure = n("PerformanceFigure");
    public static final Node VersionStatement = n("VersionStatement");
    public static final Node BusinessCase = n("BusinessCase");
    public static final Node TechnicalJudgement = n("TechnicalJudgement");
    public static final Node MaturityJudgement = n("MaturityJudgement");
    public static final Node FeatureDescription = n("FeatureDescription");
    public static final Node ToolMention = n("ToolMention");
    public static final Node HistoricalEvent = n("HistoricalEvent");
    public static final Node ProjectStatus = n("ProjectStatus");
    public static final Node ComplianceClaim = n("ComplianceClaim");
    public static final Node CostClaim = n("CostClaim");
    public static final Node CoverageClaim = n("CoverageClaim");
    public static final Node Statement = n("Statement");
    public static final Node Tool = n("Tool");
    public static final Node Version = n("Version");
    public static final Node Measurement = n("Measurement");
    public static final Node TestEnvironment = n("TestEnvironment");
    public static final Node ProvenanceBlock = n("ProvenanceBlock");
    public static final Node Assessment = n("Assessment");
    public static final Node StatusAssertion = n("StatusAssertion");
    public static final Node VerificationStatus = n("VerificationStatus");
    public static final Node SourceType = n("SourceType");
    public static final Node GraphEdge = n("GraphEdge");
    public static final Node MindmapNode = n("MindmapNode");
    public static final Node TimelineEvent = n("TimelineEvent");
    public static final Node TupleStatement = n("TupleStatement");
    public static final Node MatrixCell = n("MatrixCell");
    public static final Node VerificationStatusScheme = n("VerificationStatusScheme");
    public static final Node Verified = n("Verified");
    public static final Node PubliclyVerifiable = n("PubliclyVerifiable");
    public static final Node PartiallyVerifiable = n("PartiallyVerifiable");
    public static final Node Pending = n("Pending");
    public static final Node Unverifiable = n("Unverifiable");
    public static final Node SourceTypeScheme = n("SourceTypeScheme");
    public static final Node InternalTest = n("InternalTest");
    public static final Node OfficialDocumentation = n("OfficialDocumentation");
    public static final Node OfficialBenchmark = n("OfficialBenchmark");
    public static final Node Benchmark = n("Benchmark");
    public static final Node TechnicalSpecification = n("TechnicalSpecification");
    public static final Node TechnicalJudgementSource = n("TechnicalJudgementSource");
    public static final Node MaturityAssessment = n("MaturityAssessment");
    public static final Node TrendAnalysis = n("TrendAnalysis");
    public static final Node InternalMaterial = n("InternalMaterial");
    public static final Node Estimate = n("Estimate");
    public static final Node OfficialExample = n("OfficialExample");
    public static final Node OfficialRelease = n("OfficialRelease");
    public static final Node OtherSource = n("OtherSource");

    // ---- properties
    public static final Node sourcePath = n("sourcePath");
    public static final Node contentSha256 = n("contentSha256");
    public static final Node extractorFingerprint = n("extractorFingerprint");
    public static final Node documentDate = n("documentDate");
    public static final Node lineCount = n("lineCount");
    public static final Node inNote = n("inNote");
    public static final Node inSection = n("inSection");
    public static final Node inTable = n("inTable");
    public static final Node inCodeBlock = n("inCodeBlock");
    public static final Node firstLine = n("firstLine");
    public static final Node lastLine = n("lastLine");
    public static final Node line = n("line");
    public static final Node heading = n("heading");
    public static final Node headingPath = n("headingPath");
    public static final Node level = n("level");
    public static final Node parentSection = n("parentSection");
    public static final Node language = n("language");
    public static final Node tableKind = n("tableKind");
    public static final Node header = n("header");
    public static final Node sourceText = n("sourceText");
    public static final Node mentionsUrl = n("mentionsUrl");
    public static final Node invalidUrl = n("invalidUrl");
    public static final Node linksTo = n("linksTo");
    public static final Node field = n("field");
    public static final Node key = n("key");
    public static final Node fieldValue = n("fieldValue");
    public static final Node hasUnparsedLine = n("hasUnparsedLine");
    public static final Node unparsedReason = n("unparsedReason");
    public static final Node text = n("text");
    public static final Node aboutTool = n("aboutTool");
    public static final Node aboutVersion = n("aboutVersion");
    public static final Node hasMeasurement = n("hasMeasurement");
    public static final Node metric = n("metric");
    public static final Node value = n("value");
    public static final Node unit = n("unit");
    public static final Node rawValue = n("rawValue");
    public static final Node comparedWith = n("comparedWith");
    public static final Node environment = n("environment");
    public static final Node hasProvenance = n("hasProvenance");
    public static final Node annotates = n("annotates");
    public static final Node attached = n("attached");
    public static final Node blockForm = n("blockForm");
    public static final Node title = n("title");
    public static final Node problem = n("problem");
    public static final Node annotatesFirstLine = n("annotatesFirstLine");
    public static final Node annotatesLastLine = n("annotatesLastLine");
    public static final Node hasAssessment = n("hasAssessment");
    public static final Node subject = n("subject");
    public static final Node hasStatusAssertion = n("hasStatusAssertion");
    public static final Node status = n("status");
    public static final Node statusPhrase = n("statusPhrase");
    public static final Node qualifier = n("qualifier");
    public static final Node statusInProse = n("statusInProse");
    public static final Node sourceType = n("sourceType");
    public static final Node sourceTypePhrase = n("sourceTypePhrase");
    public static final Node verificationMethod = n("verificationMethod");
    public static final Node verificationMethodText = n("verificationMethodText");
    public static final Node testEnvironment = n("testEnvironment");
    public static final Node remark = n("remark");
    public static final Node basis = n("basis");
    public static final Node ofTool = n("ofTool");
    public static final Node versionString = n("versionString");
    public static final Node versionConstraint = n("versionConstraint");
    public static final Node hasLineReference = n("hasLineReference");
    public static final Node fromLine = n("fromLine");
    public static final Node targetFirstLine = n("targetFirstLine");
    public static final Node targetLastLine = n("targetLastLine");
    public static final Node quotedFigure = n("quotedFigure");
    public static final Node resolved = n("resolved");
    public static final Node actualLine = n("actualLine");
    public static final Node targetKind = n("targetKind");
    public static final Node statedPercent = n("statedPercent");
    public static final Node statedCount = n("statedCount");
    public static final Node statedTotal = n("statedTotal");
    public static final Node actualCount = n("actualCount");
    public static final Node year = n("year");
    public static final Node tupleSubject = n("tupleSubject");
    public static final Node tuplePredicate = n("tuplePredicate");
    public static final Node tupleObject = n("tupleObject");
    public static final Node edgeFrom = n("edgeFrom");
    public static final Node edgeTo = n("edgeTo");
    public static final Node edgeLabel = n("edgeLabel");
    public static final Node label = n("label");
    public static final Node parentNode = n("parentNode");
    public static final Node depth = n("depth");
    public static final Node dimension = n("dimension");
    public static final Node scenario = n("scenario");
}
