package org.claimgraph.extract;

import java.util.regex.Pattern;

/** Decides the {@link ClaimKind} of a claim from the provenance category it was written under and its text. */
final class ClaimClassifier {
    private ClaimClassifier() {}

    private static final Object[][] CATEGORY = {
            {"商业案例", ClaimKind.BUSINESS_CASE},
            {"成本", ClaimKind.COST},
            {"合规", ClaimKind.COMPLIANCE},
            {"项目状态", ClaimKind.PROJECT_STATUS},
            {"历史", ClaimKind.HISTORICAL_EVENT},
            {"成熟度", ClaimKind.MATURITY_JUDGEMENT},
            {"性能", ClaimKind.PERFORMANCE_FIGURE},
            {"版本", ClaimKind.VERSION_STATEMENT},
            {"判断", ClaimKind.TECHNICAL_JUDGEMENT},
            {"功能", ClaimKind.FEATURE_DESCRIPTION},
            {"技术路线", ClaimKind.FEATURE_DESCRIPTION},
            {"技术组合", ClaimKind.FEATURE_DESCRIPTION},
            {"工具", ClaimKind.TOOL_MENTION},
            {"技术方案", ClaimKind.TOOL_MENTION},
    };
    private static final Pattern COST = Pattern.compile("美元|成本|费用|元/|\\$\\d");
    private static final Pattern BUSINESS = Pattern.compile("案例|日活|月活|某[\\u4e00-\\u9fa5]{0,4}(券商|电商|银行|工厂|平台|公司|企业|集团)|专利");

    /** Kind from a category ("性能数据", "商业案例标注" …), or null when it says nothing. */
    static ClaimKind fromCategory(String category) {
        if (category == null) return null;
        for (Object[] c : CATEGORY) if (category.contains((String) c[0])) return (ClaimKind) c[1];
        return null;
    }

    static ClaimKind classify(String category, String text, boolean measurements, boolean versions, boolean tools) {
        ClaimKind k = fromCategory(category);
        if (k != null) return k;
        if (text != null && BUSINESS.matcher(text).find()) return ClaimKind.BUSINESS_CASE;
        if (text != null && COST.matcher(text).find()) return ClaimKind.COST;
        if (measurements) return ClaimKind.PERFORMANCE_FIGURE;
        if (versions) return ClaimKind.VERSION_STATEMENT;
        if (tools) return ClaimKind.TOOL_MENTION;
        return ClaimKind.STATEMENT;
    }
}
