package org.claimgraph.rdf;

import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.extract.VerificationStatus;

/**
 * Looks up the SKOS concepts of the two schemes in the ontology: verification status (from the
 * extractor's enum) and source type (from the phrase written in the note).
 */
public final class Concepts {
    private Concepts() {}

    /**
     * The {@code cg:VerificationStatusScheme} concept of a status: {@code cg:} + its
     * {@link VerificationStatus#conceptName()} (ConceptsTest checks each against the ontology).
     */
    public static Node status(VerificationStatus status) {
        return NodeFactory.createURI(CG.NS + status.conceptName());
    }

    /** The status whose concept is {@code concept}, if it is one of the scheme's. */
    public static java.util.Optional<VerificationStatus> status(Node concept) {
        if (concept == null || !concept.isURI() || !concept.getURI().startsWith(CG.NS))
            return java.util.Optional.empty();
        return VerificationStatus.ofConceptName(concept.getURI().substring(CG.NS.length()));
    }

    /** One classification rule: any of the cues (lower-case) in the phrase selects the concept. */
    private record Rule(Node concept, List<String> cues) {}

    // Order matters: the first rule with a matching cue wins, so specific cues come first
    // ("官方压测" before "压测", "成熟度评估" before "内部评估").
    private static final List<Rule> RULES = List.of(
            new Rule(CG.InternalTest, List.of("内部测试", "实测", "internal test", "in-house test")),
            new Rule(CG.OfficialBenchmark, List.of("官方压测", "官方测试", "官方基准", "官方性能", "official benchmark")),
            new Rule(CG.OfficialExample, List.of("官方示例", "官方例子", "official example")),
            new Rule(
                    CG.OfficialRelease,
                    List.of(
                            "官方公告",
                            "官方发布",
                            "发布说明",
                            "发行说明",
                            "release note",
                            "changelog",
                            "official release",
                            "announcement")),
            new Rule(CG.OfficialDocumentation, List.of("官方文档", "官方资料", "官网", "documentation", "official doc")),
            new Rule(CG.Benchmark, List.of("基准测试", "基准", "压测", "benchmark")),
            new Rule(CG.MaturityAssessment, List.of("成熟度评估", "成熟度", "maturity")),
            new Rule(CG.TrendAnalysis, List.of("趋势分析", "趋势", "trend")),
            new Rule(CG.TechnicalSpecification, List.of("技术规范", "规范", "标准", "技术特性", "specification")),
            new Rule(CG.TechnicalJudgementSource, List.of("技术判断", "technical judgement", "technical judgment")),
            new Rule(CG.Estimate, List.of("估算", "估计", "预估", "推算", "estimate")),
            new Rule(CG.InternalMaterial, List.of("内部资料", "内部材料", "内部评估", "内部文档", "internal")));

    /**
     * Classifies one source-type phrase ("内部测试", "K8s 官方压测", "技术成熟度评估" …) into a
     * {@code cg:SourceTypeScheme} concept; {@code cg:OtherSource} when no rule matches.
     * A parenthesised comment ("内部测试（参考前面的表格）") is ignored.
     */
    public static Node sourceType(String phrase) {
        if (phrase == null) return CG.OtherSource;
        String p = stripParenthesised(phrase).toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            for (String cue : r.cues()) {
                if (p.contains(cue)) return r.concept();
            }
        }
        return CG.OtherSource;
    }

    private static String stripParenthesised(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') depth++;
            else if ((c == ')' || c == '）') && depth > 0) depth--;
            else if (depth == 0) b.append(c);
        }
        return b.toString().strip();
    }
}
