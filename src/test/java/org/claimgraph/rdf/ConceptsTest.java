package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Node;
import org.claimgraph.extract.VerificationStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Source-type phrases as written in notes → concepts of cg:SourceTypeScheme; statuses → concepts. */
class ConceptsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "内部测试 | InternalTest",
                "内部测试（参考前面的性能对比表格） | InternalTest",
                "K8s 官方压测 | OfficialBenchmark",
                "K8s 官方测试数据 | OfficialBenchmark",
                "官方文档 | OfficialDocumentation",
                "K3s 官方文档 | OfficialDocumentation",
                "Kubernetes 官方示例（待验证） | OfficialExample",
                "CNCF 官方公告 | OfficialRelease",
                "官方发布 | OfficialRelease",
                "基准测试 | Benchmark",
                "技术特性说明 | TechnicalSpecification",
                "技术成熟度评估 | MaturityAssessment",
                "技术趋势分析 | TrendAnalysis",
                "技术判断（基于第 288 行已标注的数据） | TechnicalJudgementSource",
                "内部资料 | InternalMaterial",
                "内部评估 | InternalMaterial",
                "估算 | Estimate",
                "会议议题（如果存在） | OtherSource",
                "'' | OtherSource",
            })
    void sourceType(String phrase, String local) {
        assertEquals(CG.NS + local, Concepts.sourceType(phrase).getURI());
    }

    @ParameterizedTest
    @CsvSource({
        "VERIFIED, Verified",
        "PUBLICLY_VERIFIABLE, PubliclyVerifiable",
        "PARTIALLY_VERIFIABLE, PartiallyVerifiable",
        "PENDING, Pending",
        "UNVERIFIABLE, Unverifiable"
    })
    void status(VerificationStatus status, String local) {
        Node n = Concepts.status(status);
        assertEquals(CG.NS + local, n.getURI());
    }
}
