package org.claimgraph.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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
    /** The chars a {@link #COST} match starts with. */
    private static final String COST_FIRST = "美成费元$";

    private static final Pattern BUSINESS =
            Pattern.compile("案例|日活|月活|某[\\u4e00-\\u9fa5]{0,4}(券商|电商|银行|工厂|平台|公司|企业|集团)|专利");
    /** The chars a {@link #BUSINESS} match starts with. */
    private static final String BUSINESS_FIRST = "案日月某专";

    /** Kind from a category ("性能数据", "商业案例标注" …), or null when it says nothing. */
    static ClaimKind fromCategory(String category) {
        if (category == null) return null;
        for (Object[] c : CATEGORY) if (category.contains((String) c[0])) return (ClaimKind) c[1];
        return null;
    }

    /** Words that say a figure was measured: a test, a run, a before/after change. */
    static final Pattern MEASURED = Pattern.compile("实测|测得|压测|基准|benchmark|测试中|测试显示|结果显示|实验|观测到"
            + "|(?:从|由)[^，,。；;]{0,30}?(?:降|缩|减|优化|提|升|到|至)|降至|降到|缩短|缩小到|减少了?|降低了?|下降了?|提升了?|快了?\\s*\\d"
            + "|耗时|用时|停机时间");
    /** Words that say a figure is configured, a default, a threshold, a limit or a target, not a result. */
    static final Pattern CONFIGURED = Pattern.compile(
            "设置|设为|设成|配置|默认|调到|调整为|参数|阈值|上限|下限|不超过|不能超过|不低于"
                    + "|超过[^，,。；;]{0,20}时|高于|低于|预留|建议|限制|配额|有效期|每隔|每\\s*\\d+(?:\\.\\d+)?\\s*(?:s|秒|分钟|min)|间隔|周期|TTL|超时"
                    + "|目标|SLO|告警|触发|扩容|规划|最多|最大|请求值|(?:^|\\s)--?[A-Za-z][\\w-]*|\\b[a-z]+[A-Z][a-z]+\\w*|\\b[a-z]+_[a-z]+|\\b[a-z]+\\.[a-z]+\\b");
    /** A percentage of something (features, code, people, issues): a share, not a measurement. */
    static final Pattern SHARE = Pattern.compile("\\d\\s*%\\s*的|份额|受访者|覆盖");

    /** Chars a {@link #MEASURED} match can start with. */
    static final String MEASURED_FIRST = "实测压基b结观从由降缩减下提快耗用停";
    /** Chars a {@link #CONFIGURED} match can start with: its words, whitespace and '-' (an option), a-z. */
    static final String CONFIGURED_FIRST =
            "设配默调参阈上下不超高低预建限有每间周T目S告触扩规最请-" + Text.REGEX_SPACES + "abcdefghijklmnopqrstuvwxyz";
    /** Chars a {@link #SHARE} match can start with. */
    static final String SHARE_FIRST = "0123456789份受覆";

    static final BitSet MEASURED_STARTS = starts(MEASURED_FIRST);
    static final BitSet CONFIGURED_STARTS = starts(CONFIGURED_FIRST);
    static final BitSet SHARE_STARTS = starts(SHARE_FIRST);

    private static BitSet starts(String chars) {
        BitSet b = new BitSet();
        for (int i = 0; i < chars.length(); i++) b.set(chars.charAt(i));
        return b;
    }

    /**
     * As {@code p.matcher(text).find()}, trying a match only where {@code text} holds a char in {@code starts}
     * (a superset of the chars its matches start with; look-arounds and {@code \\b} see the whole text, {@code ^}
     * only its start). These alternations of many words cost a regex attempt at every char of every claim text.
     */
    static boolean findFromStarts(Pattern p, BitSet starts, String text) {
        Matcher m = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (!starts.get(text.charAt(i))) continue;
            if (m == null) m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }
    /** False when {@link #RUN_COST} cannot find anything in {@code text}: each of its starts (每次 一次 单次) holds 次. */
    static boolean mayHoldRunCost(String text) {
        return text.indexOf('次') >= 0;
    }

    /** The cost of one run ("每次集成测试运行的云成本约 1.5 美元"): a measured result, not a business cost. */
    static final Pattern RUN_COST = Pattern.compile("(?:每次|一次|单次)[^，,。；;]{0,12}(?:运行|构建|测试|流水线|执行|推理)");

    /**
     * Whether prose with figures states a measured result (latency, throughput, memory, start-up, size,
     * duration or cost of a run) rather than a configured value, a threshold, a limit, a target, a share
     * or a count. Measured wording wins; otherwise configuration or share wording, or figures that are
     * only counts (pods, nodes, cores), mean it is not a performance figure.
     */
    static boolean measuredResult(String text, List<Model.Measurement> measurements) {
        if (measurements.isEmpty() || text == null) return false;
        if (findFromStarts(MEASURED, MEASURED_STARTS, text)) return true;
        if (findFromStarts(CONFIGURED, CONFIGURED_STARTS, text) || findFromStarts(SHARE, SHARE_STARTS, text))
            return false;
        return measurements.stream()
                .anyMatch(m -> !Set.of("pods", "nodes", "cores").contains(m.unit()));
    }

    /** Whether {@code text} holds one of {@code chars}. */
    private static boolean holdsAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) if (text.indexOf(chars.charAt(i)) >= 0) return true;
        return false;
    }

    static ClaimKind classify(String category, String text, boolean measurements, boolean versions, boolean tools) {
        ClaimKind k = fromCategory(category);
        if (k != null) return k;
        // a regex pass only over texts holding a char its matches start with (most claim texts hold none)
        if (text != null
                && holdsAny(text, BUSINESS_FIRST)
                && BUSINESS.matcher(text).find()) return ClaimKind.BUSINESS_CASE;
        if (text != null
                && measurements
                && mayHoldRunCost(text)
                && RUN_COST.matcher(text).find()) return ClaimKind.PERFORMANCE_FIGURE;
        if (text != null && holdsAny(text, COST_FIRST) && COST.matcher(text).find()) return ClaimKind.COST;
        if (measurements) return ClaimKind.PERFORMANCE_FIGURE;
        if (versions) return ClaimKind.VERSION_STATEMENT;
        if (tools) return ClaimKind.TOOL_MENTION;
        return ClaimKind.STATEMENT;
    }
}
