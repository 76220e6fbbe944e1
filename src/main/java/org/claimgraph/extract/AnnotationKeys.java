package org.claimgraph.extract;

import java.util.Set;

/**
 * The keys a provenance block is written with ({@code **验证性**：…}), as the parser groups them.
 * One place for them: {@link ProvenanceParser}, {@link AssessmentDraft} and {@link BlockLines}
 * read these sets.
 */
final class AnnotationKeys {
    private AnnotationKeys() {}

    static final String STATUS = "验证性";
    static final String STATUS_ALT = "验证状态";
    static final String SOURCE_TYPE = "来源类型";
    static final String METHOD = "验证方法";
    static final String SOURCE = "来源";
    static final String SOURCE_LINK = "来源链接";
    static final String TEST_ENVIRONMENT = "测试环境";
    static final String VERIFY_ENVIRONMENT = "验证环境";
    static final String REMARK = "备注";
    static final String BASIS = "判断依据";
    static final String UPDATED = "更新日期";

    /** Field keys that may stand at the top level of a block (not a subject). */
    static final Set<String> TOP_FIELD_KEYS = Set.of(
            SOURCE_TYPE,
            STATUS,
            STATUS_ALT,
            METHOD,
            TEST_ENVIRONMENT,
            VERIFY_ENVIRONMENT,
            REMARK,
            BASIS,
            UPDATED,
            "最后验证日期",
            "当前验证日期",
            "参考",
            SOURCE,
            SOURCE_LINK,
            "结论");
    /** Keys that are fields of the enclosing assessment (not subjects of their own): the top-level ones and more. */
    static final Set<String> FIELD_KEYS = java.util.stream.Stream.concat(
                    TOP_FIELD_KEYS.stream(), java.util.stream.Stream.of("工具名称", "功能描述", "对比方案", "硬件", "负载", "网络"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Keys whose value is a verification status. */
    static final Set<String> STATUS_KEYS = Set.of(STATUS, STATUS_ALT);
    /** Keys naming a kind of claim: the subject is the value. */
    static final Set<String> CATEGORY_KEYS = Set.of(
            "性能数据", "版本信息", "商业案例", "功能描述", "功能说明", "成本数据", "技术判断", "技术成熟度判断", "项目状态", "合规认证", "工具信息", "工具名称", "标准流程",
            "技术组合", "性能指标", "历史事件");

    /** Keys that belong to an assessment even when written at the top of a block. */
    static boolean isAssessmentLevel(String k) {
        return STATUS_KEYS.contains(k) || k.equals(SOURCE_TYPE) || k.equals(BASIS);
    }

    static boolean isEnvironment(String k) {
        return k.equals(TEST_ENVIRONMENT) || k.equals(VERIFY_ENVIRONMENT);
    }

    /** 验证方法 / 来源 / 来源链接: a method text and/or its URLs. */
    static boolean isMethodOrSource(String k) {
        return k.equals(METHOD) || k.equals(SOURCE) || k.equals(SOURCE_LINK);
    }
}
